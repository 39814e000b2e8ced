"""Record an observation and raise a remedial action from it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionStatus, ObservationCategory, Severity
from samverkan_desktop.services import actions, walk_actions, walk_records, walk_route
from samverkan_desktop.services.walk_actions import WalkActionInput, WalkActionRow
from samverkan_desktop.services.walk_records import ObservationInput, ObservationRow
from ui.actions.action_rows import due_row, what_row
from ui.actions.responsible_rows import ResponsibleFields, responsible_rows
from ui.contacts.organisation_dialog import check_organisation_known, organisation_picker
from ui.context import AppContext
from ui.walks.common import set_or_clear
from ui.widgets.fields import EnumCombo, OptionalDateEdit, TextBox, stop_at_length
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_form import RecordForm
from ui.widgets.wording import or_empty


class ObservationDialog(RecordForm[ObservationRow]):
    def __init__(
        self,
        ctx: AppContext,
        walk_id: int,
        observation: ObservationRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = _("New observation") if observation is None else _("Edit observation")
        super().__init__(title, parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.walk_id = walk_id
        self.saved_id: int | None = None
        self.stop = QComboBox(self)
        self.stop.addItem(_("– not at a stop –"), None)
        for stop in ctx.call(walk_route.list_stops, walk_id):
            self.stop.addItem(stop.label, stop.id)
        self.location = QLineEdit(self)
        self.location.setMaxLength(walk_records.LOCATION_MAX_LENGTH)  # typing stops there
        self.location.setPlaceholderText(_("e.g. the staircase towards Valhallavägen"))
        self.category = EnumCombo(ObservationCategory, parent=self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.severity = EnumCombo(Severity, parent=self)
        self.severity.set_value(Severity.MEDIUM)
        # The owner of the problem may not be in the contacts yet: added beside the field.
        self.owner = RecordCombo(_("– not known yet –"), self)
        self.owner_picker = organisation_picker(ctx, self, self.owner)
        set_or_clear(self.owner, None)
        self.add_row("stop_id", _("Stop"), self.stop)
        self.add_row("location", _("Where exactly"), self.location)
        self.add_row("category", _("Category"), self.category)
        self.add_row("description", _("What was seen"), self.description)
        self.add_row("severity", _("Severity"), self.severity)
        self.add_row(
            "responsible_organisation_id", _("Responsible organisation"), self.owner_picker
        )
        if observation is not None:
            self.show_record(observation)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.stop.setFocus()

    def read_record(self, shown: ObservationRow) -> ObservationRow:
        return self.ctx.call(walk_records.get_observation, shown.id)

    def fill(self, observation: ObservationRow) -> None:
        self.stop.setCurrentIndex(max(0, self.stop.findData(observation.stop_id)))
        self.location.setText(observation.location or "")
        self.category.set_value(observation.category)
        self.description.setPlainText(observation.description)
        self.severity.set_value(observation.severity)
        set_or_clear(self.owner, observation.responsible_organisation_id)

    def save(self) -> None:
        check_organisation_known(self.owner_picker, "responsible_organisation_id")
        data = ObservationInput(
            description=self.description.toPlainText(),
            stop_id=self.stop.currentData(),
            location=self.location.text(),
            category=self.category.value(),
            severity=self.severity.value(),
            responsible_organisation_id=self.owner.value(),
            expected_version=self.record.version if self.record else None,
        )
        if self.record is None:
            self.saved_id = self.ctx.call(walk_records.add_observation, self.walk_id, data)
        else:
            self.ctx.call(walk_records.update_observation, self.record.id, data)
            self.saved_id = self.record.id


class ActionDialog(ResponsibleFields, FormDialog):
    """Raise a remedial action: what, who is responsible, by when."""

    def __init__(
        self, ctx: AppContext, observation: ObservationRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(_("Raise an action"), parent, _("Raise"), ctx.settings)
        self.ctx = ctx
        self.observation = observation
        self.saved_id: int | None = None  # the action raised, for its Undo
        self.what = what_row(self)
        # Person, then organisation, as Åtgärder's own form asks them, in its words and hints.
        self.responsible = responsible_rows(
            self,
            ctx,
            "responsible_person_id",
            "responsible_organisation_id",
            _("– no organisation –"),
        )
        set_or_clear(self.organisation, observation.responsible_organisation_id)
        set_or_clear(self.person, None)
        self.due = due_row(self, clock.today() + dt.timedelta(days=60))
        self.description = TextBox(self, _("Background, where exactly, contact details …"), 3)
        self.add_row("description", _("Description"), self.description)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.what.setFocus()

    def save(self) -> None:
        self.responsible.check_known()
        self.saved_id = self.ctx.call(
            walk_actions.raise_action,
            self.observation.id,
            WalkActionInput(
                title=self.what.text(),
                responsible_organisation_id=self.organisation.value(),
                responsible_person_id=self.person.value(),
                due_on=self.due.value(),
                description=self.description.toPlainText(),
            ),
        )


def about_text(action: WalkActionRow) -> str:
    due = or_empty(date_with_week(action.due_on))  # as the action's line in the list says it
    return _("{title} — {responsible}, due {due}").format(
        title=action.title, responsible=action.responsible or _("not named"), due=due
    )


class ActionAbout(QLabel):
    """Which action the follow-up is of ("Byt belysningen — Trafikkontoret, due …"): read only,
    but a field of the form, so that another desk's change to it is loaded and named."""

    def form_values(self) -> tuple[object, ...]:
        return (self.text(),)

    def put_form_values(self, values: tuple[object, ...]) -> None:
        """Nothing typed here to put back."""

    def form_text(self) -> str:
        return self.text()


