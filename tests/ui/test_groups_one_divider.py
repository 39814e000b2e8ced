"""Grupper och möten in the program's own style, on the example district: switching the chosen
group's tabs leaves the list where it is (at 1024 × 768 Medlemmar narrowed the list from 393 to
312 px: its Möts column went and its filters took two rows); the members' organisations read in
whole words within that width ("Utbildningsförvaltni-ngen" broke while Roll had room); a planned
group's subtitle leaves its start to the Startar fact below it (it said "Planerad, startar …"
over "Startar …")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import chosen_group
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow

SIZES = [(1024, 768), (1280, 800)]
SCHOOL = "Arbetsgrupp skolan som brottsplats"  # a member from Utbildningsförvaltningen
PLANNED = "Arbetsgrupp våldsbejakande extremism"  # the example district's planned group


@pytest.mark.parametrize("size", SIZES)
def test_switching_tabs_leaves_the_list_where_it_is(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> dict[str, tuple[int, int, tuple[str, ...]]]:
        area = chosen_group(qtbot, window, SCHOOL)
        table = area.page.table
        model = table.model()
        seen = {}
        for name, page in (
            ("Detaljer", area.detail),
            ("Medlemmar", area.detail.members_page),
            ("Uppföljning", area.follow_up_tab),
            ("Detaljer igen", area.detail),
        ):
            click_tab(qtbot, area.tabs, page)
            settle(qtbot)
            qtbot.wait(50)  # layout requests are posted
            keep_shot(window, f"groups_tab_{name}_{size[0]}")
            columns = tuple(
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
                if not table.isColumnHidden(c)
            )
            # the status filter on the filters' first row, or alone on a second
            seen[name] = (table.width(), area.page.status_filter.y(), columns)
        return seen

    seen = look_at_demo(size, look)
    assert len(set(seen.values())) == 1, seen


def _drag(qtbot: QtBot, area: GroupsArea, by: int) -> None:
    handle = area.page.splitter.handle(1)
    middle = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    qtbot.mouseMove(handle, middle + type(middle)(by, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + type(middle)(by, 0))
    settle(qtbot)


def test_the_divider_dragged_on_one_tab_stays_on_the_others_and_after_a_restart(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    widths: dict[str, int] = {}

    def on_tab(area: GroupsArea, name: str) -> int:
        page = area.detail.members_page if name == "members" else area.detail
        click_tab(qtbot, area.tabs, page)
        settle(qtbot)
        return area.page.table.width()

    def drag(window: MainWindow) -> None:
        area = chosen_group(qtbot, window, SCHOOL)
        before = on_tab(area, "members")
        _drag(qtbot, area, -120)  # a wider pane for the members
        widths["dragged"] = area.page.table.width()
        assert widths["dragged"] <= before - 100
        widths["details"] = on_tab(area, "details")
        widths["members"] = on_tab(area, "members")

    def again(window: MainWindow) -> None:
        area = chosen_group(qtbot, window, SCHOOL)
        widths["details restarted"] = on_tab(area, "details")
        widths["members restarted"] = on_tab(area, "members")

    look_at_demo((1280, 800), drag)
    look_at_demo((1280, 800), again)
    for name in ("details", "members", "details restarted", "members restarted"):
        assert abs(widths[name] - widths["dragged"]) <= 3, widths


@pytest.mark.parametrize("size", SIZES)
def test_the_members_organisations_read_in_whole_words(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> list[tuple[str, str, int]]:
        area = chosen_group(qtbot, window, SCHOOL)
        click_tab(qtbot, area.tabs, area.detail.members_page)
        settle(qtbot)
        qtbot.wait(50)
        keep_shot(window, f"groups_members_{size[0]}")
        table = area.detail.members
        broken = broken_in_cells(table, ("Namn", "Organisation", "Roll"))
        assert "Utbildningsförvaltningen" in column_texts(table, "Organisation")
        return broken

    assert look_at_demo(size, look) == []


def test_a_planned_groups_start_is_said_once(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> tuple[str, str]:
        area = chosen_group(qtbot, window, PLANNED)
        starts = area.detail.facts.value_label("starts_on")
        assert starts.isVisible()
        return area.detail.subtitle.text(), starts.text()

    subtitle, starts = look_at_demo((1280, 800), look)
    assert subtitle == "Arbetsgrupp · Planerad", subtitle
    day = starts.split(" ")[0]  # "2026-12-18 (v. 51)"
    assert day[:4].isdigit(), starts
