"""The group form's Status for a group still to start: beside it, what the status means there
("Planerad tills den startar …"; for a group ended on its coming start day, how to bring it
back), and a start moved past an ended group's end refused saying what to choose, not the
database's "bryter mot en av databasens regler"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import group_editing, group_rows
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

NAME = "Arbetsgrupp Tessinparken"


def test_an_ended_coming_group_says_how_to_bring_it_back_and_why_a_later_start_is_refused(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    start = clock.today() + dt.timedelta(days=14)
    later = start + dt.timedelta(days=7)
    group = demo_ctx.call(
        group_editing.create_group,
        group_rows.GroupInput(NAME, GroupType.ARBETSGRUPP, starts_on=start),
    )
    demo_ctx.call(group_editing.end_group, group, start)  # on its start day, as offered
    area = show_window(qtbot, GroupsArea(demo_ctx))
    seen: dict[str, str] = {}

    def move_start(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        seen["ended"] = dialog.status_hint.text()
        type_date(qtbot, dialog.starts_edit, later)
        click_button(qtbot, dialog, "Spara")
        seen["refused"] = dialog.error_text("starts_on")
        type_text(qtbot, dialog.status_combo, "Aktiv")
        seen["active"] = dialog.status_hint.text()
        click_button(qtbot, dialog, "Spara")

    click_row(qtbot, area.page.table, NAME)
    modals.answer(move_start)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert seen == {
        "ended": f"Avslutad {start}. Välj Planerad eller Aktiv för att ta tillbaka den.",
        "refused": (
            f"Gruppen avslutades {start} och kan inte starta senare än så. Välj Planerad eller "
            f"Aktiv under Status för att låta den starta {later}: då blir den inte längre "
            "avslutad."
        ),
        "active": f"Planerad tills den startar {later}.",
    }
    assert row_texts(area.page.table, NAME)["Status"] == "Planerad"


def test_a_group_saved_planned_reads_active_from_its_start_and_the_form_says_why(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    start = clock.today() - dt.timedelta(days=3)
    demo_ctx.call(
        group_editing.create_group,
        group_rows.GroupInput(
            NAME, GroupType.ARBETSGRUPP, status=GroupStatus.PLANNED, starts_on=start
        ),
    )
    area = show_window(qtbot, GroupsArea(demo_ctx))
    assert row_texts(area.page.table, NAME)["Status"] == "Aktiv"
    seen: dict[str, str] = {}

    def read_hint(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        seen["status"] = dialog.status_combo.currentText()
        seen["hint"] = dialog.status_hint.text()
        click_button(qtbot, dialog, "Avbryt")

    click_row(qtbot, area.page.table, NAME)
    modals.answer(read_hint)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert seen == {"status": "Planerad", "hint": f"Visas som aktiv: den startade {start}."}
