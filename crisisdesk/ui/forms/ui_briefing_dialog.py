# Generated from forms/briefing_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'briefing_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QProgressBar, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_BriefingDialog(object):
    def setupUi(self, BriefingDialog):
        if not BriefingDialog.objectName():
            BriefingDialog.setObjectName(u"BriefingDialog")
        BriefingDialog.resize(460, 300)
        self.briefingLayout = QVBoxLayout(BriefingDialog)
        self.briefingLayout.setObjectName(u"briefingLayout")
        self.briefingForm = QFormLayout()
        self.briefingForm.setObjectName(u"briefingForm")
        self.fromLabel = QLabel(BriefingDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.briefingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(BriefingDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.briefingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.toLabel = QLabel(BriefingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.briefingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDateEdit = QDateEdit(BriefingDialog)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.briefingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDateEdit)

        self.meetingLabel = QLabel(BriefingDialog)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.briefingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.meetingLabel)

        self.meetingDateEdit = QDateEdit(BriefingDialog)
        self.meetingDateEdit.setObjectName(u"meetingDateEdit")
        self.meetingDateEdit.setCalendarPopup(True)

        self.briefingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.meetingDateEdit)

        self.markingLabel = QLabel(BriefingDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.briefingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingCombo = QComboBox(BriefingDialog)
        self.markingCombo.setObjectName(u"markingCombo")

        self.briefingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.markingCombo)

        self.ruleLabel = QLabel(BriefingDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.briefingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ruleLabel)

        self.personalDataCheck = QCheckBox(BriefingDialog)
        self.personalDataCheck.setObjectName(u"personalDataCheck")

        self.briefingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.personalDataCheck)

        self.appendixCheck = QCheckBox(BriefingDialog)
        self.appendixCheck.setObjectName(u"appendixCheck")

        self.briefingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.appendixCheck)

        self.exerciseCheck = QCheckBox(BriefingDialog)
        self.exerciseCheck.setObjectName(u"exerciseCheck")

        self.briefingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.exerciseCheck)


        self.briefingLayout.addLayout(self.briefingForm)

        self.progressBar = QProgressBar(BriefingDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.briefingLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(BriefingDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.briefingLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(BriefingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.briefingLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.meetingLabel.setBuddy(self.meetingDateEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BriefingDialog)

        QMetaObject.connectSlotsByName(BriefingDialog)
    # setupUi

    def retranslateUi(self, BriefingDialog):
        BriefingDialog.setWindowTitle(QCoreApplication.translate("BriefingDialog", u"Briefing for the local triangle", None))
        self.fromLabel.setText(QCoreApplication.translate("BriefingDialog", u"Period from", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("BriefingDialog", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("BriefingDialog", u"up to and including", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("BriefingDialog", u"dd-MM-yyyy", None))
        self.meetingLabel.setText(QCoreApplication.translate("BriefingDialog", u"Meeting date", None))
        self.meetingDateEdit.setDisplayFormat(QCoreApplication.translate("BriefingDialog", u"dd-MM-yyyy", None))
        self.markingLabel.setText(QCoreApplication.translate("BriefingDialog", u"Marking", None))
#if QT_CONFIG(tooltip)
        self.ruleLabel.setToolTip(QCoreApplication.translate("BriefingDialog", u"What this marking lets the briefing contain; the rule is applied while the data is collected.", None))
#endif // QT_CONFIG(tooltip)
        self.personalDataCheck.setText(QCoreApplication.translate("BriefingDialog", u"Include organisers' personal data", None))
#if QT_CONFIG(tooltip)
        self.personalDataCheck.setToolTip(QCoreApplication.translate("BriefingDialog", u"Left out by default (AVG): a named organiser linked to a purpose can reveal political or religious opinions.", None))
#endif // QT_CONFIG(tooltip)
        self.appendixCheck.setText(QCoreApplication.translate("BriefingDialog", u"Appendix: all demonstrations, term derivations and figures", None))
#if QT_CONFIG(tooltip)
        self.appendixCheck.setToolTip(QCoreApplication.translate("BriefingDialog", u"Adds the long tables and the charts after the items; leave it out for a short read.", None))
#endif // QT_CONFIG(tooltip)
        self.exerciseCheck.setText(QCoreApplication.translate("BriefingDialog", u"Exercise (every page marked OEFENING)", None))
    # retranslateUi

