"""A very busy week in the program's own style, its window at 1024 × 768: five meetings at once
every weekday, lanes about 40 px wide (the least that holds a start: the window grows wider). Each block reads its time and, under it, what it is: the part
of its name that tells it from the others ("Nät…", "sty…"), its initials ("NTS" for "Norrmalms
trygghets- och säkerhetsråd", the small "och" left out) or the abbreviation its name gives
("SLK"), else its first letters; the whole in its tooltip. Norrmalms' block showed "13.00"
alone (neither "Nor…" nor "NTOS" fitted), Säkerhetssamordnarnätverket (SLK)'s read "S(" where
its initials were wanted."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.helpers import keep_shot, plain
from tests.ui.openers import calendar_week
from tests.ui.own_style import LookAt
from tests.ui.week_meetings import add_before_start
from ui.main_window import MainWindow

TODAY = dt.date(2027, 4, 20)
MONDAY = dt.date(2027, 5, 10)  # a week without a public holiday
NORRMALM = "Norrmalms trygghets- och säkerhetsråd"
SLK = "Säkerhetssamordnarnätverket (SLK)"
EARLY = (
    "Krisstödsgruppen",
    "Lokal beredningsgrupp Östermalm",
    "Lokal styrgrupp Östermalm",
    NORRMALM,
    "Nätverk för utrymningsledare",
)
LATE = (
    "Nätverk för utrymningsledare",
    "Platssamverkan Stureplan/Östermalmstorg",
    SLK,
    "Trygghetsråd Östermalm",
    "Arbetsgrupp skolan som brottsplats",
)


def _tells(shown: str, label: str) -> bool:
    """``shown`` is a piece of ``label`` (a word's start, cut with "…" or bare), its initials
    or the abbreviation it gives: letters a user reads as that group's."""
    piece = shown.removesuffix("…")
    if len(piece) >= 2 and piece.isupper():
        initials = "".join(word[0].upper() for word in label.replace("-", " ").split())
        in_brackets = label[label.find("(") + 1 : -1] if label.endswith(")") else ""
        return piece == in_brackets or all(letter in initials for letter in piece)
    return any(word.startswith(piece) for word in label.split()) and piece.isalpha()


@pytest.mark.moment(f"{TODAY.isoformat()}T10:00")
def test_every_block_in_a_narrow_lane_says_what_it_is(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    add_before_start(
        sqlite_url,
        *(
            (
                EARLY if day < 3 else LATE,
                dt.datetime.combine(MONDAY, dt.time(13)) + dt.timedelta(days=day),
                2,
            )
            for day in range(5)
        ),
    )

    def look(window: MainWindow) -> list[tuple[str, int, list[tuple[str, bool]], str]]:
        area = calendar_week(qtbot, window, MONDAY)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "calendar-week-busy-lanes-1024")
        return [
            (block.row.label, block.width(), block.shown_lines(), plain(block.toolTip()))
            for column in area.week_grid.columns
            for block in column.chips
            if column.spot(block).lanes == 5
        ]

    seen = look_at_demo((1024, 768), look)
    assert len(seen) == 25, seen
    assert max(width for _label, width, _lines, _tip in seen) < 50, seen  # narrow lanes
    for label, _width, lines, tooltip in seen:
        assert [bold for _text, bold in lines] == [False, True], (label, lines)
        (time, _plain), (name, _bold) = lines
        assert time == "13.00", (label, lines)
        assert _tells(name, label), (label, name)
        assert label in tooltip and "13.00–15.00" in tooltip, tooltip
    names = {(label, lines[1][0]) for label, _width, lines, _tip in seen}
    assert (NORRMALM, "NTS") in names and (SLK, "SLK") in names, names
