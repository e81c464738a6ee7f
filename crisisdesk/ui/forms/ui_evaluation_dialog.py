# Generated from forms/evaluation_dialog.ui by pyside6-uic — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evaluation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EvaluationDialog(object):
    def setupUi(self, EvaluationDialog):
        if not EvaluationDialog.objectName():
            EvaluationDialog.setObjectName(u"EvaluationDialog")
        EvaluationDialog.resize(420, 200)
        self.evaluationLayout = QVBoxLayout(EvaluationDialog)
        self.evaluationLayout.setObjectName(u"evaluationLayout")
        self.evaluationForm = QFormLayout()
        self.evaluationForm.setObjectName(u"evaluationForm")
        self.fromLabel = QLabel(EvaluationDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDateEdit = QDateEdit(EvaluationDialog)
        self.fromDateEdit.setObjectName(u"fromDateEdit")
        self.fromDateEdit.setCalendarPopup(True)

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDateEdit)

        self.toLabel = QLabel(EvaluationDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDateEdit = QDateEdit(EvaluationDialog)
        self.toDateEdit.setObjectName(u"toDateEdit")
        self.toDateEdit.setCalendarPopup(True)

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDateEdit)

        self.markingLabel = QLabel(EvaluationDialog)
        self.markingLabel.setObjectName(u"markingLabel")

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.markingLabel)

        self.markingCombo = QComboBox(EvaluationDialog)
        self.markingCombo.setObjectName(u"markingCombo")

        self.evaluationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.markingCombo)


        self.evaluationLayout.addLayout(self.evaluationForm)

        self.progressBar = QProgressBar(EvaluationDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.evaluationLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(EvaluationDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.evaluationLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(EvaluationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.evaluationLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDateEdit)
        self.toLabel.setBuddy(self.toDateEdit)
        self.markingLabel.setBuddy(self.markingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvaluationDialog)

        QMetaObject.connectSlotsByName(EvaluationDialog)
    # setupUi

    def retranslateUi(self, EvaluationDialog):
        EvaluationDialog.setWindowTitle(QCoreApplication.translate("EvaluationDialog", u"Evaluation of the notification term", None))
        self.fromLabel.setText(QCoreApplication.translate("EvaluationDialog", u"Period from", None))
        self.fromDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationDialog", u"dd-MM-yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("EvaluationDialog", u"up to and including", None))
        self.toDateEdit.setDisplayFormat(QCoreApplication.translate("EvaluationDialog", u"dd-MM-yyyy", None))
        self.markingLabel.setText(QCoreApplication.translate("EvaluationDialog", u"Marking", None))
    # retranslateUi

