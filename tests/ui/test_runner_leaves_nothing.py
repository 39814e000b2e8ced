"""Background work (printouts, big lists, backups, planning ahead) leaves nothing behind once it
has delivered: each job's signal object, and the callbacks it held with all they refer to (the
view waiting for a printout, the printout's bytes), stayed for the rest of the session."""

from __future__ import annotations

import gc
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from samverkan_desktop.errors import DomainError
from ui.runner import _Signals, run_in_background


class _Waiting:
    """Stands for a view waiting for its printout."""

    def __init__(self) -> None:
        self.heard: list[object] = []

    def hear(self, value: object) -> None:
        self.heard.append(value)


def _live_signals() -> int:
    """Jobs' signal objects still alive in Qt (a failure's traceback may keep an empty
    wrapper of one, whose Qt object is deleted)."""
    return sum(
        1 for thing in gc.get_objects() if isinstance(thing, _Signals) and shiboken6.isValid(thing)
    )


def _fail() -> bytes:
    raise DomainError("Databasen är låst.")


@pytest.mark.parametrize("work", [lambda: b"%PDF-1.4", _fail], ids=["done", "failed"])
def test_a_job_delivered_keeps_neither_its_signals_nor_who_waited(qtbot: QtBot, work) -> None:  # type: ignore[no-untyped-def]
    before = _live_signals()
    waiting = _Waiting()
    gone = weakref.ref(waiting)
    run_in_background(work, waiting.hear, waiting.hear)
    heard = waiting.heard
    del waiting  # only the job knows it now
    qtbot.waitUntil(lambda: len(heard) == 1)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert gone() is None  # on main: kept through the job's connections
    assert _live_signals() == before
