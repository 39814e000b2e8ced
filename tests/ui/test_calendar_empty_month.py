"""A month with no meetings points on: a new district in December, whose steering group first
meets on 5 January, reads "Inga möten i december. Nästa: tis 5 januari – …" over the empty
month, and one click shows January. With nothing planned, no such line."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.openers import calendar_window
from tests.ui.text_fit import plain
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext

TODAY = dt.date(2026, 12, 3)


@pytest.fixture(autouse=True)
def _december(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_an_empty_december_names_januarys_first_meeting_and_goes_there(
    qtbot: QtBot, ctx: AppContext
) -> None:
    with ctx.db.session() as s:
        group = make_group(s, "Lokal styrgrupp", type=GroupType.STYRGRUPP)
        meeting_rules.set_rule_from_phrase(
            s, group, "varje tisdag", starts_on=dt.date(2027, 1, 5), today=TODAY
        )
    area = show_window(qtbot, CalendarArea(ctx))
    area.refresh()
    assert area.count_label.text() == "0 möten"
    note = area.empty_month
    assert note.isVisible()
    assert note.label.text().startswith(
        "Inga möten i december. Nästa: tis 5 januari – Lokal styrgrupp"
    )
    click_button(qtbot, area, "Visa januari")
    assert plain(area.title.text()).startswith("Januari 2027 · ")
    assert area.month_button.isChecked()
    assert not note.isVisible()  # January has its meetings
    cell = area.month_grid.cell_for(dt.date(2027, 1, 5))
    assert cell is not None and [c.row.label for c in cell.chips] == ["Lokal styrgrupp"]


def test_a_group_with_nothing_planned_says_nothing_more(qtbot: QtBot, ctx: AppContext) -> None:
    with ctx.db.session() as s:
        make_group(s, "Lokal styrgrupp", type=GroupType.STYRGRUPP)
    area = show_window(qtbot, CalendarArea(ctx))
    area.refresh()
    assert area.count_label.text() == "0 möten"
    assert not area.empty_month.isVisible()


def test_the_first_days_empty_calendar_says_where_meetings_come_from(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """No group at all: before, a blank month and "0 möten", nothing saying what to do first."""
    window, area = calendar_window(qtbot, ctx, 1024, 768)
    note = area.empty_month
    assert note.isVisible()
    # On a small screen the line wraps: the month is not pushed out of the window.
    assert area.page.minimumSizeHint().width() <= area.page.width()
    assert note.label.text() == (
        "Inga möten ännu: varje grupps möten planeras utifrån dess mötesregel. "
        "Börja med grupperna under Grupper och möten."
    )
    click_button(qtbot, area, "Gå till Grupper och möten")
    assert window.current_area_key() == "groups"
