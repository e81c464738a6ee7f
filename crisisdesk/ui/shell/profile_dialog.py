"""Settings → Municipality profile…: who the letters come from, where bezwaar goes.

The layout lives in ``forms/profile_dialog.ui``. The profile is stored in the database
(``services.profile``) so a team shares it; every letter follows it. ``install`` adds the
menu action to the main window's Settings menu, beside the notice term.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QAction, QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from crisisdesk.domain.documents.profile import MunicipalityProfile, Signatory
from crisisdesk.domain.enums import Capacity
from crisisdesk.labels import label, storage_message
from crisisdesk.services.errors import StorageUnavailable
from crisisdesk.services.profile import ProfileService
from crisisdesk.ui.common.widgets import WARNING_COLOUR
from crisisdesk.ui.forms.ui_profile_dialog import Ui_ProfileDialog

LOGO_MAX = (600, 240)  # pixels: enough for print at letterhead size, small in the database


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class ProfileDialog(QDialog):
    def __init__(self, profiles: ProfileService, read_only: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self._profiles = profiles
        self.logo_png = b""
        header = self.ui.signatoriesTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.missingLabel.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save"))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.save_button.setEnabled(not read_only)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.logoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(lambda: self.set_logo(b""))
        self.ui.addSignatoryButton.clicked.connect(lambda: self.add_signatory(Signatory("", "", Capacity.MANDATE)))
        self.ui.removeSignatoryButton.clicked.connect(self._remove_signatory)
        for edit in (self.ui.nameEdit, self.ui.courtEdit, self.ui.contactNameEdit, self.ui.contactPhoneEdit, self.ui.contactEmailEdit):
            edit.textChanged.connect(self._show_missing)
        self.ui.objectionAddressEdit.textChanged.connect(self._show_missing)
        self.load(profiles.get())

    def load(self, profile: MunicipalityProfile) -> None:
        ui = self.ui
        ui.nameEdit.setText(profile.name)
        ui.departmentEdit.setText(profile.department)
        ui.letterheadEdit.setPlainText("\n".join(profile.letterhead))
        ui.objectionAddressEdit.setPlainText("\n".join(profile.objection_address))
        ui.courtEdit.setText(profile.court)
        ui.courtAddressEdit.setPlainText("\n".join(profile.court_address))
        ui.contactNameEdit.setText(profile.contact_name)
        ui.contactFunctionEdit.setText(profile.contact_function)
        ui.contactPhoneEdit.setText(profile.contact_phone)
        ui.contactEmailEdit.setText(profile.contact_email)
        ui.signatoriesTable.setRowCount(0)
        for signatory in profile.signatories:
            self.add_signatory(signatory)
        self.set_logo(profile.logo_png)
        self._show_missing()

    def add_signatory(self, signatory: Signatory) -> None:
        table = self.ui.signatoriesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(signatory.name))
        table.setItem(row, 1, QTableWidgetItem(signatory.function))
        combo = QComboBox(table)
        for capacity in Capacity:
            combo.addItem(label(capacity), capacity.value)
        combo.setCurrentIndex(combo.findData(signatory.capacity.value))
        table.setCellWidget(row, 2, combo)

    def _remove_signatory(self) -> None:
        table = self.ui.signatoriesTable
        row = table.currentRow() if table.currentRow() >= 0 else table.rowCount() - 1
        if row >= 0:
            table.removeRow(row)

    def set_logo(self, png: bytes) -> None:
        self.logo_png = png
        preview = self.ui.logoPreview
        if png:
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            preview.setPixmap(pixmap.scaled(120, 40, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        else:
            preview.clear()
            preview.setText(self.tr("No logo"))
        self.ui.removeLogoButton.setEnabled(bool(png))

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo for the letterhead"), "", self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(logo_png(QImage(path)))

    def profile(self) -> MunicipalityProfile:
        ui = self.ui
        table = ui.signatoriesTable
        signatories = []
        def text_at(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text().strip() if item is not None else ""

        for row in range(table.rowCount()):
            name, function = text_at(row, 0), text_at(row, 1)
            combo = cast(QComboBox, table.cellWidget(row, 2))
            if name:
                signatories.append(Signatory(name, function, Capacity(combo.currentData())))
        return MunicipalityProfile(
            name=ui.nameEdit.text().strip(), department=ui.departmentEdit.text().strip(),
            letterhead=_lines(ui.letterheadEdit.toPlainText()), logo_png=self.logo_png,
            objection_address=_lines(ui.objectionAddressEdit.toPlainText()), court=ui.courtEdit.text().strip(),
            court_address=_lines(ui.courtAddressEdit.toPlainText()), contact_name=ui.contactNameEdit.text().strip(),
            contact_function=ui.contactFunctionEdit.text().strip(), contact_phone=ui.contactPhoneEdit.text().strip(),
            contact_email=ui.contactEmailEdit.text().strip(), signatories=tuple(signatories),
        )

    def _show_missing(self) -> None:
        missing = self.profile().missing()
        names = {
            "name": self.tr("the municipality"), "objection_address": self.tr("where objections go"),
            "court": self.tr("the court"), "contact_name": self.tr("the contact's name"),
            "contact_reach": self.tr("the contact's phone or e-mail"),
        }
        text = self.tr("Letters cannot be printed without: {missing}.").format(missing=", ".join(names[m] for m in missing))
        self.ui.missingLabel.setText(text if missing else "")
        self.ui.missingLabel.setVisible(bool(missing))

    def accept(self) -> None:
        try:
            self._profiles.save(self.profile())
        except StorageUnavailable as exc:
            self.ui.missingLabel.setText(storage_message(exc.reason))
            self.ui.missingLabel.setVisible(True)
            return
        super().accept()


def logo_png(image: QImage) -> bytes:
    """The image as PNG, scaled down to ``LOGO_MAX`` (empty when it cannot be read)."""
    if image.isNull():
        return b""
    if image.width() > LOGO_MAX[0] or image.height() > LOGO_MAX[1]:
        image = image.scaled(*LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes the str its stubs do not list
    return bytes(data.data())


def install(window) -> QAction:
    """Settings → Municipality profile…, beside the notice term."""
    action = QAction(QCoreApplication.translate("MainWindow", "&Municipality profile…"), window)
    action.setObjectName("profileAction")

    def edit() -> None:
        dialog = ProfileDialog(window.desk.profile, window.desk.read_only, window)
        dialog.exec()

    action.triggered.connect(edit)
    window.ui.settingsMenu.addAction(action)
    return action
