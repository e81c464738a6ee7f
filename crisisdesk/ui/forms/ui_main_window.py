# Generated from forms/main_window.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMainWindow, QMenu, QMenuBar,
    QPushButton, QSizePolicy, QSpacerItem, QStatusBar,
    QTabWidget, QTableView, QToolBar, QVBoxLayout,
    QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1620, 840)
        self.newAction = QAction(MainWindow)
        self.newAction.setObjectName(u"newAction")
        self.openAction = QAction(MainWindow)
        self.openAction.setObjectName(u"openAction")
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.settingsAction = QAction(MainWindow)
        self.settingsAction.setObjectName(u"settingsAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.bannerLabel = QLabel(self.centralwidget)
        self.bannerLabel.setObjectName(u"bannerLabel")
        self.bannerLabel.setVisible(False)
        self.bannerLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.centralLayout.addWidget(self.bannerLabel)

        self.mainTabs = QTabWidget(self.centralwidget)
        self.mainTabs.setObjectName(u"mainTabs")
        self.mainTabs.setDocumentMode(True)
        self.registerTab = QWidget()
        self.registerTab.setObjectName(u"registerTab")
        self.registerLayout = QVBoxLayout(self.registerTab)
        self.registerLayout.setObjectName(u"registerLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchEdit = QLineEdit(self.registerTab)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(240, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.periodLabel = QLabel(self.registerTab)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterLayout.addWidget(self.periodLabel)

        self.periodCombo = QComboBox(self.registerTab)
        self.periodCombo.setObjectName(u"periodCombo")

        self.filterLayout.addWidget(self.periodCombo)

        self.fromDateEdit = QDateEdit(self.registerTab)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(self.registerTab)
        self.toLabel.setObjectName(u"toLabel")

        self.filterLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(self.registerTab)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.toDateEdit)

        self.districtLabel = QLabel(self.registerTab)
        self.districtLabel.setObjectName(u"districtLabel")

        self.filterLayout.addWidget(self.districtLabel)

        self.districtCombo = QComboBox(self.registerTab)
        self.districtCombo.setObjectName(u"districtCombo")

        self.filterLayout.addWidget(self.districtCombo)

        self.statusLabel = QLabel(self.registerTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.registerTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterLayout.addWidget(self.statusCombo)

        self.riskLabel = QLabel(self.registerTab)
        self.riskLabel.setObjectName(u"riskLabel")

        self.filterLayout.addWidget(self.riskLabel)

        self.riskCombo = QComboBox(self.registerTab)
        self.riskCombo.setObjectName(u"riskCombo")

        self.filterLayout.addWidget(self.riskCombo)

        self.lateOnlyCheck = QCheckBox(self.registerTab)
        self.lateOnlyCheck.setObjectName(u"lateOnlyCheck")

        self.filterLayout.addWidget(self.lateOnlyCheck)

        self.filterSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)

        self.resetFiltersButton = QPushButton(self.registerTab)
        self.resetFiltersButton.setObjectName(u"resetFiltersButton")

        self.filterLayout.addWidget(self.resetFiltersButton)


        self.registerLayout.addLayout(self.filterLayout)

        self.registerView = QTableView(self.registerTab)
        self.registerView.setObjectName(u"registerView")
        self.registerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.registerView.setAlternatingRowColors(True)
        self.registerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.registerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.registerView.setSortingEnabled(True)
        self.registerView.setWordWrap(False)
        self.registerView.horizontalHeader().setHighlightSections(False)
        self.registerView.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.registerView)

        self.mainTabs.addTab(self.registerTab, "")

        self.centralLayout.addWidget(self.mainTabs)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.fileMenu = QMenu(self.menubar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menubar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.settingsMenu = QMenu(self.menubar)
        self.settingsMenu.setObjectName(u"settingsMenu")
        self.helpMenu = QMenu(self.menubar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menubar)
        self.mainToolBar = QToolBar(MainWindow)
        self.mainToolBar.setObjectName(u"mainToolBar")
        self.mainToolBar.setMovable(False)
        self.mainToolBar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        MainWindow.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.mainToolBar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.periodLabel.setBuddy(self.periodCombo)
        self.districtLabel.setBuddy(self.districtCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.riskLabel.setBuddy(self.riskCombo)
#endif // QT_CONFIG(shortcut)

        self.menubar.addAction(self.fileMenu.menuAction())
        self.menubar.addAction(self.viewMenu.menuAction())
        self.menubar.addAction(self.settingsMenu.menuAction())
        self.menubar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.newAction)
        self.fileMenu.addAction(self.openAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.refreshAction)
        self.settingsMenu.addAction(self.settingsAction)
        self.helpMenu.addAction(self.aboutAction)
        self.mainToolBar.addAction(self.newAction)
        self.mainToolBar.addAction(self.openAction)
        self.mainToolBar.addAction(self.refreshAction)

        self.retranslateUi(MainWindow)

        self.mainTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"crisisdesk", None))
        self.newAction.setText(QCoreApplication.translate("MainWindow", u"&New notification\u2026", None))
#if QT_CONFIG(shortcut)
        self.newAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.openAction.setText(QCoreApplication.translate("MainWindow", u"&Open", None))
#if QT_CONFIG(shortcut)
        self.openAction.setShortcut(QCoreApplication.translate("MainWindow", u"Return", None))
#endif // QT_CONFIG(shortcut)
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"&Refresh", None))
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.settingsAction.setText(QCoreApplication.translate("MainWindow", u"&Notice term and clashes\u2026", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About crisisdesk", None))
        self.bannerLabel.setText(QCoreApplication.translate("MainWindow", u"DEMO \u2014 fictional data", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search purpose, place, wijk, organisation\u2026", None))
        self.periodLabel.setText(QCoreApplication.translate("MainWindow", u"Period", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("MainWindow", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("MainWindow", u"to", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("MainWindow", u"dd-MM-yyyy", None))
        self.districtLabel.setText(QCoreApplication.translate("MainWindow", u"Wijk", None))
        self.statusLabel.setText(QCoreApplication.translate("MainWindow", u"Status", None))
        self.riskLabel.setText(QCoreApplication.translate("MainWindow", u"Risk", None))
        self.lateOnlyCheck.setText(QCoreApplication.translate("MainWindow", u"Late only", None))
        self.resetFiltersButton.setText(QCoreApplication.translate("MainWindow", u"Reset filters", None))
        self.mainTabs.setTabText(self.mainTabs.indexOf(self.registerTab), QCoreApplication.translate("MainWindow", u"Notifications", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.settingsMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Settings", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
        self.mainToolBar.setWindowTitle(QCoreApplication.translate("MainWindow", u"Main toolbar", None))
    # retranslateUi

