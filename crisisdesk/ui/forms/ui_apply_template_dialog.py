# Generated from forms/apply_template_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'apply_template_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ApplyTemplateDialog(object):
    def setupUi(self, ApplyTemplateDialog):
        if not ApplyTemplateDialog.objectName():
            ApplyTemplateDialog.setObjectName(u"ApplyTemplateDialog")
        ApplyTemplateDialog.resize(620, 460)
        self.mainLayout = QVBoxLayout(ApplyTemplateDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ApplyTemplateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.templateList = QListWidget(ApplyTemplateDialog)
        self.templateList.setObjectName(u"templateList")
        self.templateList.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.templateList)

        self.descriptionLabel = QLabel(ApplyTemplateDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.descriptionLabel)

        self.anchorLayout = QFormLayout()
        self.anchorLayout.setObjectName(u"anchorLayout")
        self.anchorLabel = QLabel(ApplyTemplateDialog)
        self.anchorLabel.setObjectName(u"anchorLabel")

        self.anchorLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.anchorLabel)

        self.anchorEdit = QDateTimeEdit(ApplyTemplateDialog)
        self.anchorEdit.setObjectName(u"anchorEdit")
        self.anchorEdit.setCalendarPopup(True)

        self.anchorLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.anchorEdit)


        self.mainLayout.addLayout(self.anchorLayout)

        self.errorLabel = QLabel(ApplyTemplateDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ApplyTemplateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.anchorLabel.setBuddy(self.anchorEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplyTemplateDialog)

        QMetaObject.connectSlotsByName(ApplyTemplateDialog)
    # setupUi

    def retranslateUi(self, ApplyTemplateDialog):
        ApplyTemplateDialog.setWindowTitle(QCoreApplication.translate("ApplyTemplateDialog", u"Apply checklist template", None))
        self.introLabel.setText(QCoreApplication.translate("ApplyTemplateDialog", u"Choose a template. Its actions are added to this record's checklist with due moments counted from the start.", None))
        self.descriptionLabel.setText("")
        self.anchorLabel.setText(QCoreApplication.translate("ApplyTemplateDialog", u"Count &from (e.g. the scale-up):", None))
        self.anchorEdit.setDisplayFormat(QCoreApplication.translate("ApplyTemplateDialog", u"dd-MM-yyyy HH:mm", None))
        self.errorLabel.setText("")
    # retranslateUi

