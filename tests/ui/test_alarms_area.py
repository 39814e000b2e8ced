"""The Alarms area as the coordinator uses it: units in their colours with their history, loan
filters, the reason only in a loan's own detail, forms for units, service events, lending and
returns, training, statistics and the printouts."""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import thousands
from samverkan_desktop.models import UnitEventKind, UnitStatus
from samverkan_desktop.services import (
    alarm_history,
    alarm_loans,
    alarm_usage,
    alarms,
    settings,
    training,
)
from samverkan_desktop.services.alarm_history import LoanFilter, LoanSort
from tests.ui.answers import answer_nested_question, cancel_typed
from tests.ui.clicks import button_in, click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_loans import home_loan_to_lena, in_days
from tests.ui.menus import click_in_menu
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import shown_previews
from ui.alarms.area import AlarmsArea
from ui.alarms.common import OVERDUE_PALETTE
from ui.alarms.event_dialog import EventDialog
from ui.alarms.lend_dialog import LendDialog
from ui.alarms.return_dialog import ReturnDialog
from ui.alarms.unit_dialog import UnitDialog
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.widgets.notice import WARNING_STYLE
from ui.widgets.pdf_dialog import PdfPreviewDialog
from ui.widgets.table_model import WARNING_COLOUR

THREAT = "Hotad av klientens före detta sambo"


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def _foreground(table, row_first_cell: str, title: str):  # type: ignore[no-untyped-def]
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == row_first_cell:
            brush = model.index(row, titles.index(title)).data(Qt.ItemDataRole.ForegroundRole)
            return brush.color() if brush else None
    raise AssertionError(row_first_cell)


