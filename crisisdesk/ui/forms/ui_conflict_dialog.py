# Generated from forms/conflict_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        ConflictDialog.resize(760, 420)
        self.conflictLayout = QVBoxLayout(ConflictDialog)
        self.conflictLayout.setObjectName(u"conflictLayout")
        self.headerLabel = QLabel(ConflictDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.headerLabel)

        self.explanationLabel = QLabel(ConflictDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.conflictLayout.addWidget(self.explanationLabel)

        self.differencesTable = QTableWidget(ConflictDialog)
        if (self.differencesTable.columnCount() < 4):
            self.differencesTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.differencesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.differencesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.differencesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.differencesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.differencesTable.setObjectName(u"differencesTable")
        self.differencesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.differencesTable.setSelectionMode(QAbstractItemView.NoSelection)
        self.differencesTable.setWordWrap(True)
        self.differencesTable.verticalHeader().setVisible(False)

        self.conflictLayout.addWidget(self.differencesTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.keepTheirsButton = QPushButton(ConflictDialog)
        self.keepTheirsButton.setObjectName(u"keepTheirsButton")

        self.buttonLayout.addWidget(self.keepTheirsButton)

        self.overwriteButton = QPushButton(ConflictDialog)
        self.overwriteButton.setObjectName(u"overwriteButton")

        self.buttonLayout.addWidget(self.overwriteButton)

        self.cancelButton = QPushButton(ConflictDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)


        self.conflictLayout.addLayout(self.buttonLayout)


        self.retranslateUi(ConflictDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        ConflictDialog.setWindowTitle(QCoreApplication.translate("ConflictDialog", u"Changed by someone else", None))
        self.headerLabel.setText(QCoreApplication.translate("ConflictDialog", u"Someone else saved this notification after you opened it.", None))
        self.explanationLabel.setText(QCoreApplication.translate("ConflictDialog", u"Nothing has been saved yet. Compare your entries with what is in the database now and choose.", None))
        ___qtablewidgetitem = self.differencesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ConflictDialog", u"Field", None))
        ___qtablewidgetitem1 = self.differencesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ConflictDialog", u"Your value", None))
        ___qtablewidgetitem2 = self.differencesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ConflictDialog", u"Now in the database", None))
        ___qtablewidgetitem3 = self.differencesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ConflictDialog", u"Changed by", None))
        self.keepTheirsButton.setText(QCoreApplication.translate("ConflictDialog", u"Keep theirs (reload)", None))
#if QT_CONFIG(tooltip)
        self.keepTheirsButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Discard your entries and show the notification as it is saved now.", None))
#endif // QT_CONFIG(tooltip)
        self.overwriteButton.setText(QCoreApplication.translate("ConflictDialog", u"Overwrite with mine", None))
#if QT_CONFIG(tooltip)
        self.overwriteButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Save your entries over the colleague's version; the audit trail keeps both.", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ConflictDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ConflictDialog", u"Back to your entries; nothing is saved.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

