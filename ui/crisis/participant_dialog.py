"""An exercise's participant added or changed: the person, the crisis role they have in the
exercise and their function."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import crisis_org, exercise_participants
from samverkan_desktop.services.exercise_rows import ParticipantRow
from ui.contacts.choices import people_choices
from ui.contacts.person_dialog import check_person_known, person_picker
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo


class ParticipantDialog(FormDialog):
    """Add a participant (a person, the crisis role they have in the exercise, a function such as
    Motspel or Observatör) or change one."""

    def __init__(
        self,
        ctx: AppContext,
        exercise_id: int,
        participant: ParticipantRow | None = None,
        taken: set[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Edit participant") if participant else _("Add participant"),
            parent,
            ok_text=_("Save") if participant else _("Add"),
            settings=ctx.settings,
        )
        self.ctx = ctx
        self.exercise_id = exercise_id
        self.participant = participant
        self.person = RecordCombo(_("Type part of a name …"), self)
        if participant is None:
            self.person.setMinimumContentsLength(34)
            self.person_picker = person_picker(
                ctx, self, self.person, lambda: people_choices(ctx, exclude=taken or set())
            )
            self.person.set_value(None)
            self.add_row("person_id", _("Person"), self.person_picker)
        self.role = QComboBox(self)
        self.role.addItem(_("– no crisis role –"), None)
        for role in ctx.call(crisis_org.list_roles):
            self.role.addItem(role.name, role.id)
        self.add_row("role_id", _("Role in the exercise"), self.role)
        self.function = QLineEdit(self)
        self.function.setPlaceholderText(_("e.g. Motspel, Observatör, Utvärderare"))
        self.add_row("function", _("Function"), self.function)
        if participant is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(participant.role_id)))
            self.function.setText(participant.function or "")
        else:
            self.person.setFocus()

    def save(self) -> None:
        role_id = self.role.currentData()
        function = self.function.text().strip() or None
        if self.participant is not None:
            self.ctx.call(
                exercise_participants.update_participant,
                self.participant.id,
                role_id,
                function,
                self.participant.attended,
            )
            return
        check_person_known(self.person_picker, "person_id")
        person_id = self.person.value()
        if person_id is None:
            raise ValidationError(_("Choose the person to add."), field="person_id")
        self.ctx.call(
            exercise_participants.add_participant, self.exercise_id, person_id, role_id, function
        )
