"""Forms of the crisis organisation: a role (with the training its holders need), a person in a
role, and an external entry on the contact list."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import crisis_external, crisis_org, training
from samverkan_desktop.services.crisis_external import ExternalInput, ExternalRow
from samverkan_desktop.services.crisis_org import RoleInput, RoleRow
from ui.contacts.choices import people_choices
from ui.contacts.organisation_dialog import check_organisation_known, organisation_picker
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.check_list import CheckList
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm


class RoleDialog(RecordForm[RoleRow]):
    def __init__(
        self, ctx: AppContext, role: RoleRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit role") if role else _("New role"),
            parent,
            ok_text=_("Save") if role else _("Add role"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.saved_id: int | None = role.id if role else None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(_("e.g. Krisledare"))
        self.add_row("name", _("Role"), self.name)
        self.description = TextBox(self, _("What the role does in a crisis"))
        self.add_row("description", _("Task"), self.description)
        self.courses = CheckList(self)
        self.courses.set_items([(c.id, c.name) for c in ctx.call(training.list_courses)])
        self.courses.setMaximumHeight(150)
        self.add_row("required_course_ids", _("Required training"), self.courses)
        if role is not None:
            self.show_record(role)
        self.name.setFocus()

    def read_record(self, shown: RoleRow) -> RoleRow:
        return self.ctx.call(crisis_org.get_role, shown.id)

    def fill(self, role: RoleRow) -> None:
        self.name.setText(role.name)
        self.description.setPlainText(role.description or "")
        self.courses.set_values(role.required_course_ids)

    def save(self) -> None:
        data = RoleInput(
            name=self.name.text(),
            description=self.description.toPlainText(),
            course_ids=tuple(self.courses.values()),  # saved with the role, in one go
            expected_version=self.record.version if self.record else None,
        )
        if self.record is None:
            self.saved_id = self.ctx.call(crisis_org.create_role, data)
        else:
            self.ctx.call(crisis_org.update_role, self.record.id, data)


class RoleMemberDialog(FormDialog):
    """Put a person from the contacts register in a role, as a deputy or as the primary."""

    def __init__(self, ctx: AppContext, role: RoleRow, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Add a person to {role}").format(role=role.name),
            parent,
            ok_text=_("Add"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.role = role
        self.added_id: int | None = None
        self.person = RecordCombo(_("Type part of a name …"), self)
        self.person.setMinimumContentsLength(36)
        holders = {m.person_id for m in role.members}
        self.person_picker = person_picker(
            ctx, self, self.person, lambda: people_choices(ctx, exclude=holders)
        )
        self.person.set_value(None)
        self.add_row("person_id", _("Person"), self.person_picker)
        self.primary = QCheckBox(_("Primary (the present holders move down as deputies)"), self)
        self.primary.setChecked(not role.members)
        self.add_row("rank", _("Rank"), self.primary)
        self.person.setFocus()

    def save(self) -> None:
        check_person_known(self.person_picker, "person_id")
        person_id = self.person.value()
        if person_id is None:
            raise ValidationError(_("Choose the person to add."), field="person_id")
        member_id = self.ctx.call(crisis_org.add_member, self.role.id, person_id)
        if self.primary.isChecked() and self.role.members:
            self.ctx.call(crisis_org.set_primary, member_id)
        self.added_id = member_id


class ExternalDialog(RecordForm[ExternalRow]):
    """An external entry: the organisation and its function, a named person or a function number."""

    def __init__(
        self, ctx: AppContext, contact: ExternalRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            _("Edit external contact") if contact else _("New external contact"),
            parent,
            ok_text=_("Save") if contact else _("Add contact"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.saved_id: int | None = contact.id if contact else None
        self.organisation = RecordCombo(_("Type part of the name …"), self)
        self.organisation_picker = organisation_picker(ctx, self, self.organisation)
        self.organisation.set_value(None)
        self.add_row("organisation_id", _("Organisation"), self.organisation_picker)
        self.function = QLineEdit(self)
        self.function.setPlaceholderText(_("e.g. Tjänsteman i beredskap (TiB)"))
        self.add_row("function", _("Function"), self.function)
        self.person = RecordCombo(_("– a function, no named person –"), self)
        self.person.setMinimumContentsLength(32)
        self.person_picker = person_picker(ctx, self, self.person)
        self.person.set_value(None)
        self.add_row("person_id", _("Person"), self.person_picker)
        self.phone = QLineEdit(self)
        self.phone.setPlaceholderText(_("empty: the person's or the organisation's number"))
        self.add_row("phone", _("Phone"), self.phone)
        self.verified = OptionalDateEdit(self)
        self.verified.setToolTip(_("For a named person, the date in the contacts register counts."))
        self.add_row("last_verified", _("Last verified"), self.verified)
        self.person.currentTextChanged.connect(lambda _t: self._update_verified())
        if contact is not None:
            self.show_record(contact)
        self._update_verified()
        self.organisation.setFocus()

    def read_record(self, shown: ExternalRow) -> ExternalRow:
        return self.ctx.call(crisis_external.get_external, shown.id)

    def fill(self, contact: ExternalRow) -> None:
        self.organisation.set_value(contact.organisation_id)
        self.function.setText(contact.function)
        self.person.set_value(contact.person_id)
        # Only the line's own number: the person's or organisation's is shown, not copied.
        self.phone.setText(contact.own_phone or "")
        self.verified.set_value(contact.last_verified if contact.person_id is None else None)

    def changed_fields(self, before: ExternalRow, after: ExternalRow) -> list[str]:
        return super().changed_fields(_as_shown(before), _as_shown(after))

    def _update_verified(self) -> None:
        self.verified.setEnabled(not self.person.currentText().strip())

    def save(self) -> None:
        check_organisation_known(self.organisation_picker, "organisation_id")
        check_person_known(self.person_picker, "person_id")
        organisation_id = self.organisation.value()
        if organisation_id is None:
            raise ValidationError(_("Choose the organisation."), field="organisation_id")
        person_id = self.person.value()
        data = ExternalInput(
            organisation_id=organisation_id,
            function=self.function.text(),
            person_id=person_id,
            phone=self.phone.text().strip() or None,
            last_verified=self.verified.value() if person_id is None else None,
            expected_version=self.record.version if self.record else None,
        )
        if self.record is None:
            self.saved_id = self.ctx.call(crisis_external.create_external, data)
        else:
            self.ctx.call(crisis_external.update_external, self.record.id, data)


def _as_shown(row: ExternalRow) -> ExternalRow:
    """The entry as its form shows it: its own number and date, not the person's or the
    organisation's that the list falls back on (a change there is not the entry's)."""
    verified = row.last_verified if row.person_id is None else None
    return dataclasses.replace(row, phone=row.own_phone, last_verified=verified)
