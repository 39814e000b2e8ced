"""The weekly summary's changes from its buttons, besides saving an item: an item moved up or
down, an item removed (asked first), the summary marked as sent. What was typed is saved first;
a change refused because another desk changed the week meanwhile is said in the words of what
was not done ("punkten flyttades inte"), as a refused save, F5 showing theirs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefDetail, BriefItemRow, BriefWeek
from ui.context import AppContext
from ui.overview.brief_item_editor import BriefItemEditor
from ui.widgets.dialogs import confirm
from ui.widgets.form_reload import Refusal
from ui.widgets.record_table import RecordTable


class WeekHost(Protocol):
    """The dialog the week is shown in."""

    ctx: AppContext
    week: BriefWeek
    detail: BriefDetail
    table: RecordTable[BriefItemRow]
    editor: BriefItemEditor

    def load(self, select_id: int | None = None, detail: BriefDetail | None = None) -> None: ...

    def saved_first(self) -> bool: ...

    def refused(self, refusal: Refusal | None = None) -> None: ...


def _seen_then() -> str:
    """A refused move or "Mark as sent" leaves nothing typed (what was, is saved first)."""
    return _("Load their change to see it.")


class WeekChanges:
    def __init__(self, host: WeekHost, parent: QWidget) -> None:
        self.host = host
        self.parent = parent  # asks the questions

    def move_selected(self, step: int) -> None:
        chosen = self.host.table.current_row()
        if chosen is None or not self.host.saved_first():
            return
        moved = Refusal(
            _("the item was not moved"), _("Check it and move the item again."), _seen_then()
        )
        self._call(
            weekly_briefs.move_item,
            chosen.id,
            step,
            self.host.detail.version,
            select=chosen.id,
            refusal=moved,
        )

    def remove_selected(self) -> None:
        chosen = self.host.table.current_row()
        if chosen is None:
            return
        if not confirm(
            self.parent,
            _("Remove item"),
            _("Remove “{heading}” from the summary of week {week}?").format(
                heading=chosen.heading, week=self.host.week.week
            ),
            _("Remove"),
        ):
            return
        kept = Refusal(
            _("the item was not removed"),
            _("Check it and remove the item again if you still want to."),
        )
        if self._call(
            weekly_briefs.remove_item, chosen.id, self.host.detail.version, load=False, refusal=kept
        ):
            self.host.editor.show_item(None)
            self.host.load()

    def mark_sent(self) -> None:
        if not self.host.saved_first():
            return
        not_sent = Refusal(
            _("the summary was not marked as sent"),
            _("Check it and mark it as sent again."),
            _seen_then(),
        )
        self._call(
            weekly_briefs.mark_sent,
            self.host.week,
            clock.today(),
            self.host.detail.version,
            refusal=not_sent,
        )

    def _call(
        self,
        function: Callable[..., object],
        *args: object,
        select: int | None = None,
        load: bool = True,
        refusal: Refusal | None = None,
    ) -> bool:
        """A change of the week from a button: the list read anew after it (``select`` chosen),
        unless another desk changed the week meanwhile: refused like a save, in the words of
        what was not done (``refusal``), F5 showing theirs."""
        try:
            self.host.ctx.call(function, *args)
        except StaleRecordError:
            self.host.refused(refusal)
            return False
        except DomainError as error:
            self.host.load(select_id=select)
            self.host.editor.show_error(error)
            return False
        if load:
            self.host.load(select_id=select)
        return True
