"""Skjut upp…: an action open from earlier meetings gets a later due date at this meeting, with
an optional note. Stored through the same service as the full form, so the follow-up note says
that it slipped ("Nytt klart senast 2027-02-19 (var 2027-01-02). Väntar på leverantören.")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.meeting_editing import note_day, postpone_action
from samverkan_desktop.services.meetings import MeetingDetail
from ui.context import AppContext
from ui.widgets.fields import OptionalDateEdit, TextBox
from ui.widgets.form_dialog import FormDialog
from ui.widgets.wording import EMPTY

DEFAULT_WEEKS = 2  # with no later meeting to follow it up at


def suggested_day(detail: MeetingDetail, action: ActionRow) -> dt.date:
    """The group's next meeting, where the action is followed up, when that is later than the
    due date; else two weeks after it."""
    due = action.due_on or detail.starts_at.date()
    following = detail.next_meeting
    if following is not None and following.starts_at.date() > due:
        return following.starts_at.date()
    return due + dt.timedelta(weeks=DEFAULT_WEEKS)


class PostponeDialog(FormDialog):
    def __init__(
        self,
        ctx: AppContext,
        detail: MeetingDetail,
        action: ActionRow,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_("Postpone action"), parent, ok_text=_("Postpone"), settings=ctx.settings)
        self.ctx = ctx
        self.detail = detail
        self.action = action
        what = QLabel(action.title, self)
        what.setWordWrap(True)
        self.add_row("title", _("What"), what)
        now = QLabel(action.due_on.isoformat() if action.due_on else EMPTY, self)
        self.add_row("was", _("Due now"), now)
        self.due_edit = OptionalDateEdit(self)
        self.due_edit.set_value(suggested_day(detail, action))
        self.add_row("due_on", _("New due date"), self.due_edit)
        self.note_edit = TextBox(self, _("Why, or what remains (optional)"), lines=2)
        self.add_row("text", _("Follow-up note"), self.note_edit)
        self.due_edit.setFocus()
        self.resize(self.width(), self.sizeHint().height())

    def save(self) -> None:
        self.ctx.call(
            postpone_action,
            self.action.id,
            self.due_edit.value(),
            self.note_edit.toPlainText(),
            self.detail.id,
            note_day(self.detail.starts_at.date()),
            self.action.version,  # refused if another desk changed it meanwhile
        )
