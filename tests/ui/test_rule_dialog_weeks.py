"""The meeting-rule editor and even/odd weeks: "tisdagar jämna veckor" typed in the quick-entry
line shows only the even weeks' dates, the week choice is a field of its own (kept when the rule
is opened again, and changeable by hand), and saving stores the even-week rule."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.recurrence import WeekParity
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.tables import cell
from tests.ui.test_rule_dialog import GROUP, meetings_of
from ui.context import AppContext


def _weeks(texts: list[str]) -> list[int]:
    return [int(text.removeprefix("v. ")) for text in texts]


def test_even_weeks_typed_show_even_weeks_and_are_saved(qtbot: QtBot, demo_ctx: AppContext) -> None:
    group_id = demo_ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "tisdagar jämna veckor")
    fields = dialog.fields
    assert fields.week_parity.currentData() is WeekParity.EVEN
    assert fields.week_parity.currentText() == "jämna veckor (2, 4 … 52)"
    assert not fields.week_interval.isEnabled()  # "every n weeks" does not go with it
    qtbot.waitUntil(lambda: dialog.read_back_text().startswith("Varje tisdag jämna veckor"))
    weeks = _weeks([cell(dialog.dates, r, 1).text() for r in range(dialog.dates.rowCount())])
    assert len(weeks) == 12 and all(week % 2 == 0 for week in weeks)
    assert all(text.startswith("Tis ") for text in dialog.date_texts())
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    detail = demo_ctx.call(meeting_rules.get_rule, group_id)
    assert detail is not None and detail.rule.week_parity is WeekParity.EVEN
    assert detail.phrase == "tisdagar jämna veckor"
    rows = meetings_of(demo_ctx, group_id)
    assert len(rows) > 30
    assert all(r.starts_at.isocalendar()[1] % 2 == 0 for r in rows)

    # Opened again, the fields say even weeks; choosing all weeks by hand reads back at once.
    again = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    assert again.fields.week_parity.currentData() is WeekParity.EVEN
    qtbot.waitUntil(lambda: again.read_back_text().startswith("Varje tisdag jämna veckor"))
    again.fields.week_parity.setFocus()
    qtbot.keyClick(again.fields.week_parity, Qt.Key.Key_Up)
    assert again.fields.week_parity.currentData() is None
    assert again.fields.week_interval.isEnabled()
    qtbot.waitUntil(lambda: again.read_back_text().startswith("Varje tisdag kl."))
    weeks = _weeks([cell(again.dates, r, 1).text() for r in range(again.dates.rowCount())])
    assert any(week % 2 == 1 for week in weeks)


def test_odd_weeks_and_every_other_week_exclude_each_other(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    group_id = demo_ctx.call(make_group, GROUP, starts_on=clock.today())
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "varannan tisdag")
    assert dialog.fields.week_interval.value() == 2
    assert not dialog.fields.week_parity.isEnabled()
    read_rule(qtbot, dialog, "udda veckor onsdag kl 13")
    assert dialog.fields.week_parity.currentData() is WeekParity.ODD
    assert dialog.fields.week_interval.value() == 1 and dialog.fields.week_parity.isEnabled()
    qtbot.waitUntil(lambda: dialog.read_back_text().startswith("Varje onsdag udda veckor"))
    weeks = _weeks([cell(dialog.dates, r, 1).text() for r in range(dialog.dates.rowCount())])
    assert weeks and all(week % 2 == 1 for week in weeks)
