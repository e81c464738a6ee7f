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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QVBoxLayout, QWidget)

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

        self.dueEditLabel = QLabel(ActionDialog)
        self.dueEditLabel.setObjectName(u"dueEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueEditLabel)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueEdit = QDateTimeEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setMinimumSize(QSize(150, 0))

        self.dueRow.addWidget(self.dueEdit)

        self.due15Button = QPushButton(ActionDialog)
        self.due15Button.setObjectName(u"due15Button")

        self.dueRow.addWidget(self.due15Button)

        self.due30Button = QPushButton(ActionDialog)
        self.due30Button.setObjectName(u"due30Button")

        self.dueRow.addWidget(self.due30Button)

        self.due60Button = QPushButton(ActionDialog)
        self.due60Button.setObjectName(u"due60Button")

        self.dueRow.addWidget(self.due60Button)

        self.due120Button = QPushButton(ActionDialog)
        self.due120Button.setObjectName(u"due120Button")

        self.dueRow.addWidget(self.due120Button)

        self.due240Button = QPushButton(ActionDialog)
        self.due240Button.setObjectName(u"due240Button")

        self.dueRow.addWidget(self.due240Button)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.dueHintLabel = QLabel(ActionDialog)
        self.dueHintLabel.setObjectName(u"dueHintLabel")
        self.dueHintLabel.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dueHintLabel)

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
        self.dueEditLabel.setText(QCoreApplication.translate("ActionDialog", u"Deadline", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"dd-MM-yyyy HH:mm", None))
        self.due15Button.setText(QCoreApplication.translate("ActionDialog", u"+15 min", None))
#if QT_CONFIG(tooltip)
        self.due15Button.setToolTip(QCoreApplication.translate("ActionDialog", u"Deadline 15 minutes from now", None))
#endif // QT_CONFIG(tooltip)
        self.due30Button.setText(QCoreApplication.translate("ActionDialog", u"+30 min", None))
#if QT_CONFIG(tooltip)
        self.due30Button.setToolTip(QCoreApplication.translate("ActionDialog", u"Deadline 30 minutes from now", None))
#endif // QT_CONFIG(tooltip)
        self.due60Button.setText(QCoreApplication.translate("ActionDialog", u"+1 h", None))
#if QT_CONFIG(tooltip)
        self.due60Button.setToolTip(QCoreApplication.translate("ActionDialog", u"Deadline one hour from now", None))
#endif // QT_CONFIG(tooltip)
        self.due120Button.setText(QCoreApplication.translate("ActionDialog", u"+2 h", None))
#if QT_CONFIG(tooltip)
        self.due120Button.setToolTip(QCoreApplication.translate("ActionDialog", u"Deadline two hours from now", None))
#endif // QT_CONFIG(tooltip)
        self.due240Button.setText(QCoreApplication.translate("ActionDialog", u"+4 h", None))
#if QT_CONFIG(tooltip)
        self.due240Button.setToolTip(QCoreApplication.translate("ActionDialog", u"Deadline four hours from now", None))
#endif // QT_CONFIG(tooltip)
        self.statusComboLabel.setText(QCoreApplication.translate("ActionDialog", u"Status", None))
    # retranslateUi

