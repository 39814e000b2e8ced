"""Create or edit a person in the contacts register."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import PersonInput, PersonRow
from ui.contacts.choices import SEVERAL_PEOPLE, people_choices
from ui.contacts.organisation_dialog import (
    check_organisation_known,
    organisation_picker,
)
from ui.context import AppContext
from ui.widgets.dialogs import confirm
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.record_picker import RecordPicker, new_record


def input_from_row(row: PersonRow, **changes: Any) -> PersonInput:
    """The person as stored, optionally changed (used to undo "mark verified")."""
    fields = {f.name for f in dataclasses.fields(PersonInput)}
    values = {name: getattr(row, name) for name in fields if hasattr(row, name)} | changes
    return PersonInput(**values)


class PersonDialog(RecordForm[PersonRow]):
    def __init__(
        self,
        ctx: AppContext,
        person: PersonRow | None = None,
        parent: QWidget | None = None,
        organisation_id: int | None = None,
    ) -> None:
        super().__init__(
            _("Edit person") if person else _("New person"),
            parent,
            ok_text=_("Save") if person else _("Add person"),
            settings=ctx.settings,
            size=(560, 0),
        )
        self.ctx = ctx
        self.saved_id: int | None = person.id if person else None

        self.name_edit = QLineEdit(self)
        self.add_row("name", _("Name"), self.name_edit)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(_("Function, e.g. Kommunpolis"))
        self.add_row("title", _("Title"), self.title_edit)
        self.organisation_combo = RecordCombo(_("– no organisation –"), self)
        # On the first day the register has none: the person's is added here.
        self.organisation_picker = organisation_picker(ctx, self, self.organisation_combo)
        self.organisation_combo.set_value(organisation_id)
        self.add_row("organisation_id", _("Organisation"), self.organisation_picker)
        self.department_edit = QLineEdit(self)
        self.organisation_picker.created.connect(lambda _id: self.department_edit.setFocus())
        self.add_row("department", _("Department"), self.department_edit)
        self.phone_edit = QLineEdit(self)
        self.add_row("phone", _("Phone"), self.phone_edit)
        self.email_edit = QLineEdit(self)
        self.add_row("email", _("E-mail"), self.email_edit)
        self.staff_check = QCheckBox(_("Works at the district administration"), self)
        self.add_row("is_staff", _("Staff"), self.staff_check)
        self.add_row("last_verified", _("Last verified"), self._verified_row())
        self.notes_edit = TextBox(self)
        self.add_row("notes", _("Notes"), self.notes_edit)

        if person is not None:
            self.show_record(person)
        self.name_edit.setFocus()

    def _verified_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verified_edit = OptionalDateEdit(row)
        today = QPushButton(_("Today"), row)
        today.setToolTip(_("The details were checked today"))
        today.clicked.connect(lambda: self.verified_edit.set_value(clock.today()))
        layout.addWidget(self.verified_edit)
        layout.addWidget(today)
        layout.addStretch(1)
        row.setFocusProxy(self.verified_edit)
        return row

    def read_record(self, shown: PersonRow) -> PersonRow:
        return self.ctx.call(contacts.get_person, shown.id)

    def fill(self, person: PersonRow) -> None:
        self.name_edit.setText(person.name)
        self.title_edit.setText(person.title or "")
        self.organisation_combo.set_value(person.organisation_id)
        self.department_edit.setText(person.department or "")
        self.phone_edit.setText(person.phone or "")
        self.email_edit.setText(person.email or "")
        self.staff_check.setChecked(person.is_staff)
        self.verified_edit.set_value(person.last_verified)
        self.notes_edit.setPlainText(person.notes or "")

    def form_input(self) -> PersonInput:
        check_organisation_known(self.organisation_picker, "organisation_id")
        return PersonInput(
            name=self.name_edit.text(),
            title=self.title_edit.text(),
            organisation_id=self.organisation_combo.value(),
            department=self.department_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            is_staff=self.staff_check.isChecked(),
            last_verified=self.verified_edit.value(),
            notes=self.notes_edit.toPlainText(),
            expected_version=self.record.version if self.record else None,
        )

    def save(self) -> None:
        data = self.form_input()
        self._check_namesakes(data.name)
        if self.record is None:
            self.saved_id = self.ctx.call(contacts.create_person, data)
        else:
            self.ctx.call(contacts.update_person, self.record.id, data)

    def _check_namesakes(self, name: str) -> None:
        """Warn before a second person of one name is saved; saved anyway when the user says so
        (two colleagues can share a name), else the name field says why nothing was saved."""
        same = self.ctx.call(contacts.namesakes, name, self.record.id if self.record else None)
        if not same:
            return
        others = "\n".join(_told_apart(row) for row in same)
        if confirm(
            self,
            _("Same name"),
            _("There is already a person named “{name}”. Save another one anyway?").format(
                name=same[0].name
            ),
            _("Save anyway"),
            destructive=False,
            cancel_text=_("Change the name"),
            detail=others,
            icon=QMessageBox.Icon.Warning,
        ):
            return
        raise ValidationError(
            _("There is already a person named “{name}”.").format(name=same[0].name), field="name"
        )


def add_person(ctx: AppContext, parent: QWidget, name: str, staff: bool = False) -> int | None:
    """The contacts register's "New person" form opened from another form, ``name`` typed and,
    for a picker of staff, "Works at the district administration" ticked; the id saved."""
    dialog = PersonDialog(ctx, parent=parent)
    dialog.staff_check.setChecked(staff)
    saved: int | None = new_record(dialog, dialog.name_edit, name, ctx, "contacts")
    return saved


def _told_apart(row: PersonRow) -> str:
    """ "Anna Berglund – Trygghetssamordnare, Stadsdelsförvaltningen": what the user knows the
    one already there by."""
    known_by = ", ".join(part for part in (row.title, row.organisation, row.department) if part)
    return f"{row.name} – {known_by}" if known_by else row.name


def person_picker(
    ctx: AppContext,
    dialog: FormDialog,
    combo: RecordCombo,
    choices: Callable[[], Sequence[tuple[int, str]]] | None = None,
) -> RecordPicker:
    """A picker of the contacts' people (``choices``, else all of them) with "New person…"
    beside it: someone not in the register yet is added there without leaving ``dialog``."""
    return RecordPicker(
        combo,
        choices or (lambda: people_choices(ctx)),
        lambda name: add_person(ctx, dialog, name),
        _("New person…"),
        _("Add the person to the contacts register"),
        _("Nobody in the contacts yet: add the person with {button}"),
        dialog,
    )


def check_person_known(picker: RecordPicker, field: str) -> None:
    """A name typed that is nobody in the register: refused, naming the button that adds it."""
    picker.check_known(
        _(
            "No single person in the contacts matches “{text}”. Pick one from the list or"
            " add the person with {button}"
        ),
        field,
        SEVERAL_PEOPLE,
    )
