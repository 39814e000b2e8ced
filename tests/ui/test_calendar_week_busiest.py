"""The demo's busiest week (v. 49 of 2026, eight meetings, two at the same time, one until
19.00) in the week's time grid on a laptop: the whole day fits without scrolling, every block
starts with its time, a meeting of an hour and a half or more shows its group's whole name (a word
too wide for its lane cut with "…") and no block breaks a word over two lines."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock, demo
from tests.ui.answers import cancel_typed
from tests.ui.clicks import line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.calendar.week_block import MeetingBlock
from ui.context import AppContext

DAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def _on_the_demo_day(monkeypatch: pytest.MonkeyPatch) -> None:
    """The week shown is the demo's of DAY, seen on DAY: seen on that week's Saturday (5
    December 2026) the blocks came out narrower and a group's name was cut."""
    monkeypatch.setattr(clock, "today", lambda: DAY)


BREAKS = " -/–"  # a line may end after these (a space, "trygghets-", "Stureplan/", "13.00–")


def _busiest_week(qtbot: QtBot, ctx: AppContext, size: tuple[int, int]) -> CalendarArea:
    ctx.call(demo.load, DAY)
    _window, area = area_in_window(qtbot, ctx, "calendar", CalendarArea, *size)
    area.set_mode("week")
    area.show_week_of(DAY)
    QApplication.processEvents()
    return area


def _words(text: str) -> list[str]:
    """ "Stureplan/Östermalmstorg" is two words, as a line may end after "/"."""
    return [word for word in re.split(r"\s+|(?<=/)", text) if word]


def _same_words(shown: str, label: str) -> bool:
    """``shown`` has ``label``'s words in turn, each whole or its start cut with "…"."""
    seen, words = _words(shown), _words(label)
    return len(seen) == len(words) and all(
        cut == word or (cut.endswith("…") and word.startswith(cut[:-1]))
        for cut, word in zip(seen, words, strict=True)
    )


def _whole_words(line: str, texts: list[str]) -> bool:
    """``line`` is a piece of one of ``texts`` that starts at a word and ends at one, unless it
    is cut with "…" ("Norrmal…"): not "Norrma-" nor "lms"."""
    piece = line.removesuffix("…")
    cut = piece != line
    for text in texts:
        for found in re.finditer(re.escape(piece), text):
            start, end = found.start(), found.end()
            begins = start == 0 or text[start - 1] in BREAKS
            ends = cut or end == len(text) or text[end] in BREAKS or piece[-1] in BREAKS
            if piece and begins and ends:
                return True
    return False


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_the_busiest_demo_week_fits_a_laptop(
    qtbot: QtBot, ctx: AppContext, size: tuple[int, int]
) -> None:
    grid = _busiest_week(qtbot, ctx, size).week_grid
    assert grid.hours == (8, 19)  # the Trygghetsråd meets 17.30–19.00
    assert grid.hours_area.verticalScrollBar().maximum() == 0  # the whole day in sight
    blocks = [b for b in grid.chips() if isinstance(b, MeetingBlock)]
    assert len(blocks) == 8
    assert any(c.spot(b).lanes == 2 for c in grid.columns for b in c.chips)
    for block in blocks:
        lines = block.shown_lines()
        assert block.fontMetrics().lineSpacing() * len(lines) <= block.height(), block.row.label
        assert lines[0][0].startswith(block.row.starts_at.strftime("%H.%M"))
        if block.row.ends_at - block.row.starts_at >= dt.timedelta(minutes=90):
            name = " ".join(text for text, bold in lines[1:] if bold)
            assert _same_words(name, block.row.label), (size, lines)


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_no_block_in_the_busiest_week_breaks_a_word(
    qtbot: QtBot, ctx: AppContext, size: tuple[int, int]
) -> None:
    """Two meetings side by side on Wednesday at 1100 px read "Norrmal…", never "Norrma-" / "lms";
    all of a name is in the block's tooltip."""
    for block in _busiest_week(qtbot, ctx, size).week_grid.chips():
        texts = block.texts()  # the time, the name, the place
        run_on = f"{texts[0].split('–')[0]} {block.row.label}"  # a short block's one line
        for text, _bold in block.shown_lines():
            assert _whole_words(text, [*texts, run_on]), (size, block.shown_lines())
        assert block.row.label in block.toolTip()


def test_the_time_double_clicked_is_kept_when_a_group_with_its_own_time_is_chosen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """Krisstödsgruppen meets at 13.00: chosen in a new meeting opened from 09.00 on a free
    Monday, the meeting stays at 09.00 (the group's place is still filled in)."""
    area = _busiest_week(qtbot, ctx, (1366, 768))
    monday = area.week_grid.columns[0]
    assert monday.cell.date == dt.date(2026, 11, 30) and not monday.chips
    seen: list[tuple[str, str, str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        type_text(qtbot, line_edit(dialog.group_combo), "Krisstöd")
        seen.append((dialog.start_edit.text(), dialog.end_edit.text(), dialog.place_edit.text()))
        cancel_typed(qtbot, dialog)

    y = round((9.1 - area.week_grid.hours[0]) * monday.hour_height())
    modals.answer(fill)
    qtbot.mouseDClick(monday, Qt.MouseButton.LeftButton, pos=QPoint(monday.width() // 2, y))
    modals.check()
    assert seen == [("09.00", "10.30", "Karlavägen 104")]
