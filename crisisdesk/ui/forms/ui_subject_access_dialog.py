# Generated from forms/subject_access_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'subject_access_dialog.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SubjectAccessDialog(object):
    def setupUi(self, SubjectAccessDialog):
        if not SubjectAccessDialog.objectName():
            SubjectAccessDialog.setObjectName(u"SubjectAccessDialog")
        SubjectAccessDialog.resize(940, 520)
        self.subjectAccessLayout = QVBoxLayout(SubjectAccessDialog)
        self.subjectAccessLayout.setObjectName(u"subjectAccessLayout")
        self.introLabel = QLabel(SubjectAccessDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.subjectAccessLayout.addWidget(self.introLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(SubjectAccessDialog)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.searchButton = QPushButton(SubjectAccessDialog)
        self.searchButton.setObjectName(u"searchButton")

        self.searchLayout.addWidget(self.searchButton)


        self.subjectAccessLayout.addLayout(self.searchLayout)

        self.candidatesTable = QTableWidget(SubjectAccessDialog)
        self.candidatesTable.setObjectName(u"candidatesTable")
        self.candidatesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidatesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidatesTable.setAlternatingRowColors(True)
        self.candidatesTable.setWordWrap(True)
        self.candidatesTable.verticalHeader().setVisible(False)

        self.subjectAccessLayout.addWidget(self.candidatesTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.statusLabel = QLabel(SubjectAccessDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.buttonLayout.addWidget(self.statusLabel)

        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(SubjectAccessDialog)
        self.exportButton.setObjectName(u"exportButton")
        self.exportButton.setEnabled(False)

        self.buttonLayout.addWidget(self.exportButton)

        self.closeButton = QPushButton(SubjectAccessDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)


        self.subjectAccessLayout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.searchEdit, self.searchButton)
        QWidget.setTabOrder(self.searchButton, self.candidatesTable)
        QWidget.setTabOrder(self.candidatesTable, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.closeButton)

        self.retranslateUi(SubjectAccessDialog)

        self.searchButton.setDefault(True)


        QMetaObject.connectSlotsByName(SubjectAccessDialog)
    # setupUi

    def retranslateUi(self, SubjectAccessDialog):
        SubjectAccessDialog.setWindowTitle(QCoreApplication.translate("SubjectAccessDialog", u"Subject access request (AVG art. 15)", None))
        self.introLabel.setText(QCoreApplication.translate("SubjectAccessDialog", u"Search for a name, e-mail address, phone number or address. A name is not unique: tick only the records that belong to this person. Only those are exported.", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SubjectAccessDialog", u"Name, e-mail address, phone number or address", None))
        self.searchButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"Search", None))
        self.statusLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"Export PDF\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("SubjectAccessDialog", u"Close", None))
    # retranslateUi

