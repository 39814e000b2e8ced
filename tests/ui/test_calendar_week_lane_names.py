"""Groups whose names begin alike, meeting at the same time, in the week's narrow lanes at 1024
in the program's own style: each block reads what tells its group from the others beside it,
never the same as another group's: lane_names.telling_name drops the words the names share
("Platssamverkan"), and where the rest begins alike too ("Sturebadet", "Stureby") the block
cuts it in the middle, "St…et" beside "St…by" (both read "Plat…"); the whole name in its
tooltip. Three working groups at once: test_calendar_week_three_at_once."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing
from samverkan_desktop.services.group_rows import GroupInput
from tests.ui.openers import week_of
from tests.ui.own_style import LookAt
from tests.ui.test_calendar_week_three_at_once import (
    WEEKEND_GROUP,
    _blocks,
    _read,
    _tuesday_two_weeks_on,
)
from tests.ui.week_meetings import add_meetings
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.calendar.lane_names import telling_name, tellings_beside
from ui.main_window import MainWindow

PLACES = ("Platssamverkan Sturebadet", "Platssamverkan Stureby")


def test_a_name_beside_names_that_begin_alike_drops_the_words_they_share() -> None:
    beside = ["Arbetsgrupp särskilt utsatta brottsoffer", "Lokal styrgrupp Östermalm"]
    label = "Arbetsgrupp skolan som brottsplats"
    assert telling_name(label, beside) == "skolan som brottsplats"
    assert telling_name("Lokal styrgrupp Östermalm", [label]) == "Lokal styrgrupp Östermalm"
    assert telling_name(label, [label]) == label  # one group's two meetings at once
    # one word left at least, as a title's meeting beside its own group's
    assert telling_name("Krisstöd", ["Krisstöd – Övning"]) == "Krisstöd"
    assert telling_name("Workshop – Trygghetsråd", ["Workshop – Krisstöd"]) == "Trygghetsråd"
    assert tellings_beside(label, beside) == [
        "särskilt utsatta brottsoffer",
        "Lokal styrgrupp Östermalm",
    ]


def test_groups_alike_past_their_first_word_read_apart_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str
) -> None:
    tuesday = _tuesday_two_weeks_on()
    db = open_database(sqlite_url)
    try:
        for name in PLACES:
            data = GroupInput(name, GroupType.PLATSSAMVERKAN, starts_on=tuesday)
            db.call(group_editing.create_group, data)
        add_meetings(db.call, PLACES, dt.datetime.combine(tuesday, dt.time(13, 0)), 1)
        saturday = tuesday + dt.timedelta(days=4)  # seven days shown: the narrowest lanes
        add_meetings(db.call, (WEEKEND_GROUP,), dt.datetime.combine(saturday, dt.time(10, 0)), 2)
    finally:
        db.dispose()

    def look(window: MainWindow) -> dict[str, str]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        week_of(qtbot, area, tuesday)
        settle(qtbot)
        keep_shot(window, "calendar-week-lane-names-1024")
        blocks = _blocks(area, tuesday, PLACES)
        for block in blocks:
            assert block.row.label in block.toolTip()
        return {block.row.label: _read(block)[1] for block in blocks}

    names = look_at_demo((1024, 768), look)
    assert all(names.values()), names
    assert len(set(names.values())) == len(PLACES), names
