# Generated from forms/profile_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(640, 860)
        self.mainLayout = QVBoxLayout(ProfileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ProfileDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.letterheadGroup = QGroupBox(ProfileDialog)
        self.letterheadGroup.setObjectName(u"letterheadGroup")
        self.letterheadGroupForm = QFormLayout(self.letterheadGroup)
        self.letterheadGroupForm.setObjectName(u"letterheadGroupForm")
        self.letterheadGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.letterheadGroupForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.letterheadGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.letterheadGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.letterheadGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(100)

        self.letterheadGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentLabel = QLabel(self.letterheadGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.letterheadGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(self.letterheadGroup)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(200)

        self.letterheadGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.letterheadLabel = QLabel(self.letterheadGroup)
        self.letterheadLabel.setObjectName(u"letterheadLabel")

        self.letterheadGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.letterheadLabel)

        self.letterheadEdit = QPlainTextEdit(self.letterheadGroup)
        self.letterheadEdit.setObjectName(u"letterheadEdit")
        self.letterheadEdit.setMinimumSize(QSize(0, 60))
        self.letterheadEdit.setMaximumSize(QSize(16777215, 80))
        self.letterheadEdit.setTabChangesFocus(True)

        self.letterheadGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.letterheadEdit)

        self.logoLabel = QLabel(self.letterheadGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.letterheadGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.letterheadGroup)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 40))

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButton = QPushButton(self.letterheadGroup)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)

        self.removeLogoButton = QPushButton(self.letterheadGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")

        self.logoLayout.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.letterheadGroupForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoLayout)


        self.mainLayout.addWidget(self.letterheadGroup)

        self.objectionGroup = QGroupBox(ProfileDialog)
        self.objectionGroup.setObjectName(u"objectionGroup")
        self.objectionGroupForm = QFormLayout(self.objectionGroup)
        self.objectionGroupForm.setObjectName(u"objectionGroupForm")
        self.objectionGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.objectionGroupForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.objectionAddressLabel = QLabel(self.objectionGroup)
        self.objectionAddressLabel.setObjectName(u"objectionAddressLabel")

        self.objectionGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectionAddressLabel)

        self.objectionAddressEdit = QPlainTextEdit(self.objectionGroup)
        self.objectionAddressEdit.setObjectName(u"objectionAddressEdit")
        self.objectionAddressEdit.setMinimumSize(QSize(0, 70))
        self.objectionAddressEdit.setMaximumSize(QSize(16777215, 90))
        self.objectionAddressEdit.setTabChangesFocus(True)

        self.objectionGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectionAddressEdit)

        self.courtLabel = QLabel(self.objectionGroup)
        self.courtLabel.setObjectName(u"courtLabel")

        self.objectionGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.courtEdit = QLineEdit(self.objectionGroup)
        self.courtEdit.setObjectName(u"courtEdit")
        self.courtEdit.setMaxLength(200)

        self.objectionGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.courtAddressLabel = QLabel(self.objectionGroup)
        self.courtAddressLabel.setObjectName(u"courtAddressLabel")

        self.objectionGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.courtAddressLabel)

        self.courtAddressEdit = QPlainTextEdit(self.objectionGroup)
        self.courtAddressEdit.setObjectName(u"courtAddressEdit")
        self.courtAddressEdit.setMinimumSize(QSize(0, 40))
        self.courtAddressEdit.setMaximumSize(QSize(16777215, 60))
        self.courtAddressEdit.setTabChangesFocus(True)

        self.objectionGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.courtAddressEdit)


        self.mainLayout.addWidget(self.objectionGroup)

        self.contactGroup = QGroupBox(ProfileDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupForm = QFormLayout(self.contactGroup)
        self.contactGroupForm.setObjectName(u"contactGroupForm")
        self.contactGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.contactGroupForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.contactNameLabel = QLabel(self.contactGroup)
        self.contactNameLabel.setObjectName(u"contactNameLabel")

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contactNameLabel)

        self.contactNameEdit = QLineEdit(self.contactGroup)
        self.contactNameEdit.setObjectName(u"contactNameEdit")
        self.contactNameEdit.setMaxLength(200)

        self.contactGroupForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contactNameEdit)

        self.contactFunctionLabel = QLabel(self.contactGroup)
        self.contactFunctionLabel.setObjectName(u"contactFunctionLabel")

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contactFunctionLabel)

        self.contactFunctionEdit = QLineEdit(self.contactGroup)
        self.contactFunctionEdit.setObjectName(u"contactFunctionEdit")
        self.contactFunctionEdit.setMaxLength(200)

        self.contactGroupForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contactFunctionEdit)

        self.contactPhoneLabel = QLabel(self.contactGroup)
        self.contactPhoneLabel.setObjectName(u"contactPhoneLabel")

        self.contactGroupForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contactPhoneLabel)

        self.contactPhoneEdit = QLineEdit(self.contactGroup)
        self.contactPhoneEdit.setObjectName(u"contactPhoneEdit")
        self.contactPhoneEdit.setMaxLength(50)

        self.contactGroupForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contactPhoneEdit)

        self.contactEmailLabel = QLabel(self.contactGroup)
        self.contactEmailLabel.setObjectName(u"contactEmailLabel")

        self.contactGroupForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactEmailLabel)

        self.contactEmailEdit = QLineEdit(self.contactGroup)
        self.contactEmailEdit.setObjectName(u"contactEmailEdit")
        self.contactEmailEdit.setMaxLength(200)

        self.contactGroupForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEmailEdit)


        self.mainLayout.addWidget(self.contactGroup)

        self.signatoriesGroup = QGroupBox(ProfileDialog)
        self.signatoriesGroup.setObjectName(u"signatoriesGroup")
        self.signatoriesGroupForm = QFormLayout(self.signatoriesGroup)
        self.signatoriesGroupForm.setObjectName(u"signatoriesGroupForm")
        self.signatoriesGroupForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.signatoriesGroupForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)
        self.signatoriesTable = QTableWidget(self.signatoriesGroup)
        if (self.signatoriesTable.columnCount() < 3):
            self.signatoriesTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.signatoriesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.signatoriesTable.setObjectName(u"signatoriesTable")
        self.signatoriesTable.setMinimumSize(QSize(0, 110))

        self.signatoriesGroupForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.signatoriesTable)

        self.signatoryButtonsLayout = QHBoxLayout()
        self.signatoryButtonsLayout.setObjectName(u"signatoryButtonsLayout")
        self.addSignatoryButton = QPushButton(self.signatoriesGroup)
        self.addSignatoryButton.setObjectName(u"addSignatoryButton")

        self.signatoryButtonsLayout.addWidget(self.addSignatoryButton)

        self.removeSignatoryButton = QPushButton(self.signatoriesGroup)
        self.removeSignatoryButton.setObjectName(u"removeSignatoryButton")

        self.signatoryButtonsLayout.addWidget(self.removeSignatoryButton)

        self.signatoryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signatoryButtonsLayout.addItem(self.signatoryButtonsSpacer)


        self.signatoriesGroupForm.setLayout(1, QFormLayout.ItemRole.SpanningRole, self.signatoryButtonsLayout)


        self.mainLayout.addWidget(self.signatoriesGroup)

        self.missingLabel = QLabel(ProfileDialog)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.missingLabel)

        self.buttonBox = QDialogButtonBox(ProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.letterheadLabel.setBuddy(self.letterheadEdit)
        self.logoLabel.setBuddy(self.logoButton)
        self.objectionAddressLabel.setBuddy(self.objectionAddressEdit)
        self.courtLabel.setBuddy(self.courtEdit)
        self.courtAddressLabel.setBuddy(self.courtAddressEdit)
        self.contactNameLabel.setBuddy(self.contactNameEdit)
        self.contactFunctionLabel.setBuddy(self.contactFunctionEdit)
        self.contactPhoneLabel.setBuddy(self.contactPhoneEdit)
        self.contactEmailLabel.setBuddy(self.contactEmailEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Municipality profile", None))
        self.introLabel.setText(QCoreApplication.translate("ProfileDialog", u"What every letter to an organiser says about the municipality. Stored in the database, so the whole team shares it.", None))
        self.letterheadGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Letterhead", None))
        self.nameLabel.setText(QCoreApplication.translate("ProfileDialog", u"Municipality", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"e.g. Utrecht (as in: the mayor of Utrecht)", None))
        self.departmentLabel.setText(QCoreApplication.translate("ProfileDialog", u"Department", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"e.g. Public Order and Safety", None))
        self.letterheadLabel.setText(QCoreApplication.translate("ProfileDialog", u"Letterhead lines", None))
        self.letterheadEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Visiting address, postal address, website \u2014 one a line", None))
        self.logoLabel.setText(QCoreApplication.translate("ProfileDialog", u"Logo", None))
        self.logoPreview.setText(QCoreApplication.translate("ProfileDialog", u"No logo", None))
        self.logoButton.setText(QCoreApplication.translate("ProfileDialog", u"Choose image\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("ProfileDialog", u"Remove", None))
        self.objectionGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Objection (bezwaar) and court", None))
        self.objectionAddressLabel.setText(QCoreApplication.translate("ProfileDialog", u"Send objections to", None))
        self.objectionAddressEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Addressee and postal address, one line each", None))
        self.courtLabel.setText(QCoreApplication.translate("ProfileDialog", u"Court", None))
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"e.g. Rechtbank Midden-Nederland", None))
        self.courtAddressLabel.setText(QCoreApplication.translate("ProfileDialog", u"Court's address", None))
        self.courtAddressEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Optional, one line each", None))
        self.contactGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Contact for the preliminary meeting (vooroverleg)", None))
        self.contactNameLabel.setText(QCoreApplication.translate("ProfileDialog", u"Name", None))
        self.contactNameEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"The public-order advisor for the preliminary meeting", None))
        self.contactFunctionLabel.setText(QCoreApplication.translate("ProfileDialog", u"Function", None))
        self.contactFunctionEdit.setPlaceholderText("")
        self.contactPhoneLabel.setText(QCoreApplication.translate("ProfileDialog", u"Phone", None))
        self.contactPhoneEdit.setPlaceholderText("")
        self.contactEmailLabel.setText(QCoreApplication.translate("ProfileDialog", u"E-mail", None))
        self.contactEmailEdit.setPlaceholderText("")
        self.signatoriesGroup.setTitle(QCoreApplication.translate("ProfileDialog", u"Signatories and mandate holders", None))
        ___qtablewidgetitem = self.signatoriesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ProfileDialog", u"Name", None))
        ___qtablewidgetitem1 = self.signatoriesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ProfileDialog", u"Function", None))
        ___qtablewidgetitem2 = self.signatoriesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ProfileDialog", u"Capacity", None))
        self.addSignatoryButton.setText(QCoreApplication.translate("ProfileDialog", u"Add", None))
        self.removeSignatoryButton.setText(QCoreApplication.translate("ProfileDialog", u"Remove", None))
    # retranslateUi

