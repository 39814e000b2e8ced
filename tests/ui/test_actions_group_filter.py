"""Åtgärder → "Alla grupper": one group's actions, as its meeting follows them up; the printed
list says which group."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import action_reading, groups
from samverkan_desktop.services.action_filter import ActionFilter
from tests.ui.tables import column_texts
from tests.ui.test_actions_area import area, choose, titles  # noqa: F401 (fixture)
from ui.actions.area import ActionsArea


def test_choosing_a_group_lists_its_actions_only(qtbot: QtBot, area: ActionsArea) -> None:  # noqa: F811
    choose(qtbot, area.show_filter, "Alla åtgärder")
    everything = titles(area)
    by_group = {
        g.name: area.ctx.call(action_reading.list_actions, ActionFilter(group_id=g.id))
        for g in area.ctx.call(groups.list_groups, "")
    }
    name, ours = max(by_group.items(), key=lambda item: len(item[1]))
    assert ours and len(ours) < len(everything)
    choose(qtbot, area.group_filter, name)
    qtbot.waitUntil(lambda: sorted(titles(area)) == sorted(r.title for r in ours))
    assert all(name in origin for origin in column_texts(area.table, "Ursprung"))
    assert area.current_filter().group_id is not None
    choose(qtbot, area.group_filter, "Alla grupper")
    qtbot.waitUntil(lambda: len(titles(area)) == len(everything))
