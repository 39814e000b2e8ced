"""The wait after each UI test for the work it started off the GUI thread (tests/ui/conftest.py):
work that ends is delivered in the test that started it; work still pending after the grace
fails that test, naming the work and telling a clock left ticking from work that never ends.
A test left starting work again and again was a silent minute's wait per test. The windows a
test showed are deleted at its end, their timers with them (they lived into later tests).

Run through pytester, in this process (its QApplication), with a grace of two seconds."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from tests.ui import conftest
from ui import runner

RELEASE = threading.Event()  # lets the work that never ends end (after the inner run)
TICKING = threading.Event()  # the clock left running starts its work again while set
DELIVERED: list[object] = []

INNER_CONFTEST = """
from tests.ui.conftest import pytest_runtest_call, pytest_runtest_teardown  # noqa: F401
"""

INNER_TESTS = """
import pytest
import shiboken6
from PySide6.QtWidgets import QWidget

from tests.ui.test_background_wait import DELIVERED, TICKING, start_clock, start_printout, start_stuck

WINDOWS = []


def test_window_shown(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    WINDOWS.append(window)


def test_window_deleted_after_its_test():
    assert not shiboken6.isValid(WINDOWS[0])


def test_printout(qapp):
    start_printout()


def test_printout_delivered_in_its_test():
    assert DELIVERED == ["printed"]


@pytest.fixture
def clock_stopped_after():
    yield
    TICKING.clear()


def test_clock_left_ticking(qapp, clock_stopped_after):
    start_clock()


def test_stuck_work(qapp):
    start_stuck()
"""


def start_printout() -> None:
    runner.run_in_background(lambda: "printed", DELIVERED.append, DELIVERED.append, name="a PDF")


def start_clock() -> None:
    """As the Overview's clock ticking every 10 ms did: each gathering's answer found the next
    one asked for meanwhile, and started it."""

    def again(_result: object) -> None:
        if TICKING.is_set():
            gather()

    def gather() -> None:
        runner.run_in_background(lambda: None, again, again, name="the Overview's gathering")

    TICKING.set()
    gather()


def start_stuck() -> None:
    runner.run_in_background(RELEASE.wait, DELIVERED.append, DELIVERED.append, name="a stuck PDF")


def test_work_still_pending_fails_the_test_that_left_it(
    pytester: pytest.Pytester, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(conftest, "BACKGROUND_GRACE", 2.0)
    RELEASE.clear()
    DELIVERED.clear()
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_left=INNER_TESTS)
    try:
        result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    finally:
        RELEASE.set()
        TICKING.clear()
        qtbot.waitUntil(lambda: runner.pending() == 0, timeout=10_000)
    result.assert_outcomes(passed=4, failed=2)
    result.stdout.fnmatch_lines(
        [
            "*test_clock_left_ticking*",
            "Work off the GUI thread (ui.runner) still pending 2 s after the test:",
            "  - *the Overview's gathering (*running *, started in this test)",
            "* job(s) were started while waiting: something the test left alive keeps starting*",
            "*test_stuck_work*",
            "Work off the GUI thread (ui.runner) still pending 2 s after the test:",
            "  - a stuck PDF (running *, started in this test)",
            "None was started while waiting: the work is slow or blocked.*",
        ]
    )
