"""A database from before 30 November holds past meetings still "Planerat" (the old rule planning
created them from a rule's start date). The calendar's "Passerade, ej genomförda" lists them all,
whatever their month, and "Markera som inställda…" clears those shown after a question naming
the count, leaving the ones with minutes; Ångra puts them back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import Decision, Meeting, MeetingStatus
from samverkan_desktop.services import groups, meetings_not_held
from samverkan_desktop.services.meeting_common import to_utc
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext

GROUP = "Platssamverkan Stureplan/Östermalmstorg"


def _old_rule_meetings(ctx: AppContext) -> None:
    """Three past meetings the old planning left, and one held but never marked (minutes)."""
    group_id = next(g.id for g in ctx.call(groups.list_groups) if g.name == GROUP)

    def add(session: Session) -> None:
        for index, day in enumerate((dt.date(2024, 9, 4), dt.date(2024, 10, 2), dt.date(2024, 11, 6), dt.date(2024, 12, 4))):  # fmt: skip
            start = to_utc(dt.datetime.combine(day, dt.time(8, 30)))
            meeting = Meeting(
                group_id=group_id,
                starts_at=start,
                ends_at=start + dt.timedelta(hours=1),
                status=MeetingStatus.PLANNED,
                from_rule=True,
                original_start=start,
            )
            session.add(meeting)
            session.flush()
            if index == 3:
                session.add(Decision(meeting_id=meeting.id, text="Fler papperskorgar vid torget."))
        session.flush()

    ctx.call(add)


def test_past_meetings_not_held_are_found_and_marked_cancelled_in_one_go(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _old_rule_meetings(demo_ctx)
    shown = demo_ctx.call(meetings_not_held.count_not_held, clock.today())
    assert shown >= 4
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    area.refresh()
    check = area.filter_bar.not_held.check
    assert check.text() == f"Passerade, ej genomförda ({shown})"
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton)
    assert area.title.text() == "Passerade möten som inte markerats som genomförda"
    assert set(column_texts(area.list_view, "Status")) == {"Planerat"}
    assert len(column_texts(area.list_view, "Status")) == shown
    assert column_texts(area.list_view, "Datum")[0] == "2024-09-04 ons"
    asked: list[str] = []

    def agree(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        click_button(qtbot, box, "Markera som inställda")

    modals.answer(agree)
    click_button(qtbot, area.page, "Markera som inställda…")
    modals.check()
    assert asked[0].startswith(f"Markera {shown - 1} passerade möten som inställda?")
    assert "1 möte har anteckningar och lämnas som det är" in asked[0]
    assert area.notice.label.text() == f"{shown - 1} passerade möten markerades som inställda."
    assert column_texts(area.list_view, "Datum") == ["2024-12-04 ons"]
    assert check.text() == "Passerade, ej genomförda (1)"

    click_button(qtbot, area.notice, "Ångra")
    assert len(column_texts(area.list_view, "Status")) == shown
    assert check.text() == f"Passerade, ej genomförda ({shown})"
