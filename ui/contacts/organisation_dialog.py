"""Create or edit an organisation (the district, the police, property owners, shops, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import OrganisationKind
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput, OrganisationRow
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_picker import new_record


class OrganisationDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        organisation: OrganisationRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit organisation") if organisation else _("New organisation"),
            parent,
            ok_text=_("Save") if organisation else _("Add organisation"),
            settings=ctx.settings,
            size=(560, 0),
        )
        self.ctx = ctx
        self.organisation = organisation
        self.saved_id: int | None = organisation.id if organisation else None
        self.name_edit = QLineEdit(self)
        self.add_row("name", _("Name"), self.name_edit)
        self.kind_combo = EnumCombo(OrganisationKind, parent=self)
        self.kind_combo.set_value(OrganisationKind.OTHER)
        self.add_row("kind", _("Kind"), self.kind_combo)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(_("e.g. 212000-0142"))
        self.add_row("org_number", _("Organisation number"), self.number_edit)
        self.phone_edit = QLineEdit(self)
        self.add_row("phone", _("Phone"), self.phone_edit)
        self.notes_edit = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes_edit)
        if organisation is not None:
            self.name_edit.setText(organisation.name)
            self.kind_combo.set_value(organisation.kind)
            self.number_edit.setText(organisation.org_number or "")
            self.phone_edit.setText(organisation.phone or "")
            self.notes_edit.setPlainText(organisation.notes or "")
        self.name_edit.setFocus()

    def save(self) -> None:
        data = OrganisationInput(
            name=self.name_edit.text(),
            kind=self.kind_combo.value(),
            org_number=self.number_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
            expected_version=self.organisation.version if self.organisation else None,
        )
        if self.organisation is None:
            self.saved_id = self.ctx.call(contacts.create_organisation, data)
        else:
            self.ctx.call(contacts.update_organisation, self.organisation.id, data)


def add_organisation(ctx: AppContext, parent: QWidget, name: str) -> int | None:
    """The register's "New organisation" form opened from another form, ``name`` typed; the
    id saved."""
    dialog = OrganisationDialog(ctx, parent=parent)
    saved: int | None = new_record(dialog, dialog.name_edit, name, ctx, "contacts")
    return saved
