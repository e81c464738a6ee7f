# Generated from forms/scenario_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'scenario_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ScenarioDialog(object):
    def setupUi(self, ScenarioDialog):
        if not ScenarioDialog.objectName():
            ScenarioDialog.setObjectName(u"ScenarioDialog")
        ScenarioDialog.resize(1000, 640)
        ScenarioDialog.setMinimumSize(QSize(640, 480))
        ScenarioDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ScenarioDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(ScenarioDialog)
        self.headerLabel.setObjectName(u"headerLabel")

        self.dialogLayout.addWidget(self.headerLabel)

        self.scenarioGroup = QGroupBox(ScenarioDialog)
        self.scenarioGroup.setObjectName(u"scenarioGroup")
        self.scenarioForm = QFormLayout(self.scenarioGroup)
        self.scenarioForm.setObjectName(u"scenarioForm")
        self.scenarioForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scenarioForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.scenarioGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.scenarioForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.scenarioGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.scenarioForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.titleLabel = QLabel(self.scenarioGroup)
        self.titleLabel.setObjectName(u"titleLabel")

        self.scenarioForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.scenarioGroup)
        self.titleEdit.setObjectName(u"titleEdit")

        self.scenarioForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(self.scenarioGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.scenarioForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.scenarioGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))
        self.descriptionEdit.setTabChangesFocus(True)

        self.scenarioForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.gripLabel = QLabel(self.scenarioGroup)
        self.gripLabel.setObjectName(u"gripLabel")

        self.scenarioForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gripLabel)

        self.gripCombo = QComboBox(self.scenarioGroup)
        self.gripCombo.setObjectName(u"gripCombo")

        self.scenarioForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gripCombo)

        self.gripDescriptionLabel = QLabel(self.scenarioGroup)
        self.gripDescriptionLabel.setObjectName(u"gripDescriptionLabel")
        self.gripDescriptionLabel.setWordWrap(True)

        self.scenarioForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gripDescriptionLabel)

        self.exerciseOnlyCheck = QCheckBox(self.scenarioGroup)
        self.exerciseOnlyCheck.setObjectName(u"exerciseOnlyCheck")

        self.scenarioForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.exerciseOnlyCheck)


        self.dialogLayout.addWidget(self.scenarioGroup)

        self.involvedGroup = QGroupBox(ScenarioDialog)
        self.involvedGroup.setObjectName(u"involvedGroup")
        self.listsGrid = QGridLayout(self.involvedGroup)
        self.listsGrid.setObjectName(u"listsGrid")
        self.districtsLabel = QLabel(self.involvedGroup)
        self.districtsLabel.setObjectName(u"districtsLabel")

        self.listsGrid.addWidget(self.districtsLabel, 0, 0, 1, 1)

        self.disciplinesLabel = QLabel(self.involvedGroup)
        self.disciplinesLabel.setObjectName(u"disciplinesLabel")

        self.listsGrid.addWidget(self.disciplinesLabel, 0, 1, 1, 1)

        self.populationCareLabel = QLabel(self.involvedGroup)
        self.populationCareLabel.setObjectName(u"populationCareLabel")

        self.listsGrid.addWidget(self.populationCareLabel, 0, 2, 1, 1)

        self.districtsList = QListWidget(self.involvedGroup)
        self.districtsList.setObjectName(u"districtsList")
        self.districtsList.setAlternatingRowColors(False)
        self.districtsList.setMinimumSize(QSize(0, 150))

        self.listsGrid.addWidget(self.districtsList, 1, 0, 1, 1)

        self.disciplinesList = QListWidget(self.involvedGroup)
        self.disciplinesList.setObjectName(u"disciplinesList")
        self.disciplinesList.setAlternatingRowColors(False)
        self.disciplinesList.setMinimumSize(QSize(0, 150))

        self.listsGrid.addWidget(self.disciplinesList, 1, 1, 1, 1)

        self.populationCareList = QListWidget(self.involvedGroup)
        self.populationCareList.setObjectName(u"populationCareList")
        self.populationCareList.setAlternatingRowColors(False)
        self.populationCareList.setMinimumSize(QSize(0, 150))

        self.listsGrid.addWidget(self.populationCareList, 1, 2, 1, 1)


        self.dialogLayout.addWidget(self.involvedGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.partnersGroup = QGroupBox(ScenarioDialog)
        self.partnersGroup.setObjectName(u"partnersGroup")
        self.partnersLayout = QHBoxLayout(self.partnersGroup)
        self.partnersLayout.setObjectName(u"partnersLayout")
        self.partnersList = QListWidget(self.partnersGroup)
        self.partnersList.setObjectName(u"partnersList")
        self.partnersList.setMinimumSize(QSize(0, 110))

        self.partnersLayout.addWidget(self.partnersList)

        self.partnersButtonsLayout = QVBoxLayout()
        self.partnersButtonsLayout.setObjectName(u"partnersButtonsLayout")
        self.addPartnerButton = QPushButton(self.partnersGroup)
        self.addPartnerButton.setObjectName(u"addPartnerButton")

        self.partnersButtonsLayout.addWidget(self.addPartnerButton)

        self.removePartnerButton = QPushButton(self.partnersGroup)
        self.removePartnerButton.setObjectName(u"removePartnerButton")

        self.partnersButtonsLayout.addWidget(self.removePartnerButton)

        self.partnersButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.partnersButtonsLayout.addItem(self.partnersButtonsSpacer)


        self.partnersLayout.addLayout(self.partnersButtonsLayout)

        self.partnersLayout.setStretch(0, 1)

        self.bottomLayout.addWidget(self.partnersGroup)

        self.plansGroup = QGroupBox(ScenarioDialog)
        self.plansGroup.setObjectName(u"plansGroup")
        self.plansLayout = QHBoxLayout(self.plansGroup)
        self.plansLayout.setObjectName(u"plansLayout")
        self.plansList = QListWidget(self.plansGroup)
        self.plansList.setObjectName(u"plansList")
        self.plansList.setMinimumSize(QSize(0, 110))

        self.plansLayout.addWidget(self.plansList)

        self.plansButtonsLayout = QVBoxLayout()
        self.plansButtonsLayout.setObjectName(u"plansButtonsLayout")
        self.addPlanFileButton = QPushButton(self.plansGroup)
        self.addPlanFileButton.setObjectName(u"addPlanFileButton")

        self.plansButtonsLayout.addWidget(self.addPlanFileButton)

        self.addPlanLinkButton = QPushButton(self.plansGroup)
        self.addPlanLinkButton.setObjectName(u"addPlanLinkButton")

        self.plansButtonsLayout.addWidget(self.addPlanLinkButton)

        self.openPlanButton = QPushButton(self.plansGroup)
        self.openPlanButton.setObjectName(u"openPlanButton")

        self.plansButtonsLayout.addWidget(self.openPlanButton)

        self.removePlanButton = QPushButton(self.plansGroup)
        self.removePlanButton.setObjectName(u"removePlanButton")

        self.plansButtonsLayout.addWidget(self.removePlanButton)

        self.plansButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.plansButtonsLayout.addItem(self.plansButtonsSpacer)


        self.plansLayout.addLayout(self.plansButtonsLayout)

        self.plansLayout.setStretch(0, 1)

        self.bottomLayout.addWidget(self.plansGroup)

        self.bottomLayout.setStretch(0, 1)
        self.bottomLayout.setStretch(1, 1)

        self.dialogLayout.addLayout(self.bottomLayout)

        self.errorSummaryLabel = QLabel(ScenarioDialog)
        self.errorSummaryLabel.setObjectName(u"errorSummaryLabel")
        self.errorSummaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorSummaryLabel)

        self.buttonBox = QDialogButtonBox(ScenarioDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.gripLabel.setBuddy(self.gripCombo)
        self.districtsLabel.setBuddy(self.districtsList)
        self.disciplinesLabel.setBuddy(self.disciplinesList)
        self.populationCareLabel.setBuddy(self.populationCareList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScenarioDialog)

        QMetaObject.connectSlotsByName(ScenarioDialog)
    # setupUi

    def retranslateUi(self, ScenarioDialog):
        ScenarioDialog.setWindowTitle(QCoreApplication.translate("ScenarioDialog", u"Crisis scenario", None))
        self.headerLabel.setText(QCoreApplication.translate("ScenarioDialog", u"New crisis scenario", None))
        self.scenarioGroup.setTitle(QCoreApplication.translate("ScenarioDialog", u"Scenario", None))
        self.kindLabel.setText(QCoreApplication.translate("ScenarioDialog", u"&Kind", None))
        self.titleLabel.setText(QCoreApplication.translate("ScenarioDialog", u"&Title", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ScenarioDialog", u"&Description", None))
        self.gripLabel.setText(QCoreApplication.translate("ScenarioDialog", u"&GRIP level", None))
        self.gripDescriptionLabel.setText("")
        self.exerciseOnlyCheck.setText(QCoreApplication.translate("ScenarioDialog", u"For exercises only (never used for a real incident)", None))
        self.involvedGroup.setTitle(QCoreApplication.translate("ScenarioDialog", u"Who and what is involved", None))
        self.districtsLabel.setText(QCoreApplication.translate("ScenarioDialog", u"Affected &wijken", None))
        self.disciplinesLabel.setText(QCoreApplication.translate("ScenarioDialog", u"D&isciplines involved", None))
        self.populationCareLabel.setText(QCoreApplication.translate("ScenarioDialog", u"&Population care processes", None))
        self.partnersGroup.setTitle(QCoreApplication.translate("ScenarioDialog", u"Partners", None))
        self.addPartnerButton.setText(QCoreApplication.translate("ScenarioDialog", u"&Add", None))
        self.removePartnerButton.setText(QCoreApplication.translate("ScenarioDialog", u"&Remove", None))
        self.plansGroup.setTitle(QCoreApplication.translate("ScenarioDialog", u"Linked plans and draaiboeken", None))
        self.addPlanFileButton.setText(QCoreApplication.translate("ScenarioDialog", u"Add &file\u2026", None))
        self.addPlanLinkButton.setText(QCoreApplication.translate("ScenarioDialog", u"Add &link", None))
        self.openPlanButton.setText(QCoreApplication.translate("ScenarioDialog", u"&Open", None))
        self.removePlanButton.setText(QCoreApplication.translate("ScenarioDialog", u"Re&move", None))
        self.errorSummaryLabel.setText("")
    # retranslateUi

