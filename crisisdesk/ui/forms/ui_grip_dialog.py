# Generated from forms/grip_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grip_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_GripDialog(object):
    def setupUi(self, GripDialog):
        if not GripDialog.objectName():
            GripDialog.setObjectName(u"GripDialog")
        GripDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(GripDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.levelComboLabel = QLabel(GripDialog)
        self.levelComboLabel.setObjectName(u"levelComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.levelComboLabel)

        self.levelCombo = QComboBox(GripDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.decidedByEditLabel = QLabel(GripDialog)
        self.decidedByEditLabel.setObjectName(u"decidedByEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decidedByEditLabel)

        self.decidedByEdit = QLineEdit(GripDialog)
        self.decidedByEdit.setObjectName(u"decidedByEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decidedByEdit)

        self.atEditLabel = QLabel(GripDialog)
        self.atEditLabel.setObjectName(u"atEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.atEditLabel)

        self.atEdit = QDateTimeEdit(GripDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.atEdit)

        self.reasonEditLabel = QLabel(GripDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(GripDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 70))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(GripDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(GripDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.levelComboLabel.setBuddy(self.levelCombo)
        self.decidedByEditLabel.setBuddy(self.decidedByEdit)
        self.atEditLabel.setBuddy(self.atEdit)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GripDialog)

        QMetaObject.connectSlotsByName(GripDialog)
    # setupUi

    def retranslateUi(self, GripDialog):
        GripDialog.setWindowTitle(QCoreApplication.translate("GripDialog", u"GRIP level", None))
        self.levelComboLabel.setText(QCoreApplication.translate("GripDialog", u"New level", None))
        self.decidedByEditLabel.setText(QCoreApplication.translate("GripDialog", u"Decided by", None))
        self.decidedByEdit.setPlaceholderText(QCoreApplication.translate("GripDialog", u"name and function, e.g. burgemeester", None))
        self.atEditLabel.setText(QCoreApplication.translate("GripDialog", u"Decided at", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("GripDialog", u"dd-MM-yyyy HH:mm", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("GripDialog", u"Reason", None))
    # retranslateUi

