"""Åtgärder at 1024 × 768: a click on each action in turn chooses that action and the pane
beside the list shows it. The actions' own table had the plans register's fault: a press
first moved the current row, told as "none chosen", and the list refitted under the pointer
("Utreda ny belysning med högre armaturer längs mittstråket" was missed)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext


def test_a_click_on_each_action_chooses_it(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    titles = column_texts(area.table, "Åtgärd")
    assert len(titles) > 5
    missed = []
    for title in titles:
        click_row(qtbot, area.table, title)
        settle(qtbot)
        if area.detail.title.text() != title:
            missed.append(title)
    assert not missed
