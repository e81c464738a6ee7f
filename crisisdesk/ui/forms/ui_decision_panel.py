# Generated from forms/decision_panel.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_panel.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QDateTimeEdit, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_DecisionPanel(object):
    def setupUi(self, DecisionPanel):
        if not DecisionPanel.objectName():
            DecisionPanel.setObjectName(u"DecisionPanel")
        DecisionPanel.resize(720, 900)
        self.panelLayout = QVBoxLayout(DecisionPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.reviewLabel = QLabel(DecisionPanel)
        self.reviewLabel.setObjectName(u"reviewLabel")
        self.reviewLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.reviewLabel)

        self.placeNoteLabel = QLabel(DecisionPanel)
        self.placeNoteLabel.setObjectName(u"placeNoteLabel")
        self.placeNoteLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.placeNoteLabel)

        self.decisionGroup = QGroupBox(DecisionPanel)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.decisionForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.decisionLabel = QLabel(self.decisionGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(self.decisionGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")
        self.decisionCombo.setMinimumSize(QSize(300, 0))

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.decisionDateLabel = QLabel(self.decisionGroup)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QDateEdit(self.decisionGroup)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")
        self.decisionDateEdit.setDisplayFormat(u"dd-MM-yyyy")
        self.decisionDateEdit.setCalendarPopup(True)

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.signatoryLabel = QLabel(self.decisionGroup)
        self.signatoryLabel.setObjectName(u"signatoryLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.signatoryLabel)

        self.signatoryCombo = QComboBox(self.decisionGroup)
        self.signatoryCombo.setObjectName(u"signatoryCombo")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.signatoryCombo)

        self.decidedByLabel = QLabel(self.decisionGroup)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.decidedByLabel)

        self.decidedByEdit = QLineEdit(self.decisionGroup)
        self.decidedByEdit.setObjectName(u"decidedByEdit")
        self.decidedByEdit.setMaxLength(200)

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decidedByEdit)

        self.capacityLabel = QLabel(self.decisionGroup)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityCombo = QComboBox(self.decisionGroup)
        self.capacityCombo.setObjectName(u"capacityCombo")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacityCombo)

        self.functionLabel = QLabel(self.decisionGroup)
        self.functionLabel.setObjectName(u"functionLabel")

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.functionLabel)

        self.functionEdit = QLineEdit(self.decisionGroup)
        self.functionEdit.setObjectName(u"functionEdit")
        self.functionEdit.setMaxLength(200)

        self.decisionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.functionEdit)

        self.madeKnownLabel = QLabel(self.decisionGroup)
        self.madeKnownLabel.setObjectName(u"madeKnownLabel")

        self.decisionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.madeKnownLabel)

        self.madeKnownLayout = QHBoxLayout()
        self.madeKnownLayout.setObjectName(u"madeKnownLayout")
        self.madeKnownEdit = QDateTimeEdit(self.decisionGroup)
        self.madeKnownEdit.setObjectName(u"madeKnownEdit")
        self.madeKnownEdit.setMinimumSize(QSize(180, 0))
        self.madeKnownEdit.setDisplayFormat(u"dd-MM-yyyy HH:mm")
        self.madeKnownEdit.setCalendarPopup(True)

        self.madeKnownLayout.addWidget(self.madeKnownEdit)

        self.madeKnownHowCombo = QComboBox(self.decisionGroup)
        self.madeKnownHowCombo.setObjectName(u"madeKnownHowCombo")

        self.madeKnownLayout.addWidget(self.madeKnownHowCombo)

        self.madeKnownNotYetCheck = QCheckBox(self.decisionGroup)
        self.madeKnownNotYetCheck.setObjectName(u"madeKnownNotYetCheck")

        self.madeKnownLayout.addWidget(self.madeKnownNotYetCheck)

        self.madeKnownSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.madeKnownLayout.addItem(self.madeKnownSpacer)


        self.decisionForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.madeKnownLayout)


        self.panelLayout.addWidget(self.decisionGroup)

        self.measuresGroup = QGroupBox(DecisionPanel)
        self.measuresGroup.setObjectName(u"measuresGroup")
        self.measuresForm = QFormLayout(self.measuresGroup)
        self.measuresForm.setObjectName(u"measuresForm")
        self.measuresForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.measuresTable = QTableWidget(self.measuresGroup)
        if (self.measuresTable.columnCount() < 5):
            self.measuresTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.measuresTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.measuresTable.setObjectName(u"measuresTable")
        self.measuresTable.setMinimumSize(QSize(0, 210))
        self.measuresTable.setAlternatingRowColors(True)
        self.measuresTable.setWordWrap(True)

        self.measuresForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.measuresTable)

        self.measureButtonsLayout = QHBoxLayout()
        self.measureButtonsLayout.setObjectName(u"measureButtonsLayout")
        self.addMeasureButton = QPushButton(self.measuresGroup)
        self.addMeasureButton.setObjectName(u"addMeasureButton")

        self.measureButtonsLayout.addWidget(self.addMeasureButton)

        self.removeMeasureButton = QPushButton(self.measuresGroup)
        self.removeMeasureButton.setObjectName(u"removeMeasureButton")

        self.measureButtonsLayout.addWidget(self.removeMeasureButton)

        self.measureButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.measureButtonsLayout.addItem(self.measureButtonsSpacer)


        self.measuresForm.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.measureButtonsLayout)

        self.groundsNoteLabel = QLabel(self.measuresGroup)
        self.groundsNoteLabel.setObjectName(u"groundsNoteLabel")
        self.groundsNoteLabel.setWordWrap(True)

        self.measuresForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.groundsNoteLabel)


        self.panelLayout.addWidget(self.measuresGroup)

        self.banGroup = QGroupBox(DecisionPanel)
        self.banGroup.setObjectName(u"banGroup")
        self.banForm = QFormLayout(self.banGroup)
        self.banForm.setObjectName(u"banForm")
        self.banForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.banForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.banGroundLabel = QLabel(self.banGroup)
        self.banGroundLabel.setObjectName(u"banGroundLabel")

        self.banForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.banGroundLabel)

        self.banGroundCombo = QComboBox(self.banGroup)
        self.banGroundCombo.setObjectName(u"banGroundCombo")

        self.banForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.banGroundCombo)

        self.banInterestsLabel = QLabel(self.banGroup)
        self.banInterestsLabel.setObjectName(u"banInterestsLabel")

        self.banForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.banInterestsLabel)

        self.banInterestsBox = QWidget(self.banGroup)
        self.banInterestsBox.setObjectName(u"banInterestsBox")
        self.banInterestsLayout = QVBoxLayout(self.banInterestsBox)
        self.banInterestsLayout.setObjectName(u"banInterestsLayout")
        self.banInterestsLayout.setContentsMargins(0, 0, 0, 0)
        self.banHealthCheck = QCheckBox(self.banInterestsBox)
        self.banHealthCheck.setObjectName(u"banHealthCheck")

        self.banInterestsLayout.addWidget(self.banHealthCheck)

        self.banTrafficCheck = QCheckBox(self.banInterestsBox)
        self.banTrafficCheck.setObjectName(u"banTrafficCheck")

        self.banInterestsLayout.addWidget(self.banTrafficCheck)

        self.banDisorderCheck = QCheckBox(self.banInterestsBox)
        self.banDisorderCheck.setObjectName(u"banDisorderCheck")

        self.banInterestsLayout.addWidget(self.banDisorderCheck)


        self.banForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.banInterestsBox)

        self.latenessLabel = QLabel(self.banGroup)
        self.latenessLabel.setObjectName(u"latenessLabel")

        self.banForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.latenessLabel)

        self.latenessEdit = QPlainTextEdit(self.banGroup)
        self.latenessEdit.setObjectName(u"latenessEdit")
        self.latenessEdit.setMinimumSize(QSize(0, 70))
        self.latenessEdit.setTabChangesFocus(True)

        self.banForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.latenessEdit)

        self.alternativesLabel = QLabel(self.banGroup)
        self.alternativesLabel.setObjectName(u"alternativesLabel")

        self.banForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.alternativesLabel)

        self.alternativesEdit = QPlainTextEdit(self.banGroup)
        self.alternativesEdit.setObjectName(u"alternativesEdit")
        self.alternativesEdit.setMinimumSize(QSize(0, 70))
        self.alternativesEdit.setTabChangesFocus(True)

        self.banForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.alternativesEdit)


        self.panelLayout.addWidget(self.banGroup)

        self.motivationGroup = QGroupBox(DecisionPanel)
        self.motivationGroup.setObjectName(u"motivationGroup")
        self.motivationForm = QFormLayout(self.motivationGroup)
        self.motivationForm.setObjectName(u"motivationForm")
        self.motivationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.motivationEdit = QPlainTextEdit(self.motivationGroup)
        self.motivationEdit.setObjectName(u"motivationEdit")
        self.motivationEdit.setMinimumSize(QSize(0, 110))
        self.motivationEdit.setTabChangesFocus(True)

        self.motivationForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.motivationEdit)


        self.panelLayout.addWidget(self.motivationGroup)

        self.panelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.panelLayout.addItem(self.panelSpacer)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.decisionDateLabel.setBuddy(self.decisionDateEdit)
        self.signatoryLabel.setBuddy(self.signatoryCombo)
        self.decidedByLabel.setBuddy(self.decidedByEdit)
        self.capacityLabel.setBuddy(self.capacityCombo)
        self.functionLabel.setBuddy(self.functionEdit)
        self.madeKnownLabel.setBuddy(self.madeKnownEdit)
        self.banGroundLabel.setBuddy(self.banGroundCombo)
        self.banInterestsLabel.setBuddy(self.banInterestsBox)
        self.latenessLabel.setBuddy(self.latenessEdit)
        self.alternativesLabel.setBuddy(self.alternativesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DecisionPanel)

        QMetaObject.connectSlotsByName(DecisionPanel)
    # setupUi

    def retranslateUi(self, DecisionPanel):
        self.reviewLabel.setText("")
        self.placeNoteLabel.setText("")
        self.decisionGroup.setTitle(QCoreApplication.translate("DecisionPanel", u"Decision of the mayor (Wom art. 5)", None))
        self.decisionLabel.setText(QCoreApplication.translate("DecisionPanel", u"Decision", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("DecisionPanel", u"Decision date", None))
        self.signatoryLabel.setText(QCoreApplication.translate("DecisionPanel", u"From the profile", None))
        self.decidedByLabel.setText(QCoreApplication.translate("DecisionPanel", u"Decided by (name)", None))
        self.decidedByEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"Name of who decided", None))
        self.capacityLabel.setText(QCoreApplication.translate("DecisionPanel", u"Capacity", None))
        self.functionLabel.setText(QCoreApplication.translate("DecisionPanel", u"Function (mandate)", None))
        self.functionEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"e.g. team leader public order and safety", None))
        self.madeKnownLabel.setText(QCoreApplication.translate("DecisionPanel", u"Made known at", None))
        self.madeKnownNotYetCheck.setText(QCoreApplication.translate("DecisionPanel", u"Not yet", None))
        self.measuresGroup.setTitle(QCoreApplication.translate("DecisionPanel", u"Conditions and restrictions, each with the interest of art. 2 Wom it serves", None))
        ___qtablewidgetitem = self.measuresTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DecisionPanel", u"Measure", None))
        ___qtablewidgetitem1 = self.measuresTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DecisionPanel", u"Health", None))
        ___qtablewidgetitem2 = self.measuresTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DecisionPanel", u"Traffic", None))
        ___qtablewidgetitem3 = self.measuresTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DecisionPanel", u"Disorder", None))
        ___qtablewidgetitem4 = self.measuresTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DecisionPanel", u"Note on content (art. 5 par. 3)", None))
        self.addMeasureButton.setText(QCoreApplication.translate("DecisionPanel", u"Add measure", None))
        self.removeMeasureButton.setText(QCoreApplication.translate("DecisionPanel", u"Remove measure", None))
        self.groundsNoteLabel.setText(QCoreApplication.translate("DecisionPanel", u"Never the content of what is expressed (Wom art. 5 par. 3). A measure that seems to be about content needs a note before a letter is printed.", None))
        self.banGroup.setTitle(QCoreApplication.translate("DecisionPanel", u"Ban (Wom art. 5 par. 2): the last resort", None))
        self.banGroundLabel.setText(QCoreApplication.translate("DecisionPanel", u"Ground", None))
        self.banInterestsLabel.setText(QCoreApplication.translate("DecisionPanel", u"Interests (under c)", None))
        self.latenessLabel.setText(QCoreApplication.translate("DecisionPanel", u"Weighing of the lateness", None))
        self.latenessEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"What did the late notification make impossible? Could the term be shortened?", None))
        self.alternativesLabel.setText(QCoreApplication.translate("DecisionPanel", u"Why milder measures do not suffice", None))
        self.alternativesEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"Which conditions or restrictions were considered, and why they are not enough", None))
        self.motivationGroup.setTitle(QCoreApplication.translate("DecisionPanel", u"Motivation (Awb art. 3:46)", None))
        self.motivationEdit.setPlaceholderText(QCoreApplication.translate("DecisionPanel", u"The facts of this case, and why the measure is necessary and proportionate", None))
        pass
    # retranslateUi

