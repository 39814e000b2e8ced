"""Kris och övningar → Planer, a plan chosen at 1024 × 768 and 1280 × 800 in the program's own
style: the buttons over the attached files stay together as groups, "Öppna fil" with "Ta
bort…" ("Ta bort…" went alone onto a line of its own at 1024 px, seen under Xvfb), on one row
where there is room (at 1024 px the files are a tab of their own, test_plan_pane_tabs_at_1024);
the version history's stay on one row. No button is narrowed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.openers import chosen_plan
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot
from ui.main_window import MainWindow

PLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"


def _row_tops(buttons: list[QPushButton]) -> set[int]:
    return {button.mapTo(button.window(), button.rect().topLeft()).y() for button in buttons}


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_a_plans_buttons_wrap_as_groups(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        pane = chosen_plan(qtbot, window, PLAN)
        qtbot.wait(50)
        keep_shot(window, f"plan-buttons-{size[0]}")
        versions = [pane.new_version_button, pane.edit_version_button, pane.delete_version_button]
        files = [pane.attach_button, pane.open_button, pane.remove_button]
        seen["versions"] = _row_tops(versions)
        if pane.tabbed():
            click_tab(qtbot, pane.list_tabs, pane.files_box)
            qtbot.wait(50)
        seen["files"] = _row_tops(files)
        seen["chosen file's"] = _row_tops(files[1:])
        seen["narrowed"] = [
            button.text()
            for button in versions + files
            if button.width() < button.sizeHint().width()
        ]
        seen["versions whole"] = pane.versions.horizontalScrollBar().maximum() == 0

    look_at_demo(size, look)
    assert len(seen["versions"]) == 1, seen  # type: ignore[arg-type]
    assert len(seen["chosen file's"]) == 1, seen  # type: ignore[arg-type]
    assert len(seen["files"]) == 1, seen  # type: ignore[arg-type]
    assert seen["narrowed"] == []
    assert seen["versions whole"] is True
