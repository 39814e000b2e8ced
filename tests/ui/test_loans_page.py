"""The loans list's period filter as a coordinator types it: a period that ends before it starts
is said in the list and beside the dates, and what was typed stays."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import type_date
from tests.ui.windows import show_window
from ui.alarms.loans_page import LoansPage
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR


def _text_colour(page: LoansPage, which: str) -> str:
    edit = page.from_edit if which == "from" else page.to_edit
    return edit.palette().color(QPalette.ColorRole.Text).name()


def test_a_period_ending_before_it_starts_is_explained_and_kept(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = show_window(qtbot, LoansPage(demo_ctx))
    page.reload()
    assert page.model.rowCount() > 0 and not page.table.empty_label.isVisible()
    today = clock.today()
    month_ago = today - dt.timedelta(days=30)

    type_date(qtbot, page.from_edit, today)
    type_date(qtbot, page.to_edit, month_ago)

    assert page.model.rowCount() == 0
    expected = (
        f"Inga lån: ”Från” ({today.isoformat()}) är efter ”till” ({month_ago.isoformat()}). "
        "Ändra ett av datumen."
    )
    assert page.table.empty_label.isVisible()
    assert page.table.empty_label.text() == expected
    # Beside the filter too: both dates in red, the reason as their tooltip.
    assert _text_colour(page, "from") == _text_colour(page, "to") == WARNING_COLOUR.name()
    assert page.from_edit.toolTip() == page.to_edit.toolTip() == expected
    # What was typed stays, to be corrected.
    assert page.period() == (today, month_ago)
    qtbot.waitUntil(lambda: not page._count_timer.isActive())
    assert page.count_label.text() == ""

    # Moving "to" after "from" shows the month's loans again, without the warning.
    type_date(qtbot, page.to_edit, today)
    assert page.period() == (today, today)
    page.from_edit.setFocus()
    qtbot.keyClick(page.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Delete)  # no start: everything up to today
    assert page.period() == (None, today)
    assert page.model.rowCount() > 0
    assert not page.table.empty_label.isVisible()
    assert _text_colour(page, "from") != WARNING_COLOUR.name()
    assert page.to_edit.toolTip() == "Utlånat denna dag eller tidigare"


def test_an_empty_search_says_so(qtbot: QtBot, demo_ctx: AppContext) -> None:
    page = show_window(qtbot, LoansPage(demo_ctx))
    page.reload()
    qtbot.keyClicks(page.search, "zzzz")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.table.empty_label.isVisible()
    assert page.table.empty_label.text() == "Inget lån matchar sökningen och filtren."
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.model.rowCount() > 0 and not page.table.empty_label.isVisible()


def test_a_date_that_is_no_date_is_said_in_the_list_not_raised(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The date field refuses "2027-02-30" rather than taking another day; the list, reloaded
    (a search typed, another desk's change), says so where the rows would be."""
    page = show_window(qtbot, LoansPage(demo_ctx))
    page.from_edit.setFocus()
    qtbot.keyClick(page.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.from_edit, "2027-02-30")
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Tab)
    page.reload()
    assert page.period() == (None, None) and page.model.rowCount() == 0
    assert page.table.empty_label.isVisible()
    assert page.table.empty_label.text().startswith("”2027-02-30” är inget datum")


def test_a_date_that_is_no_date_empties_the_list_when_the_typing_ends(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Tab (or Enter) after "2026-02-31" in "Från": the list says it is no date where the rows
    were, and no count stands under it ("0 lån" read as a result of the search). Before, the
    rows of the period before stayed, unexplained, and the count said "0 lån" beside them."""
    page = show_window(qtbot, LoansPage(demo_ctx))
    page.reload()
    qtbot.waitUntil(lambda: page.count_label.text().endswith(" lån"))
    assert page.model.rowCount() > 0

    page.from_edit.setFocus()
    qtbot.keyClick(page.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.from_edit, "2026-02-31")
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Tab)

    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.table.empty_label.isVisible()
    assert page.table.empty_label.text().startswith("”2026-02-31” är inget datum")
    qtbot.waitUntil(lambda: not page._count_timer.isActive())
    assert page.count_label.text() == ""

    page.from_edit.setFocus()  # emptied: every loan again
    qtbot.keyClick(page.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(page.from_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert not page.table.empty_label.isVisible()
    qtbot.waitUntil(lambda: page.count_label.text().endswith(" lån"))


def test_enter_after_a_date_that_is_no_date_says_it_in_the_list(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = show_window(qtbot, LoansPage(demo_ctx))
    page.reload()
    page.to_edit.setFocus()
    qtbot.keyClick(page.to_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.to_edit, "2026-02-31")
    qtbot.keyClick(page.to_edit, Qt.Key.Key_Return)
    assert page.model.rowCount() == 0
    assert page.table.empty_label.text().startswith("”2026-02-31” är inget datum")
    assert page.to_edit.hasFocus()  # to be corrected where it was typed
