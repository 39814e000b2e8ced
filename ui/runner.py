"""Run slow work (PDFs, big lists, imports, backups) off the GUI thread.

The worker never touches widgets: it returns a value, and ``done``/``failed`` are delivered on the
GUI thread. A DomainError goes to ``failed`` for the caller to show; anything else is logged and
reported with a generic message (no traceback reaches the user).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals, name: str = "") -> None:
        super().__init__()
        self._work = work
        self.signals = signals
        self.name = name or _name_of(work)

    def run(self) -> None:
        try:
            result = self._work()
        except DomainError as error:
            self._deliver(self.signals.failed, error)
        except Exception as error:  # noqa: BLE001 - reported to the user as a clear message
            log.exception("Background work failed: %s", self.name)
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


def _name_of(work: Callable[[], Any]) -> str:
    """Where the work was written, for a job given no name ("OverviewArea.refresh.<locals>…")."""
    return f"{getattr(work, '__module__', '?')}.{getattr(work, '__qualname__', repr(work))}"


@dataclass(frozen=True)
class PendingJob:
    """A job not yet delivered: what it is, and since when (``time.monotonic()``)."""

    name: str
    started: float


_jobs: dict[_Signals, PendingJob] = {}  # keep signal objects alive until delivered
_started = 0


def pending() -> int:
    """How many jobs have not yet delivered their result (the tests wait for them)."""
    return len(_jobs)


def pending_jobs() -> list[PendingJob]:
    """The jobs not yet delivered, oldest first (a test left waiting names them)."""
    return sorted(_jobs.values(), key=lambda job: job.started)


def started() -> int:
    """How many jobs were started in this process: work started again and again (a clock left
    ticking) tells itself from one slow job by this count."""
    return _started


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[DomainError], None],
    *,
    name: str = "",
) -> None:
    """Run ``work`` on a worker thread, then ``on_done(result)`` or ``on_failed(error)`` on the
    GUI thread. ``name`` says what the work is in the log and to a test still waiting for it."""
    global _started
    signals = _Signals()
    job = _Job(work, signals, name)
    _jobs[signals] = PendingJob(job.name, time.monotonic())
    _started += 1

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _jobs.pop(signals, None)
        # Its connections hold these callbacks and they the object: a cycle through Qt that
        # Python's collector cannot see, which kept every job's signals, callbacks and all
        # they refer to (a printout's bytes, a list's rows) for the rest of the session.
        signals.deleteLater()
        callback(value)

    signals.done.connect(lambda value: finish(on_done, value))
    signals.failed.connect(lambda error: finish(on_failed, error))
    QThreadPool.globalInstance().start(job)
