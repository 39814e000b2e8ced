"""Swedish wording a reviewer found, read where a user reads it: a meeting's status in the
calendar's list said "Planerad" and "Inställd" (ett möte: "Planerat", "Inställt"); a loan back
late said "(sent)" (English "sent") and one still out "ute" beside "Försenat"; a group's term said
"Tillsvidare" (Språkrådet: "tills vidare"); Ny åtgärd's single priority area offered "(inga)"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import actions_with_rows, alarms_area, calendar_window
from tests.ui.tables import column_texts, row_texts
from tests.ui.windows import settle, show_window
from ui.alarms.loans_page import returned_text
from ui.context import AppContext
from ui.groups.area import GroupsArea


@pytest.mark.moment("2026-12-03T10:00")
def test_the_calendar_list_says_a_meetings_status_in_the_neuter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx, 1280, 800)
    click_button(qtbot, area, "›")
    slk = next(r for r in area.rows if r.group_name.startswith("Säkerhetssamordnarnätverket"))
    area.ctx.call(meetings.cancel_meeting, slk.id, "Krockar med julmarknaden")
    click_button(qtbot, area, "Lista")
    status = set(column_texts(area.list_view, "Status"))
    assert {"Planerat", "Inställt"} <= status, status
    assert not status & {"Planerad", "Inställd"}, status


def test_the_loans_returned_column_reads_swedish_and_alike(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.loans_page)
    page = area.loans_page
    page.open_check.setChecked(True)
    assert row_texts(page.table, "LARM-07")["Tillbaka"] == "Försenat"
    assert row_texts(page.table, "LARM-14")["Tillbaka"] == "Ute"  # capitalised as "Försenat"
    page.open_check.setChecked(False)
    late = [r for r in page.table.rows() if r.returned_at and r.returned_at > r.due_at]
    assert late, "the demo's first page of loans holds one returned late"
    texts = column_texts(page.table, "Tillbaka")
    assert returned_text(late[0], in_row=True) in texts
    marked = [t for t in texts if "(" in t]
    assert marked and all(t.endswith("(sen)") for t in marked), marked  # one line at 1024 px
    assert returned_text(late[0]).endswith("(för sent)")  # the pane, the tooltip: whole


def test_a_groups_term_reads_tills_vidare(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = GroupsArea(demo_ctx)
    show_window(qtbot, area)
    area.refresh()
    terms = set(column_texts(area.page.table, "Löptid"))
    assert "Tills vidare" in terms and "Tillsvidare" not in terms, terms


def test_new_action_offers_no_priority_area_as_a_single_choice(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        settle(qtbot)
        seen.append(dialog.area.currentText())  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Avbryt")

    modals.answer(answer)
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ny åtgärd…
    modals.check()
    assert seen == ["– inget –"]  # as Ny grupp's "– ingen –"; an area is "ett område"
