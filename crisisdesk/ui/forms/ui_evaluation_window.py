# Generated from forms/evaluation_window.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_EvaluationWindow(object):
    def setupUi(self, EvaluationWindow):
        if not EvaluationWindow.objectName():
            EvaluationWindow.setObjectName(u"EvaluationWindow")
        EvaluationWindow.resize(1100, 800)
        self.windowLayout = QVBoxLayout(EvaluationWindow)
        self.windowLayout.setObjectName(u"windowLayout")
        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromLabel = QLabel(EvaluationWindow)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodLayout.addWidget(self.fromLabel)

        self.fromDateEdit = QDateEdit(EvaluationWindow)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(EvaluationWindow)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(EvaluationWindow)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.periodLayout.addWidget(self.toDateEdit)

        self.calculateButton = QPushButton(EvaluationWindow)
        self.calculateButton.setObjectName(u"calculateButton")

        self.periodLayout.addWidget(self.calculateButton)

        self.progressBar = QProgressBar(EvaluationWindow)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumWidth(160)
        self.progressBar.setTextVisible(False)

        self.periodLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(EvaluationWindow)
        self.statusLabel.setObjectName(u"statusLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)

        self.periodLayout.addWidget(self.statusLabel)


        self.windowLayout.addLayout(self.periodLayout)

        self.tabs = QTabWidget(EvaluationWindow)
        self.tabs.setObjectName(u"tabs")
        self.overviewTab = QWidget()
        self.overviewTab.setObjectName(u"overviewTab")
        self.overviewLayout = QVBoxLayout(self.overviewTab)
        self.overviewLayout.setObjectName(u"overviewLayout")
        self.summaryLabel = QLabel(self.overviewTab)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)

        self.overviewLayout.addWidget(self.summaryLabel)

        self.overviewSplitter = QSplitter(self.overviewTab)
        self.overviewSplitter.setObjectName(u"overviewSplitter")
        self.overviewSplitter.setOrientation(Qt.Orientation.Vertical)
        self.overviewSplitter.setChildrenCollapsible(False)
        self.overviewTable = QTableView(self.overviewSplitter)
        self.overviewTable.setObjectName(u"overviewTable")
        self.overviewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overviewTable.setAlternatingRowColors(True)
        self.overviewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overviewTable.setSortingEnabled(True)
        self.overviewSplitter.addWidget(self.overviewTable)
        self.overviewTable.verticalHeader().setVisible(False)
        self.overviewChartHost = QWidget(self.overviewSplitter)
        self.overviewChartHost.setObjectName(u"overviewChartHost")
        self.overviewChartLayout = QVBoxLayout(self.overviewChartHost)
        self.overviewChartLayout.setObjectName(u"overviewChartLayout")
        self.overviewChartLayout.setContentsMargins(0, 0, 0, 0)
        self.overviewSplitter.addWidget(self.overviewChartHost)

        self.overviewLayout.addWidget(self.overviewSplitter)

        self.tabs.addTab(self.overviewTab, "")
        self.monthTab = QWidget()
        self.monthTab.setObjectName(u"monthTab")
        self.monthLayout = QVBoxLayout(self.monthTab)
        self.monthLayout.setObjectName(u"monthLayout")
        self.monthSplitter = QSplitter(self.monthTab)
        self.monthSplitter.setObjectName(u"monthSplitter")
        self.monthSplitter.setOrientation(Qt.Orientation.Vertical)
        self.monthSplitter.setChildrenCollapsible(False)
        self.monthTable = QTableView(self.monthSplitter)
        self.monthTable.setObjectName(u"monthTable")
        self.monthTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthTable.setAlternatingRowColors(True)
        self.monthTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.monthTable.setSortingEnabled(True)
        self.monthSplitter.addWidget(self.monthTable)
        self.monthTable.verticalHeader().setVisible(False)
        self.monthChartHost = QWidget(self.monthSplitter)
        self.monthChartHost.setObjectName(u"monthChartHost")
        self.monthChartLayout = QVBoxLayout(self.monthChartHost)
        self.monthChartLayout.setObjectName(u"monthChartLayout")
        self.monthChartLayout.setContentsMargins(0, 0, 0, 0)
        self.monthSplitter.addWidget(self.monthChartHost)

        self.monthLayout.addWidget(self.monthSplitter)

        self.tabs.addTab(self.monthTab, "")
        self.districtTab = QWidget()
        self.districtTab.setObjectName(u"districtTab")
        self.districtLayout = QVBoxLayout(self.districtTab)
        self.districtLayout.setObjectName(u"districtLayout")
        self.districtSplitter = QSplitter(self.districtTab)
        self.districtSplitter.setObjectName(u"districtSplitter")
        self.districtSplitter.setOrientation(Qt.Orientation.Vertical)
        self.districtSplitter.setChildrenCollapsible(False)
        self.districtTable = QTableView(self.districtSplitter)
        self.districtTable.setObjectName(u"districtTable")
        self.districtTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.districtTable.setAlternatingRowColors(True)
        self.districtTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.districtTable.setSortingEnabled(True)
        self.districtSplitter.addWidget(self.districtTable)
        self.districtTable.verticalHeader().setVisible(False)
        self.districtChartHost = QWidget(self.districtSplitter)
        self.districtChartHost.setObjectName(u"districtChartHost")
        self.districtChartLayout = QVBoxLayout(self.districtChartHost)
        self.districtChartLayout.setObjectName(u"districtChartLayout")
        self.districtChartLayout.setContentsMargins(0, 0, 0, 0)
        self.districtSplitter.addWidget(self.districtChartHost)

        self.districtLayout.addWidget(self.districtSplitter)

        self.tabs.addTab(self.districtTab, "")
        self.kindTab = QWidget()
        self.kindTab.setObjectName(u"kindTab")
        self.kindLayout = QVBoxLayout(self.kindTab)
        self.kindLayout.setObjectName(u"kindLayout")
        self.kindSplitter = QSplitter(self.kindTab)
        self.kindSplitter.setObjectName(u"kindSplitter")
        self.kindSplitter.setOrientation(Qt.Orientation.Vertical)
        self.kindSplitter.setChildrenCollapsible(False)
        self.kindTable = QTableView(self.kindSplitter)
        self.kindTable.setObjectName(u"kindTable")
        self.kindTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kindTable.setAlternatingRowColors(True)
        self.kindTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kindTable.setSortingEnabled(True)
        self.kindSplitter.addWidget(self.kindTable)
        self.kindTable.verticalHeader().setVisible(False)
        self.kindChartHost = QWidget(self.kindSplitter)
        self.kindChartHost.setObjectName(u"kindChartHost")
        self.kindChartLayout = QVBoxLayout(self.kindChartHost)
        self.kindChartLayout.setObjectName(u"kindChartLayout")
        self.kindChartLayout.setContentsMargins(0, 0, 0, 0)
        self.kindSplitter.addWidget(self.kindChartHost)

        self.kindLayout.addWidget(self.kindSplitter)

        self.tabs.addTab(self.kindTab, "")
        self.leadTimeTab = QWidget()
        self.leadTimeTab.setObjectName(u"leadTimeTab")
        self.leadTimeLayout = QVBoxLayout(self.leadTimeTab)
        self.leadTimeLayout.setObjectName(u"leadTimeLayout")
        self.leadTimeSplitter = QSplitter(self.leadTimeTab)
        self.leadTimeSplitter.setObjectName(u"leadTimeSplitter")
        self.leadTimeSplitter.setOrientation(Qt.Orientation.Vertical)
        self.leadTimeSplitter.setChildrenCollapsible(False)
        self.leadTimeTable = QTableView(self.leadTimeSplitter)
        self.leadTimeTable.setObjectName(u"leadTimeTable")
        self.leadTimeTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.leadTimeTable.setAlternatingRowColors(True)
        self.leadTimeTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leadTimeTable.setSortingEnabled(True)
        self.leadTimeSplitter.addWidget(self.leadTimeTable)
        self.leadTimeTable.verticalHeader().setVisible(False)
        self.leadTimeChartHost = QWidget(self.leadTimeSplitter)
        self.leadTimeChartHost.setObjectName(u"leadTimeChartHost")
        self.leadTimeChartLayout = QVBoxLayout(self.leadTimeChartHost)
        self.leadTimeChartLayout.setObjectName(u"leadTimeChartLayout")
        self.leadTimeChartLayout.setContentsMargins(0, 0, 0, 0)
        self.leadTimeSplitter.addWidget(self.leadTimeChartHost)

        self.leadTimeLayout.addWidget(self.leadTimeSplitter)

        self.tabs.addTab(self.leadTimeTab, "")

        self.windowLayout.addWidget(self.tabs)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.markingLabel = QLabel(EvaluationWindow)
        self.markingLabel.setObjectName(u"markingLabel")

        self.buttonLayout.addWidget(self.markingLabel)

        self.markingCombo = QComboBox(EvaluationWindow)
        self.markingCombo.setObjectName(u"markingCombo")

        self.buttonLayout.addWidget(self.markingCombo)

        self.pdfButton = QPushButton(EvaluationWindow)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttonLayout.addWidget(self.pdfButton)

        self.exportButton = QPushButton(EvaluationWindow)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(EvaluationWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.windowLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDateEdit, self.toDateEdit)
        QWidget.setTabOrder(self.toDateEdit, self.calculateButton)
        QWidget.setTabOrder(self.calculateButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.markingCombo)
        QWidget.setTabOrder(self.markingCombo, self.pdfButton)
        QWidget.setTabOrder(self.pdfButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(EvaluationWindow)

        self.calculateButton.setDefault(True)
        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EvaluationWindow)
    # setupUi

    def retranslateUi(self, EvaluationWindow):
        EvaluationWindow.setWindowTitle(QCoreApplication.translate("EvaluationWindow", u"Evaluation of the notification term", None))
        self.fromLabel.setText(QCoreApplication.translate("EvaluationWindow", u"Manifestations starting from", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationWindow", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("EvaluationWindow", u"up to and including", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationWindow", u"dd-MM-yyyy", None))
        self.calculateButton.setText(QCoreApplication.translate("EvaluationWindow", u"&Calculate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.overviewTab), QCoreApplication.translate("EvaluationWindow", u"Overview", None))
        self.tabs.setTabText(self.tabs.indexOf(self.monthTab), QCoreApplication.translate("EvaluationWindow", u"Per month", None))
        self.tabs.setTabText(self.tabs.indexOf(self.districtTab), QCoreApplication.translate("EvaluationWindow", u"Per wijk", None))
        self.tabs.setTabText(self.tabs.indexOf(self.kindTab), QCoreApplication.translate("EvaluationWindow", u"Per kind", None))
        self.tabs.setTabText(self.tabs.indexOf(self.leadTimeTab), QCoreApplication.translate("EvaluationWindow", u"Lead times", None))
        self.markingLabel.setText(QCoreApplication.translate("EvaluationWindow", u"Marking", None))
        self.pdfButton.setText(QCoreApplication.translate("EvaluationWindow", u"&PDF\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("EvaluationWindow", u"&Export (CSV)\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("EvaluationWindow", u"Close", None))
    # retranslateUi

