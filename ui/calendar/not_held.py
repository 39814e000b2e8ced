"""The calendar's filter "Past, not held": every past meeting still marked planned, whatever its
month, and "Mark as cancelled…" for those shown (asked first with the count, undoable).

Databases from before 30 November 2026 may hold many, planned by the old rule planning from a
rule's start date and never held: month by month they were hard to find and to clear."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QCheckBox, QPushButton, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import meetings_not_held
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow
from samverkan_desktop.services.meetings_not_held import CancelledNotHeld
from ui.context import AppContext
from ui.widgets.dialogs import confirm
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import perform, perform_undo


class NotHeldFilter:
    """The check box (with the count of such meetings) and the bulk action beside it."""

    def __init__(self, ctx: AppContext, page: QWidget, notice: NoticeBar) -> None:
        self.ctx, self.page, self.notice = ctx, page, notice
        self.check = QCheckBox(_("Past, not held"), page)
        self.check.setObjectName("notHeldFilter")
        self.check.setToolTip(
            _(
                "All past meetings still marked as planned: neither marked held nor cancelled. "
                "Open one to mark it held, or mark those shown as cancelled."
            )
        )
        self.cancel_button = QPushButton(_("Mark as cancelled…"), page)
        self.cancel_button.setToolTip(_("Mark the meetings shown as cancelled (asked first)"))
        self.cancel_button.hide()
        self.check.toggled.connect(self.cancel_button.setVisible)
        self.shown: list[CalendarRow] = []
        self.today = clock.today()

    def active(self) -> bool:
        return self.check.isChecked()

    def update_count(self, today: dt.date) -> None:
        count = self.ctx.call(meetings_not_held.count_not_held, today)
        label = _("Past, not held")
        self.check.setText(f"{label} ({count})" if count else label)

    def load(self, today: dt.date, filters: CalendarFilter) -> list[CalendarRow]:
        self.today = today
        self.shown = self.ctx.call(meetings_not_held.list_not_held, today, filters)
        self.cancel_button.setEnabled(bool(self.shown))
        return self.shown

    def title(self) -> str:
        return _("Past meetings not marked as held")

    def cancel_shown(self) -> None:
        ids = [row.id for row in self.shown]
        if not ids:
            return
        held = self.ctx.call(meetings_not_held.with_minutes, ids)
        if len(held) == len(ids):
            self.notice.show_message(_held_text(len(held)))
            return
        if not confirm(
            self.page,
            _("Mark as cancelled"),
            _question(len(ids) - len(held), len(held)),
            _("Mark as cancelled"),
        ):
            return
        done: list[CancelledNotHeld] = []

        def cancel(session: Any) -> None:
            done.append(meetings_not_held.cancel_not_held(session, ids, self.today))

        def undo() -> None:  # refused if another desk changed one of them since
            perform_undo(self.page, self.ctx, "meetings", meetings_not_held.reinstate, done[0])

        if perform(self.page, self.ctx, "meetings", cancel):
            self.notice.show_message(
                ngettext(
                    "{count} past meeting was marked as cancelled.",
                    "{count} past meetings were marked as cancelled.",
                    done[0].count,
                ).format(count=done[0].count),
                undo=undo,
            )


def _question(count: int, held: int) -> str:
    text = ngettext(
        "Mark {count} past meeting as cancelled?",
        "Mark {count} past meetings as cancelled?",
        count,
    ).format(count=count)
    text += "\n\n" + _(
        "Planned but never marked as held, with no minutes: they stay in the calendar as "
        "cancelled. This can be undone."
    )
    if held:
        text += "\n\n" + _held_text(held)
    return text


def _held_text(count: int) -> str:
    return ngettext(
        "{count} meeting has minutes and is left as it is: open it and mark it held.",
        "{count} meetings have minutes and are left as they are: open them and mark them held.",
        count,
    ).format(count=count)
