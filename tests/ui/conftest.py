"""UI test fixtures: an AppContext over a fresh SQLite database (UI tests run on SQLite only),
and ``modals`` to answer the dialogs a user action opens."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from samverkan_desktop.db import Database
from tests.demo_files import load_demo
from tests.ui.own_style import look_at_demo, look_at_demo_desk  # noqa: F401 (fixtures)
from ui import runner
from ui.context import AppContext, ChangeBus, Navigator
from ui.widgets.asking_dialog import AskingDialog


@pytest.fixture(autouse=True)
def _collect_in_gui_thread(qapp: QApplication) -> None:
    """As in the window: the cycle collector never runs in a worker thread (ui.gc_guard)."""
    from ui.gc_guard import collect_in_gui_thread

    collect_in_gui_thread(qapp)


@pytest.fixture(autouse=True)
def _usual_style_after(qapp: QApplication) -> Iterator[None]:
    """A test that starts the program (``ui.app.run``: run_app, test_shell) leaves the usual
    style behind, as the process's end would. The program installs its own (ui.fonts: labels
    2 px taller for Å/Ä/Ö) once per application; left, every later test laid its labels out
    taller, and a fit test passed or failed by which tests had run before it."""
    from ui.fonts import RoomyStyle

    yield
    style = qapp.style()
    if isinstance(style, RoomyStyle):
        QApplication.setStyle(style.baseStyle().name())


@pytest.fixture
def font_lacking_room(qapp: QApplication) -> Iterator[int]:
    """The application's font set to one that draws Å/Ä/Ö above its ascent (DejaVu Sans, the
    usual Linux font, installed by .ci/run): the room it lacks, in pixels. Fails rather than
    lets a font test pass without testing anything."""
    from PySide6.QtGui import QFont

    from ui import fonts

    before = qapp.font()
    qapp.setFont(QFont("DejaVu Sans", 9))
    room = fonts.overshoot(qapp)
    assert room > 0, f"{qapp.font().family()} has room above Å/Ä/Ö: install fonts-dejavu-core"
    try:
        yield room
    finally:
        qapp.setFont(before)


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path) -> AppContext:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(sqlite_db, settings, ChangeBus(), Navigator())


@pytest.fixture
def demo_ctx(ctx: AppContext, request: pytest.FixtureRequest) -> AppContext:
    load_demo(ctx.db, request)
    return ctx


@pytest.fixture
def app_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[], QSettings]:
    """The program started in the test (``ui.app.run``) keeps its settings (last area, window
    size, the Overview kept for a quick start) in a file of the test's own, not the machine
    user's. Returns the opener of that file, to read what the program kept."""
    from ui import app as app_module

    def opened() -> QSettings:
        return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)

    monkeypatch.setattr(app_module, "QSettings", opened)
    return opened


Handler = Callable[[QWidget], None]


class ModalDriver:
    """Answers modal dialogs in the order they appear, like a user would.

    ``modals.answer(fill_form, press_delete, ...)`` before the action that opens them; each
    handler gets the dialog. A dialog nobody expected, or a handler that fails, closes the
    dialog (no hanging test) and fails the test in ``check()`` (also run at teardown).

    A dialog opened while a handler runs (a question the handled dialog asks before it
    closes) is the handler's own to answer (``answer_nested_question``, ``cancel_typed``):
    Qt never fires a timer again while its slot runs. One still open after ``NESTED_GRACE``
    seconds is closed and fails the test, which would otherwise hang with it on screen.
    """

    NESTED_GRACE = 15.0

    def __init__(self) -> None:
        self._handlers: deque[Handler] = deque()
        self._current: QWidget | None = None
        self._in_hand: list[QWidget] = []  # dialogs whose handlers run (outermost first)
        self._nested: tuple[QWidget, float] | None = None  # open inside a handler, and since when
        self._waiting_for: QWidget | None = None  # a dialog not yet active, and for how many polls
        self._waited = 0
        self.errors: list[str] = []
        self.seen: list[str] = []  # window title and text of each dialog answered
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def answer(self, *handlers: Handler) -> None:
        self._handlers.extend(handlers)

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is self._current:
            return
        # A user types into a dialog once it is in front. Before that, a key sent to one of its
        # fields still goes through the shortcuts of the window that has the focus: Return in
        # a field ran the list's Enter behind the dialog when the poll came before the dialog's
        # activation (a matter of timing, so under load).
        if widget is not self._waiting_for:
            self._waiting_for, self._waited = widget, 0
        if QApplication.activeWindow() is not widget and self._waited < 200:  # 2 s at least
            self._waited += 1
            return
        self._current = widget
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.seen.append(f"{widget.windowTitle()}: {text}")
        if not self._handlers:
            self.errors.append(f"unexpected dialog {widget.windowTitle()!r}: {text}")
            self._close(widget)
            return
        handler = self._handlers.popleft()
        watch = QTimer()
        watch.setInterval(100)
        watch.timeout.connect(self._watch_nested)
        self._in_hand.append(widget)
        watch.start()
        try:
            handler(widget)
        except Exception as error:  # noqa: BLE001 - reported by check()
            self.errors.append(f"{type(error).__name__}: {error}")
            self._close(widget)
            return
        finally:
            watch.stop()
            self._in_hand.pop()
        if widget.isVisible():
            # Each handler answers its dialog; one left open would block the test forever.
            self.errors.append(f"the handler left {widget.windowTitle()!r} open")
            self._close(widget)

    def _watch_nested(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget in self._in_hand:
            self._nested = None
            return
        if self._nested is None or self._nested[0] is not widget:
            self._nested = (widget, time.monotonic())
            return
        if time.monotonic() - self._nested[1] < self.NESTED_GRACE:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.errors.append(
            f"dialog {widget.windowTitle()!r} opened inside a handler was never answered: {text}"
        )
        self._nested = None
        self._close(widget)

    @staticmethod
    def _close(widget: QWidget) -> None:
        if isinstance(widget, AskingDialog):
            widget.discard()  # not "close without saving?" again: that would never end
        elif isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def check(self) -> None:
        errors, self.errors = self.errors, []
        assert not errors, errors
        left = len(self._handlers)
        self._handlers.clear()
        assert left == 0, f"{left} expected dialog(s) never appeared"

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def modals() -> Iterator[ModalDriver]:
    driver = ModalDriver()
    yield driver
    driver.stop()
    driver.check()


@pytest.fixture(autouse=True)
def _no_forgotten_discard_question(qapp: QApplication) -> Iterator[None]:
    """A test that closes a form it typed in without answering "Stänga utan att spara?" would
    wait on that question for ever: it is answered (the form closes) and the test fails. Tests
    that mean to close such a form unasked call ``discard()`` (AskingDialog)."""
    forgotten: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.windowTitle() == "Stänga utan att spara?":
            if box.property("seen_by_guard"):  # a ModalDriver had 200 ms to answer it
                forgotten.append(box.windowTitle())
                box.setProperty("seen_by_guard", False)
                for button in box.buttons():
                    if button.text() == "Stäng utan att spara":
                        button.click()
            else:
                box.setProperty("seen_by_guard", True)

    timer = QTimer()
    timer.setInterval(200)
    timer.timeout.connect(poll)
    timer.start()
    yield
    timer.stop()
    assert not forgotten, "a form typed in was closed without answering 'Stänga utan att spara?'"


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """A form a test left open with typing in it is closed unasked before pytest-qt closes the
    test's widgets (its close would ask "Stänga utan att spara?", which nobody answers); the
    widgets closed are deleted in their own test's teardown."""
    if QApplication.instance() is not None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, AskingDialog) and widget.isVisible():
                widget.discard()
    yield
    if QApplication.instance() is not None:
        # Pytest-qt closes the test's windows and asks Qt to delete them, which Qt did only
        # when a later test ran an event loop: each window's timers (the Overview's clock)
        # ran on, hidden, into the tests after it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# Seconds a test's work off the GUI thread may go on after the test, to deliver its result
