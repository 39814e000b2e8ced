"""At the reception the letters typed say whom the receptionist means: "an" is the start of Anna
Berglund's name, so she is the first line even though she has no alarm training, and Ahmed
Hassan, trained but holding "an" only inside his surname, stays below her. Putting the trained
colleague first would make Enter lend to someone else without a word, while Anna's line says
what is wrong with it (⚠, the warning colour, "Har inte gått larmutbildningen"), and the blocking
setting refuses it. Training decides only between names the letters fit as well ("da" is inside
Haddad and Ekdahl alike: the trained Noura Haddad first)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history, alarm_loans, settings
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import type_text
from tests.ui.openers import open_reception
from ui.context import AppContext
from ui.reception.window import ReceptionWindow
from ui.widgets.table_model import WARNING_COLOUR


@pytest.fixture
def reception(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> Iterator[ReceptionWindow]:
    window = open_reception(qtbot, demo_ctx, modals, 1500, 950)
    yield window
    window.close()


def _lines(window: ReceptionWindow) -> list[str]:
    return [window.borrowers.item(row).text() for row in range(window.borrowers.count())]


def _borrower_of(ctx: AppContext, code: str) -> str | None:
    rows = ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
    return next((row.borrower for row in rows if row.unit_code == code), None)


def test_the_name_the_letters_start_comes_first_its_missing_training_in_sight(
    qtbot: QtBot, demo_ctx: AppContext, reception: ReceptionWindow
) -> None:
    demo_ctx.call(settings.set_choice, alarm_loans.TRAINING_SETTING, "block")
    window = reception
    window.refresh()
    type_text(qtbot, window.input, "LARM-03")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    type_text(qtbot, window.input, "an")
    first, second = _lines(window)[:2]
    assert first.startswith("⚠ Anna Berglund") and "Har inte gått larmutbildningen" in first
    assert "utlåning spärrad" in first
    assert window.borrowers.item(0).foreground().color() == WARNING_COLOUR
    assert second.startswith("Ahmed Hassan") and "giltig till" in second

    # "da" starts David Karlsson's name (his training expired): he is first; it is only inside
    # Haddad and Ekdahl, as good a fit for both, and the trained Noura Haddad goes before.
    window.input.clear()
    type_text(qtbot, window.input, "da")
    assert [line.removeprefix("⚠ ").split("  ·  ")[0] for line in _lines(window)] == [
        "David Karlsson",
        "Noura Haddad",
        "Jonas Ekdahl",
    ]

    # Enter on Anna's line is refused, not passed on to Ahmed.
    window.input.clear()
    type_text(qtbot, window.input, "an")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.kind == "error" and "Anna Berglund" in window.notice.label.text()
    assert _borrower_of(demo_ctx, "LARM-03") is None
