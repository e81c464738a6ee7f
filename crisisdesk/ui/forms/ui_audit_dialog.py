# Generated from forms/audit_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(860, 460)
        self.auditLayout = QVBoxLayout(AuditDialog)
        self.auditLayout.setObjectName(u"auditLayout")
        self.headerLabel = QLabel(AuditDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setWordWrap(True)

        self.auditLayout.addWidget(self.headerLabel)

        self.entriesTable = QTableWidget(AuditDialog)
        if (self.entriesTable.columnCount() < 6):
            self.entriesTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.entriesTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.entriesTable.setObjectName(u"entriesTable")
        self.entriesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.entriesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.entriesTable.setAlternatingRowColors(True)
        self.entriesTable.setWordWrap(True)
        self.entriesTable.verticalHeader().setVisible(False)

        self.auditLayout.addWidget(self.entriesTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.noteLabel = QLabel(AuditDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.buttonLayout.addWidget(self.noteLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(AuditDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(AuditDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.auditLayout.addLayout(self.buttonLayout)


        self.retranslateUi(AuditDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        self.headerLabel.setText(QCoreApplication.translate("AuditDialog", u"Audit trail", None))
        ___qtablewidgetitem = self.entriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditDialog", u"When", None))
        ___qtablewidgetitem1 = self.entriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditDialog", u"Who", None))
        ___qtablewidgetitem2 = self.entriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditDialog", u"What", None))
        ___qtablewidgetitem3 = self.entriesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditDialog", u"Field", None))
        ___qtablewidgetitem4 = self.entriesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditDialog", u"Old value", None))
        ___qtablewidgetitem5 = self.entriesTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditDialog", u"New value", None))
        self.noteLabel.setText(QCoreApplication.translate("AuditDialog", u"The trail is kept for good and cannot be changed.", None))
        self.exportButton.setText(QCoreApplication.translate("AuditDialog", u"Export CSV\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("AuditDialog", u"Close", None))
    # retranslateUi

