"""Clock times as Swedish writes them, 09.00, as the areas and printouts do: the time fields
show "17.00" (they showed "17:00") and take what a user types, "09:00", "9.00", "0900" or just
"9"; the Alarms area writes its dates with times "2026-11-30 17.00" beside its "i dag 17.00"
(the command line keeps "17:00", tests/core/test_formatting.py)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import local
from samverkan_desktop.services import alarm_history, groups
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row, column_texts
from tests.ui.text_fit import plain
from tests.ui.windows import show_window
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog
from ui.meetings.details_tab import DetailsTab
from ui.widgets.time_field import TimeEdit

CLOCK = re.compile(r"\d{2}\.\d{2}")
DATE_AND_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}\.\d{2}")


def _field(qtbot: QtBot) -> tuple[QWidget, TimeEdit]:
    """A field at 10.15 in a window of its own (the window kept by the caller)."""
    form = show_window(qtbot, QWidget(), 300, 100)
    edit = TimeEdit(form, dt.time(10, 15))
    QVBoxLayout(form).addWidget(edit)
    edit.show()
    return form, edit


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09:00", dt.time(9, 0)),
        ("9:00", dt.time(9, 0)),
        ("9.00", dt.time(9, 0)),
        ("0900", dt.time(9, 0)),
        ("17.30", dt.time(17, 30)),
        ("9", dt.time(9, 15)),  # the hour; the minutes stay as they were
    ],
)
def test_a_time_field_shows_a_dot_and_takes_what_is_typed(
    qtbot: QtBot, typed: str, expected: dt.time
) -> None:
    _form, edit = _field(qtbot)
    assert edit.text() == "10.15"
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: edit.lineEdit().selectedText() == "10")  # the hour, as after Tab
    qtbot.keyClicks(edit, typed)
    assert edit.value() == expected
    assert edit.text() == expected.strftime("%H.%M")


def test_a_pasted_time_with_a_colon_is_taken(qtbot: QtBot) -> None:
    _form, edit = _field(qtbot)
    edit.setFocus()
    edit.lineEdit().selectAll()
    QApplication.clipboard().setText("17:30")
    edit.lineEdit().paste()
    assert edit.value() == dt.time(17, 30) and edit.text() == "17.30"


def test_the_meeting_and_rule_times_show_a_dot(qtbot: QtBot, demo_ctx: AppContext) -> None:
    tab = DetailsTab(demo_ctx)
    qtbot.addWidget(tab)
    assert (tab.start_edit.text(), tab.end_edit.text()) == ("09.00", "10.00")
    group = demo_ctx.call(groups.list_groups, "")[0]
    dialog = RuleDialog(demo_ctx, group.id, group.name)
    qtbot.addWidget(dialog)
    assert CLOCK.fullmatch(dialog.fields.start_time.text())
    assert CLOCK.fullmatch(dialog.fields.end_time.text())


def test_a_loan_lent_with_a_typed_time_and_the_alarms_dates_and_times(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-02")
    # Stockholm's tomorrow, as the detail reads the day ("today 17.00" for Stockholm's today):
    # the machine's date (UTC on CI) is Stockholm's yesterday for an hour or two before midnight.
    tomorrow = clock.today() + dt.timedelta(days=1)
    shown: list[str] = []

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        shown.append(dialog.due_time_edit.text())  # today 17.00 or the next morning 09.00
        type_text(qtbot, line_edit(dialog.borrower_combo), "Lena Persson")
        type_date(qtbot, dialog.due_date_edit, tomorrow)
        # As after a Tab into the field (the dialog's window is not the active one here).
        dialog.due_time_edit.setSelectedSection(QDateTimeEdit.Section.HourSection)
        qtbot.keyClicks(dialog.due_time_edit, "9:30")
        shown.append(dialog.due_time_edit.text())
        qtbot.keyClicks(dialog.initials_edit, "ab")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.check()
    assert CLOCK.fullmatch(shown[0]) and shown[1] == "09.30"
    loan = demo_ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    lent = next(row for row in loan if row.unit_code == "LARM-02")
    assert local(lent.due_at).replace(tzinfo=None) == dt.datetime.combine(tomorrow, dt.time(9, 30))

    # The unit's detail: "2026-12-02 09.30" where it said "2026-12-02 09:30".
    detail = page.detail
    due = f"{tomorrow.isoformat()} 09.30"
    assert due in detail.facts.fact("due")
    assert DATE_AND_CLOCK.fullmatch(detail.facts.fact("out"))
    assert all(DATE_AND_CLOCK.fullmatch(t) for t in column_texts(detail.history, "När"))
    assert any(due in plain(t) for t in column_texts(detail.history, "Vad"))
    click_row(qtbot, page.table, "LARM-01")
    assert DATE_AND_CLOCK.fullmatch(detail.facts.fact("charged"))

    # The loans list and a loan's detail.
    loans = area.loans_page
    area.tabs.setCurrentWidget(loans)
    qtbot.waitUntil(lambda: loans.table.model().rowCount() > 0)
    for title in ("Utlånat", "Åter senast"):
        assert all(DATE_AND_CLOCK.fullmatch(t) for t in column_texts(loans.table, title)[:20])
    back = [t for t in column_texts(loans.table, "Tillbaka")[:20] if t[:1].isdigit()]
    assert back and all(DATE_AND_CLOCK.match(t) for t in back)
    loans.table.selectRow(0)
    qtbot.waitUntil(lambda: loans.detail.facts.fact("out") != "")
    assert DATE_AND_CLOCK.fullmatch(loans.detail.facts.fact("out"))
    assert not any(
        re.search(r"\d:\d\d", loans.detail.facts.fact(key)) for key in ("due", "returned")
    )
