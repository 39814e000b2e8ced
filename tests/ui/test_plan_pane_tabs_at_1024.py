"""Kris och övningar → Planer, a plan chosen at 1024 × 768 in the program's own style: the
version history and the attached files are two tabs, and the chosen plan's facts take the width
the files left. Beside both lists the facts had ~215 px: "Ägare Anna / Berglund" broke, labels
stood above their values in one row and beside them in the next, the facts scrolled and the
register showed five plans. At 1280 × 800 the lists stay side by side under their headings."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.demo_plans import version_count
from tests.ui.openers import chosen_plan
from tests.ui.own_style import LookAt
from tests.ui.windows import area_of, keep_shot
from ui.crisis.area import CrisisArea
from ui.crisis.plan_detail import PlanDetailPane
from ui.main_window import MainWindow

PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"
FACTS = {"Typ": "Krisledningsplan", "Ägare": "Anna Berglund", "Revidering": "var 12:e månad"}


def _label(pane: PlanDetailPane, text: str) -> QLabel:
    (label,) = (w for w in pane.facts.findChildren(QLabel) if w.text() == text and w.isVisible())
    return label


def _facts_as_read(pane: PlanDetailPane) -> dict[str, str]:
    """Each of FACTS whose label stands beside its value, on one line, as "label": "value"."""
    read = {}
    for name, text in FACTS.items():
        label, value = _label(pane, name), _label(pane, text)
        one_line = value.height() < 2 * value.fontMetrics().lineSpacing()
        if label.y() == value.y() and label.x() < value.x() and one_line:
            read[name] = text
    return read


def _plans_in_view(window: MainWindow) -> int:
    """The plans the register shows whole above the chosen plan's pane."""
    table = area_of(window, "crisis", CrisisArea).plans_page.table
    model, shown = table.model(), table.viewport().rect()
    return sum(
        shown.contains(table.visualRect(model.index(row, 0))) for row in range(model.rowCount())
    )


def test_at_1024_the_facts_read_beside_their_labels_and_the_lists_are_tabs(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    seen: dict[str, object] = {}
    in_view: list[int] = []

    def look(window: MainWindow) -> None:
        pane = chosen_plan(qtbot, window, PLAN)
        qtbot.wait(50)
        keep_shot(window, "plan-pane-1024")
        seen["facts"] = _facts_as_read(pane)
        seen["facts scroll"] = pane._scroll.verticalScrollBar().maximum() > 0
        in_view.append(_plans_in_view(window))
        tabs = pane.list_tabs
        seen["tabs"] = [tabs.tabText(i) for i in range(tabs.count())] if tabs.isVisible() else []
        seen["versions"] = version_count(window.ctx, PLAN)  # one more a year
        click_tab(qtbot, tabs, pane.files_box)
        seen["files' buttons"] = [
            b.text() for b in pane.files_box.findChildren(QPushButton) if b.isVisible()
        ]

    look_at_demo((1024, 768), look)
    assert seen["facts"] == FACTS
    assert seen["facts scroll"] is False
    assert in_view[0] >= 6  # 5 beside the narrow facts
    assert seen["tabs"] == [f"Versionshistorik ({seen['versions']})", "Bifogade filer (0)"]
    assert seen["files' buttons"] == ["Bifoga fil…", "Öppna fil", "Ta bort…"]


def test_at_1280_the_lists_stay_side_by_side(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> tuple[bool, bool, dict[str, str]]:
        pane = chosen_plan(qtbot, window, PLAN)
        qtbot.wait(50)
        side_by_side = pane.versions.isVisible() and pane.files.isVisible()
        return pane.list_tabs.isVisible(), side_by_side, _facts_as_read(pane)

    assert look_at_demo((1280, 800), look) == (False, True, FACTS)
