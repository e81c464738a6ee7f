# Generated from forms/settings_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 320)
        self.settingsLayout = QVBoxLayout(SettingsDialog)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.termGroup = QGroupBox(SettingsDialog)
        self.termGroup.setObjectName(u"termGroup")
        self.termForm = QFormLayout(self.termGroup)
        self.termForm.setObjectName(u"termForm")
        self.ruleSetLabel = QLabel(self.termGroup)
        self.ruleSetLabel.setObjectName(u"ruleSetLabel")

        self.termForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ruleSetLabel)

        self.ruleSetCombo = QComboBox(self.termGroup)
        self.ruleSetCombo.setObjectName(u"ruleSetCombo")

        self.termForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ruleSetCombo)

        self.ruleSetDescription = QLabel(self.termGroup)
        self.ruleSetDescription.setObjectName(u"ruleSetDescription")
        self.ruleSetDescription.setWordWrap(True)

        self.termForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ruleSetDescription)

        self.ruleSetNote = QLabel(self.termGroup)
        self.ruleSetNote.setObjectName(u"ruleSetNote")
        self.ruleSetNote.setWordWrap(True)

        self.termForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ruleSetNote)


        self.settingsLayout.addWidget(self.termGroup)

        self.clashGroup = QGroupBox(SettingsDialog)
        self.clashGroup.setObjectName(u"clashGroup")
        self.clashForm = QFormLayout(self.clashGroup)
        self.clashForm.setObjectName(u"clashForm")
        self.bufferLabel = QLabel(self.clashGroup)
        self.bufferLabel.setObjectName(u"bufferLabel")

        self.clashForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bufferLabel)

        self.bufferSpin = QSpinBox(self.clashGroup)
        self.bufferSpin.setObjectName(u"bufferSpin")
        self.bufferSpin.setMaximum(1440)
        self.bufferSpin.setSingleStep(15)

        self.clashForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bufferSpin)

        self.distanceLabel = QLabel(self.clashGroup)
        self.distanceLabel.setObjectName(u"distanceLabel")

        self.clashForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.distanceLabel)

        self.distanceSpin = QSpinBox(self.clashGroup)
        self.distanceSpin.setObjectName(u"distanceSpin")
        self.distanceSpin.setMaximum(5000)
        self.distanceSpin.setSingleStep(50)

        self.clashForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.distanceSpin)


        self.settingsLayout.addWidget(self.clashGroup)

        self.datesGroup = QGroupBox(SettingsDialog)
        self.datesGroup.setObjectName(u"datesGroup")
        self.datesForm = QFormLayout(self.datesGroup)
        self.datesForm.setObjectName(u"datesForm")
        self.yearsBackLabel = QLabel(self.datesGroup)
        self.yearsBackLabel.setObjectName(u"yearsBackLabel")

        self.datesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.yearsBackLabel)

        self.yearsBackSpin = QSpinBox(self.datesGroup)
        self.yearsBackSpin.setObjectName(u"yearsBackSpin")
        self.yearsBackSpin.setMaximum(50)

        self.datesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.yearsBackSpin)

        self.yearsAheadLabel = QLabel(self.datesGroup)
        self.yearsAheadLabel.setObjectName(u"yearsAheadLabel")

        self.datesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearsAheadLabel)

        self.yearsAheadSpin = QSpinBox(self.datesGroup)
        self.yearsAheadSpin.setObjectName(u"yearsAheadSpin")
        self.yearsAheadSpin.setMaximum(50)

        self.datesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearsAheadSpin)

        self.datesNote = QLabel(self.datesGroup)
        self.datesNote.setObjectName(u"datesNote")
        self.datesNote.setWordWrap(True)

        self.datesForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.datesNote)


        self.settingsLayout.addWidget(self.datesGroup)

        self.permitGroup = QGroupBox(SettingsDialog)
        self.permitGroup.setObjectName(u"permitGroup")
        self.permitForm = QFormLayout(self.permitGroup)
        self.permitForm.setObjectName(u"permitForm")
        self.permitWarningLabel = QLabel(self.permitGroup)
        self.permitWarningLabel.setObjectName(u"permitWarningLabel")

        self.permitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.permitWarningLabel)

        self.permitWarningSpin = QSpinBox(self.permitGroup)
        self.permitWarningSpin.setObjectName(u"permitWarningSpin")
        self.permitWarningSpin.setMaximum(366)

        self.permitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.permitWarningSpin)


        self.settingsLayout.addWidget(self.permitGroup)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.settingsLayout.addItem(self.settingsSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.settingsLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ruleSetLabel.setBuddy(self.ruleSetCombo)
        self.bufferLabel.setBuddy(self.bufferSpin)
        self.distanceLabel.setBuddy(self.distanceSpin)
        self.yearsBackLabel.setBuddy(self.yearsBackSpin)
        self.yearsAheadLabel.setBuddy(self.yearsAheadSpin)
        self.permitWarningLabel.setBuddy(self.permitWarningSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.accepted.connect(SettingsDialog.accept)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Notice term and clashes", None))
        self.termGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Notice term (APV)", None))
        self.ruleSetLabel.setText(QCoreApplication.translate("SettingsDialog", u"Rule set", None))
        self.ruleSetNote.setText(QCoreApplication.translate("SettingsDialog", u"The rule that applies to a notification is the one of this municipality that was valid on the day it was received.", None))
        self.clashGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Clashes", None))
        self.bufferLabel.setText(QCoreApplication.translate("SettingsDialog", u"Buffer before and after", None))
        self.bufferSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.distanceLabel.setText(QCoreApplication.translate("SettingsDialog", u"Places closer than", None))
#if QT_CONFIG(tooltip)
        self.distanceSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Two items at the same time whose looked-up addresses lie closer than this clash; 0 switches it off.", None))
#endif // QT_CONFIG(tooltip)
        self.distanceSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" m", None))
        self.datesGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Dates of new records", None))
        self.yearsBackLabel.setText(QCoreApplication.translate("SettingsDialog", u"Accepted back to", None))
        self.yearsBackSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" year(s) ago", None))
        self.yearsAheadLabel.setText(QCoreApplication.translate("SettingsDialog", u"Accepted up to", None))
        self.yearsAheadSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" year(s) ahead", None))
        self.datesNote.setText(QCoreApplication.translate("SettingsDialog", u"A start or receipt outside this range is refused, so that a typing slip is not saved. Records already saved keep their dates.", None))
        self.permitGroup.setTitle(QCoreApplication.translate("SettingsDialog", u"Event permits", None))
        self.permitWarningLabel.setText(QCoreApplication.translate("SettingsDialog", u"Flag events without a permit decision starting within", None))
#if QT_CONFIG(tooltip)
        self.permitWarningSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"Such events are flagged in the events list, the 7-day overview and the briefing; an event that starts before its permit decision is due is always flagged.", None))
#endif // QT_CONFIG(tooltip)
        self.permitWarningSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
    # retranslateUi

