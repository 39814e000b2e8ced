"""At the reception Enter lends to the line chosen, and a line is chosen for it only when its
alarm training is valid and nobody untrained fits the letters better. "an" starts Anna
Berglund's name (never trained) and is inside Ahmed Hassan's (trained): Ahmed's line goes
first, but nobody is chosen, so Enter neither lends to Anna unasked (the setting "warn" would
let it) nor to Ahmed, whom the letters hardly name; ↓ chooses. Where a trained colleague fits
as well ("a" starts Ahmed's name too), he is chosen and Enter lends at once. Letters that fit
only the untrained ("jo": Jonas Ekdahl) need the choice too, and the blocking setting then
refuses as before. Once ↓ has chosen, the warning that nobody is chosen goes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history, alarm_loans, settings
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext
from ui.reception.borrower_list import CHOSEN_BACKGROUND
from ui.reception.window import ReceptionWindow
from ui.widgets.table_model import WARNING_COLOUR


@pytest.fixture
def reception(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> Iterator[ReceptionWindow]:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)  # the review tour's screen
    yield window
    window.close()


def _choose_unit_and_type(qtbot: QtBot, window: ReceptionWindow, letters: str) -> None:
    qtbot.mouseClick(window.input, Qt.MouseButton.LeftButton)
    enter_at_desk(qtbot, window, "LARM-03")
    assert window.unit is not None and window.unit.code == "LARM-03"
    type_text(qtbot, window.input, letters)


def _retype(qtbot: QtBot, window: ReceptionWindow, letters: str) -> None:
    for _char in window.input.text():
        qtbot.keyClick(window.input, Qt.Key.Key_Backspace)
    type_text(qtbot, window.input, letters)


def _names(window: ReceptionWindow) -> list[str]:
    lines = (window.borrowers.item(row).text() for row in range(window.borrowers.count()))
    return [line.removeprefix("⚠ ").split("  ·  ")[0] for line in lines]


def _chosen_lines(window: ReceptionWindow) -> list[int]:
    """The lines in the chosen look (light background, bold), as the receptionist sees it."""
    return [
        row
        for row in range(window.borrowers.count())
        if window.borrowers.item(row).background().color() == CHOSEN_BACKGROUND
        and window.borrowers.item(row).font().bold()
    ]


def _borrower_of(ctx: AppContext, code: str) -> str | None:
    rows = ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    return next((row.borrower for row in rows if row.unit_code == code), None)


def test_enter_never_lends_to_the_untrained_unasked(
    qtbot: QtBot, demo_ctx: AppContext, reception: ReceptionWindow
) -> None:
    demo_ctx.call(settings.set_choice, alarm_loans.TRAINING_SETTING, "warn")
    window = reception
    window.refresh()
    _choose_unit_and_type(qtbot, window, "an")
    assert _names(window)[:2] == ["Ahmed Hassan", "Anna Berglund"]
    anna = window.borrowers.item(1)
    assert "Har inte gått larmutbildningen" in anna.text()
    assert anna.foreground().color() == WARNING_COLOUR
    assert _chosen_lines(window) == []

    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _borrower_of(demo_ctx, "LARM-03") is None  # neither Anna nor Ahmed
    assert window.notice.kind == "warning"
    assert window.notice.label.text().startswith("Ingen låntagare är vald")
    assert window.input.text() == "an"  # the letters kept, the unit still chosen

    # "ka" starts Karin Lindqvist's and Kalle Nyberg's names (untrained) and is only inside
    # Mikael Järvinen's: his line first, not chosen.
    _retype(qtbot, window, "ka")
    assert _names(window)[0] == "Mikael Järvinen" and _chosen_lines(window) == []

    # The explicit choice: ↓ to Anna's line and Enter lends, with the warning the setting asks.
    _retype(qtbot, window, "an")
    qtbot.keyClick(window.input, Qt.Key.Key_Down)
    assert _chosen_lines(window) == [0]
    qtbot.keyClick(window.input, Qt.Key.Key_Down)
    assert _chosen_lines(window) == [1]
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _borrower_of(demo_ctx, "LARM-03") == "Anna Berglund"
    assert window.notice.kind == "warning" and "Anna Berglund" in window.notice.label.text()


def test_a_trained_colleague_as_good_a_fit_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext, reception: ReceptionWindow
) -> None:
    window = reception
    _choose_unit_and_type(qtbot, window, "a")  # starts Ahmed Hassan's and Anna Berglund's name
    assert _names(window)[0] == "Ahmed Hassan" and "Anna Berglund" not in _names(window)
    assert _chosen_lines(window) == [0]
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _borrower_of(demo_ctx, "LARM-03") == "Ahmed Hassan"
    assert window.notice.kind == "done"


def test_only_the_untrained_fit_enter_asks_for_a_choice_and_the_block_still_refuses(
    qtbot: QtBot, demo_ctx: AppContext, reception: ReceptionWindow
) -> None:
    demo_ctx.call(settings.set_choice, alarm_loans.TRAINING_SETTING, "block")
    window = reception
    window.refresh()
    _choose_unit_and_type(qtbot, window, "jo")
    assert _names(window) == ["Jonas Ekdahl"] and _chosen_lines(window) == []
    assert "utlåning spärrad" in window.borrowers.item(0).text()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "warning" and _borrower_of(demo_ctx, "LARM-03") is None

    qtbot.keyClick(window.input, Qt.Key.Key_Up)  # either arrow chooses the first line
    assert _chosen_lines(window) == [0]
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error" and "Jonas Ekdahl" in window.notice.label.text()
    assert _borrower_of(demo_ctx, "LARM-03") is None


def test_the_warning_that_nobody_is_chosen_goes_when_one_is(
    qtbot: QtBot, demo_ctx: AppContext, reception: ReceptionWindow
) -> None:
    window = reception
    _choose_unit_and_type(qtbot, window, "an")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.isVisible()
    assert window.notice.label.text().startswith("Ingen låntagare är vald")
    qtbot.keyClick(window.input, Qt.Key.Key_Down)
    assert _chosen_lines(window) == [0]
    # It said "Ingen låntagare är vald" in amber beside Ahmed's chosen line, until Enter.
    assert not window.notice.isVisible()
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert _borrower_of(demo_ctx, "LARM-03") == "Ahmed Hassan"
    assert window.notice.kind == "done"
