# Generated from forms/exercise_setup_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exercise_setup_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ExerciseSetupDialog(object):
    def setupUi(self, ExerciseSetupDialog):
        if not ExerciseSetupDialog.objectName():
            ExerciseSetupDialog.setObjectName(u"ExerciseSetupDialog")
        ExerciseSetupDialog.resize(560, 420)
        self.mainLayout = QVBoxLayout(ExerciseSetupDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleEditLabel = QLabel(ExerciseSetupDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(ExerciseSetupDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.scenarioComboLabel = QLabel(ExerciseSetupDialog)
        self.scenarioComboLabel.setObjectName(u"scenarioComboLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.scenarioComboLabel)

        self.scenarioCombo = QComboBox(ExerciseSetupDialog)
        self.scenarioCombo.setObjectName(u"scenarioCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scenarioCombo)

        self.descriptionEditLabel = QLabel(ExerciseSetupDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QPlainTextEdit(ExerciseSetupDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 70))

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.teamsEditLabel = QLabel(ExerciseSetupDialog)
        self.teamsEditLabel.setObjectName(u"teamsEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamsEditLabel)

        self.teamsEdit = QPlainTextEdit(ExerciseSetupDialog)
        self.teamsEdit.setObjectName(u"teamsEdit")
        self.teamsEdit.setTabChangesFocus(True)
        self.teamsEdit.setMinimumSize(QSize(0, 110))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.teamsEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(ExerciseSetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ExerciseSetupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.scenarioComboLabel.setBuddy(self.scenarioCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.teamsEditLabel.setBuddy(self.teamsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExerciseSetupDialog)

        QMetaObject.connectSlotsByName(ExerciseSetupDialog)
    # setupUi

    def retranslateUi(self, ExerciseSetupDialog):
        ExerciseSetupDialog.setWindowTitle(QCoreApplication.translate("ExerciseSetupDialog", u"Exercise", None))
        self.titleEditLabel.setText(QCoreApplication.translate("ExerciseSetupDialog", u"Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ExerciseSetupDialog", u"e.g. Oefening hoogwater Lek", None))
        self.scenarioComboLabel.setText(QCoreApplication.translate("ExerciseSetupDialog", u"Scenario", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("ExerciseSetupDialog", u"Aim and description", None))
        self.teamsEditLabel.setText(QCoreApplication.translate("ExerciseSetupDialog", u"Teams and roles", None))
    # retranslateUi

