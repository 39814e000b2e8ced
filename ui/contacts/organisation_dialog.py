"""Create or edit an organisation (the district, the police, property owners, shops, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import OrganisationKind
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput, OrganisationRow
from samverkan_desktop.services.organisation_lookalikes import organisation_lookalikes
from ui.contacts.choices import organisation_choices
from ui.context import AppContext
from ui.widgets.dialogs import choose
from ui.widgets.fields import EnumCombo, TextBox
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.record_picker import RecordPicker, new_record


class OrganisationDialog(RecordForm[OrganisationRow]):
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
            self.show_record(organisation)
        self.name_edit.setFocus()

    def read_record(self, shown: OrganisationRow) -> OrganisationRow:
        return self.ctx.call(contacts.get_organisation, shown.id)

    def fill(self, organisation: OrganisationRow) -> None:
        self.name_edit.setText(organisation.name)
        self.kind_combo.set_value(organisation.kind)
        self.number_edit.setText(organisation.org_number or "")
        self.phone_edit.setText(organisation.phone or "")
        self.notes_edit.setPlainText(organisation.notes or "")

    def save(self) -> None:
        data = OrganisationInput(
            name=self.name_edit.text(),
            kind=self.kind_combo.value(),
            org_number=self.number_edit.text(),
            phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
            expected_version=self.record.version if self.record else None,
        )
        existing = self._check_lookalikes(data.name)
        if existing is not None:
            self.saved_id = existing  # the register (or the form it came from) shows that one
        elif self.record is None:
            self.saved_id = self.ctx.call(contacts.create_organisation, data)
        else:
            self.ctx.call(contacts.update_organisation, self.record.id, data)

    def _check_lookalikes(self, name: str) -> int | None:
        """Warn before a second entry for an organisation already in the register under
        another spelling ("Trafik kontoret"): a new one may use that one instead (its id
        returned) or be saved anyway (None); else the name field says why nothing was saved."""
        organisation_id = self.record.id if self.record else None
        same = self.ctx.call(organisation_lookalikes, name, organisation_id)
        if not same:
            return None
        first_id, first = same[0]
        # A new one may be the one already there; an edited one is a record of its own.
        use = [_("Use “{name}”").format(name=first)] if self.record is None else []
        chosen = choose(
            self,
            _("Similar name"),
            _(
                "“{typed}” looks like “{first}”, already in the register. Is it the same "
                "organisation?"
            ).format(typed=" ".join(name.split()), first=first),
            [*use, _("Save anyway")],
            cancel_text=_("Change the name"),
            detail="\n".join(found for _id, found in same) if len(same) > 1 else None,
            icon=QMessageBox.Icon.Warning,
        )
        if chosen is not None:
            return first_id if use and chosen == 0 else None
        raise ValidationError(
            _("Already in the register as “{first}”.").format(first=first), field="name"
        )


def add_organisation(ctx: AppContext, parent: QWidget, name: str) -> int | None:
    """The register's "New organisation" form opened from another form, ``name`` typed; the
    id saved."""
    dialog = OrganisationDialog(ctx, parent=parent)
    saved: int | None = new_record(dialog, dialog.name_edit, name, ctx, "contacts")
    return saved


def organisation_picker(ctx: AppContext, dialog: QWidget, combo: RecordCombo) -> RecordPicker:
    """A picker of the register's organisations with "New organisation…" beside it: one not in
    the register yet is added there without leaving ``dialog``."""
    return RecordPicker(
        combo,
        lambda: organisation_choices(ctx),
        lambda name: add_organisation(ctx, dialog, name),
        _("New organisation…"),
        _("Add the organisation to the contacts register"),
        _("No organisations in the register yet: add one with {button}"),
        dialog,
    )


def check_organisation_known(picker: RecordPicker, field: str) -> None:
    """A name typed that is no organisation in the register: refused, naming the button."""
    picker.check_known(
        _(
            "No single organisation matches “{text}”. Pick one from the list or add it with"
            " {button}"
        ),
        field,
    )
