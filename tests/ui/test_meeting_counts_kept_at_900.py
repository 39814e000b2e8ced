"""A meeting's headings keep each count with its word, in the program's own style. At 900 × 700
the heading over the earlier actions under the agenda's follow-up item read "2 åtgärder från
tidigare" / "möten (fortfarande öppna:" / "1)", the count alone on its line; and the widest tab
read "Åtgärder (2 nya, 1" / "öppen sedan tidigare)". No line of them starts with a lone number
or bracket, nor ends on a count whose word is on the next."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.record_tabs import meeting_follow_up_item
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import area_of, keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow
from ui.widgets.fitting_tabs import FittingTabBar

HEADING = "2 åtgärder från tidigare möten (fortfarande öppna: 1)"
WORD = re.compile(r"[^\W\d_]")


def _torn(lines: list[str]) -> list[str]:
    """The lines that hold no word ("1)", "(3)") or end on a count ("… 2 nya, 1")."""
    return [line for line in lines if not WORD.search(line) or re.search(r"\d$", line)]


@pytest.mark.moment("2026-12-05T17:30")  # December's meeting with actions from earlier ones
@pytest.mark.parametrize("size", [(900, 700), (1024, 768)], ids=["900", "1024"])
def test_a_meetings_counts_stay_with_their_words(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        tab = meeting_follow_up_item(qtbot, window)
        keep_shot(window, f"meeting_counts_{size[0]}")
        editor = area_of(window, "calendar", CalendarArea).editor
        bar = editor.tabs.tabBar()
        assert isinstance(bar, FittingTabBar)
        tabs = {}
        for index in range(editor.tabs.count()):  # each tab as the bar shows it, opened
            page = editor.tabs.widget(index)
            assert page is not None
            click_tab(qtbot, editor.tabs, page)
            settle(qtbot)
            tabs[editor.tabs.tabText(index)] = bar.shown_text(index).split("\n")
        return {
            "heading": plain(tab.carried_label.text()),
            "heading lines": wrapped_lines(tab.carried_label),
            "tabs": tabs,
            "tabs inside": all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count())),
        }

    seen = look_at_demo(size, look)
    assert seen["heading"] == HEADING
    heading_lines = seen["heading lines"]
    assert isinstance(heading_lines, list)
    assert " ".join(heading_lines) == HEADING  # nothing cut
    assert any("öppna: 1)" in line for line in heading_lines), heading_lines
    assert _torn(heading_lines) == [], heading_lines
    tabs = seen["tabs"]
    assert isinstance(tabs, dict)
    assert "Åtgärder (2 nya, 1 öppen sedan tidigare)" in tabs
    for text, lines in tabs.items():
        assert " ".join(lines) == text  # nothing cut nor shortened
        assert _torn(lines) == [], lines
    assert seen["tabs inside"] is True, seen
