"""An Overview entry's detail broken onto lines leaves no word alone on its last line: at
1024 × 768 the unit out of service read "Ur drift sedan …: låt laga det eller kassera" over a
lone "det"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.openers import overview_card
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import area_of, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


def test_the_unit_out_of_service_ends_on_two_words_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    card = overview_card(qtbot, window, "alarm_loans")
    entry = next(e for e in card.findChildren(EntryButton) if e.item.title == "LARM-09")
    lines = [line.strip() for line in entry.text().split("\n")]
    said = next(line for line in lines if "kassera" in line)
    assert "kassera det" in said, lines  # the head's last two words together
    assert any("Larmet når inte larmcentralen" in line for line in lines), lines


def test_the_alarm_card_s_title_breaks_at_its_dot_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Utlånade larm (1 försenat) · 1 ur drift" is wider than its card at 1024: it broke
    before "drift", alone on the second line; it breaks at the dot, "1 ur drift" whole."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    card = overview_card(qtbot, window, "alarm_loans")
    title = card.findChild(QLabel, "cardTitle")
    assert title is not None
    lines = wrapped_lines(title)
    assert len(lines) == 2, lines  # the test is about a title that wraps
    assert lines[-1].strip() == "1 ur drift", lines
    assert plain(title.text()) == card.section.title  # the words are the same


@pytest.mark.parametrize("width", [900, 1024])
def test_no_card_title_line_starts_with_its_dot(
    qtbot: QtBot, demo_ctx: AppContext, width: int
) -> None:
    """At 900 px the alarm card's title read "Utlånade larm (1 försenat)" / "· 1 ur drift":
    a title's " · " ends a line where it breaks there, never starts one; nor does a count end
    one, torn from its word ("Utlånade larm (1" / "försenat) · …", "… närmaste 7" / "dagarna")."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), width, 700)
    settle(qtbot)
    area = area_of(window, "overview", OverviewArea)
    titles = {}
    for card in area.section_cards():
        title = card.findChild(QLabel, "cardTitle")
        assert title is not None
        titles[card.section.key] = wrapped_lines(title)
    assert len(titles["alarm_loans"]) > 1, titles  # the test is about a title that wraps
    assert any(" · " in " ".join(lines) for lines in titles.values()), titles
    for lines in titles.values():
        assert [line for line in lines if line.lstrip().startswith("·")] == [], lines
        assert [line for line in lines if line.rstrip()[-1:].isdigit()] == [], lines
    assert window.width() == width


def test_no_entry_line_ends_with_a_count_torn_from_its_word_at_900(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """At 900 × 700 the overdue actions read "Skulle vara klar 2026-11-25 (för 12" / "dagar
    sedan)": an entry's count stays on the line of its word and the one before it, "(för 12
    dagar sedan)" whole."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 900, 700)
    settle(qtbot)
    card = overview_card(qtbot, window, "actions_overdue")
    texts = [plain(entry.text()) for entry in card.findChildren(EntryButton)]
    assert any("dagar sedan)" in text for text in texts), texts
    torn = [
        line
        for text in texts
        for line in text.split("\n")
        # A line ending in a count; not in a date or a time ("2026-12-03", "17.00").
        if re.search(r"\b\d+$", line.rstrip()) and not re.search(r"\d{2}[.-]\d{2}$", line)
    ]
    assert torn == [], texts
    # Nor "(för" / "12 dagar sedan)": the count keeps the word before it too.
    lines = [line.strip() for text in texts for line in text.split("\n")]
    assert [line for line in lines if "dagar sedan)" in line and "(för" not in line] == []
    # And a count held to its words leaves no " · " to start a line in any card
    # ("Funktionsövning" over "· checklistan 6 av 11 klara").
    area = area_of(window, "overview", OverviewArea)
    every = [
        line.strip()
        for each in area.section_cards()
        for entry in each.findChildren(EntryButton)
        for line in plain(entry.text()).split("\n")
    ]
    assert any("checklistan 6 av 11 klara" in line for line in every), every
    assert [line for line in every if line.startswith("·")] == []
