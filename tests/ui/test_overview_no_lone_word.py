"""An Overview entry's detail broken onto lines leaves no word alone on its last line: at
1024 × 768 the unit out of service read "Ur drift sedan …: låt laga det eller kassera" over a
lone "det"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.openers import overview_card
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton


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
