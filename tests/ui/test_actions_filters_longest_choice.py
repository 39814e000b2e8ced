"""Åtgärder's filters are as wide as their longest choice where the line has room: at 1440 px,
"Trygghetsvandring" chosen as the source read "Trygghetsvan…" in a filter only as wide as "Alla
ursprung". Where there is no room (1024 px) they keep their lines: no filter is pushed onto
another, and each keeps at least its "Alla …" text whole."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows, area_in_window, choose_action, first_action
from tests.ui.tables import column_texts
from tests.ui.test_actions_area import choose
from tests.ui.text_fit import combo_text_whole
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.context import AppContext


def _beside_a_chosen_action(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> ActionsArea:
    window, _area = area_in_window(qtbot, ctx, "actions", ActionsArea, width, height)
    return first_action(qtbot, window)


@pytest.mark.parametrize("size", [(1440, 900), (1920, 1080)])
def test_the_chosen_source_reads_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    area = _beside_a_chosen_action(qtbot, demo_ctx, *size)
    choose(qtbot, area.source_filter, "Trygghetsvandring")
    qtbot.waitUntil(
        lambda: all(o.startswith("Trygghetsvandring") for o in column_texts(area.table, "Ursprung"))
    )
    settle(qtbot)
    assert combo_text_whole(area.source_filter)


def test_at_1024_the_filters_keep_their_lines(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Three on the first line beside a chosen action, the source alone on the second: it has
    the room there to read whole."""
    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    choose(qtbot, area.source_filter, "Trygghetsvandring")
    qtbot.waitUntil(
        lambda: all(o.startswith("Trygghetsvandring") for o in column_texts(area.table, "Ursprung"))
    )
    choose_action(qtbot, area, column_texts(area.table, "Åtgärd")[0])
    combos = (area.organisation_filter, area.area_filter, area.group_filter, area.source_filter)
    left = combos[0].parentWidget()
    assert left is not None
    right = left.width()
    for combo in combos:
        assert combo_text_whole(combo), combo.currentText()
        assert combo.geometry().right() < right, combo.objectName()
    first, *_others, last = [c.y() for c in combos]
    assert [c.y() for c in combos[:3]] == [first] * 3 and last > first