# there. Real work ends well within it: the council report, built cold on a worker thread as
# the first printout of a process (ReportLab and its fonts loaded), took 2.9-3.6 s on a 2-CPU
# machine at a load of 9 (6 December), later builds 0.7-2.4 s; the longest wait in a run of
# tests/ui was under a second. Work still pending after it is a test's fault.
BACKGROUND_GRACE = 15.0


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Work a test started off the GUI thread (a printout's PDF) delivers its result in that
    test, its windows still open: built slowly under load, the reception's hand-over form
    opened its preview in the next test, over a window that test never had, and failed it
    ("Internal C++ object already deleted"). Pytest-qt fails the test that started it instead.

    Work still pending after ``BACKGROUND_GRACE`` fails the test, naming it: a test that keeps
    starting work (a clock left ticking) was a silent minute's wait per test."""
    begun = time.monotonic()
    try:
        result = yield
    except BaseException as error:
        still = _finish_background_work(begun)
        if still:  # the test's own failure first; the work left over said beside it
            error.add_note(still)
        raise
    still = _finish_background_work(begun)
    if still:
        pytest.fail(still, pytrace=False)
    return result


def _finish_background_work(begun: float) -> str:
    """Wait for the work off the GUI thread to deliver; what is still pending, said for the
    test's failure ("" when nothing is)."""
    from PySide6.QtCore import QThreadPool

    app = QApplication.instance()
    if app is None:
        return ""
    started = runner.started()
    end = time.monotonic() + BACKGROUND_GRACE
    while runner.pending() and time.monotonic() < end:
        QThreadPool.globalInstance().waitForDone(10)
        app.processEvents()
    if not runner.pending():
        return ""
    return _still_running(runner.pending_jobs(), runner.started() - started, begun)


def _still_running(jobs: list[runner.PendingJob], restarted: int, begun: float) -> str:
    now = time.monotonic()
    lines = [
        f"Work off the GUI thread (ui.runner) still pending {BACKGROUND_GRACE:g} s after the test:"
    ]
    by_name: dict[str, list[runner.PendingJob]] = {}
    for job in jobs:  # oldest first
        by_name.setdefault(job.name, []).append(job)
    for name, same in by_name.items():
        count, running = (f"{len(same)} × ", "the oldest running") if same[1:] else ("", "running")
        since = "started before this test" if same[0].started < begun else "started in this test"
        lines.append(f"  - {count}{name} ({running} {now - same[0].started:.1f} s, {since})")
    if restarted:
        lines.append(
            f"{restarted} job(s) were started while waiting: something the test left alive "
            "keeps starting work, a timer still ticking. Stop it at the test's end, or delete "
            "the window that owns it (qtbot.addWidget(window), or window.deleteLater()): a "
            "window closed but not deleted keeps its timers running."
        )
    else:
        lines.append(
            "None was started while waiting: the work is slow or blocked. Wait for it in the "
            "test where its result matters (qtbot.waitUntil(lambda: runner.pending() == 0)), "
            "or give the test less to do."
        )
    return "\n".join(lines)