def test_the_area_is_in_the_sidebar_and_the_overview_leads_to_a_unit(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Larm" in titles
    unit = demo_ctx.call(alarms.find_unit, "LARM-07")
    demo_ctx.navigator.go("alarms", unit.id)
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    assert area.tabs.currentWidget() is area.units_page
    assert area.units_page.current_id() == unit.id
    assert area.units_page.detail.title.text() == "LARM-07"


def test_units_show_status_and_overdue_in_the_warning_colour(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    table = area.units_page.table
    assert len(column_texts(table, "Kod")) == 14
    overdue = row_texts(table, "LARM-07")
    assert overdue["Status"] == "Försenat" and overdue["Låntagare"] == "David Karlsson"
    assert _foreground(table, "LARM-07", "Status") == WARNING_COLOUR
    assert _foreground(table, "LARM-07", "Åter senast") == WARNING_COLOUR
    assert _foreground(table, "LARM-14", "Åter senast") is None
    assert row_texts(table, "LARM-09")["Status"] == "Ur drift"

    click_row(qtbot, table, "LARM-07")
    detail = area.units_page.detail
    assert "FÖRSENAT" not in detail.facts.fact("due")  # said once, by the status
    # what happened, who has it and since when it is late, one a line
    history = column_texts(detail.history, "Vad")
    assert history and history[0] == "Utlånat (hembesök)\nDavid Karlsson\nförsenat sedan 17.00"
    assert any(text == "Funktionstestat" for text in column_texts(detail.history, "Vad"))


def test_the_units_detail_shows_the_due_time_once_under_its_label(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Åter senast: 2026-12-15 09.00", not "Åter senast: åter senast 2026-12-15 09.00"."""
    due = in_days(14, dt.time(9))
    home_loan_to_lena(demo_ctx, due)
    area = alarms_area(qtbot, demo_ctx)
    click_row(qtbot, area.units_page.table, "LARM-13")
    shown = area.units_page.detail.facts.fact("due")
    assert shown == f"{due:%Y-%m-%d} 09.00"
    assert "åter senast" not in shown.lower()


def test_unit_filters_and_search(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = alarms_area(qtbot, demo_ctx).units_page
    page.overdue_check.setChecked(True)
    assert column_texts(page.table, "Kod") == ["LARM-07"]
    page.overdue_check.setChecked(False)
    page.status_filter.set_value(UnitStatus.ON_LOAN)
    assert column_texts(page.table, "Kod") == ["LARM-07", "LARM-14"]
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(2)  # home loan
    assert column_texts(page.table, "Kod") == ["LARM-13", "LARM-14"]
    page.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "fatima")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert column_texts(page.table, "Kod") == ["LARM-14"]
    # Counted against every unit, as the other registers are ("1 larm" read as if that were all).
    assert page.count_label.text() == "1 av 14 larm"
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.count_label.text() == "14 larm"


def test_loan_filters_period_open_overdue_and_search(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.loans_page)
    page = area.loans_page
    everything = demo_ctx.call(alarm_history.count_loans)
    assert everything > 600
    # The first page at once, counted in full; the next page when the list is scrolled down.
    assert page.model.rowCount() == page.page_size == 50
    # Counted once the list is shown and the typing pauses.
    assert page.count_label.text() == "Räknar …"
    qtbot.waitUntil(lambda: page.count_label.text() == f"{thousands(everything)} lån")
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())
    assert page.model.rowCount() == 100
    lent = [r.out_at for r in page.table.rows()]
    assert lent == sorted(lent, reverse=True)  # newest first, across the pages
    assert len({r.id for r in page.table.rows()}) == 100
    page.open_check.setChecked(True)
    assert sorted(column_texts(page.table, "Larm")) == ["LARM-07", "LARM-14"]
    page.overdue_check.setChecked(True)
    assert column_texts(page.table, "Larm") == ["LARM-07"]
    assert row_texts(page.table, "LARM-07")["Tillbaka"] == "Försenat"
    returned = page.proxy.index(0, 5)
    assert returned.data(Qt.ItemDataRole.ToolTipRole) == returned.data()  # whole when narrowed
    page.open_check.setChecked(False)
    page.overdue_check.setChecked(False)

    month = clock.today().replace(day=1)
    page.set_period(month, clock.today())
    in_month = demo_ctx.call(alarm_history.list_loans, LoanFilter(start=month, end=clock.today()))
    assert len(in_month) < everything
    assert page.model.rowCount() == min(len(in_month), page.page_size)
    qtbot.waitUntil(lambda: page.count_label.text() == f"{len(in_month)} lån")
    page.set_period(None, None)
    qtbot.keyClicks(page.search, "Fatima")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    names = set(column_texts(page.table, "Låntagare"))
    assert names == {"Fatima Yousef"}
    # Sortable by the database: by due time, earliest first, by a click on the header.
    header = page.table.horizontalHeader()
    header_click = header.sectionViewportPosition(4) + 5, header.height() // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(*header_click))
    due = [r.due_at for r in page.table.rows()]
    assert header.sortIndicatorSection() == 4 and len(due) > 1
    if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
        due.reverse()
    assert due == sorted(due)
    # The whole list's order, not the loaded page's: the earliest due loan of all comes first.
    page.search.clear()
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    first_due = demo_ctx.call(alarm_history.list_loans, sort=LoanSort("due", False), limit=1)[0]
    assert page.table.rows()[0].id == first_due.id


def test_the_reason_shows_only_in_the_loans_own_detail_on_request(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    unit = demo_ctx.call(alarms.find_unit, "LARM-13")
    home_loan_to_lena(demo_ctx, in_days(14, dt.time(17)), THREAT)
    area = alarms_area(qtbot, demo_ctx)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    for row in range(page.proxy.rowCount()):
        for column in range(page.proxy.columnCount()):
            assert "sambo" not in str(page.proxy.index(row, column).data())
    click_row(qtbot, page.table, "LARM-13")
    detail = page.detail
    assert detail.reason_button.isVisible() and not detail.reason_label.isVisible()
    assert "sambo" not in detail.reason_label.text()
    qtbot.mouseClick(detail.reason_button, Qt.MouseButton.LeftButton)
    assert detail.reason_label.text() == THREAT and detail.reason_label.isVisible()
    # The unit's page and history never carry it.
    area.show_record(unit.id)
    unit_texts = column_texts(area.units_page.detail.history, "Vad")
    assert all("sambo" not in text for text in unit_texts)


def test_add_edit_event_and_retire_a_unit(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        qtbot.keyClicks(dialog.code_edit, "larm-01")
        _ok(qtbot, dialog)  # taken: said beside the code
        assert "LARM-01" in dialog.error_text("code")
        dialog.code_edit.clear()
        qtbot.keyClicks(dialog.code_edit, "larm-15")
        qtbot.keyClicks(dialog.serial_edit, "M2-2026-0001")
        _ok(qtbot, dialog)

    modals.answer(add)
    click_button(qtbot, page.toolbar, "Nytt larm…")
    current = page.current_row()
    assert current is not None and current.code == "LARM-15"
    assert row_texts(page.table, "LARM-15")["Status"] == "Tillgängligt"

    def fault(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        dialog.kind_combo.set_value(UnitEventKind.FAULT)
        _ok(qtbot, dialog)  # a fault needs a description
        assert dialog.error_text("note")
        type_text(qtbot, dialog.note_edit, "Spricka i höljet")
        _ok(qtbot, dialog)

    modals.answer(fault)
    click_button(qtbot, page.toolbar, "Service…")
    assert row_texts(page.table, "LARM-15")["Status"] == "Ur drift"
    assert any("\nSpricka i höljet" in text for text in column_texts(page.detail.history, "Vad"))

    def retire(dialog: QWidget) -> None:
        type_text(qtbot, dialog.note_edit, "Går inte att laga")  # type: ignore[attr-defined]
        _ok(qtbot, dialog)

    modals.answer(retire)
    click_button(qtbot, page.toolbar, "Kassera…")
    assert row_texts(page.table, "LARM-15")["Status"] == "Kasserat"
    assert not area.lend_action.isEnabled() and not area.retire_action.isEnabled()


def test_lend_and_take_back_through_the_forms_with_undo(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-02")
    trained: list[str] = []

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Peter Nyström")
        trained.append(dialog.training_label.text())
        qtbot.keyClicks(dialog.initials_edit, "ab")
        _ok(qtbot, dialog)

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    assert trained == ["Larmutbildningen gick ut 2023-03-09"]
    loan = demo_ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))[0]
    assert loan.unit_code == "LARM-02" and loan.borrower == "Peter Nyström"
    assert loan.lent_by_initials == "AB"
    assert "LARM-02 utlånat till Peter Nyström" in page.notice.label.text()
    assert "2023-03-09" in page.notice.label.text()  # the training warning
    assert page.notice.styleSheet() == WARNING_STYLE  # in amber, as the reception says it
    assert row_texts(page.table, "LARM-02")["Låntagare"] == "Peter Nyström"

    def take_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        qtbot.mouseClick(dialog.charge_check, Qt.MouseButton.LeftButton)
        _ok(qtbot, dialog)

    modals.answer(take_back)
    click_button(qtbot, page.toolbar, "Ta tillbaka…")
    assert row_texts(page.table, "LARM-02")["Status"] == "Laddas"
    assert page.notice.styleSheet() != WARNING_STYLE  # a plain return: the usual green
    returned = demo_ctx.call(alarm_history.get_loan, loan.id).loan
    assert returned.returned_by_initials == "AB" and returned.put_on_charge
    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)
    assert row_texts(page.table, "LARM-02")["Status"] == "Utlånat"


def test_training_sessions_attendees_and_expiry(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.training_page)
    page = area.training_page
    page.course_filter.setCurrentIndex(page.course_filter.findText("Larmutbildning"))
    dates = column_texts(page.table, "Datum")
    assert [d[:7] for d in dates].count("2021-03") == 3  # the three sessions of March 2021
    click_row(qtbot, page.table, "2021-03-09 (v. 10)")
    panel = page.detail.attendees
    before = panel.table.rows_model.rowCount()
    newcomer = panel.person.itemText(0).split(" — ")[0]  # offered: not attending yet
    type_text(qtbot, line_edit(panel.person), newcomer)
    completer = panel.person.completer()
    popup = completer.popup() if completer is not None else None
    assert popup is not None
    popup.hide()  # as a click outside the suggestions does
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rows_model.rowCount() == before + 1
    session_id = page.current_id()
    assert newcomer in [a.name for a in demo_ctx.call(training.list_attendees, session_id)]

    area.tabs.setCurrentWidget(area.borrowers_page)
    borrowers = area.borrowers_page
    assert row_texts(borrowers.table, "Peter Nyström")["Utbildning giltig till"] == "2023-03-09"
    assert _foreground(borrowers.table, "Peter Nyström", "Utbildning giltig till") == WARNING_COLOUR
    assert _foreground(borrowers.table, "Lena Persson", "Utbildning giltig till") is None
    borrowers.expired_check.setChecked(True)
    assert "Lena Persson" not in column_texts(borrowers.table, "Namn")
    assert "Peter Nyström" in column_texts(borrowers.table, "Namn")


def test_statistics_draw_a_chart_of_the_year(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = alarms_area(qtbot, demo_ctx)
    stats = area.stats_page
    # Counted when the tab is opened, not while the user looks at the units.
    assert stats.table.rows_model.rowCount() == 0
    area.tabs.setCurrentWidget(area.stats_page)
    assert stats.table.rows_model.rowCount() == 12
    assert len(stats.chart.months) == 12
    assert sum(m.loans for m in stats.chart.months) > 0
    image = stats.chart.grab().toImage()
    colours = {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert "#2f6f9f" in colours  # bars of home visits were drawn


def test_statistics_write_thousands_as_swedish_does(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = alarms_area(qtbot, demo_ctx)
    stats = area.stats_page
    area.tabs.setCurrentWidget(stats)
    busiest = max(range(stats.year_combo.count()), key=lambda i: _hours_in(stats, i))
    stats.year_combo.setCurrentIndex(busiest)
    assert sum(m.hours for m in stats.chart.months) >= 1000
    # "644 lån · 3 895,7 timmar ute", not "3895,7"
    assert re.search(r" · \d{1,3}\u00a0\d{3},\d timmar ute$", stats.summary.text())


def _hours_in(stats, index: int) -> float:  # type: ignore[no-untyped-def]
    stats.year_combo.setCurrentIndex(index)
    return sum(m.hours for m in stats.chart.months)


def test_printouts_open_in_the_preview(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)

    def previews() -> list[PdfPreviewDialog]:
        return shown_previews()

    titles = [a.text() for a in area.printouts_menu.actions()]
    assert titles[0] == "Utlåningslogg för larm…"
    modals.answer(lambda dialog: _ok(qtbot, dialog))
    area.printouts_menu.actions()[0].trigger()  # the loan log: this month
    qtbot.waitUntil(lambda: len(previews()) == 1, timeout=15_000)
    assert previews()[0].document.pageCount() >= 1
    area.printouts_menu.actions()[1].trigger()  # not returned
    qtbot.waitUntil(lambda: len(previews()) == 2, timeout=15_000)
    # The home loan's hand-over form and the borrower's card, from the selected loan.
    area.tabs.setCurrentWidget(area.loans_page)
    area.loans_page.open_check.setChecked(True)
    click_row(qtbot, area.loans_page.table, "LARM-14")
    click_button(qtbot, area.loans_page.toolbar, "Överlämningsblankett…")
    qtbot.waitUntil(lambda: len(previews()) == 3, timeout=15_000)
    click_button(qtbot, area.loans_page.toolbar, "Låntagarkort…")
    qtbot.waitUntil(lambda: len(previews()) == 4, timeout=15_000)
    assert {d.windowTitle() for d in previews()} >= {
        "Överlämningsblankett för hemlån",
        "Personlarm i hemmet: så använder du det",
    }
    click_row(qtbot, area.loans_page.table, "LARM-07")  # a home visit: no hand-over form
    assert not area.handover_action.isEnabled()
    for dialog in previews():
        dialog.close()
    assert OVERDUE_PALETTE.text == WARNING_COLOUR


def test_settings_and_pseudonymising_old_loans(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    from ui.alarms.settings_dialog import AlarmSettingsDialog

    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.loans_page)
    page = area.loans_page
    questions: list[str] = []  # a shorter retention period is asked about

    def settings_form(dialog: QWidget) -> None:
        assert isinstance(dialog, AlarmSettingsDialog)
        dialog.training_combo.setCurrentIndex(dialog.training_combo.findText("Spärra"))
        dialog.retention_spin.setValue(1)
        answer_nested_question(
            questions, lambda box: click_button(qtbot, box, "Spara och ta bort låntagarna")
        )
        _ok(qtbot, dialog)

    modals.answer(settings_form)
    click_button(qtbot, page.toolbar, "Inställningar…")
    assert demo_ctx.call(settings.get_choice, alarm_loans.TRAINING_SETTING) == "block"
    assert demo_ctx.call(settings.get_int, alarm_usage.RETENTION_SETTING) == 1
    assert len(questions) == 1 and questions[0].startswith("Vid nästa start tas låntagarna")

    modals.answer(lambda box: click_button(qtbot, box, "Pseudonymisera"))
    click_in_menu(qtbot, button_in(page.toolbar, "Mer ▾"), "Pseudonymisera gamla lån…")
    assert "lån pseudonymiserades" in page.notice.label.text()
    # The loans of the month kept keep their borrower (how many of the newest that is
    # depends on the day: fewer over Christmas).
    kept_since = clock.utcnow() - relativedelta(months=1) + dt.timedelta(days=1)
    newest = zip(page.table.rows(), column_texts(page.table, "Låntagare"), strict=True)
    kept = [name for row, name in newest if row.out_at >= kept_since]
    assert kept and "(pseudonymiserad)" not in kept
    # Oldest first (a second click on "Utlånat", sorted newest first): the old loans' borrowers.
    header = page.table.horizontalHeader()
    lent_column = header.sectionViewportPosition(3) + 5, header.height() // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(*lent_column))
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    lent = [r.out_at for r in page.table.rows()]
    assert lent == sorted(lent)
    borrowers = column_texts(page.table, "Låntagare")
    assert "(pseudonymiserad)" in borrowers
    # Loans still out keep their borrower.
    page.open_check.setChecked(True)
    assert "(pseudonymiserad)" not in column_texts(page.table, "Låntagare")


def test_pseudonymising_is_disabled_with_the_reason_until_a_loan_is_old_enough(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The demo's year of loans is within the 24 months kept: the button cannot be clicked, and
    its tooltip says why (no click leading to "nothing to do"); with one month kept (set in the
    Settings form) it can, and the question names the count."""
    from ui.alarms.settings_dialog import AlarmSettingsDialog

    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.loans_page)
    page = area.loans_page
    more = button_in(page.toolbar, "Mer ▾")  # a rare command: under "Mer ▾"
    assert "Pseudonymisera gamla lån…" in click_in_menu(qtbot, more)
    entry = area.pseudonymise_action
    assert not entry.isEnabled()
    assert entry.toolTip() == (
        "Inget lån som lämnades tillbaka för mer än 24 månader sedan har kvar sin låntagare: "
        "det finns inget att pseudonymisera."
    )
    questions: list[str] = []  # a shorter retention period is asked about

    def keep_one_month(dialog: QWidget) -> None:
        assert isinstance(dialog, AlarmSettingsDialog)
        dialog.retention_spin.setValue(1)
        answer_nested_question(
            questions, lambda box: click_button(qtbot, box, "Spara och ta bort låntagarna")
        )
        _ok(qtbot, dialog)

    modals.answer(keep_one_month)
    click_button(qtbot, page.toolbar, "Inställningar…")
    due = demo_ctx.call(alarm_usage.count_loans_to_pseudonymise).count
    assert due > 1
    assert entry.isEnabled() and entry.toolTip() == "Pseudonymisera gamla lån…"
    modals.answer(lambda box: click_button(qtbot, box, "Avbryt"))
    click_in_menu(qtbot, more, "Pseudonymisera gamla lån…")
    modals.check()
    assert f"från {due} lån som lämnades tillbaka för mer än 1 månad sedan" in modals.seen[-1]
    assert demo_ctx.call(alarm_usage.count_loans_to_pseudonymise).count == due  # cancelled


def test_a_units_form_saved_over_another_desks_change_stays_open_with_the_text(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = alarms_area(qtbot, demo_ctx)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-03")
    unit_id = page.current_row().id  # type: ignore[union-attr]
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        type_text(qtbot, dialog.notes_edit, "Ny rem beställd")
        # Meanwhile, at another desk:
        other = demo_ctx.call(alarms.get_unit, unit_id)
        demo_ctx.call(
            alarms.update_unit,
            unit_id,
            alarms.UnitInput(
                other.code, other.kind, other.make_model, "SN-ANNAN", other.notes, other.version
            ),
        )
        _ok(qtbot, dialog)
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.general_error.text()  # type: ignore[attr-defined]
        seen["notes"] = dialog.notes_edit.toPlainText()
        cancel_typed(qtbot, dialog)

    modals.answer(edit_while_another_desk_saves)
    click_button(qtbot, page.toolbar, "Redigera…")
    modals.check()
    assert seen["open"] is True
    assert str(seen["error"]).startswith("Någon annan har ändrat serienummer sedan du öppnade")
    assert seen["notes"] == "Ny rem beställd"
    stored = demo_ctx.call(alarms.get_unit, unit_id)
    assert stored.serial_number == "SN-ANNAN" and stored.notes != "Ny rem beställd"


def test_a_new_session_at_the_reception_is_for_the_alarm_training(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """With no course picked in the filter and no session chosen, "Nytt utbildningstillfälle…" in
    Larm → Utbildning offers Larmutbildning (it offered the first course, "Krisstöd del 1")."""
    from ui.training.dialogs import SessionDialog

    area = alarms_area(qtbot, demo_ctx)
    area.tabs.setCurrentWidget(area.training_page)
    page = area.training_page
    assert page.course_filter.value() is None and page.current_row() is None
    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        offered.append(dialog.course_combo.currentText())
        dialog.reject()

    modals.answer(look)
    click_button(qtbot, page.toolbar, "Nytt utbildningstillfälle…")
    modals.check()
    assert offered == ["Larmutbildning"]
