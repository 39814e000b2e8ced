"""Run slow work (PDFs, big lists, imports, backups) off the GUI thread.

The worker never touches widgets: it returns a value, and ``done``/``failed`` are delivered on the
GUI thread. A DomainError goes to ``failed`` for the caller to show; anything else is logged and
reported with a generic message (no traceback reaches the user).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as error:
            self._deliver(self.signals.failed, error)
        except Exception as error:  # noqa: BLE001 - reported to the user as a clear message
            log.exception("Background work failed")
            from samverkan_desktop.db_errors import user_error

            # The database's refusal in the user's words, never its SQL.
            explained = user_error(error)
            self._deliver(
                self.signals.failed,
                explained or DomainError(_("Something went wrong: {reason}").format(reason=error)),
            )
        else:
            self._deliver(self.signals.done, result)

    @staticmethod
    def _deliver(signal: Any, value: Any) -> None:
        # Work still running when the window closed (old loans being pseudonymised) ends
        # after the application: its signals are gone with it and nobody waits for the result.
        try:
            signal.emit(value)
        except RuntimeError:
            log.info("Background work finished after the window closed; its result is dropped")


_jobs: set[_Signals] = set()  # keep signal objects alive until delivered


def pending() -> int:
    """How many jobs have not yet delivered their result (the tests wait for them)."""
    return len(_jobs)


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[DomainError], None],
) -> None:
    signals = _Signals()
    _jobs.add(signals)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _jobs.discard(signals)
        # Its connections hold these callbacks and they the object: a cycle through Qt that
        # Python's collector cannot see, which kept every job's signals, callbacks and all
        # they refer to (a printout's bytes, a list's rows) for the rest of the session.
        signals.deleteLater()
        callback(value)

    signals.done.connect(lambda value: finish(on_done, value))
    signals.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(_Job(work, signals))
