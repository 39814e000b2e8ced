"""The meeting editor's "More" menu: its entries (held, planned, cancel, reinstate, delete, the
standing agenda, the group's calendar, history) and which of them a meeting offers, a greyed one
saying why."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from samverkan_desktop.i18n import _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.after_group_end import ENDED_REINSTATED
from samverkan_desktop.services.meetings import MeetingDetail

if TYPE_CHECKING:
    from ui.meetings.editor import MeetingEditor


class MoreMenu(QMenu):
    def __init__(self, editor: MeetingEditor) -> None:
        super().__init__(editor)
        self.setToolTipsVisible(True)  # a greyed entry says why
        self.held_action = self._entry(_("Mark as held"), editor.mark_held)
        self.planned_action = self._entry(_("Mark as planned"), editor.mark_planned)
        self.cancel_action = self._entry(_("Cancel meeting…"), editor.cancel_meeting)
        self.reinstate_action = self._entry(_("Reinstate the meeting"), editor.mark_planned)
        self.delete_action = self._entry(_("Delete meeting…"), editor.delete_meeting)
        self.addSeparator()
        self.standing_action = self._entry(
            _("Use this agenda for coming meetings…"), editor.use_as_standing_agenda
        )
        self.export_action = self._entry(
            _("Export the group's calendar (.ics)…"), editor.export_group_calendar
        )
        self.history_action = self._entry(_("History…"), editor.show_history)

    def _entry(self, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def show_meeting(self, detail: MeetingDetail, may_hold: bool) -> None:
        """The entries ``detail`` offers; ``may_hold``: "Mark as held" is the button beside
        the status, so not in the menu."""
        status = detail.status
        outside = detail.outside_group_days
        self.held_action.setVisible(
            status is MeetingStatus.PLANNED and not may_hold and not outside
        )
        self.planned_action.setVisible(status is MeetingStatus.HELD)
        self.cancel_action.setVisible(status is MeetingStatus.PLANNED)
        self.reinstate_action.setVisible(status is MeetingStatus.CANCELLED)
        # Cancelled outside the group's days it cannot be planned again: greyed, saying why.
        no_reinstating = detail.refused_outside_days(ENDED_REINSTATED)
        self.reinstate_action.setEnabled(no_reinstating is None)
        self.reinstate_action.setToolTip(no_reinstating or "")
        self.delete_action.setVisible(not detail.from_rule and not detail.has_minutes)
        # A group ended has no coming meetings to give the agenda to (one not started has).
        self.standing_action.setVisible(not (outside and not outside.before_start))
