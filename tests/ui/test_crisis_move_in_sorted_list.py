"""↑ and ↓ move a row in a crisis list's own order (the order of the contact list and the
checklist printouts). A list sorted by another column, or backwards by a header click, is shown
in its own order again before the row moves (the crisis organisation's without an arrow), so
the row goes up the screen with ↑. Before, in a list sorted backwards ↑ moved the row down, and
sorted by a date it seemed to do nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_tab
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_header, click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def test_up_moves_a_role_up_the_screen_in_a_list_sorted_backwards(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    assert column_texts(org.roles, "Roll")[:2] == ["Krisledare", "Stabschef"]
    click_header(qtbot, org.roles, "Roll")  # A–Ö, then Ö–A
    assert click_header(qtbot, org.roles, "Roll") == Qt.SortOrder.DescendingOrder
    shown = column_texts(org.roles, "Roll")
    assert shown.index("Stabschef") < shown.index("Krisledare")  # Ö–A

    click_row(qtbot, org.roles, "Stabschef")
    _click(qtbot, org.role_buttons[3])  # ↑

    assert column_texts(org.roles, "Roll")[:2] == ["Stabschef", "Krisledare"]
    assert org.roles.horizontalHeader().sortIndicatorSection() == -1  # its own order, no arrow
    chosen = org.roles.current_row()
    assert chosen is not None and chosen.name == "Stabschef"  # still the one chosen


def test_up_on_an_external_contact_in_a_list_sorted_by_date_shows_where_it_went(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "org_page")
    org = area.org_page
    listed = column_texts(org.external, "Organisation")
    assert listed[-2:] == ["Samverkan Stockholmsregionen (SSR)", "SOS Alarm"]
    click_header(qtbot, org.external, "Senast kontrollerad")

    click_row(qtbot, org.external, "SOS Alarm")
    _click(qtbot, org.external_buttons[2])  # ↑

    assert column_texts(org.external, "Organisation") == [
        *listed[:-2],
        "SOS Alarm",
        "Samverkan Stockholmsregionen (SSR)",
    ]


def test_up_moves_a_checklist_point_up_the_screen_in_a_list_sorted_by_due_date(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack")
    planned = next(
        e
        for e in demo_ctx.call(exercise_reading.list_exercises)
        if e.title == "Larm- och uppringningsprov för krisledningen"
    )
    area.open_exercise(planned.id)
    tab = area.exercise_view.checklist_tab
    click_tab(qtbot, area.exercise_view.tabs, tab)
    points = column_texts(tab.table, "Punkt")
    click_header(qtbot, tab.table, "Klart senast")
    assert click_header(qtbot, tab.table, "Klart senast") == Qt.SortOrder.DescendingOrder

    moved = points[7]
    click_row(qtbot, tab.table, "8")
    _click(qtbot, tab.buttons[3])  # ↑

    now = column_texts(tab.table, "Punkt")
    assert now[6] == moved and now[7] == points[6]
    assert column_texts(tab.table, "#")[:3] == ["1", "2", "3"]
