"""A name typed in a picker is matched from the start of a word: "Anna" in the lending form is
Anna Berglund, and lends, where it was refused because Hanna Björklund's name holds "anna" too.
Only when no word starts so does text inside a name count ("qvist" is Karin Lindqvist). The
popup offers the same names the field takes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area
from tests.ui.tables import click_row
from ui.alarms.lend_dialog import LendDialog
from ui.context import AppContext
from ui.widgets.record_combo import RecordCombo


def _lend(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, fill: Callable[[LendDialog], None]
) -> None:
    """LARM-02 lent through the area's form, its borrower given by ``fill``."""
    area = alarms_area(qtbot, ctx)
    click_row(qtbot, area.units_page.table, "LARM-02")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        fill(dialog)
        qtbot.keyClicks(dialog.initials_edit, "ab")
        click_button(qtbot, dialog, "Låna ut")
        assert not dialog.isVisible(), dialog.error_text("borrower_id")

    modals.answer(lend)
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")
    modals.check()


def _borrower(ctx: AppContext) -> str:
    (loan,) = [
        loan
        for loan in ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))
        if loan.unit_code == "LARM-02"
    ]
    return str(loan.borrower)


def _offered(combo: RecordCombo) -> list[str]:
    """The names in the picker's popup, shown."""
    completer = combo.completer()
    popup = completer.popup() if completer is not None else None
    assert popup is not None and popup.isVisible()
    model = popup.model()
    return [str(model.index(row, 0).data()).split(" — ")[0] for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("typed", "borrower"),
    [("Anna", "Anna Berglund"), ("berg", "Anna Berglund"), ("qvist", "Karin Lindqvist")],
)
def test_typed_part_of_a_name_lends_to_the_one_it_matches(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, typed: str, borrower: str
) -> None:
    _lend(qtbot, demo_ctx, modals, lambda d: type_text(qtbot, line_edit(d.borrower_combo), typed))
    assert _borrower(demo_ctx) == borrower


def test_the_popup_offers_the_names_a_word_of_starts_as_typed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: list[list[str]] = []

    def pick(dialog: LendDialog) -> None:
        field = line_edit(dialog.borrower_combo)
        type_text(qtbot, field, "anna")
        seen.append(_offered(dialog.borrower_combo))  # not Hanna Björklund, who is staff too
        field.clear()
        type_text(qtbot, field, "Lind")
        seen.append(_offered(dialog.borrower_combo))
        field.clear()
        type_text(qtbot, field, "qvist")  # no word starts so: inside one then
        seen.append(_offered(dialog.borrower_combo))
        completer = dialog.borrower_combo.completer()
        popup = completer.popup() if completer is not None else None
        assert popup is not None
        first = popup.visualRect(popup.model().index(0, 0)).center()
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=first)

    _lend(qtbot, demo_ctx, modals, pick)
    assert seen == [["Anna Berglund"], ["Karin Lindqvist", "Sofia Lindberg"], ["Karin Lindqvist"]]
    assert _borrower(demo_ctx) == "Karin Lindqvist"
