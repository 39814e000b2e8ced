"""The reception's refresh (every 30 seconds, and after each change) reads the units, the
function-test rule and the training setting in one unit of work: it took two before, the
training setting read on its own. A setting changed at another desk still shows at the next
refresh: "block" refuses a lend to a borrower without valid training."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_loans, alarms, settings
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_one_refresh_is_one_unit_of_work_and_shows_a_blocking_setting(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1280, 800)
    try:
        enter_at_desk(qtbot, window, "LARM-11")
        assert window.unit is not None and window.unit.code == "LARM-11"
        # Another desk blocks lending without valid training; this desk refreshes.
        demo_ctx.call(settings.set_choice, alarm_loans.TRAINING_SETTING, "block")
        units_of_work: list[str] = []
        call = demo_ctx.db.call

        def counted(function: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
            units_of_work.append(function.__name__)
            return call(function, *args, **kwargs)

        monkeypatch.setattr(demo_ctx.db, "call", counted)
        window.refresh()
        monkeypatch.undo()
        assert len(units_of_work) == 1, units_of_work

        # Peter Nyström's training ran out in 2023.
        type_text(qtbot, window.input, "peter")
        assert "utlåning spärrad" in window.borrowers.item(0).text()
        qtbot.keyClick(window.input, Qt.Key.Key_Down)  # untrained: chosen only by hand
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
        assert window.notice.kind == "error" and "spärrad" in window.notice.label.text()
        assert demo_ctx.call(alarms.find_unit, "LARM-11").loan_id is None
    finally:
        window.close()
