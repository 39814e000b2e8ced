"""Kris och övningar → Planer, a plan chosen: its version history reads whole. At 1024 × 768 the
first version's note, "Reviderad och antagen av stadsdelsdirektören i december 2020.", was cut
("Reviderad och antagen…"), whole only on hover; now a note breaks between words onto more
lines, its row growing, and no column cuts its text, at 1024 px (the history a tab of its own)
as at 1440 (beside the files)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window, chosen_plan
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea

PLANS = (
    "Krisledningsplan Östermalms stadsdelsförvaltning",
    "Lokal handlingsplan mot våldsbejakande extremism (VBE)",
)
FIRST_NOTE = "Reviderad och antagen av stadsdelsdirektören i december 2020."


@pytest.mark.parametrize(("width", "height"), [(1024, 768), (1440, 900)])
def test_the_version_history_reads_whole(
    qtbot: QtBot, demo_ctx: AppContext, width: int, height: int
) -> None:
    window, _area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, width, height)
    for name in PLANS:
        pane = chosen_plan(qtbot, window, name)
        if pane.tabbed():
            click_tab(qtbot, pane.list_tabs, pane.versions_box)
        settle(qtbot)
        versions = pane.versions
        versions.scrollToBottom()  # the first version, the longest note
        keep_shot(window, f"plan-versions-{width}-{name.split()[0]}")
        assert pane.versions_box.isVisible()
        notes = column_texts(versions, "Ändringar")
        assert len(notes) > 1 and (FIRST_NOTE in notes or name != PLANS[0])
        assert broken_in_cells(versions, ["Version", "Fastställd", "Ändringar"]) == []
        # No column pushed out of sight: the history does not scroll sideways.
        assert versions.horizontalScrollBar().maximum() == 0
