"""Veckosammanställning → Hämta från möte… in the program's own style: the agenda items to tick
are rows as tall as the meetings' above them, so the two lists read as one form. The items were
packed tight, one text line each, under the roomy meeting rows (seen under Xvfb)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow
from ui.overview.minutes_import_dialog import MinutesImportDialog


def test_the_agenda_items_are_rows_as_tall_as_the_meetings(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, list[int]]:
        week = BriefWeek.of(clock.today())
        version = window.ctx.call(weekly_briefs.get_brief, week).version
        picker = MinutesImportDialog(window.ctx, week, version, window)
        picker.show()  # as "Hämta från möte…" opens it, without its own event loop
        qtbot.waitExposed(picker)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(picker, "minutes-import")
        meetings, items = picker.meetings, picker.items
        heights = {
            "meetings": [meetings.rowHeight(r) for r in range(meetings.model().rowCount())],
            "items": [items.visualItemRect(items.item(r)).height() for r in range(items.count())],
        }
        picker.close()
        return heights

    heights = look_at_demo((1280, 800), look)
    assert heights["meetings"] and heights["items"], heights
    one_line = min(heights["meetings"])
    assert min(heights["items"]) >= one_line, heights
