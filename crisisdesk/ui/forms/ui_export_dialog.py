# Generated from forms/export_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(560, 300)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ExportDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.dialogLayout.addWidget(self.headerLabel)

        self.exportForm = QFormLayout()
        self.exportForm.setObjectName(u"exportForm")
        self.exportForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.exportForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.formatLabel = QLabel(ExportDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.exportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatLayout = QHBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.icsRadio = QRadioButton(ExportDialog)
        self.icsRadio.setObjectName(u"icsRadio")
        self.icsRadio.setChecked(True)

        self.formatLayout.addWidget(self.icsRadio)

        self.csvRadio = QRadioButton(ExportDialog)
        self.csvRadio.setObjectName(u"csvRadio")

        self.formatLayout.addWidget(self.csvRadio)

        self.formatSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatLayout.addItem(self.formatSpacer)


        self.exportForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.formatLayout)

        self.fromLabel = QLabel(ExportDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.exportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.fromDateEdit = QDateEdit(ExportDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)
        self.fromDateEdit.setMinimumSize(QSize(130, 0))

        self.periodLayout.addWidget(self.fromDateEdit)

        self.toLabel = QLabel(ExportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.periodLayout.addWidget(self.toLabel)

        self.toDateEdit = QDateEdit(ExportDialog)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)
        self.toDateEdit.setMinimumSize(QSize(130, 0))

        self.periodLayout.addWidget(self.toDateEdit)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.exportForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.selectionOnlyCheck = QCheckBox(ExportDialog)
        self.selectionOnlyCheck.setObjectName(u"selectionOnlyCheck")

        self.exportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.selectionOnlyCheck)

        self.selectionLabel = QLabel(ExportDialog)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setWordWrap(True)

        self.exportForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.selectionLabel)

        self.personalDataCheck = QCheckBox(ExportDialog)
        self.personalDataCheck.setObjectName(u"personalDataCheck")

        self.exportForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.personalDataCheck)

        self.privacyNoteLabel = QLabel(ExportDialog)
        self.privacyNoteLabel.setObjectName(u"privacyNoteLabel")
        self.privacyNoteLabel.setWordWrap(True)

        self.exportForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.privacyNoteLabel)


        self.dialogLayout.addLayout(self.exportForm)

        self.errorLabel = QLabel(ExportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.dialogSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)

        QMetaObject.connectSlotsByName(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export calendar", None))
        self.headerLabel.setText(QCoreApplication.translate("ExportDialog", u"Export notifications and events", None))
        self.formatLabel.setText(QCoreApplication.translate("ExportDialog", u"Format", None))
        self.icsRadio.setText(QCoreApplication.translate("ExportDialog", u"&ICS (Outlook, agenda)", None))
        self.csvRadio.setText(QCoreApplication.translate("ExportDialog", u"&CSV (Excel)", None))
        self.fromLabel.setText(QCoreApplication.translate("ExportDialog", u"&Period from", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("ExportDialog", u"to", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("ExportDialog", u"dd-MM-yyyy", None))
        self.selectionOnlyCheck.setText(QCoreApplication.translate("ExportDialog", u"&Selected items only", None))
        self.selectionLabel.setText("")
        self.personalDataCheck.setText(QCoreApplication.translate("ExportDialog", u"Include the organiser's &personal data", None))
        self.privacyNoteLabel.setText(QCoreApplication.translate("ExportDialog", u"Leave this off unless the recipient needs it: linked to a demonstration's purpose, an organiser's name can reveal opinions (AVG art. 9). A returning offender is always exported with a neutral title only.", None))
        self.errorLabel.setText("")
    # retranslateUi

