"""A walk is left with text typed in it and not saved: the window closes, another walk is opened
(from the list, the Overview, a search, its follow-up), or the list is shown again. Leaving a tab
saves what was typed there; here it is saved first in the same way, and when that is refused
(another desk changed the walk meanwhile) the tab is shown with the text and the coordinator is
asked whether to leave all the same, staying (the default) with the walk and the text. Before,
opening another walk replaced the text without a word, as closing the window did the checklist
answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from ui.widgets.closing import Parting, close_after_refusal

if TYPE_CHECKING:
    from ui.walks.area import WalksArea


class TypedTab(Protocol):
    """A walk's tab that keeps text typed (the checklist answers, the summary)."""

    refusal: DomainError | None

    def typed(self) -> bool: ...

    def store_typed(self) -> bool: ...

    def let_go(self) -> None: ...

    def refused_question(self) -> str: ...

    def changed_meanwhile(self) -> str: ...


def leaving_the_walk() -> Parting:
    return Parting(
        _("Leave the walk?"),
        _("Leave the walk all the same, or stay to copy what you typed?"),
        _("Leave anyway (what you typed is lost)"),
    )


def may_leave(area: WalksArea, shown: bool, parting: Parting) -> bool:
    """Whether the walk shown may be left (``parting`` says how: the window closes, another walk
    opens); False: the user stays, the walk's tab and the text typed in view. ``shown``: whether
    the walks are the area in view."""
    view = area.view
    tabs: list[tuple[QWidget, TypedTab]] = [
        (view.checklist_tab, view.checklist_tab),
        (view.closing_tab, view.closing_tab),
    ]
    # The tab in view first: showing another would leave it, saving (or refusing) unasked.
    tabs.sort(key=lambda pair: pair[0] is not view.tabs.currentWidget())
    for widget, tab in tabs:
        if not tab.typed():
            continue
        # In view first: a refusal then says so in the tab, not in a box of its own.
        area.stack.setCurrentWidget(view)
        view.tabs.setCurrentWidget(widget)
        if not shown:
            area.ctx.navigator.go(area.key)
            shown = True
        if tab.store_typed():
            continue
        changed = tab.changed_meanwhile()
        if not close_after_refusal(area, tab.refused_question(), tab.refusal, changed, parting):
            return False
        tab.let_go()  # left all the same: not saved (and refused) again as the tab hides
    return True
