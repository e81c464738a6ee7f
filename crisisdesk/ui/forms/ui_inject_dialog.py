# Generated from forms/inject_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'inject_dialog.ui'
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
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_InjectDialog(object):
    def setupUi(self, InjectDialog):
        if not InjectDialog.objectName():
            InjectDialog.setObjectName(u"InjectDialog")
        InjectDialog.resize(560, 440)
        self.mainLayout = QVBoxLayout(InjectDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.offsetSpinLabel = QLabel(InjectDialog)
        self.offsetSpinLabel.setObjectName(u"offsetSpinLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.offsetSpinLabel)

        self.offsetSpin = QSpinBox(InjectDialog)
        self.offsetSpin.setObjectName(u"offsetSpin")
        self.offsetSpin.setMaximum(10080)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.offsetSpin)

        self.senderComboLabel = QLabel(InjectDialog)
        self.senderComboLabel.setObjectName(u"senderComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.senderComboLabel)

        self.senderCombo = QComboBox(InjectDialog)
        self.senderCombo.setObjectName(u"senderCombo")
        self.senderCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.senderCombo)

        self.receiverComboLabel = QLabel(InjectDialog)
        self.receiverComboLabel.setObjectName(u"receiverComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receiverComboLabel)

        self.receiverCombo = QComboBox(InjectDialog)
        self.receiverCombo.setObjectName(u"receiverCombo")
        self.receiverCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receiverCombo)

        self.channelComboLabel = QLabel(InjectDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(InjectDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.contentEditLabel = QLabel(InjectDialog)
        self.contentEditLabel.setObjectName(u"contentEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.contentEditLabel)

        self.contentEdit = QPlainTextEdit(InjectDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setTabChangesFocus(True)
        self.contentEdit.setMinimumSize(QSize(0, 90))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contentEdit)

        self.expectedEditLabel = QLabel(InjectDialog)
        self.expectedEditLabel.setObjectName(u"expectedEditLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expectedEditLabel)

        self.expectedEdit = QPlainTextEdit(InjectDialog)
        self.expectedEdit.setObjectName(u"expectedEdit")
        self.expectedEdit.setTabChangesFocus(True)
        self.expectedEdit.setMinimumSize(QSize(0, 60))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expectedEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(InjectDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(InjectDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.offsetSpinLabel.setBuddy(self.offsetSpin)
        self.senderComboLabel.setBuddy(self.senderCombo)
        self.receiverComboLabel.setBuddy(self.receiverCombo)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.contentEditLabel.setBuddy(self.contentEdit)
        self.expectedEditLabel.setBuddy(self.expectedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InjectDialog)

        QMetaObject.connectSlotsByName(InjectDialog)
    # setupUi

    def retranslateUi(self, InjectDialog):
        InjectDialog.setWindowTitle(QCoreApplication.translate("InjectDialog", u"Inject", None))
        self.offsetSpinLabel.setText(QCoreApplication.translate("InjectDialog", u"Time after the start", None))
        self.offsetSpin.setPrefix(QCoreApplication.translate("InjectDialog", u"T+", None))
        self.offsetSpin.setSuffix(QCoreApplication.translate("InjectDialog", u" min", None))
        self.senderComboLabel.setText(QCoreApplication.translate("InjectDialog", u"Sender (role)", None))
        self.receiverComboLabel.setText(QCoreApplication.translate("InjectDialog", u"Receiving team or role", None))
        self.channelComboLabel.setText(QCoreApplication.translate("InjectDialog", u"Channel", None))
        self.contentEditLabel.setText(QCoreApplication.translate("InjectDialog", u"Content", None))
        self.expectedEditLabel.setText(QCoreApplication.translate("InjectDialog", u"Expected action", None))
    # retranslateUi

