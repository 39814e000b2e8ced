"""The Overview on a laptop in the morning: what cannot wait is in sight without scrolling
(today's meetings, late actions, a late alarm unit, a plan past its revision); the chores that
keep (groups' terms, contacts to verify) come last. Before, those two chores filled the top row
and the late alarm unit was below the fold."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea


def test_what_cannot_wait_is_in_sight_on_a_laptop(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("overview")
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    settle(qtbot)  # the cards laid out where a user sees them
    cards = area.section_cards()
    keys = [card.section.key for card in cards]
    by_key = {card.section.key: card for card in cards}
    # This week's meetings lead when there are any (none over Christmas: an empty card goes last),
    # after the Friday summary not yet sent, from Thursday noon to Friday (brief_overview).
    urgent = [
        key
        for key in ("weekly_brief", "meetings_coming", "actions_overdue", "alarm_loans")
        if key in by_key and by_key[key].section.items
    ]
    assert "actions_overdue" in urgent and "alarm_loans" in urgent
    assert keys[: len(urgent)] == urgent
    # The chores that keep come after the rest, and an empty card after every card that shows
    # something (the demo's past meetings are all marked held or cancelled).
    assert keys.index("groups_changing") > keys.index("plans_due")
    assert "meetings_not_held" in keys[-2:] and not by_key["meetings_not_held"].section.items
    scroll = area.findChild(QScrollArea)
    assert scroll is not None
    viewport = scroll.viewport()
    for key in urgent:
        card = by_key[key]
        top = card.mapTo(viewport, QPoint(0, 0)).y()
        # Its title and first line are on the screen (the late LARM-07 leads the alarm card).
        assert top >= 0 and top + 60 <= viewport.height(), (key, top, viewport.height())
    assert "LARM-07" in by_key["alarm_loans"].section.items[0].title
