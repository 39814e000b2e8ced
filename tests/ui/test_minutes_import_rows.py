"""Veckosammanställning → Hämta från möte… in the program's own style: the agenda items to tick
are rows as tall as the meetings' above them, so the two lists read as one form. The items were
packed tight, one text line each, under the roomy meeting rows (seen under Xvfb)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.conftest import DemoCopier
from tests.ui.helpers import keep_shot, settle
from tests.ui.own_style import look_at_size
from ui.main_window import MainWindow
from ui.overview.minutes_import_dialog import MinutesImportDialog


@pytest.mark.usefixtures("app_settings")
def test_the_agenda_items_are_rows_as_tall_as_the_meetings(
    qtbot: QtBot,
    sqlite_url: str,
    sqlite_demo_files: DemoCopier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_demo_files(sqlite_url.removeprefix("sqlite:///"))
    heights: dict[str, list[int]] = {}

    def look(window: MainWindow) -> None:
        week = BriefWeek.of(clock.today())
        version = window.ctx.call(weekly_briefs.get_brief, week).version
        picker = MinutesImportDialog(window.ctx, week, version, window)
        picker.show()  # as "Hämta från möte…" opens it, without its own event loop
        qtbot.waitExposed(picker)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(picker, "minutes-import")
        meetings = picker.meetings
        heights["meetings"] = [meetings.rowHeight(r) for r in range(meetings.model().rowCount())]
        items = picker.items
        heights["items"] = [
            items.visualItemRect(items.item(r)).height() for r in range(items.count())
        ]
        picker.close()

    look_at_size(qtbot, monkeypatch, sqlite_url, (1280, 800), look)
    assert heights["meetings"] and heights["items"], heights
    one_line = min(heights["meetings"])
    assert min(heights["items"]) >= one_line, heights
