# Generated from forms/log_entry_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'log_entry_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_LogEntryDialog(object):
    def setupUi(self, LogEntryDialog):
        if not LogEntryDialog.objectName():
            LogEntryDialog.setObjectName(u"LogEntryDialog")
        LogEntryDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(LogEntryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.categoryComboLabel = QLabel(LogEntryDialog)
        self.categoryComboLabel.setObjectName(u"categoryComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryComboLabel)

        self.categoryCombo = QComboBox(LogEntryDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.roleComboLabel = QLabel(LogEntryDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(LogEntryDialog)
        self.roleCombo.setObjectName(u"roleCombo")
        self.roleCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.textEditLabel = QLabel(LogEntryDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(LogEntryDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(LogEntryDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(LogEntryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryComboLabel.setBuddy(self.categoryCombo)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.textEditLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogEntryDialog)

        QMetaObject.connectSlotsByName(LogEntryDialog)
    # setupUi

    def retranslateUi(self, LogEntryDialog):
        LogEntryDialog.setWindowTitle(QCoreApplication.translate("LogEntryDialog", u"Correct log entry", None))
        self.categoryComboLabel.setText(QCoreApplication.translate("LogEntryDialog", u"Category", None))
        self.roleComboLabel.setText(QCoreApplication.translate("LogEntryDialog", u"Role", None))
        self.textEditLabel.setText(QCoreApplication.translate("LogEntryDialog", u"Text", None))
    # retranslateUi

