"""Kalender → Lista at 1024 × 768 in the program's own style: a meeting on a public holiday says
the holiday's name under its date, in red as the month and the week name holidays, and the
tooltip says "Helgdag: Trettondedag jul". The "Helgdag" column, empty but for a few days a
year, is gone: its width goes to the group and the place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.cell_room import cut_cells
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow
from ui.widgets.table_model import WARNING_COLOUR

GROUP = "Lokal beredningsgrupp Östermalm"
ALT = Qt.KeyboardModifier.AltModifier
WEEKDAYS = ("mån", "tis", "ons", "tor", "fre", "lör", "sön")


def test_a_holiday_is_named_under_its_date_and_has_no_column(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    sqlite_url: str,
) -> None:
    today = clock.today()
    epiphany = dt.date(today.year + 1, 1, 6)  # Trettondedag jul
    start = dt.datetime.combine(epiphany, dt.time(9, 0))
    db = open_database(sqlite_url)
    try:
        with db.session(write=True) as session:
            group = next(g for g in groups.list_groups(session) if g.name == GROUP)
            data = MeetingInput(start, start + dt.timedelta(hours=1), "Karlavägen 104")
            meetings.add_meeting(session, group.id, data)
    finally:
        db.dispose()

    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        qtbot.keyClick(area, Qt.Key.Key_L, ALT)
        for _month in range(13 - today.month):
            qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
        settle(qtbot)
        table = area.list_view
        keep_shot(window, "calendar-list-holiday-1024")
        model = table.model()
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        seen: dict[str, object] = {"titles": titles}
        rows = [
            r
            for r in range(model.rowCount())
            if str(model.index(r, 0).data()).startswith(epiphany.isoformat())
            and model.index(r, titles.index("Grupp, vandring, övning")).data() == GROUP
        ]
        assert len(rows) == 1
        date = model.index(rows[0], 0)
        seen["date"] = date.data()
        seen["tooltip"] = date.data(Qt.ItemDataRole.ToolTipRole)
        seen["colour"] = date.data(Qt.ItemDataRole.ForegroundRole)
        seen["cut"] = {
            t: cut_cells(table, t) for t in ("Datum", "Grupp, vandring, övning", "Plats")
        }
        return seen

    seen = look_at_demo((1024, 768), look)
    assert "Helgdag" not in seen["titles"]  # type: ignore[operator]
    weekday = WEEKDAYS[epiphany.weekday()]
    assert seen["date"] == f"{epiphany.isoformat()} {weekday}\nTrettondedag jul"
    assert seen["tooltip"] == "Helgdag: Trettondedag jul"
    colour = seen["colour"]
    assert getattr(colour, "color", lambda: colour)() == WARNING_COLOUR
    assert seen["cut"] == {"Datum": [], "Grupp, vandring, övning": [], "Plats": []}
