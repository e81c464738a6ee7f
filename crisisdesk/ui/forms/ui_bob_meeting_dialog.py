# Generated from forms/bob_meeting_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bob_meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_BobMeetingDialog(object):
    def setupUi(self, BobMeetingDialog):
        if not BobMeetingDialog.objectName():
            BobMeetingDialog.setObjectName(u"BobMeetingDialog")
        BobMeetingDialog.resize(760, 600)
        self.mainLayout = QVBoxLayout(BobMeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.heldAtEditLabel = QLabel(BobMeetingDialog)
        self.heldAtEditLabel.setObjectName(u"heldAtEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.heldAtEditLabel)

        self.heldAtRow = QHBoxLayout()
        self.heldAtRow.setObjectName(u"heldAtRow")
        self.heldAtEdit = QDateTimeEdit(BobMeetingDialog)
        self.heldAtEdit.setObjectName(u"heldAtEdit")
        self.heldAtEdit.setCalendarPopup(True)

        self.heldAtRow.addWidget(self.heldAtEdit)

        self.exerciseTimeLabel = QLabel(BobMeetingDialog)
        self.exerciseTimeLabel.setObjectName(u"exerciseTimeLabel")

        self.heldAtRow.addWidget(self.exerciseTimeLabel)

        self.heldAtSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldAtRow.addItem(self.heldAtSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.heldAtRow)

        self.chairComboLabel = QLabel(BobMeetingDialog)
        self.chairComboLabel.setObjectName(u"chairComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairComboLabel)

        self.chairCombo = QComboBox(BobMeetingDialog)
        self.chairCombo.setObjectName(u"chairCombo")
        self.chairCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairCombo)

        self.attendeesEditLabel = QLabel(BobMeetingDialog)
        self.attendeesEditLabel.setObjectName(u"attendeesEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attendeesEditLabel)

        self.attendeesEdit = QPlainTextEdit(BobMeetingDialog)
        self.attendeesEdit.setObjectName(u"attendeesEdit")
        self.attendeesEdit.setTabChangesFocus(True)
        self.attendeesEdit.setMaximumSize(QSize(16777215, 64))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.attendeesEdit)

        self.attendeeComboLabel = QLabel(BobMeetingDialog)
        self.attendeeComboLabel.setObjectName(u"attendeeComboLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attendeeComboLabel)

        self.attendeeRow = QHBoxLayout()
        self.attendeeRow.setObjectName(u"attendeeRow")
        self.attendeeCombo = QComboBox(BobMeetingDialog)
        self.attendeeCombo.setObjectName(u"attendeeCombo")
        self.attendeeCombo.setEditable(True)

        self.attendeeRow.addWidget(self.attendeeCombo)

        self.addAttendeeButton = QPushButton(BobMeetingDialog)
        self.addAttendeeButton.setObjectName(u"addAttendeeButton")
        self.addAttendeeButton.setAutoDefault(False)

        self.attendeeRow.addWidget(self.addAttendeeButton)

        self.attendeeRow.setStretch(0, 1)

        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.attendeeRow)


        self.mainLayout.addLayout(self.form)

        self.roundTabs = QTabWidget(BobMeetingDialog)
        self.roundTabs.setObjectName(u"roundTabs")
        self.pictureTab = QWidget()
        self.pictureTab.setObjectName(u"pictureTab")
        self.pictureLayout = QVBoxLayout(self.pictureTab)
        self.pictureLayout.setObjectName(u"pictureLayout")
        self.pictureHint = QLabel(self.pictureTab)
        self.pictureHint.setObjectName(u"pictureHint")
        self.pictureHint.setWordWrap(True)

        self.pictureLayout.addWidget(self.pictureHint)

        self.pictureEdit = QPlainTextEdit(self.pictureTab)
        self.pictureEdit.setObjectName(u"pictureEdit")
        self.pictureEdit.setTabChangesFocus(True)

        self.pictureLayout.addWidget(self.pictureEdit)

        self.roundTabs.addTab(self.pictureTab, "")
        self.judgementTab = QWidget()
        self.judgementTab.setObjectName(u"judgementTab")
        self.judgementLayout = QVBoxLayout(self.judgementTab)
        self.judgementLayout.setObjectName(u"judgementLayout")
        self.judgementHint = QLabel(self.judgementTab)
        self.judgementHint.setObjectName(u"judgementHint")
        self.judgementHint.setWordWrap(True)

        self.judgementLayout.addWidget(self.judgementHint)

        self.judgementEdit = QPlainTextEdit(self.judgementTab)
        self.judgementEdit.setObjectName(u"judgementEdit")
        self.judgementEdit.setTabChangesFocus(True)

        self.judgementLayout.addWidget(self.judgementEdit)

        self.roundTabs.addTab(self.judgementTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionLayout = QVBoxLayout(self.decisionTab)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionHint = QLabel(self.decisionTab)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setWordWrap(True)

        self.decisionLayout.addWidget(self.decisionHint)

        self.decisionEdit = QPlainTextEdit(self.decisionTab)
        self.decisionEdit.setObjectName(u"decisionEdit")
        self.decisionEdit.setTabChangesFocus(True)

        self.decisionLayout.addWidget(self.decisionEdit)

        self.roundTabs.addTab(self.decisionTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableWidget(self.actionsTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setTabKeyNavigation(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.newActionButton = QPushButton(self.actionsTab)
        self.newActionButton.setObjectName(u"newActionButton")
        self.newActionButton.setAutoDefault(False)

        self.actionButtons.addWidget(self.newActionButton)

        self.actionsHint = QLabel(self.actionsTab)
        self.actionsHint.setObjectName(u"actionsHint")
        self.actionsHint.setWordWrap(True)

        self.actionButtons.addWidget(self.actionsHint)

        self.actionButtons.setStretch(1, 1)

        self.actionsLayout.addLayout(self.actionButtons)

        self.roundTabs.addTab(self.actionsTab, "")

        self.mainLayout.addWidget(self.roundTabs)

        self.errorLabel = QLabel(BobMeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BobMeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.heldAtEditLabel.setBuddy(self.heldAtEdit)
        self.chairComboLabel.setBuddy(self.chairCombo)
        self.attendeesEditLabel.setBuddy(self.attendeesEdit)
        self.attendeeComboLabel.setBuddy(self.attendeeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BobMeetingDialog)

        self.roundTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BobMeetingDialog)
    # setupUi

    def retranslateUi(self, BobMeetingDialog):
        BobMeetingDialog.setWindowTitle(QCoreApplication.translate("BobMeetingDialog", u"BOB meeting", None))
        self.heldAtEditLabel.setText(QCoreApplication.translate("BobMeetingDialog", u"Time", None))
        self.heldAtEdit.setDisplayFormat(QCoreApplication.translate("BobMeetingDialog", u"dd-MM-yyyy HH:mm", None))
        self.chairComboLabel.setText(QCoreApplication.translate("BobMeetingDialog", u"Chair", None))
        self.attendeesEditLabel.setText(QCoreApplication.translate("BobMeetingDialog", u"Attendees", None))
        self.attendeeComboLabel.setText(QCoreApplication.translate("BobMeetingDialog", u"Add attendee", None))
#if QT_CONFIG(tooltip)
        self.attendeeCombo.setToolTip(QCoreApplication.translate("BobMeetingDialog", u"A role of the team or a partner organisation", None))
#endif // QT_CONFIG(tooltip)
        self.addAttendeeButton.setText(QCoreApplication.translate("BobMeetingDialog", u"Add", None))
        self.pictureHint.setText(QCoreApplication.translate("BobMeetingDialog", u"The shared picture: the facts as known now, per discipline.", None))
#if QT_CONFIG(accessibility)
        self.pictureEdit.setAccessibleName(QCoreApplication.translate("BobMeetingDialog", u"Picture round", None))
#endif // QT_CONFIG(accessibility)
        self.roundTabs.setTabText(self.roundTabs.indexOf(self.pictureTab), QCoreApplication.translate("BobMeetingDialog", u"1. Picture (beeld)", None))
        self.judgementHint.setText(QCoreApplication.translate("BobMeetingDialog", u"Problems, risks, dilemmas and options.", None))
#if QT_CONFIG(accessibility)
        self.judgementEdit.setAccessibleName(QCoreApplication.translate("BobMeetingDialog", u"Judgement round", None))
#endif // QT_CONFIG(accessibility)
        self.roundTabs.setTabText(self.roundTabs.indexOf(self.judgementTab), QCoreApplication.translate("BobMeetingDialog", u"2. Judgement (oordeel)", None))
        self.decisionHint.setText(QCoreApplication.translate("BobMeetingDialog", u"The decisions taken. Each decision leads to actions with an owner and a deadline (tab Actions).", None))
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("BobMeetingDialog", u"Decision round", None))
#endif // QT_CONFIG(accessibility)
        self.roundTabs.setTabText(self.roundTabs.indexOf(self.decisionTab), QCoreApplication.translate("BobMeetingDialog", u"3. Decision (besluit)", None))
#if QT_CONFIG(accessibility)
        self.actionsTable.setAccessibleName(QCoreApplication.translate("BobMeetingDialog", u"Actions from this meeting", None))
#endif // QT_CONFIG(accessibility)
        self.newActionButton.setText(QCoreApplication.translate("BobMeetingDialog", u"New action\u2026", None))
        self.roundTabs.setTabText(self.roundTabs.indexOf(self.actionsTab), QCoreApplication.translate("BobMeetingDialog", u"Actions", None))
    # retranslateUi