class ActionFollowUpDialog(RecordForm[WalkActionRow]):
    """Follow an action up: its status now and a dated note ("Beställt, klart v. 12"), refused
    when another desk changed the action since it was shown (it was silently reopened)."""

    def __init__(self, ctx: AppContext, action: WalkActionRow, parent: QWidget | None = None):
        super().__init__(_("Follow up the action"), parent, _("Save"), ctx.settings)
        self.ctx = ctx
        self.status = EnumCombo(ActionStatus, parent=self)
        self.on = OptionalDateEdit(self)
        self.on.set_value(clock.today())
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        stop_at_length(self.note, actions.NOTE_MAX_LENGTH)
        # Which action this is: the dialog named none (opened from a list of several).
        # Its text before the row is added: a label with none was laid out at its own width.
        self.about = ActionAbout(about_text(action), self)
        self.about.setWordWrap(True)
        self.add_row("action", _("Action"), self.about)
        self.add_row("status", _("Status"), self.status)
        self.add_row("closed_on", _("Date"), self.on)
        self.add_row("text", _("Note"), self.note)
        self.show_record(action)
        # The first field has the focus (else the Save button would: Enter saved an empty form).
        self.status.setFocus()

    @property
    def action(self) -> WalkActionRow:
        assert self.record is not None
        return self.record

    def read_record(self, shown: WalkActionRow) -> WalkActionRow:
        return self.ctx.call(walk_actions.get_action, shown.id)

    def fill(self, action: WalkActionRow) -> None:
        self.about.setText(about_text(action))
        self.status.set_value(action.status)

    def changed_fields(self, before: WalkActionRow, after: WalkActionRow) -> list[str]:
        """The action's what, who and when are shown in one line; its closing date goes with
        the status (the date here is the follow-up's)."""
        changed = []
        if about_text(before) != about_text(after):
            changed.append("action")
        if before.status != after.status:
            changed.append("status")
        return changed

    def save(self) -> None:
        self.ctx.call(
            actions.set_action_status,
            self.action.id,
            self.status.value(),
            self.on.value(),
            self.note.toPlainText(),
            expected_version=self.action.version,  # refused if another desk changed it
        )
