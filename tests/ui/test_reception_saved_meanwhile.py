"""A return refused because another desk saved the unit in the same instant (its version moved
under the return: services raise StaleRecordError) says so at the desk and puts the code back in
the field, so Enter tries again; before, the message told the receptionist to copy her text and
open the record again, which means nothing at the desk."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.services import alarm_loans, alarms
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_return_refused_by_a_save_at_another_desk_is_tried_again_with_enter(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    real_return = alarm_loans.return_unit
    calls: list[int] = []

    def refused_once(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:  # the race SQLAlchemy reports as StaleDataError (db.Database)
            raise stale_record_error()
        return real_return(*args, **kwargs)

    monkeypatch.setattr(alarm_loans, "return_unit", refused_once)
    enter_at_desk(qtbot, window, "LARM-07")

    assert window.notice.kind == "error"
    assert window.notice.label.text() == (
        "LARM-07 ändrades samtidigt i en annan disk – inget sparades. "
        "Tryck Enter för att försöka igen."
    )
    assert window.input.text() == "LARM-07" and window.input.selectedText() == "LARM-07"
    assert demo_ctx.call(alarms.find_unit, "LARM-07").loan_id is not None  # still out

    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.notice.label.text().startswith("LARM-07 är tillbaka från David Karlsson")
    assert demo_ctx.call(alarms.find_unit, "LARM-07").loan_id is None
    window.close()
