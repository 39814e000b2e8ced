"""Another desk's change shows up in the open window without a restart."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing
from samverkan_desktop.services.group_rows import GroupInput
from tests.ui.tables import column_texts
from tests.ui.windows import wait_exposed
from ui.change_watcher import ChangeWatcher
from ui.context import AppContext
from ui.groups.area import GroupsArea


def test_a_group_added_at_another_desk_appears_in_the_list(qtbot: QtBot, ctx: AppContext) -> None:
    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.show()
    wait_exposed(qtbot, area)
    watcher = ChangeWatcher(ctx, area, interval_ms=100)
    watcher.start()
    announced: list[frozenset[str]] = []
    ctx.bus.changed.connect(announced.append)
    other_desk = open_database(ctx.db.url)
    try:
        other_desk.call(
            group_editing.create_group, GroupInput("Nätverket Hjorthagen", GroupType.NATVERK)
        )
    finally:
        other_desk.dispose()
    qtbot.waitUntil(
        lambda: "Nätverket Hjorthagen" in column_texts(area.page.table, "Namn"), timeout=10_000
    )  # polled every 100 ms: seconds only on a loaded machine
    assert any("groups" in keys for keys in announced)
    # The window's own change is not announced a second time by the watcher.
    announced.clear()
    ctx.call(group_editing.create_group, GroupInput("Egen grupp", GroupType.NATVERK))
    qtbot.wait(400)
    # At least one poll after the change, however few the timer ran on a loaded machine.
    assert watcher.poll() == frozenset()
    assert announced == []
    watcher.stop()
