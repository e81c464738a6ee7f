"""The partner registry: search, add and edit organisations and their contacts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisdesk.domain.checklists.records import ContactRecord, PartnerDraft, PartnerRecord
from crisisdesk.domain.scenarios.rules import Discipline
from crisisdesk.labels import error_message, format_moment, format_value, label
from crisisdesk.services.checklists.partners import draft_from_partner
from crisisdesk.ui.common.fit import fit_to_screen
from crisisdesk.ui.common import palette
from crisisdesk.ui.common.record_dialog import RecordSaveProtocol

ROLE_ID = Qt.ItemDataRole.UserRole
CONTACT_FIELDS = ("name", "function", "phone", "phone_24h", "email")


class PartnersPage(RecordSaveProtocol, QWidget):
    """Left: the searchable list; right: the chosen partner's details and contacts."""

    def __init__(self, partners, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.partners = partners
        self.record: PartnerRecord | None = None
        self.setWindowTitle(self.tr("Partners"))
        layout = QVBoxLayout(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, role or contact…"))
        self.search_edit.setClearButtonEnabled(True)
        layout.addWidget(self.search_edit)
        splitter = QSplitter(self)
        self.list = QListWidget(splitter)
        self.list.setObjectName("partnerList")
        form_host = QWidget(splitter)
        form = QFormLayout(form_host)
        self.name_edit = QLineEdit(form_host)
        self.discipline_combo = QComboBox(form_host)
        self.discipline_combo.addItem(self.tr("— network partner —"), None)
        for member in Discipline:
            self.discipline_combo.addItem(label(member), member.value)
        self.role_edit = QPlainTextEdit(form_host)
        self.role_edit.setMaximumHeight(70)
        self.phone_edit = QLineEdit(form_host)
        self.email_edit = QLineEdit(form_host)
        self.active_check = QCheckBox(self.tr("Active (offered when assigning actions)"), form_host)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Discipline:"), self.discipline_combo)
        form.addRow(self.tr("&Role:"), self.role_edit)
        form.addRow(self.tr("&Phone:"), self.phone_edit)
        form.addRow(self.tr("&E-mail:"), self.email_edit)
        form.addRow("", self.active_check)
        self.contacts = QTableWidget(0, len(CONTACT_FIELDS), form_host)
        self.contacts.setObjectName("contactsTable")
        self.contacts.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Function"), self.tr("Phone"), self.tr("24/7"), self.tr("E-mail")])
        self.contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.contacts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contacts.verticalHeader().setVisible(False)
        form.addRow(self.tr("Contacts:"), self.contacts)
        contact_buttons = QHBoxLayout()
        self.add_contact_button = QPushButton(self.tr("Add contact"), form_host)
        self.remove_contact_button = QPushButton(self.tr("Remove contact"), form_host)
        contact_buttons.addWidget(self.add_contact_button)
        contact_buttons.addWidget(self.remove_contact_button)
        contact_buttons.addStretch(1)
        form.addRow("", contact_buttons)
        self.error_label = QLabel(form_host)
        self.error_label.setStyleSheet(f"color: {palette.LATE};")
        form.addRow("", self.error_label)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([340, 640])
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New partner"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("savePartnerButton")
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.search_edit.textChanged.connect(self.reload)
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_partner)
        self.save_button.clicked.connect(self.save)
        self.add_contact_button.clicked.connect(lambda: self._add_contact_row(ContactRecord(None, "")))
        self.remove_contact_button.clicked.connect(lambda: self.contacts.removeRow(self.contacts.currentRow()))
        self.resize(980, 560)
        fit_to_screen(self)  # a laptop at 125 % has less room
        self.reload()

    def reload(self) -> None:
        keep = self.record.id if self.record else None
        self.list.blockSignals(True)
        self.list.clear()
        for partner in self.partners.list(self.search_edit.text()):
            item = QListWidgetItem(partner.name + ("" if partner.active else self.tr(" (inactive)")))
            item.setData(ROLE_ID, partner.id)
            self.list.addItem(item)
            if partner.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        elif self.list.currentItem() is not None:
            self._chosen()

    def _chosen(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.show_partner(self.partners.get(item.data(ROLE_ID)))

    def show_partner(self, partner: PartnerRecord | None) -> None:
        self.record = partner
        self.error_label.clear()
        self.name_edit.setText(partner.name if partner else "")
        self.discipline_combo.setCurrentIndex(max(0, self.discipline_combo.findData(partner.discipline.value if partner and partner.discipline else None)))
        self.role_edit.setPlainText(partner.role if partner else "")
        self.phone_edit.setText(partner.phone if partner else "")
        self.email_edit.setText(partner.email if partner else "")
        self.active_check.setChecked(partner.active if partner else True)
        self.contacts.setRowCount(0)
        for contact in partner.contacts if partner else ():
            self._add_contact_row(contact)

    def _add_contact_row(self, contact: ContactRecord) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, name in enumerate(CONTACT_FIELDS):
            cell = QTableWidgetItem(getattr(contact, name))
            if column == 0:
                cell.setData(ROLE_ID, contact.id)
            self.contacts.setItem(row, column, cell)

    def new_partner(self) -> None:
        self.list.clearSelection()
        self.show_partner(None)
        self.name_edit.setFocus()

    def draft(self) -> PartnerDraft:
        contacts = []
        for row in range(self.contacts.rowCount()):
            values = [(self.contacts.item(row, c).text() if self.contacts.item(row, c) else "") for c in range(len(CONTACT_FIELDS))]
            first = self.contacts.item(row, 0)
            contacts.append(ContactRecord(first.data(ROLE_ID) if first else None, *values))
        code = self.discipline_combo.currentData()
        return PartnerDraft(
            name=self.name_edit.text(), discipline=Discipline(code) if code else None,
            role=self.role_edit.toPlainText(), phone=self.phone_edit.text(), email=self.email_edit.text(),
            active=self.active_check.isChecked(), contacts=tuple(contacts),
        )

    # --- saving (the record-dialog protocol: ui/common/record_dialog.py) ---------------------

    def store(self, draft: Any) -> PartnerRecord:
        if self.record is None:
            return self.partners.save(draft)
        return self.partners.save(draft, self.record.id, expected_version=self.record.version)

    def fetch(self, record_id: int) -> PartnerRecord:
        return self.partners.get(record_id)

    def show_errors(self, errors: list) -> None:
        self.error_label.setText("\n".join(error_message(e) for e in errors))

    def load_record(self, record: PartnerRecord) -> None:
        """Their version, after "Keep theirs": the form shows it as saved now."""
        self.show_partner(record)

    def record_saved(self, record: PartnerRecord) -> None:
        self.reload()
        self.error_label.setText("")

    def draft_of(self, record: PartnerRecord) -> PartnerDraft:
        return draft_from_partner(record)

    def field_title(self, name: str) -> str:
        titles = {
            "name": self.tr("Name"), "discipline": self.tr("Discipline"), "role": self.tr("Role"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"), "active": self.tr("Active"),
            "contacts": self.tr("Contacts"),
        }
        return titles.get(name, name)

    def show_value(self, name: str, value: Any) -> str:
        if name == "contacts":
            return "; ".join(_contact_text(c) for c in value) or "—"
        return format_value(value)

    def conflict_header(self, theirs: Any) -> str:
        return self.tr("{user} saved partner {name} at {moment} (version {version}) after you opened it.").format(
            user=theirs.updated_by, name=theirs.name, moment=format_moment(theirs.updated_at), version=theirs.version)

    def deleted_text(self) -> str:
        return self.tr("This partner was deleted by someone else; nothing was saved.")


def _contact_text(contact: ContactRecord) -> str:
    """"Anna Visser (coördinator, 06 123)" — a contact as one line in the conflict dialog."""
    details = ", ".join(part.strip() for part in (contact.function, contact.phone, contact.phone_24h, contact.email) if part.strip())
    return f"{contact.name.strip()} ({details})" if details else contact.name.strip()
