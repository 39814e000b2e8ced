"""The meeting-rule editor: a phrase from the papers fills the structured fields and is read back
in Swedish with the next meetings; an unreadable phrase says what it understood and saves
nothing; saving plans the meetings; the group view shows the rule and opens the editor."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.recurrence import Frequency, HolidayPolicy
from samverkan_desktop.services import agenda, calendar, meeting_rules
from tests.core.meeting_data import make_group
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.tables import cell, click_row
from tests.ui.text_fit import plain
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.rule_dialog import RuleDialog
from ui.groups.rule_fields import EXCEPT_MONTHS

GROUP = "Platssamverkan Testtorget"


@pytest.fixture
def group_id(demo_ctx: AppContext) -> int:
    return demo_ctx.call(make_group, GROUP, starts_on=clock.today())


def meetings_of(ctx: AppContext, group_id: int) -> list[calendar.CalendarRow]:
    today = clock.today()
    return ctx.call(
        calendar.list_calendar,
        today - dt.timedelta(days=1),
        today + dt.timedelta(days=800),
        calendar.CalendarFilter(group_ids=(group_id,)),
    )


def test_a_phrase_fills_the_fields_and_is_read_back_with_the_next_meetings(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "första tisdagen i månaden kl 9")
    assert dialog.isVisible()  # Enter read the phrase; it did not press Save
    fields = dialog.fields
    assert fields.frequency.currentData() is Frequency.MONTHLY
    assert fields.by_weekday.isChecked() and fields.ordinal.currentText() == "första"
    assert fields.ordinal_weekday.currentText() == "tisdag"
    assert fields.start_time.time().toString("HH:mm") == "09:00"
    qtbot.waitUntil(lambda: dialog.read_back_text().startswith("Första tisdagen varje månad"))
    assert "kl. 09.00" in plain(dialog.read_back_text())
    dates = dialog.date_texts()
    assert len(dates) == 12 and all(d.startswith("Tis ") for d in dates)
    assert all(cell(dialog.dates, r, 1).text().startswith("v. ") for r in range(len(dates)))
    assert not dialog.phrase_error.isVisible()

    read_rule(qtbot, dialog, "1 gång/månad (ej juli)")
    assert fields.month_mode.currentIndex() == EXCEPT_MONTHS
    assert [b.isChecked() for b in fields.months] == [m == 7 for m in range(1, 13)]
    qtbot.waitUntil(lambda: "utom juli" in dialog.read_back_text())
    assert not any("-07-" in d for d in dialog.date_texts())


def test_editing_the_fields_by_hand_reads_back_at_once(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "varje torsdag kl 13-15")
    qtbot.waitUntil(
        lambda: plain(dialog.read_back_text()).startswith("Varje torsdag kl. 13.00–15.00")
    )
    qtbot.mouseClick(dialog.fields.weekdays[1], Qt.MouseButton.LeftButton)  # Tuesday too
    qtbot.waitUntil(lambda: dialog.read_back_text().startswith("Varje tisdag och torsdag"))
    assert {d[:3] for d in dialog.date_texts()} <= {"Tis", "Tor", "Ons", "Fre", "Mån"}
    dialog.fields.end_time.setFocus()
    dialog.fields.end_time.setTime(dialog.fields.start_time.time())
    qtbot.waitUntil(lambda: dialog.rule_error.isVisible())
    assert "sluta efter" in dialog.rule_error.text()


def test_an_unreadable_phrase_says_what_was_understood_and_nothing_is_saved(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    before = dialog.fields.rule()
    read_rule(qtbot, dialog, "1 gång/månad ibland")
    assert dialog.phrase_error.isVisible()
    assert "Förstod: 1 gång/månad" in dialog.phrase_error.text()
    assert "Förstod inte: ”ibland”." in dialog.phrase_error.text()
    assert dialog.fields.rule() == before  # never guessed
    click_button(qtbot, dialog, "Spara")  # Save with the phrase still there: refused
    assert dialog.isVisible()
    assert demo_ctx.call(meeting_rules.get_rule, group_id) is None
    assert meetings_of(demo_ctx, group_id) == []


def test_saving_a_rule_plans_the_meetings_and_announces_it(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    announced: list[frozenset[str]] = []
    demo_ctx.bus.changed.connect(announced.append)
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "varje torsdag kl 13-15")
    dialog.fields.holidays.setFocus()
    qtbot.keyClick(dialog.fields.holidays, Qt.Key.Key_Down)  # skip holidays
    assert dialog.fields.holiday_policy() is HolidayPolicy.SKIP
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    rows = meetings_of(demo_ctx, group_id)
    assert len(rows) > 60
    assert all(r.starts_at.weekday() == 3 and r.starts_at.hour == 13 for r in rows)
    rule = demo_ctx.call(meeting_rules.get_rule, group_id)
    assert rule is not None and rule.phrase == "varje torsdag kl 13-15"
    assert rule.holiday_policy is HolidayPolicy.SKIP
    assert any({"meetings", "calendar"} <= keys for keys in announced)


def test_a_rule_that_removes_meetings_asks_first_and_no_removes_nothing(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    demo_ctx.call(meeting_rules.set_rule_from_phrase, group_id, "1 gång/månad")
    before = meetings_of(demo_ctx, group_id)
    outside = [r for r in before if r.starts_at.month not in (6, 12)]
    prepared, untouched = outside[0], outside[1]
    demo_ctx.call(
        agenda.add_agenda_item,
        prepared.id,
        "Presentation av trygghetsmätningen 2026",
        "Anna Berglund",
    )
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "2 gånger/år juni och dec")
    questions: list[str] = []

    def press_enter(box: QWidget) -> None:  # the default answer: remove nothing
        assert isinstance(box, QMessageBox)
        questions.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    modals.answer(press_enter)
    click_button(qtbot, dialog, "Spara")
    modals.check()
    question = questions[0]
    assert f"Den nya regeln tar bort {len(outside) - 1} planerade möten:" in question
    assert untouched.starts_at.date().isoformat() in question
    assert prepared.starts_at.date().isoformat() not in question  # its agenda keeps it
    assert "Möten med en egen dagordning" in question
    assert dialog.isVisible()  # still editing: nothing saved
    assert meetings_of(demo_ctx, group_id) == before
    rule = demo_ctx.call(meeting_rules.get_rule, group_id)
    assert rule is not None and rule.phrase == "1 gång/månad"

    modals.answer(lambda box: click_button(qtbot, box, "Spara och ta bort möten"))
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    assert dialog.result_of_save is not None
    assert (dialog.result_of_save.removed, dialog.result_of_save.kept) == (len(outside) - 1, 1)
    after = {r.id: r for r in meetings_of(demo_ctx, group_id)}
    assert prepared.id in after and untouched.id not in after
    assert all(r.starts_at.month in (6, 12) for i, r in after.items() if i != prepared.id)


def test_the_group_view_shows_the_rule_and_opens_the_editor(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    area = GroupsArea(demo_ctx)
    qtbot.addWidget(area)
    area.resize(1400, 850)
    area.show()
    wait_exposed(qtbot, area)
    click_row(qtbot, area.page.table, GROUP)
    assert area.detail.facts.fact("rule") == ""

    def write_rule(dialog: QWidget) -> None:
        assert isinstance(dialog, RuleDialog)
        read_rule(qtbot, dialog, "2 gånger/år juni och dec")
        click_button(qtbot, dialog, "Spara")

    modals.answer(write_rule)
    click_button(qtbot, area.page, "Mötesregel…")
    assert area.detail.facts.fact("rule").startswith("Första tisdagen i juni och december")
    assert "Mötesregeln för ”Platssamverkan Testtorget” sparades" in area.page.notice.label.text()
    assert len(meetings_of(demo_ctx, group_id)) >= 2


def test_the_first_rule_is_read_from_the_groups_meets_text_and_the_text_follows_the_rule(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int, modals: ModalDriver
) -> None:
    """A group written as meeting "1 gång/månad, ej juli" opened its rule dialog on a default
    rule with July in it; and after a new rule its list still said the old text."""
    from samverkan_desktop.services import groups

    dialog = RuleDialog(demo_ctx, group_id, GROUP, meets="1 gång/månad, ej juli")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.phrase.text() == "1 gång/månad, ej juli"
    assert dialog.fields.month_mode.currentIndex() == EXCEPT_MONTHS
    assert 7 not in dialog.current_rule().months and dialog.current_rule().months
    click_button(qtbot, dialog, "Spara")
    # The rule's "meets" as every group's reads, the months left out in brackets
    assert demo_ctx.call(groups.get_group, group_id).meeting_frequency == "1 gång/månad (ej juli)"

    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "4 gånger/år")
    modals.answer(lambda box: click_button(qtbot, box, "Spara och ta bort möten"))
    click_button(qtbot, dialog, "Spara")
    modals.check()
    assert demo_ctx.call(groups.get_group, group_id).meeting_frequency == "4 gånger/år"


def test_a_rule_with_no_meeting_in_the_groups_term_names_the_days_looked_at(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """A project group ending tomorrow, "every <weekday three days on>": the preview is empty and
    says why, with the term's days, rather than a bare "no meeting" the dialog's "till –" does not
    explain."""
    today = clock.today()
    ends = today + dt.timedelta(days=1)
    group_id = demo_ctx.call(make_group, GROUP, starts_on=today, term_until=ends)
    weekdays = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, f"varje {weekdays[(today.weekday() + 3) % 7]}")
    dialog.update_preview()
    assert dialog.dates.rowCount() == 0
    assert dialog.rule_error.isVisible()
    assert dialog.rule_error.text() == (
        f"Regeln ger inget möte från {today.isoformat()} till {ends.isoformat()} (gruppens löptid)."
    )


def test_a_rule_for_a_group_whose_term_has_ended_says_so(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    today = clock.today()
    ended = today - dt.timedelta(days=10)
    group_id = demo_ctx.call(
        make_group, GROUP, starts_on=today - dt.timedelta(days=100), term_until=ended
    )
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    read_rule(qtbot, dialog, "varje tisdag")
    dialog.update_preview()
    assert dialog.dates.rowCount() == 0
    assert dialog.rule_error.text() == (
        f"Gruppens löptid slutade {ended.isoformat()}: regeln ger inget möte."
    )


def test_the_dialog_opens_within_the_screen(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    """It opened 1180 x 660 whatever the screen: on a laptop at 125 % (about 1093 x 614) the
    buttons were below the taskbar."""
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    room = dialog.screen().availableGeometry()  # 800 x 800 on the test's offscreen screen
    assert dialog.width() <= room.width() - 40 and dialog.height() <= room.height() - 40
    assert dialog.width() >= dialog.minimumSizeHint().width()
    assert dialog.buttons.isVisible()


def test_the_meetings_length_reads_as_swedish_writes_it(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    shown = {}
    for phrase in ("varje tisdag kl 9-9.30", "varje tisdag kl 9-11", "varje tisdag kl 9-10.30"):
        read_rule(qtbot, dialog, phrase)
        shown[phrase] = dialog.fields.duration_label.text()
    assert shown == {  # "(0 tim 30 min)" and "(2 tim 0 min)" before
        "varje tisdag kl 9-9.30": "(30 min)",
        "varje tisdag kl 9-11": "(2 tim)",
        "varje tisdag kl 9-10.30": "(1 tim 30 min)",
    }


def test_from_and_until_read_as_words_between_the_fields(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    """ "Från 2026-01-01 till –": "till" stood squeezed between the two date fields; the dash
    between the times too."""
    dialog = rule_dialog(qtbot, demo_ctx, group_id, GROUP)
    fields = dialog.fields
    word = fields.until_label
    text_width = word.fontMetrics().horizontalAdvance(word.text())
    assert word.x() - fields.starts_on.geometry().right() >= 5
    assert fields.until.x() - (word.x() + text_width) >= 5
    dash = next(label for label in fields.findChildren(QLabel) if label.text() == "–")
    assert dash.x() - fields.start_time.geometry().right() >= 5
    assert fields.end_time.x() - dash.geometry().right() >= 5
