# Generated from forms/event_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(1040, 640)
        EventDialog.setMinimumSize(QSize(760, 520))
        EventDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(EventDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(EventDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.dialogLayout.addWidget(self.headerLabel)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.tabs = QTabWidget(EventDialog)
        self.tabs.setObjectName(u"tabs")
        self.eventTab = QWidget()
        self.eventTab.setObjectName(u"eventTab")
        self.eventTabLayout = QVBoxLayout(self.eventTab)
        self.eventTabLayout.setObjectName(u"eventTabLayout")
        self.eventTabLayout.setContentsMargins(0, 0, 0, 0)
        self.eventScroll = QScrollArea(self.eventTab)
        self.eventScroll.setObjectName(u"eventScroll")
        self.eventScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.eventScroll.setWidgetResizable(True)
        self.eventPage = QWidget()
        self.eventPage.setObjectName(u"eventPage")
        self.eventLayout = QVBoxLayout(self.eventPage)
        self.eventLayout.setObjectName(u"eventLayout")
        self.eventGroup = QGroupBox(self.eventPage)
        self.eventGroup.setObjectName(u"eventGroup")
        self.eventForm = QFormLayout(self.eventGroup)
        self.eventForm.setObjectName(u"eventForm")
        self.eventForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.eventForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.eventGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.eventGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(self.eventGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.eventGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.sensitiveNoteLabel = QLabel(self.eventGroup)
        self.sensitiveNoteLabel.setObjectName(u"sensitiveNoteLabel")
        self.sensitiveNoteLabel.setWordWrap(True)

        self.eventForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sensitiveNoteLabel)

        self.descriptionLabel = QLabel(self.eventGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.eventForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.eventGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))
        self.descriptionEdit.setTabChangesFocus(True)

        self.eventForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.visitorsLabel = QLabel(self.eventGroup)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visitorsLabel)

        self.visitorsSpin = QSpinBox(self.eventGroup)
        self.visitorsSpin.setObjectName(u"visitorsSpin")
        self.visitorsSpin.setMaximum(5000000)
        self.visitorsSpin.setSingleStep(100)
        self.visitorsSpin.setMinimumSize(QSize(140, 0))
        self.visitorsSpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.eventForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visitorsSpin)


        self.eventLayout.addWidget(self.eventGroup)

        self.whenGroup = QGroupBox(self.eventPage)
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
        self.startEdit.setMinimumSize(QSize(170, 0))

        self.whenForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.whenGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.whenForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateTimeEdit(self.whenGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setMinimumSize(QSize(170, 0))

        self.whenForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.locationLabel = QLabel(self.whenGroup)
        self.locationLabel.setObjectName(u"locationLabel")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(self.whenGroup)
        self.locationEdit.setObjectName(u"locationEdit")

        self.whenForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.districtLabel = QLabel(self.whenGroup)
        self.districtLabel.setObjectName(u"districtLabel")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.districtLabel)

        self.districtCombo = QComboBox(self.whenGroup)
        self.districtCombo.setObjectName(u"districtCombo")

        self.whenForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.districtCombo)


        self.eventLayout.addWidget(self.whenGroup)

        self.organiserGroup = QGroupBox(self.eventPage)
        self.organiserGroup.setObjectName(u"organiserGroup")
        self.organiserForm = QFormLayout(self.organiserGroup)
        self.organiserForm.setObjectName(u"organiserForm")
        self.organiserForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.organiserForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.privacyNoteLabel = QLabel(self.organiserGroup)
        self.privacyNoteLabel.setObjectName(u"privacyNoteLabel")
        self.privacyNoteLabel.setWordWrap(True)

        self.organiserForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.privacyNoteLabel)

        self.organiserOrganisationLabel = QLabel(self.organiserGroup)
        self.organiserOrganisationLabel.setObjectName(u"organiserOrganisationLabel")

        self.organiserForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organiserOrganisationLabel)

        self.organiserOrganisationEdit = QLineEdit(self.organiserGroup)
        self.organiserOrganisationEdit.setObjectName(u"organiserOrganisationEdit")

        self.organiserForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organiserOrganisationEdit)

        self.organiserNameLabel = QLabel(self.organiserGroup)
        self.organiserNameLabel.setObjectName(u"organiserNameLabel")

        self.organiserForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.organiserNameLabel)

        self.organiserNameEdit = QLineEdit(self.organiserGroup)
        self.organiserNameEdit.setObjectName(u"organiserNameEdit")

        self.organiserForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.organiserNameEdit)

        self.organiserPhoneLabel = QLabel(self.organiserGroup)
        self.organiserPhoneLabel.setObjectName(u"organiserPhoneLabel")

        self.organiserForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organiserPhoneLabel)

        self.organiserPhoneEdit = QLineEdit(self.organiserGroup)
        self.organiserPhoneEdit.setObjectName(u"organiserPhoneEdit")

        self.organiserForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organiserPhoneEdit)

        self.organiserEmailLabel = QLabel(self.organiserGroup)
        self.organiserEmailLabel.setObjectName(u"organiserEmailLabel")

        self.organiserForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.organiserEmailLabel)

        self.organiserEmailEdit = QLineEdit(self.organiserGroup)
        self.organiserEmailEdit.setObjectName(u"organiserEmailEdit")

        self.organiserForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.organiserEmailEdit)


        self.eventLayout.addWidget(self.organiserGroup)

        self.eventSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.eventLayout.addItem(self.eventSpacer)

        self.eventScroll.setWidget(self.eventPage)

        self.eventTabLayout.addWidget(self.eventScroll)

        self.tabs.addTab(self.eventTab, "")
        self.riskTab = QWidget()
        self.riskTab.setObjectName(u"riskTab")
        self.riskTabLayout = QVBoxLayout(self.riskTab)
        self.riskTabLayout.setObjectName(u"riskTabLayout")
        self.riskTabLayout.setContentsMargins(0, 0, 0, 0)
        self.riskScroll = QScrollArea(self.riskTab)
        self.riskScroll.setObjectName(u"riskScroll")
        self.riskScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.riskScroll.setWidgetResizable(True)
        self.riskPage = QWidget()
        self.riskPage.setObjectName(u"riskPage")
        self.riskLayout = QVBoxLayout(self.riskPage)
        self.riskLayout.setObjectName(u"riskLayout")
        self.riskGroup = QGroupBox(self.riskPage)
        self.riskGroup.setObjectName(u"riskGroup")
        self.riskForm = QFormLayout(self.riskGroup)
        self.riskForm.setObjectName(u"riskForm")
        self.riskForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.riskForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.riskNoteLabel = QLabel(self.riskGroup)
        self.riskNoteLabel.setObjectName(u"riskNoteLabel")
        self.riskNoteLabel.setWordWrap(True)

        self.riskForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.riskNoteLabel)

        self.riskScanLabel = QLabel(self.riskGroup)
        self.riskScanLabel.setObjectName(u"riskScanLabel")

        self.riskForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.riskScanLabel)

        self.riskClassLayout = QHBoxLayout()
        self.riskClassLayout.setObjectName(u"riskClassLayout")
        self.riskScanCombo = QComboBox(self.riskGroup)
        self.riskScanCombo.setObjectName(u"riskScanCombo")

        self.riskClassLayout.addWidget(self.riskScanCombo)

        self.riskArrowLabel = QLabel(self.riskGroup)
        self.riskArrowLabel.setObjectName(u"riskArrowLabel")

        self.riskClassLayout.addWidget(self.riskArrowLabel)

        self.riskClassLabel = QLabel(self.riskGroup)
        self.riskClassLabel.setObjectName(u"riskClassLabel")

        self.riskClassLayout.addWidget(self.riskClassLabel)

        self.riskClassCombo = QComboBox(self.riskGroup)
        self.riskClassCombo.setObjectName(u"riskClassCombo")

        self.riskClassLayout.addWidget(self.riskClassCombo)

        self.riskClassSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.riskClassLayout.addItem(self.riskClassSpacer)


        self.riskForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.riskClassLayout)


        self.riskLayout.addWidget(self.riskGroup)

        self.adviceGroup = QGroupBox(self.riskPage)
        self.adviceGroup.setObjectName(u"adviceGroup")
        self.adviceForm = QFormLayout(self.adviceGroup)
        self.adviceForm.setObjectName(u"adviceForm")
        self.adviceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.adviceForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.adviceFireLabel = QLabel(self.adviceGroup)
        self.adviceFireLabel.setObjectName(u"adviceFireLabel")

        self.adviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adviceFireLabel)

        self.adviceFireCombo = QComboBox(self.adviceGroup)
        self.adviceFireCombo.setObjectName(u"adviceFireCombo")

        self.adviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adviceFireCombo)

        self.advicePoliceLabel = QLabel(self.adviceGroup)
        self.advicePoliceLabel.setObjectName(u"advicePoliceLabel")

        self.adviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.advicePoliceLabel)

        self.advicePoliceCombo = QComboBox(self.adviceGroup)
        self.advicePoliceCombo.setObjectName(u"advicePoliceCombo")

        self.adviceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.advicePoliceCombo)

        self.adviceGhorLabel = QLabel(self.adviceGroup)
        self.adviceGhorLabel.setObjectName(u"adviceGhorLabel")

        self.adviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adviceGhorLabel)

        self.adviceGhorCombo = QComboBox(self.adviceGroup)
        self.adviceGhorCombo.setObjectName(u"adviceGhorCombo")

        self.adviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adviceGhorCombo)


        self.riskLayout.addWidget(self.adviceGroup)

        self.permitGroup = QGroupBox(self.riskPage)
        self.permitGroup.setObjectName(u"permitGroup")
        self.permitForm = QFormLayout(self.permitGroup)
        self.permitForm.setObjectName(u"permitForm")
        self.permitForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.permitForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.permitStatusLabel = QLabel(self.permitGroup)
        self.permitStatusLabel.setObjectName(u"permitStatusLabel")

        self.permitForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.permitStatusLabel)

        self.permitStatusCombo = QComboBox(self.permitGroup)
        self.permitStatusCombo.setObjectName(u"permitStatusCombo")

        self.permitForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.permitStatusCombo)

        self.permitAppliedLabel = QLabel(self.permitGroup)
        self.permitAppliedLabel.setObjectName(u"permitAppliedLabel")

        self.permitForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.permitAppliedLabel)

        self.permitAppliedEdit = QDateTimeEdit(self.permitGroup)
        self.permitAppliedEdit.setObjectName(u"permitAppliedEdit")
        self.permitAppliedEdit.setMinimumSize(QSize(170, 0))

        self.permitForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.permitAppliedEdit)

        self.permitExtendedCheck = QCheckBox(self.permitGroup)
        self.permitExtendedCheck.setObjectName(u"permitExtendedCheck")

        self.permitForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.permitExtendedCheck)

        self.permitDeadlineTitleLabel = QLabel(self.permitGroup)
        self.permitDeadlineTitleLabel.setObjectName(u"permitDeadlineTitleLabel")

        self.permitForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.permitDeadlineTitleLabel)

        self.permitDeadlineLayout = QHBoxLayout()
        self.permitDeadlineLayout.setObjectName(u"permitDeadlineLayout")
        self.permitDeadlineLabel = QLabel(self.permitGroup)
        self.permitDeadlineLabel.setObjectName(u"permitDeadlineLabel")

        self.permitDeadlineLayout.addWidget(self.permitDeadlineLabel)

        self.permitDeadlineSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.permitDeadlineLayout.addItem(self.permitDeadlineSpacer)


        self.permitForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.permitDeadlineLayout)

        self.permitTermNoteLabel = QLabel(self.permitGroup)
        self.permitTermNoteLabel.setObjectName(u"permitTermNoteLabel")
        self.permitTermNoteLabel.setWordWrap(True)

        self.permitForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.permitTermNoteLabel)

        self.permitDecidedLabel = QLabel(self.permitGroup)
        self.permitDecidedLabel.setObjectName(u"permitDecidedLabel")

        self.permitForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.permitDecidedLabel)

        self.permitDecidedEdit = QDateTimeEdit(self.permitGroup)
        self.permitDecidedEdit.setObjectName(u"permitDecidedEdit")
        self.permitDecidedEdit.setMinimumSize(QSize(170, 0))

        self.permitForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.permitDecidedEdit)


        self.riskLayout.addWidget(self.permitGroup)

        self.riskSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.riskLayout.addItem(self.riskSpacer)

        self.riskScroll.setWidget(self.riskPage)

        self.riskTabLayout.addWidget(self.riskScroll)

        self.tabs.addTab(self.riskTab, "")
        self.footballTab = QWidget()
        self.footballTab.setObjectName(u"footballTab")
        self.footballTabLayout = QVBoxLayout(self.footballTab)
        self.footballTabLayout.setObjectName(u"footballTabLayout")
        self.footballTabLayout.setContentsMargins(0, 0, 0, 0)
        self.footballScroll = QScrollArea(self.footballTab)
        self.footballScroll.setObjectName(u"footballScroll")
        self.footballScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.footballScroll.setWidgetResizable(True)
        self.footballPage = QWidget()
        self.footballPage.setObjectName(u"footballPage")
        self.footballLayout = QVBoxLayout(self.footballPage)
        self.footballLayout.setObjectName(u"footballLayout")
        self.matchGroup = QGroupBox(self.footballPage)
        self.matchGroup.setObjectName(u"matchGroup")
        self.matchForm = QFormLayout(self.matchGroup)
        self.matchForm.setObjectName(u"matchForm")
        self.matchForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.matchForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.opponentLabel = QLabel(self.matchGroup)
        self.opponentLabel.setObjectName(u"opponentLabel")

        self.matchForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.opponentLabel)

        self.opponentEdit = QLineEdit(self.matchGroup)
        self.opponentEdit.setObjectName(u"opponentEdit")

        self.matchForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.opponentEdit)

        self.matchRiskLabel = QLabel(self.matchGroup)
        self.matchRiskLabel.setObjectName(u"matchRiskLabel")

        self.matchForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.matchRiskLabel)

        self.matchRiskCombo = QComboBox(self.matchGroup)
        self.matchRiskCombo.setObjectName(u"matchRiskCombo")

        self.matchForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.matchRiskCombo)

        self.matchRiskNoteLabel = QLabel(self.matchGroup)
        self.matchRiskNoteLabel.setObjectName(u"matchRiskNoteLabel")
        self.matchRiskNoteLabel.setWordWrap(True)

        self.matchForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.matchRiskNoteLabel)


        self.footballLayout.addWidget(self.matchGroup)

        self.measuresGroup = QGroupBox(self.footballPage)
        self.measuresGroup.setObjectName(u"measuresGroup")
        self.measuresForm = QFormLayout(self.measuresGroup)
        self.measuresForm.setObjectName(u"measuresForm")
        self.measuresForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.measuresForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.combiCheck = QCheckBox(self.measuresGroup)
        self.combiCheck.setObjectName(u"combiCheck")

        self.measuresForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.combiCheck)

        self.maxAwayLabel = QLabel(self.measuresGroup)
        self.maxAwayLabel.setObjectName(u"maxAwayLabel")

        self.measuresForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.maxAwayLabel)

        self.maxAwayLayout = QHBoxLayout()
        self.maxAwayLayout.setObjectName(u"maxAwayLayout")
        self.maxAwayCheck = QCheckBox(self.measuresGroup)
        self.maxAwayCheck.setObjectName(u"maxAwayCheck")

        self.maxAwayLayout.addWidget(self.maxAwayCheck)

        self.maxAwaySpin = QSpinBox(self.measuresGroup)
        self.maxAwaySpin.setObjectName(u"maxAwaySpin")
        self.maxAwaySpin.setMaximum(60000)
        self.maxAwaySpin.setSingleStep(100)
        self.maxAwaySpin.setMinimumSize(QSize(110, 0))
        self.maxAwaySpin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.maxAwayLayout.addWidget(self.maxAwaySpin)

        self.maxAwayUnitLabel = QLabel(self.measuresGroup)
        self.maxAwayUnitLabel.setObjectName(u"maxAwayUnitLabel")

        self.maxAwayLayout.addWidget(self.maxAwayUnitLabel)

        self.maxAwaySpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxAwayLayout.addItem(self.maxAwaySpacer)


        self.measuresForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.maxAwayLayout)

        self.withoutPublicCheck = QCheckBox(self.measuresGroup)
        self.withoutPublicCheck.setObjectName(u"withoutPublicCheck")

        self.measuresForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.withoutPublicCheck)

        self.securityRiskAreaCheck = QCheckBox(self.measuresGroup)
        self.securityRiskAreaCheck.setObjectName(u"securityRiskAreaCheck")

        self.measuresForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.securityRiskAreaCheck)

        self.cameraCheck = QCheckBox(self.measuresGroup)
        self.cameraCheck.setObjectName(u"cameraCheck")

        self.measuresForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cameraCheck)


        self.footballLayout.addWidget(self.measuresGroup)

        self.footballSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.footballLayout.addItem(self.footballSpacer)

        self.footballScroll.setWidget(self.footballPage)

        self.footballTabLayout.addWidget(self.footballScroll)

        self.tabs.addTab(self.footballTab, "")
        self.fireworksTab = QWidget()
        self.fireworksTab.setObjectName(u"fireworksTab")
        self.fireworksTabLayout = QVBoxLayout(self.fireworksTab)
        self.fireworksTabLayout.setObjectName(u"fireworksTabLayout")
        self.fireworksTabLayout.setContentsMargins(0, 0, 0, 0)
        self.fireworksScroll = QScrollArea(self.fireworksTab)
        self.fireworksScroll.setObjectName(u"fireworksScroll")
        self.fireworksScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fireworksScroll.setWidgetResizable(True)
        self.fireworksPage = QWidget()
        self.fireworksPage.setObjectName(u"fireworksPage")
        self.fireworksLayout = QVBoxLayout(self.fireworksPage)
        self.fireworksLayout.setObjectName(u"fireworksLayout")
        self.fireworksGroup = QGroupBox(self.fireworksPage)
        self.fireworksGroup.setObjectName(u"fireworksGroup")
        self.fireworksForm = QFormLayout(self.fireworksGroup)
        self.fireworksForm.setObjectName(u"fireworksForm")
        self.fireworksForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fireworksForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.fireworksRuleLabel = QLabel(self.fireworksGroup)
        self.fireworksRuleLabel.setObjectName(u"fireworksRuleLabel")

        self.fireworksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fireworksRuleLabel)

        self.fireworksRuleCombo = QComboBox(self.fireworksGroup)
        self.fireworksRuleCombo.setObjectName(u"fireworksRuleCombo")

        self.fireworksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fireworksRuleCombo)

        self.fireworksZonesLabel = QLabel(self.fireworksGroup)
        self.fireworksZonesLabel.setObjectName(u"fireworksZonesLabel")

        self.fireworksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fireworksZonesLabel)

        self.fireworksZonesEdit = QPlainTextEdit(self.fireworksGroup)
        self.fireworksZonesEdit.setObjectName(u"fireworksZonesEdit")
        self.fireworksZonesEdit.setMaximumSize(QSize(16777215, 110))
        self.fireworksZonesEdit.setTabChangesFocus(True)

        self.fireworksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fireworksZonesEdit)

        self.fireworksFromLabel = QLabel(self.fireworksGroup)
        self.fireworksFromLabel.setObjectName(u"fireworksFromLabel")

        self.fireworksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fireworksFromLabel)

        self.fireworksFromEdit = QDateTimeEdit(self.fireworksGroup)
        self.fireworksFromEdit.setObjectName(u"fireworksFromEdit")
        self.fireworksFromEdit.setMinimumSize(QSize(170, 0))

        self.fireworksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fireworksFromEdit)

        self.fireworksUntilLabel = QLabel(self.fireworksGroup)
        self.fireworksUntilLabel.setObjectName(u"fireworksUntilLabel")

        self.fireworksForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fireworksUntilLabel)

        self.fireworksUntilEdit = QDateTimeEdit(self.fireworksGroup)
        self.fireworksUntilEdit.setObjectName(u"fireworksUntilEdit")
        self.fireworksUntilEdit.setMinimumSize(QSize(170, 0))

        self.fireworksForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fireworksUntilEdit)

        self.fireworksNoteLabel = QLabel(self.fireworksGroup)
        self.fireworksNoteLabel.setObjectName(u"fireworksNoteLabel")
        self.fireworksNoteLabel.setWordWrap(True)

        self.fireworksForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fireworksNoteLabel)


        self.fireworksLayout.addWidget(self.fireworksGroup)

        self.fireworksSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fireworksLayout.addItem(self.fireworksSpacer)

        self.fireworksScroll.setWidget(self.fireworksPage)

        self.fireworksTabLayout.addWidget(self.fireworksScroll)

        self.tabs.addTab(self.fireworksTab, "")
        self.statusTab = QWidget()
        self.statusTab.setObjectName(u"statusTab")
        self.statusTabLayout = QVBoxLayout(self.statusTab)
        self.statusTabLayout.setObjectName(u"statusTabLayout")
        self.statusTabLayout.setContentsMargins(0, 0, 0, 0)
        self.statusScroll = QScrollArea(self.statusTab)
        self.statusScroll.setObjectName(u"statusScroll")
        self.statusScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.statusScroll.setWidgetResizable(True)
        self.statusPage = QWidget()
        self.statusPage.setObjectName(u"statusPage")
        self.statusLayout = QVBoxLayout(self.statusPage)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusGroup = QGroupBox(self.statusPage)
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

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.statusNoteLabel = QLabel(self.statusGroup)
        self.statusNoteLabel.setObjectName(u"statusNoteLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusNoteLabel)

        self.statusNoteEdit = QLineEdit(self.statusGroup)
        self.statusNoteEdit.setObjectName(u"statusNoteEdit")

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
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.historyTable.setColumnCount(5)
        self.historyTable.verticalHeader().setVisible(False)

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.historyTable)


        self.statusLayout.addWidget(self.statusGroup)

        self.statusSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.statusLayout.addItem(self.statusSpacer)

        self.statusScroll.setWidget(self.statusPage)

        self.statusTabLayout.addWidget(self.statusScroll)

        self.tabs.addTab(self.statusTab, "")

        self.bodyLayout.addWidget(self.tabs)

        self.sidePanel = QWidget(EventDialog)
        self.sidePanel.setObjectName(u"sidePanel")
        self.sidePanel.setMinimumSize(QSize(320, 0))
        self.sidePanel.setMaximumSize(QSize(360, 16777215))
        self.sideLayout = QVBoxLayout(self.sidePanel)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(0, 0, 0, 0)
        self.clashGroup = QGroupBox(self.sidePanel)
        self.clashGroup.setObjectName(u"clashGroup")
        self.clashLayout = QVBoxLayout(self.clashGroup)
        self.clashLayout.setObjectName(u"clashLayout")
        self.clashNoneLabel = QLabel(self.clashGroup)
        self.clashNoneLabel.setObjectName(u"clashNoneLabel")
        self.clashNoneLabel.setWordWrap(True)

        self.clashLayout.addWidget(self.clashNoneLabel)

        self.clashList = QListWidget(self.clashGroup)
        self.clashList.setObjectName(u"clashList")
        self.clashList.setWordWrap(True)
        self.clashList.setAlternatingRowColors(True)

        self.clashLayout.addWidget(self.clashList)


        self.sideLayout.addWidget(self.clashGroup)

        self.warningsLabel = QLabel(self.sidePanel)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.sideLayout.addWidget(self.warningsLabel)

        self.sideSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)


        self.bodyLayout.addWidget(self.sidePanel)

        self.bodyLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.bodyLayout)

        self.errorSummaryLabel = QLabel(EventDialog)
        self.errorSummaryLabel.setObjectName(u"errorSummaryLabel")
        self.errorSummaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummaryLabel)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

        self.dialogLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.visitorsLabel.setBuddy(self.visitorsSpin)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.districtLabel.setBuddy(self.districtCombo)
        self.organiserOrganisationLabel.setBuddy(self.organiserOrganisationEdit)
        self.organiserNameLabel.setBuddy(self.organiserNameEdit)
        self.organiserPhoneLabel.setBuddy(self.organiserPhoneEdit)
        self.organiserEmailLabel.setBuddy(self.organiserEmailEdit)
        self.riskScanLabel.setBuddy(self.riskScanCombo)
        self.riskClassLabel.setBuddy(self.riskClassCombo)
        self.adviceFireLabel.setBuddy(self.adviceFireCombo)
        self.advicePoliceLabel.setBuddy(self.advicePoliceCombo)
        self.adviceGhorLabel.setBuddy(self.adviceGhorCombo)
        self.permitStatusLabel.setBuddy(self.permitStatusCombo)
        self.permitAppliedLabel.setBuddy(self.permitAppliedEdit)
        self.permitDecidedLabel.setBuddy(self.permitDecidedEdit)
        self.opponentLabel.setBuddy(self.opponentEdit)
        self.matchRiskLabel.setBuddy(self.matchRiskCombo)
        self.maxAwayLabel.setBuddy(self.maxAwaySpin)
        self.fireworksRuleLabel.setBuddy(self.fireworksRuleCombo)
        self.fireworksZonesLabel.setBuddy(self.fireworksZonesEdit)
        self.fireworksFromLabel.setBuddy(self.fireworksFromEdit)
        self.fireworksUntilLabel.setBuddy(self.fireworksUntilEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.statusNoteLabel.setBuddy(self.statusNoteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EventDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.headerLabel.setText(QCoreApplication.translate("EventDialog", u"New event", None))
        self.eventGroup.setTitle(QCoreApplication.translate("EventDialog", u"Event", None))
        self.kindLabel.setText(QCoreApplication.translate("EventDialog", u"&Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("EventDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Festival aan de Werf", None))
        self.sensitiveNoteLabel.setText(QCoreApplication.translate("EventDialog", u"Confidential: lists, the calendar and exports show only a neutral title, without name or place.", None))
        self.descriptionLabel.setText(QCoreApplication.translate("EventDialog", u"&Description", None))
        self.visitorsLabel.setText(QCoreApplication.translate("EventDialog", u"E&xpected visitors", None))
        self.visitorsSpin.setSpecialValueText(QCoreApplication.translate("EventDialog", u"Unknown", None))
        self.whenGroup.setTitle(QCoreApplication.translate("EventDialog", u"Time and place", None))
        self.startLabel.setText(QCoreApplication.translate("EventDialog", u"&Start", None))
        self.endLabel.setText(QCoreApplication.translate("EventDialog", u"&End", None))
        self.locationLabel.setText(QCoreApplication.translate("EventDialog", u"&Place", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Street, square or venue", None))
        self.districtLabel.setText(QCoreApplication.translate("EventDialog", u"&Wijk", None))
        self.organiserGroup.setTitle(QCoreApplication.translate("EventDialog", u"Organiser", None))
        self.privacyNoteLabel.setText(QCoreApplication.translate("EventDialog", u"Personal data: only what is needed. Left out of exports unless asked for.", None))
        self.organiserOrganisationLabel.setText(QCoreApplication.translate("EventDialog", u"Or&ganisation", None))
        self.organiserNameLabel.setText(QCoreApplication.translate("EventDialog", u"Contact &name", None))
        self.organiserPhoneLabel.setText(QCoreApplication.translate("EventDialog", u"P&hone", None))
        self.organiserEmailLabel.setText(QCoreApplication.translate("EventDialog", u"E-&mail", None))
        self.tabs.setTabText(self.tabs.indexOf(self.eventTab), QCoreApplication.translate("EventDialog", u"Event", None))
        self.riskGroup.setTitle(QCoreApplication.translate("EventDialog", u"Risk class", None))
        self.riskNoteLabel.setText(QCoreApplication.translate("EventDialog", u"The risk scan gives advice; the competent authority sets the class. Both are kept.", None))
        self.riskScanLabel.setText(QCoreApplication.translate("EventDialog", u"Risk scan &advises", None))
        self.riskArrowLabel.setText(QCoreApplication.translate("EventDialog", u"\u2192", None))
        self.riskClassLabel.setText(QCoreApplication.translate("EventDialog", u"set by the authority:", None))
        self.adviceGroup.setTitle(QCoreApplication.translate("EventDialog", u"Advice of the disciplines", None))
        self.adviceFireLabel.setText(QCoreApplication.translate("EventDialog", u"&Fire service", None))
        self.advicePoliceLabel.setText(QCoreApplication.translate("EventDialog", u"P&olice", None))
        self.adviceGhorLabel.setText(QCoreApplication.translate("EventDialog", u"&GHOR", None))
        self.permitGroup.setTitle(QCoreApplication.translate("EventDialog", u"Event permit", None))
        self.permitStatusLabel.setText(QCoreApplication.translate("EventDialog", u"Per&mit", None))
        self.permitAppliedLabel.setText(QCoreApplication.translate("EventDialog", u"Applied &on", None))
        self.permitExtendedCheck.setText(QCoreApplication.translate("EventDialog", u"Decision term extended by 12 weeks", None))
        self.permitDeadlineTitleLabel.setText(QCoreApplication.translate("EventDialog", u"Decide by", None))
        self.permitDeadlineLabel.setText(QCoreApplication.translate("EventDialog", u"\u2014", None))
        self.permitTermNoteLabel.setText(QCoreApplication.translate("EventDialog", u"APV Utrecht, afdelingen 5.7A/5.7B: 12 weeks from the application, extendable once by 12 weeks.", None))
        self.permitDecidedLabel.setText(QCoreApplication.translate("EventDialog", u"&Decided on", None))
        self.tabs.setTabText(self.tabs.indexOf(self.riskTab), QCoreApplication.translate("EventDialog", u"Risk and permit", None))
        self.matchGroup.setTitle(QCoreApplication.translate("EventDialog", u"Match", None))
        self.opponentLabel.setText(QCoreApplication.translate("EventDialog", u"O&pponent", None))
        self.opponentEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"e.g. Ajax", None))
        self.matchRiskLabel.setText(QCoreApplication.translate("EventDialog", u"&Category", None))
        self.matchRiskNoteLabel.setText(QCoreApplication.translate("EventDialog", u"Set before the season by club, police, OM and municipality; C is a high-risk match.", None))
        self.measuresGroup.setTitle(QCoreApplication.translate("EventDialog", u"Measures", None))
        self.combiCheck.setText(QCoreApplication.translate("EventDialog", u"Combi-regeling (away supporters travel by club bus)", None))
        self.maxAwayLabel.setText(QCoreApplication.translate("EventDialog", u"Away supporters", None))
        self.maxAwayCheck.setText(QCoreApplication.translate("EventDialog", u"Maximum", None))
        self.maxAwayUnitLabel.setText(QCoreApplication.translate("EventDialog", u"away supporters", None))
        self.withoutPublicCheck.setText(QCoreApplication.translate("EventDialog", u"Match without public", None))
        self.securityRiskAreaCheck.setText(QCoreApplication.translate("EventDialog", u"Security risk area (APV 2:4, preventive frisking)", None))
        self.cameraCheck.setText(QCoreApplication.translate("EventDialog", u"Camera surveillance (APV 2:5)", None))
        self.tabs.setTabText(self.tabs.indexOf(self.footballTab), QCoreApplication.translate("EventDialog", u"Football", None))
        self.fireworksGroup.setTitle(QCoreApplication.translate("EventDialog", u"Fireworks", None))
        self.fireworksRuleLabel.setText(QCoreApplication.translate("EventDialog", u"&Rule", None))
        self.fireworksZonesLabel.setText(QCoreApplication.translate("EventDialog", u"Fireworks-free &zones", None))
        self.fireworksZonesEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"One zone per line", None))
        self.fireworksFromLabel.setText(QCoreApplication.translate("EventDialog", u"Allowed &from", None))
        self.fireworksUntilLabel.setText(QCoreApplication.translate("EventDialog", u"Allowed &until", None))
        self.fireworksNoteLabel.setText(QCoreApplication.translate("EventDialog", u"National times: 31 December 18:00 to 1 January 02:00.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fireworksTab), QCoreApplication.translate("EventDialog", u"New Year's Eve", None))
        self.statusGroup.setTitle(QCoreApplication.translate("EventDialog", u"Preparation", None))
        self.statusLabel.setText(QCoreApplication.translate("EventDialog", u"S&tatus", None))
        self.statusNoteLabel.setText(QCoreApplication.translate("EventDialog", u"N&ote", None))
        self.statusNoteEdit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"Why the status changes (optional)", None))
        self.historyLabel.setText(QCoreApplication.translate("EventDialog", u"History", None))
        ___qtablewidgetitem = self.historyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("EventDialog", u"When", None))
        ___qtablewidgetitem1 = self.historyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("EventDialog", u"Who", None))
        ___qtablewidgetitem2 = self.historyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("EventDialog", u"From", None))
        ___qtablewidgetitem3 = self.historyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("EventDialog", u"To", None))
        ___qtablewidgetitem4 = self.historyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("EventDialog", u"Note", None))
        self.tabs.setTabText(self.tabs.indexOf(self.statusTab), QCoreApplication.translate("EventDialog", u"Status", None))
        self.clashGroup.setTitle(QCoreApplication.translate("EventDialog", u"Clashes", None))
        self.clashNoneLabel.setText(QCoreApplication.translate("EventDialog", u"No clashes with notifications or events in the same wijk or place.", None))
        self.warningsLabel.setText("")
        self.errorSummaryLabel.setText("")
    # retranslateUi

