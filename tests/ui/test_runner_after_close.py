"""Background work that ends after the window has closed (old loans still being pseudonymised at
exit) drops its result quietly: emitting on signals deleted with the application raised, and
PySide printed "Error calling Python override of QRunnable::run()" on every such exit."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from samverkan_desktop.errors import DomainError
from ui.runner import _Job, _Signals


def _gone() -> _Signals:
    signals = _Signals()
    shiboken6.delete(signals)  # as when the application has gone
    return signals


def test_a_result_after_the_window_closed_is_dropped(qtbot: QtBot) -> None:
    _Job(lambda: 42, _gone()).run()  # raised RuntimeError: Signal source has been deleted


def test_a_failure_after_the_window_closed_is_dropped(qtbot: QtBot) -> None:
    def fail() -> None:
        raise DomainError("Databasen är låst.")

    _Job(fail, _gone()).run()


def test_while_the_window_is_open_the_result_is_delivered(qtbot: QtBot) -> None:
    signals = _Signals()
    with qtbot.waitSignal(signals.done) as done:
        _Job(lambda: 42, signals).run()
    assert done.args == [42]
