# Generated from forms/finding_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'finding_dialog.ui'
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

class Ui_FindingDialog(object):
    def setupUi(self, FindingDialog):
        if not FindingDialog.objectName():
            FindingDialog.setObjectName(u"FindingDialog")
        FindingDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(FindingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindComboLabel = QLabel(FindingDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(FindingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.injectComboLabel = QLabel(FindingDialog)
        self.injectComboLabel.setObjectName(u"injectComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.injectComboLabel)

        self.injectCombo = QComboBox(FindingDialog)
        self.injectCombo.setObjectName(u"injectCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.injectCombo)

        self.textEditLabel = QLabel(FindingDialog)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textEditLabel)

        self.textEdit = QPlainTextEdit(FindingDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 80))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.ownerEditLabel = QLabel(FindingDialog)
        self.ownerEditLabel.setObjectName(u"ownerEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerEditLabel)

        self.ownerEdit = QLineEdit(FindingDialog)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.dueEditLabel = QLabel(FindingDialog)
        self.dueEditLabel.setObjectName(u"dueEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueEditLabel)

        self.dueEdit = QDateTimeEdit(FindingDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dueEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(FindingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(FindingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.injectComboLabel.setBuddy(self.injectCombo)
        self.textEditLabel.setBuddy(self.textEdit)
        self.ownerEditLabel.setBuddy(self.ownerEdit)
        self.dueEditLabel.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FindingDialog)

        QMetaObject.connectSlotsByName(FindingDialog)
    # setupUi

    def retranslateUi(self, FindingDialog):
        FindingDialog.setWindowTitle(QCoreApplication.translate("FindingDialog", u"Evaluation finding", None))
        self.kindComboLabel.setText(QCoreApplication.translate("FindingDialog", u"Kind", None))
        self.injectComboLabel.setText(QCoreApplication.translate("FindingDialog", u"Inject", None))
        self.textEditLabel.setText(QCoreApplication.translate("FindingDialog", u"Text", None))
        self.ownerEditLabel.setText(QCoreApplication.translate("FindingDialog", u"Owner", None))
        self.dueEditLabel.setText(QCoreApplication.translate("FindingDialog", u"Deadline", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("FindingDialog", u"dd-MM-yyyy HH:mm", None))
    # retranslateUi

