# Generated from forms/action_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'action_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(ActionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.textEditLabel = QLabel(ActionDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(ActionDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 70))

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.ownerComboLabel = QLabel(ActionDialog)
        self.ownerComboLabel.setObjectName(u"ownerComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerComboLabel)

        self.ownerCombo = QComboBox(ActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")
        self.ownerCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueCheckLabel = QLabel(ActionDialog)
        self.dueCheckLabel.setObjectName(u"dueCheckLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCheckLabel)

        self.dueCheck = QCheckBox(ActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dueCheck)

        self.dueEditLabel = QLabel(ActionDialog)
        self.dueEditLabel.setObjectName(u"dueEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueEditLabel)

        self.dueEdit = QDateTimeEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.statusComboLabel = QLabel(ActionDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(ActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ActionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.textEditLabel.setBuddy(self.textEdit)
        self.ownerComboLabel.setBuddy(self.ownerCombo)
        self.dueCheckLabel.setBuddy(self.dueCheck)
        self.dueEditLabel.setBuddy(self.dueEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ActionDialog)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        ActionDialog.setWindowTitle(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.textEditLabel.setText(QCoreApplication.translate("ActionDialog", u"Action", None))
        self.ownerComboLabel.setText(QCoreApplication.translate("ActionDialog", u"Owner", None))
        self.dueCheckLabel.setText(QCoreApplication.translate("ActionDialog", u"Deadline", None))
        self.dueCheck.setText(QCoreApplication.translate("ActionDialog", u"Has a deadline", None))
        self.dueEditLabel.setText(QCoreApplication.translate("ActionDialog", u"Deadline at", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd-MM-yyyy HH:mm", None))
        self.statusComboLabel.setText(QCoreApplication.translate("ActionDialog", u"Status", None))
    # retranslateUi

