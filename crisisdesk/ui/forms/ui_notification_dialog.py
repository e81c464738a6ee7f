# Generated from forms/notification_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notification_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_NotificationDialog(object):
    def setupUi(self, NotificationDialog):
        if not NotificationDialog.objectName():
            NotificationDialog.setObjectName(u"NotificationDialog")
        NotificationDialog.resize(1060, 640)
        NotificationDialog.setMinimumSize(QSize(900, 520))
        NotificationDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(NotificationDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(NotificationDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.dialogLayout.addWidget(self.headerLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tabs = QTabWidget(NotificationDialog)
        self.tabs.setObjectName(u"tabs")
        self.manifestationTab = QWidget()
        self.manifestationTab.setObjectName(u"manifestationTab")
        self.manifestationTabLayout = QVBoxLayout(self.manifestationTab)
        self.manifestationTabLayout.setObjectName(u"manifestationTabLayout")
        self.manifestationTabLayout.setContentsMargins(0, 0, 0, 0)
        self.manifestationScroll = QScrollArea(self.manifestationTab)
        self.manifestationScroll.setObjectName(u"manifestationScroll")
        self.manifestationScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.manifestationScroll.setWidgetResizable(True)
        self.manifestationPage = QWidget()
        self.manifestationPage.setObjectName(u"manifestationPage")
        self.manifestationLayout = QVBoxLayout(self.manifestationPage)
        self.manifestationLayout.setObjectName(u"manifestationLayout")
        self.manifestationGroup = QGroupBox(self.manifestationPage)
        self.manifestationGroup.setObjectName(u"manifestationGroup")
        self.manifestationForm = QFormLayout(self.manifestationGroup)
        self.manifestationForm.setObjectName(u"manifestationForm")
        self.manifestationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.manifestationForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.manifestationGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.manifestationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.manifestationGroup)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(300, 0))

        self.manifestationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.placeTypeLabel = QLabel(self.manifestationGroup)
        self.placeTypeLabel.setObjectName(u"placeTypeLabel")

        self.manifestationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.placeTypeLabel)

        self.placeTypeCombo = QComboBox(self.manifestationGroup)
        self.placeTypeCombo.setObjectName(u"placeTypeCombo")
        self.placeTypeCombo.setMinimumSize(QSize(300, 0))

        self.manifestationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.placeTypeCombo)

        self.purposeLabel = QLabel(self.manifestationGroup)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.manifestationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QPlainTextEdit(self.manifestationGroup)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaximumSize(QSize(16777215, 64))
        self.purposeEdit.setTabChangesFocus(True)

        self.manifestationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.counterToLabel = QLabel(self.manifestationGroup)
        self.counterToLabel.setObjectName(u"counterToLabel")

        self.manifestationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.counterToLabel)

        self.counterToLayout = QHBoxLayout()
        self.counterToLayout.setObjectName(u"counterToLayout")
        self.counterToSpin = QSpinBox(self.manifestationGroup)
        self.counterToSpin.setObjectName(u"counterToSpin")
        self.counterToSpin.setMinimumSize(QSize(110, 0))
        self.counterToSpin.setPrefix(u"#")
        self.counterToSpin.setMaximum(2147483647)

        self.counterToLayout.addWidget(self.counterToSpin)

        self.counterToTitleLabel = QLabel(self.manifestationGroup)
        self.counterToTitleLabel.setObjectName(u"counterToTitleLabel")
        self.counterToTitleLabel.setWordWrap(True)

        self.counterToLayout.addWidget(self.counterToTitleLabel)

        self.counterToLayout.setStretch(1, 1)

        self.manifestationForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.counterToLayout)


        self.manifestationLayout.addWidget(self.manifestationGroup)

        self.organiserGroup = QGroupBox(self.manifestationPage)
        self.organiserGroup.setObjectName(u"organiserGroup")
        self.organiserForm = QFormLayout(self.organiserGroup)
        self.organiserForm.setObjectName(u"organiserForm")
        self.organiserForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organiserForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.privacyNoteLabel = QLabel(self.organiserGroup)
        self.privacyNoteLabel.setObjectName(u"privacyNoteLabel")
        self.privacyNoteLabel.setWordWrap(True)

        self.organiserForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.privacyNoteLabel)

        self.organiserNameLabel = QLabel(self.organiserGroup)
        self.organiserNameLabel.setObjectName(u"organiserNameLabel")

        self.organiserForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organiserNameLabel)

        self.organiserNameEdit = QLineEdit(self.organiserGroup)
        self.organiserNameEdit.setObjectName(u"organiserNameEdit")
        self.organiserNameEdit.setMaxLength(200)

        self.organiserForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organiserNameEdit)

        self.organiserOrganisationLabel = QLabel(self.organiserGroup)
        self.organiserOrganisationLabel.setObjectName(u"organiserOrganisationLabel")

        self.organiserForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiserOrganisationLabel)

        self.organiserOrganisationEdit = QLineEdit(self.organiserGroup)
        self.organiserOrganisationEdit.setObjectName(u"organiserOrganisationEdit")
        self.organiserOrganisationEdit.setMaxLength(200)

        self.organiserForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiserOrganisationEdit)

        self.organiserAddressLabel = QLabel(self.organiserGroup)
        self.organiserAddressLabel.setObjectName(u"organiserAddressLabel")

        self.organiserForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organiserAddressLabel)

        self.organiserAddressEdit = QLineEdit(self.organiserGroup)
        self.organiserAddressEdit.setObjectName(u"organiserAddressEdit")
        self.organiserAddressEdit.setMaxLength(300)

        self.organiserForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organiserAddressEdit)

        self.organiserPhoneLabel = QLabel(self.organiserGroup)
        self.organiserPhoneLabel.setObjectName(u"organiserPhoneLabel")

        self.organiserForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organiserPhoneLabel)

        self.organiserPhoneEdit = QLineEdit(self.organiserGroup)
        self.organiserPhoneEdit.setObjectName(u"organiserPhoneEdit")
        self.organiserPhoneEdit.setMaxLength(50)

        self.organiserForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organiserPhoneEdit)

        self.organiserEmailLabel = QLabel(self.organiserGroup)
        self.organiserEmailLabel.setObjectName(u"organiserEmailLabel")

        self.organiserForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organiserEmailLabel)

        self.organiserEmailEdit = QLineEdit(self.organiserGroup)
        self.organiserEmailEdit.setObjectName(u"organiserEmailEdit")
        self.organiserEmailEdit.setMaxLength(200)

        self.organiserForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organiserEmailEdit)


        self.manifestationLayout.addWidget(self.organiserGroup)

        self.manifestationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.manifestationLayout.addItem(self.manifestationSpacer)

        self.manifestationScroll.setWidget(self.manifestationPage)

        self.manifestationTabLayout.addWidget(self.manifestationScroll)

        self.tabs.addTab(self.manifestationTab, "")
        self.timePlaceTab = QWidget()
        self.timePlaceTab.setObjectName(u"timePlaceTab")
        self.timePlaceTabLayout = QVBoxLayout(self.timePlaceTab)
        self.timePlaceTabLayout.setObjectName(u"timePlaceTabLayout")
        self.timePlaceTabLayout.setContentsMargins(0, 0, 0, 0)
        self.timePlaceScroll = QScrollArea(self.timePlaceTab)
        self.timePlaceScroll.setObjectName(u"timePlaceScroll")
        self.timePlaceScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.timePlaceScroll.setWidgetResizable(True)
        self.timePlacePage = QWidget()
        self.timePlacePage.setObjectName(u"timePlacePage")
        self.timePlaceLayout = QVBoxLayout(self.timePlacePage)
        self.timePlaceLayout.setObjectName(u"timePlaceLayout")
        self.whenGroup = QGroupBox(self.timePlacePage)
        self.whenGroup.setObjectName(u"whenGroup")
        self.whenForm = QFormLayout(self.whenGroup)
        self.whenForm.setObjectName(u"whenForm")
        self.whenForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.whenForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.startLabel = QLabel(self.whenGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.whenForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateTimeEdit(self.whenGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setMinimumSize(QSize(180, 0))
        self.startEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.startEdit.setCalendarPopup(True)

        self.whenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.whenGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.whenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateTimeEdit(self.whenGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMinimumSize(QSize(180, 0))
        self.endEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.endEdit.setCalendarPopup(True)

        self.whenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.locationLabel = QLabel(self.whenGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.whenGroup)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(300)

        self.whenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.districtLabel = QLabel(self.whenGroup)
        self.districtLabel.setObjectName(u"districtLabel")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(self.whenGroup)
        self.districtCombo.setObjectName(u"districtCombo")
        self.districtCombo.setMinimumSize(QSize(300, 0))

        self.whenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.districtCombo)


        self.timePlaceLayout.addWidget(self.whenGroup)

        self.processionGroup = QGroupBox(self.timePlacePage)
        self.processionGroup.setObjectName(u"processionGroup")
        self.processionForm = QFormLayout(self.processionGroup)
        self.processionForm.setObjectName(u"processionForm")
        self.processionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.processionForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.routeLabel = QLabel(self.processionGroup)
        self.routeLabel.setObjectName(u"routeLabel")

        self.processionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeEdit = QPlainTextEdit(self.processionGroup)
        self.routeEdit.setObjectName(u"routeEdit")
        self.routeEdit.setMaximumSize(QSize(16777215, 56))
        self.routeEdit.setTabChangesFocus(True)

        self.processionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.routeEdit)

        self.routeStartLabel = QLabel(self.processionGroup)
        self.routeStartLabel.setObjectName(u"routeStartLabel")

        self.processionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.routeStartLabel)

        self.routeStartEdit = QLineEdit(self.processionGroup)
        self.routeStartEdit.setObjectName(u"routeStartEdit")
        self.routeStartEdit.setMaxLength(300)

        self.processionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.routeStartEdit)

        self.routeEndLabel = QLabel(self.processionGroup)
        self.routeEndLabel.setObjectName(u"routeEndLabel")

        self.processionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.routeEndLabel)

        self.routeEndEdit = QLineEdit(self.processionGroup)
        self.routeEndEdit.setObjectName(u"routeEndEdit")
        self.routeEndEdit.setMaxLength(300)

        self.processionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.routeEndEdit)


        self.timePlaceLayout.addWidget(self.processionGroup)

        self.participantsGroup = QGroupBox(self.timePlacePage)
        self.participantsGroup.setObjectName(u"participantsGroup")
        self.participantsForm = QFormLayout(self.participantsGroup)
        self.participantsForm.setObjectName(u"participantsForm")
        self.participantsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.participantsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.participantsLabel = QLabel(self.participantsGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.participantsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(self.participantsGroup)
        self.participantsEdit.setObjectName(u"participantsEdit")
        self.participantsEdit.setMinimumSize(QSize(140, 0))

        self.participantsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.compositionLabel = QLabel(self.participantsGroup)
        self.compositionLabel.setObjectName(u"compositionLabel")

        self.participantsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.compositionLabel)

        self.compositionEdit = QLineEdit(self.participantsGroup)
        self.compositionEdit.setObjectName(u"compositionEdit")
        self.compositionEdit.setMaxLength(500)

        self.participantsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.compositionEdit)

        self.organiserMeasuresLabel = QLabel(self.participantsGroup)
        self.organiserMeasuresLabel.setObjectName(u"organiserMeasuresLabel")

        self.participantsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiserMeasuresLabel)

        self.organiserMeasuresEdit = QPlainTextEdit(self.participantsGroup)
        self.organiserMeasuresEdit.setObjectName(u"organiserMeasuresEdit")
        self.organiserMeasuresEdit.setMaximumSize(QSize(16777215, 56))
        self.organiserMeasuresEdit.setTabChangesFocus(True)

        self.participantsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiserMeasuresEdit)


        self.timePlaceLayout.addWidget(self.participantsGroup)

        self.timePlaceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.timePlaceLayout.addItem(self.timePlaceSpacer)

        self.timePlaceScroll.setWidget(self.timePlacePage)

        self.timePlaceTabLayout.addWidget(self.timePlaceScroll)

        self.tabs.addTab(self.timePlaceTab, "")
        self.handlingTab = QWidget()
        self.handlingTab.setObjectName(u"handlingTab")
        self.handlingTabLayout = QVBoxLayout(self.handlingTab)
        self.handlingTabLayout.setObjectName(u"handlingTabLayout")
        self.handlingTabLayout.setContentsMargins(0, 0, 0, 0)
        self.handlingScroll = QScrollArea(self.handlingTab)
        self.handlingScroll.setObjectName(u"handlingScroll")
        self.handlingScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.handlingScroll.setWidgetResizable(True)
        self.handlingPage = QWidget()
        self.handlingPage.setObjectName(u"handlingPage")
        self.handlingLayout = QVBoxLayout(self.handlingPage)
        self.handlingLayout.setObjectName(u"handlingLayout")
        self.receiptGroup = QGroupBox(self.handlingPage)
        self.receiptGroup.setObjectName(u"receiptGroup")
        self.receiptForm = QFormLayout(self.receiptGroup)
        self.receiptForm.setObjectName(u"receiptForm")
        self.receiptForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.receiptForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.receivedLabel = QLabel(self.receiptGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.receiptForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = QDateTimeEdit(self.receiptGroup)
        self.receivedEdit.setObjectName(u"receivedEdit")
        self.receivedEdit.setMinimumSize(QSize(180, 0))
        self.receivedEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.receivedEdit.setCalendarPopup(True)

        self.receiptForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.channelLabel = QLabel(self.receiptGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.receiptForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.receiptGroup)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setMinimumSize(QSize(300, 0))

        self.receiptForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.riskLabel = QLabel(self.receiptGroup)
        self.riskLabel.setObjectName(u"riskLabel")

        self.receiptForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskCombo = QComboBox(self.receiptGroup)
        self.riskCombo.setObjectName(u"riskCombo")
        self.riskCombo.setMinimumSize(QSize(300, 0))

        self.receiptForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.riskCombo)


        self.handlingLayout.addWidget(self.receiptGroup)

        self.lateGroup = QGroupBox(self.handlingPage)
        self.lateGroup.setObjectName(u"lateGroup")
        self.lateForm = QFormLayout(self.lateGroup)
        self.lateForm.setObjectName(u"lateForm")
        self.lateForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.lateForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.lateAcceptedCheck = QCheckBox(self.lateGroup)
        self.lateAcceptedCheck.setObjectName(u"lateAcceptedCheck")

        self.lateForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.lateAcceptedCheck)

        self.lateReasonLabel = QLabel(self.lateGroup)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.lateForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReasonEdit = QLineEdit(self.lateGroup)
        self.lateReasonEdit.setObjectName(u"lateReasonEdit")
        self.lateReasonEdit.setMaxLength(500)

        self.lateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lateReasonEdit)

        self.lateByLabel = QLabel(self.lateGroup)
        self.lateByLabel.setObjectName(u"lateByLabel")

        self.lateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lateByLabel)

        self.lateByEdit = QLineEdit(self.lateGroup)
        self.lateByEdit.setObjectName(u"lateByEdit")
        self.lateByEdit.setMaxLength(200)

        self.lateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lateByEdit)


        self.handlingLayout.addWidget(self.lateGroup)

        self.statusGroup = QGroupBox(self.handlingPage)
        self.statusGroup.setObjectName(u"statusGroup")
        self.statusForm = QFormLayout(self.statusGroup)
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.statusLabel = QLabel(self.statusGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.statusGroup)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(300, 0))

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusNoteLabel = QLabel(self.statusGroup)
        self.statusNoteLabel.setObjectName(u"statusNoteLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusNoteLabel)

        self.statusNoteEdit = QLineEdit(self.statusGroup)
        self.statusNoteEdit.setObjectName(u"statusNoteEdit")
        self.statusNoteEdit.setMaxLength(500)

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusNoteEdit)

        self.historyLabel = QLabel(self.statusGroup)
        self.historyLabel.setObjectName(u"historyLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.historyLabel)

        self.historyTable = QTableWidget(self.statusGroup)
        if (self.historyTable.columnCount() < 5):
            self.historyTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.historyTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setMinimumSize(QSize(0, 96))
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(False)
        self.historyTable.horizontalHeader().setStretchLastSection(True)
        self.historyTable.verticalHeader().setVisible(False)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.historyTable)


        self.handlingLayout.addWidget(self.statusGroup)

        self.handlingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handlingLayout.addItem(self.handlingSpacer)

        self.handlingScroll.setWidget(self.handlingPage)

        self.handlingTabLayout.addWidget(self.handlingScroll)

        self.tabs.addTab(self.handlingTab, "")
        self.decisionTab = QWidget()
        self.decisionTab.setObjectName(u"decisionTab")
        self.decisionTabLayout = QVBoxLayout(self.decisionTab)
        self.decisionTabLayout.setObjectName(u"decisionTabLayout")
        self.decisionTabLayout.setContentsMargins(0, 0, 0, 0)
        self.decisionScroll = QScrollArea(self.decisionTab)
        self.decisionScroll.setObjectName(u"decisionScroll")
        self.decisionScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.decisionScroll.setWidgetResizable(True)
        self.decisionPage = QWidget()
        self.decisionPage.setObjectName(u"decisionPage")
        self.decisionLayout = QVBoxLayout(self.decisionPage)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.decisionLayout.addItem(self.decisionSpacer)

        self.decisionScroll.setWidget(self.decisionPage)

        self.decisionTabLayout.addWidget(self.decisionScroll)

        self.tabs.addTab(self.decisionTab, "")

        self.bodyLayout.addWidget(self.tabs)

        self.sidePanel = QWidget(NotificationDialog)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(340, 0))
        self.sidePanel.setMaximumSize(QSize(380, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.termGroup = QGroupBox(self.sidePanel)
        self.termGroup.setObjectName(u"termGroup")
        self.termLayout = QVBoxLayout(self.termGroup)
        self.termLayout.setObjectName(u"termLayout")
        self.termStatusLayout = QHBoxLayout()
        self.termStatusLayout.setObjectName(u"termStatusLayout")
        self.termIconLabel = QLabel(self.termGroup)
        self.termIconLabel.setObjectName(u"termIconLabel")
        self.termIconLabel.setMinimumSize(QSize(24, 24))
        self.termIconLabel.setMaximumSize(QSize(24, 24))

        self.termStatusLayout.addWidget(self.termIconLabel)

        self.termStatusLabel = QLabel(self.termGroup)
        self.termStatusLabel.setObjectName(u"termStatusLabel")
        self.termStatusLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.termStatusLayout.addWidget(self.termStatusLabel)

        self.termStatusLayout.setStretch(1, 1)

        self.termLayout.addLayout(self.termStatusLayout)

        self.deadlineLabel = QLabel(self.termGroup)
        self.deadlineLabel.setObjectName(u"deadlineLabel")
        self.deadlineLabel.setWordWrap(True)

        self.termLayout.addWidget(self.deadlineLabel)

        self.marginLabel = QLabel(self.termGroup)
        self.marginLabel.setObjectName(u"marginLabel")
        self.marginLabel.setWordWrap(True)

        self.termLayout.addWidget(self.marginLabel)

        self.ruleLabel = QLabel(self.termGroup)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)

        self.termLayout.addWidget(self.ruleLabel)

        self.lateNoticeLabel = QLabel(self.termGroup)
        self.lateNoticeLabel.setObjectName(u"lateNoticeLabel")
        self.lateNoticeLabel.setWordWrap(True)

        self.termLayout.addWidget(self.lateNoticeLabel)

        self.derivationTitleLabel = QLabel(self.termGroup)
        self.derivationTitleLabel.setObjectName(u"derivationTitleLabel")

        self.termLayout.addWidget(self.derivationTitleLabel)

        self.derivationScroll = QScrollArea(self.termGroup)
        self.derivationScroll.setObjectName(u"derivationScroll")
        self.derivationScroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.derivationScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.derivationScroll.setWidgetResizable(True)
        self.derivationContents = QWidget()
        self.derivationContents.setObjectName(u"derivationContents")
        self.derivationLayout = QVBoxLayout(self.derivationContents)
        self.derivationLayout.setObjectName(u"derivationLayout")
        self.derivationLabel = QLabel(self.derivationContents)
        self.derivationLabel.setObjectName(u"derivationLabel")
        self.derivationLabel.setWordWrap(True)
        self.derivationLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.derivationLabel.setTextFormat(Qt.TextFormat.RichText)
        self.derivationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.derivationLayout.addWidget(self.derivationLabel)

        self.derivationScroll.setWidget(self.derivationContents)

        self.termLayout.addWidget(self.derivationScroll)

        self.termLayout.setStretch(6, 1)

        self.sideLayout.addWidget(self.termGroup)

        self.warningsLabel = QLabel(self.sidePanel)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.sideLayout.addWidget(self.warningsLabel)

        self.clashGroup = QGroupBox(self.sidePanel)
        self.clashGroup.setObjectName(u"clashGroup")
        self.clashLayout = QVBoxLayout(self.clashGroup)
        self.clashLayout.setObjectName(u"clashLayout")
        self.clashNoneLabel = QLabel(self.clashGroup)
        self.clashNoneLabel.setObjectName(u"clashNoneLabel")
        self.clashNoneLabel.setWordWrap(True)
        self.clashNoneLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.clashLayout.addWidget(self.clashNoneLabel)

        self.clashList = QListWidget(self.clashGroup)
        self.clashList.setObjectName(u"clashList")
        self.clashList.setMinimumSize(QSize(0, 60))
        self.clashList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.clashList.setWordWrap(True)
        self.clashList.setUniformItemSizes(False)

        self.clashLayout.addWidget(self.clashList)


        self.sideLayout.addWidget(self.clashGroup)

        self.sideLayout.setStretch(0, 3)
        self.sideLayout.setStretch(2, 1)

        self.bodyLayout.addWidget(self.sidePanel)

        self.bodyLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.errorSummaryLabel = QLabel(NotificationDialog)
        self.errorSummaryLabel.setObjectName(u"errorSummaryLabel")
        self.errorSummaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummaryLabel)

        self.buttonBox = QDialogButtonBox(NotificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.placeTypeLabel.setBuddy(self.placeTypeCombo)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.counterToLabel.setBuddy(self.counterToSpin)
        self.organiserNameLabel.setBuddy(self.organiserNameEdit)
        self.organiserOrganisationLabel.setBuddy(self.organiserOrganisationEdit)
        self.organiserAddressLabel.setBuddy(self.organiserAddressEdit)
        self.organiserPhoneLabel.setBuddy(self.organiserPhoneEdit)
        self.organiserEmailLabel.setBuddy(self.organiserEmailEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.districtLabel.setBuddy(self.districtCombo)
        self.routeLabel.setBuddy(self.routeEdit)
        self.routeStartLabel.setBuddy(self.routeStartEdit)
        self.routeEndLabel.setBuddy(self.routeEndEdit)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.compositionLabel.setBuddy(self.compositionEdit)
        self.organiserMeasuresLabel.setBuddy(self.organiserMeasuresEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.riskLabel.setBuddy(self.riskCombo)
        self.lateReasonLabel.setBuddy(self.lateReasonEdit)
        self.lateByLabel.setBuddy(self.lateByEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusNoteLabel.setBuddy(self.statusNoteEdit)
        self.historyLabel.setBuddy(self.historyTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.placeTypeCombo)
        QWidget.setTabOrder(self.placeTypeCombo, self.purposeEdit)
        QWidget.setTabOrder(self.purposeEdit, self.counterToSpin)
        QWidget.setTabOrder(self.counterToSpin, self.organiserNameEdit)
        QWidget.setTabOrder(self.organiserNameEdit, self.organiserOrganisationEdit)
        QWidget.setTabOrder(self.organiserOrganisationEdit, self.organiserAddressEdit)
        QWidget.setTabOrder(self.organiserAddressEdit, self.organiserPhoneEdit)
        QWidget.setTabOrder(self.organiserPhoneEdit, self.organiserEmailEdit)
        QWidget.setTabOrder(self.organiserEmailEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.districtCombo)
        QWidget.setTabOrder(self.districtCombo, self.routeEdit)
        QWidget.setTabOrder(self.routeEdit, self.routeStartEdit)
        QWidget.setTabOrder(self.routeStartEdit, self.routeEndEdit)
        QWidget.setTabOrder(self.routeEndEdit, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.compositionEdit)
        QWidget.setTabOrder(self.compositionEdit, self.organiserMeasuresEdit)
        QWidget.setTabOrder(self.organiserMeasuresEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.riskCombo)
        QWidget.setTabOrder(self.riskCombo, self.lateAcceptedCheck)
        QWidget.setTabOrder(self.lateAcceptedCheck, self.lateReasonEdit)
        QWidget.setTabOrder(self.lateReasonEdit, self.lateByEdit)
        QWidget.setTabOrder(self.lateByEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.statusNoteEdit)
        QWidget.setTabOrder(self.statusNoteEdit, self.historyTable)
        QWidget.setTabOrder(self.historyTable, self.derivationScroll)
        QWidget.setTabOrder(self.derivationScroll, self.clashList)

        self.retranslateUi(NotificationDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(NotificationDialog)
    # setupUi

    def retranslateUi(self, NotificationDialog):
        NotificationDialog.setWindowTitle(QCoreApplication.translate("NotificationDialog", u"Notification", None))
        self.headerLabel.setText(QCoreApplication.translate("NotificationDialog", u"New notification", None))
        self.manifestationGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Manifestation", None))
        self.kindLabel.setText(QCoreApplication.translate("NotificationDialog", u"Kind", None))
        self.placeTypeLabel.setText(QCoreApplication.translate("NotificationDialog", u"Place", None))
        self.purposeLabel.setText(QCoreApplication.translate("NotificationDialog", u"Purpose", None))
        self.purposeEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"What the manifestation is about, as the organiser puts it", None))
        self.counterToLabel.setText(QCoreApplication.translate("NotificationDialog", u"Counter-demonstration of", None))
        self.counterToSpin.setSpecialValueText(QCoreApplication.translate("NotificationDialog", u"none", None))
        self.organiserGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Organiser", None))
        self.privacyNoteLabel.setText(QCoreApplication.translate("NotificationDialog", u"Personal data (AVG): record only what is needed to reach the organiser. It is left out of briefings and anonymised after the retention period.", None))
        self.organiserNameLabel.setText(QCoreApplication.translate("NotificationDialog", u"Name", None))
        self.organiserOrganisationLabel.setText(QCoreApplication.translate("NotificationDialog", u"Organisation", None))
        self.organiserAddressLabel.setText(QCoreApplication.translate("NotificationDialog", u"Address", None))
        self.organiserPhoneLabel.setText(QCoreApplication.translate("NotificationDialog", u"Phone", None))
        self.organiserEmailLabel.setText(QCoreApplication.translate("NotificationDialog", u"E-mail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.manifestationTab), QCoreApplication.translate("NotificationDialog", u"Manifestation", None))
        self.whenGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Time and place", None))
        self.startLabel.setText(QCoreApplication.translate("NotificationDialog", u"Start", None))
        self.endLabel.setText(QCoreApplication.translate("NotificationDialog", u"End", None))
        self.locationLabel.setText(QCoreApplication.translate("NotificationDialog", u"Location", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"Square, street or address", None))
        self.districtLabel.setText(QCoreApplication.translate("NotificationDialog", u"District", None))
        self.processionGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Procession", None))
        self.routeLabel.setText(QCoreApplication.translate("NotificationDialog", u"Route", None))
        self.routeEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"Streets in order, for a procession", None))
        self.routeStartLabel.setText(QCoreApplication.translate("NotificationDialog", u"Starting point", None))
        self.routeEndLabel.setText(QCoreApplication.translate("NotificationDialog", u"End point", None))
        self.participantsGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Participants", None))
        self.participantsLabel.setText(QCoreApplication.translate("NotificationDialog", u"Expected participants", None))
        self.participantsEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"unknown; e.g. 150 or 150-200", None))
#if QT_CONFIG(tooltip)
        self.participantsEdit.setToolTip(QCoreApplication.translate("NotificationDialog", u"A number (150) or a range (150-200, 150 \u00e0 200). Leave empty when not given.", None))
#endif // QT_CONFIG(tooltip)
        self.compositionLabel.setText(QCoreApplication.translate("NotificationDialog", u"Composition", None))
        self.compositionEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"Who takes part: groups, vehicles, animals", None))
        self.organiserMeasuresLabel.setText(QCoreApplication.translate("NotificationDialog", u"Organiser's measures", None))
        self.organiserMeasuresEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"Stewards, sound equipment, first aid", None))
        self.tabs.setTabText(self.tabs.indexOf(self.timePlaceTab), QCoreApplication.translate("NotificationDialog", u"Time and place", None))
        self.receiptGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Receipt", None))
        self.receivedLabel.setText(QCoreApplication.translate("NotificationDialog", u"Received at", None))
        self.channelLabel.setText(QCoreApplication.translate("NotificationDialog", u"Channel", None))
        self.riskLabel.setText(QCoreApplication.translate("NotificationDialog", u"Risk", None))
        self.lateGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Late notification", None))
        self.lateAcceptedCheck.setText(QCoreApplication.translate("NotificationDialog", u"Term shortened (special circumstances)", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("NotificationDialog", u"Reason", None))
        self.lateReasonEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"The special circumstances", None))
        self.lateByLabel.setText(QCoreApplication.translate("NotificationDialog", u"Decided by", None))
        self.lateByEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"e.g. burgemeester", None))
        self.statusGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Handling", None))
        self.statusLabel.setText(QCoreApplication.translate("NotificationDialog", u"Status", None))
        self.statusNoteLabel.setText(QCoreApplication.translate("NotificationDialog", u"Note", None))
        self.statusNoteEdit.setPlaceholderText(QCoreApplication.translate("NotificationDialog", u"Why the status changes (optional)", None))
        self.historyLabel.setText(QCoreApplication.translate("NotificationDialog", u"History", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NotificationDialog", u"When", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NotificationDialog", u"By", None))
        ___qtablewidgetitem2 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NotificationDialog", u"From", None))
        ___qtablewidgetitem3 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("NotificationDialog", u"To", None))
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("NotificationDialog", u"Note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.handlingTab), QCoreApplication.translate("NotificationDialog", u"Receipt and handling", None))
        self.tabs.setTabText(self.tabs.indexOf(self.decisionTab), QCoreApplication.translate("NotificationDialog", u"Decision", None))
        self.termGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Notice term", None))
        self.deadlineLabel.setText("")
        self.marginLabel.setText("")
        self.ruleLabel.setText("")
        self.lateNoticeLabel.setText("")
        self.derivationTitleLabel.setText(QCoreApplication.translate("NotificationDialog", u"How the deadline is found", None))
        self.derivationLabel.setText("")
        self.warningsLabel.setText("")
        self.clashGroup.setTitle(QCoreApplication.translate("NotificationDialog", u"Overlapping notifications", None))
        self.clashNoneLabel.setText(QCoreApplication.translate("NotificationDialog", u"None in the same place or district.", None))
        self.errorSummaryLabel.setText("")
    # retranslateUi

