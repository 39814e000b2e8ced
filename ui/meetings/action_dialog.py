"""An action item raised at a meeting (or followed up at one): what, who (a person, an
organisation or both), due date, status and a follow-up note, through the shared Action services.

Everything is stored in one unit of work: a refused status or note leaves the action unchanged
and the form open as typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource, ActionStatus
from samverkan_desktop.services import action_reading
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.meeting_editing import note_day, save_meeting_action
from samverkan_desktop.services.meetings import MeetingDetail
from ui.actions.action_rows import area_row, due_row, what_row
from ui.actions.responsible_rows import ResponsibleFields, responsible_rows
from ui.context import AppContext
from ui.widgets.fields import EnumCombo, TextBox
from ui.widgets.record_form import RecordForm


def _next_meetings_day(detail: MeetingDetail) -> dt.date | None:
    """A new action is due by the group's next meeting, where it is followed up (when there
    is one; the user changes or clears it)."""
    following = detail.next_meeting
    return following.starts_at.date() if following is not None else None


class ActionDialog(ResponsibleFields, RecordForm[ActionRow]):
    """Without ``action``: a new action raised at the meeting; with it: edit and follow up."""

    def __init__(
        self,
        ctx: AppContext,
        detail: MeetingDetail,
        action: ActionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            _("Action") if action else _("New action"),
            parent,
            ok_text=_("Save") if action else _("Add action"),
            settings=ctx.settings,
            size=(640, 0),
        )
        self.ctx = ctx
        self.detail = detail
        self.saved_id: int | None = action.id if action else None

        # What, who (ui.actions.responsible_rows), when, as Åtgärder and a walk ask an action:
        # "Detaljer" between what and who set this form apart from the others.
        self.title_edit = what_row(self)
        self.title_edit.setCursorPosition(0)
        self.responsible = responsible_rows(
            self, ctx, "responsible", "responsible_organisation_id", _("– no organisation –")
        )
        self.due_edit = due_row(self, _next_meetings_day(detail))
        self.status_combo = EnumCombo(ActionStatus, parent=self)
        self.status_combo.set_value(ActionStatus.OPEN)
        self.add_row("closed_on", _("Status"), self.status_combo)
        self.area_combo = area_row(self, ctx)
        self.description_edit = TextBox(self, _("Background, where exactly, contact details …"), 3)
        self.add_row("description", _("Description"), self.description_edit)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setStyleSheet("color: #5f6b7a;")
        if action and action.notes:
            self.add_row("notes", _("Follow-up so far"), self.history)
        else:
            self.history.hide()
        # A follow-up note is for an action being followed up: a new one has nothing to report.
        self.note_edit = TextBox(self, _("What was reported at this meeting (optional)"), lines=3)
        if action:
            self.add_row("text", _("Follow-up note"), self.note_edit)
        else:
            self.note_edit.hide()
        if action is not None:
            self.show_record(action)
        (self.note_edit if action else self.title_edit).setFocus()
        # As tall as its rows (a remembered size kept its width): the new action, without the
        # note and the history, had some 200 px of nothing above its buttons.
        self.resize(self.width(), self.sizeHint().height())

    def read_record(self, shown: ActionRow) -> ActionRow:
        return self.ctx.call(action_reading.get_action, shown.id)

    def fill(self, record: ActionRow) -> None:
        self.title_edit.setText(record.title)
        self.title_edit.setCursorPosition(0)
        self.description_edit.setPlainText(record.description or "")
        self.person.set_value(record.responsible_person_id)
        self.organisation.set_value(record.responsible_organisation_id)
        self.due_edit.set_value(record.due_on)
        self.status_combo.set_value(record.status)
        self.area_combo.set_value(record.priority_area_id)
        self.history.setText("\n".join(f"{n.noted_on.isoformat()}  {n.text}" for n in record.notes))

    def save(self) -> None:
        action = self.record
        self.responsible.check_known()
        data = ActionInput(
            title=self.title_edit.text(),
            responsible_person_id=self.person.value(),
            responsible_organisation_id=self.organisation.value(),
            due_on=self.due_edit.value(),
            description=self.description_edit.toPlainText(),
            priority_area_id=self.area_combo.value(),
            group_id=action.group_id if action else None,
            source_type=action.source_type if action else ActionSource.MEETING,
            source_id=action.source_id if action else self.detail.id,
            raised_on=action.raised_on if action else None,
            expected_version=action.version if action else None,  # refused if changed meanwhile
        )
        self.saved_id = self.ctx.call(
            save_meeting_action,
            self.saved_id,
            data,
            self.status_combo.value(),
            self.note_edit.toPlainText(),
            self.detail.id,
            note_day(self.detail.starts_at.date()),
        )
