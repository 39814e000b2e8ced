"""Showing windows and waiting for them: exposed, the Overview's cards gathered, the layouts
settled; finding the windows and print previews shown, an area of the main window; running the
program's start in the test; a picture of a widget kept for looking at."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.overview.view import OverviewArea
    from ui.widgets.pdf_dialog import PdfPreviewDialog


W = TypeVar("W", bound=QWidget)


def area_of(window: MainWindow, key: str, kind: type[W]) -> W:
    """The window's area ``key`` as the view it is (a test reaches into its pages)."""
    area = window.area(key)
    assert isinstance(area, kind), f"area {key!r} is a {type(area).__name__}"
    return area


def show_window(qtbot: QtBot, view: W, width: int = 1400, height: int = 850) -> W:
    """Show a widget as a window of the given size, exposed and asked to be active (for keys
    and focus; a test that needs it active waits for that)."""
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    wait_exposed(qtbot, view)
    wait_gathered(qtbot)
    view.activateWindow()
    return view


def _overview_gathering() -> bool:
    """Whether a shown Overview awaits its cards: gathered off the GUI thread, or gathered and
    not yet on the screen. A card laid into the shown Overview is shown by an event Qt posts
    (QLayout::addChildWidget); the wait could end in the loop pass that built the cards, and
    keys sent next (QTest processes no events) found no entry to reach."""
    from ui.overview.view import OverviewArea

    return any(
        area.gathering
        or (area.isVisible() and not all(c.isVisible() for c in area.section_cards()))
        for top in QApplication.topLevelWidgets()
        for area in [top, *top.findChildren(OverviewArea)]
        if isinstance(area, OverviewArea)
    )


@contextmanager
def clock_ticking_fast(area: OverviewArea) -> Iterator[None]:
    """The Overview's five-minute clock ticking every 10 ms (a coordinator's morning in a
    moment), stopped after: left ticking, it started a gathering every 10 ms and the wait for
    the test's background work (tests/ui/conftest.py) spent its whole minute on them."""
    area.clock.setInterval(10)
    try:
        yield
    finally:
        area.clock.stop()


def wait_gathered(qtbot: QtBot) -> None:
    """Wait until every Overview asked to gather has its cards (or its problem) shown."""
    qtbot.waitUntil(lambda: not _overview_gathering(), timeout=15_000)


def wait_exposed(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until a shown window is on the screen (15 s: a loaded machine). Not
    ``qtbot.waitExposed(widget)``: that is a context manager, and called alone it waits for
    nothing."""

    def exposed() -> bool:
        handle = widget.window().windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed, timeout=15_000)


def shown_windows(kind: type[W]) -> list[W]:
    """The windows of ``kind`` on the screen, oldest first. One an earlier test closed may still
    be among the top-level widgets (its deleteLater waits for an event loop): it is not shown."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def the_window(kind: type[W]) -> W:
    """The one window of ``kind`` on the screen; fails naming how many there are."""
    shown = shown_windows(kind)
    assert len(shown) == 1, f"{len(shown)} windows of {kind.__name__} shown, not one"
    return shown[0]


def run_app(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], kind: type[W], look: Callable[[W], None]
) -> int:
    """``main.py argv`` in this process: ``look`` is the user at its window (the one of ``kind``
    shown) in place of the event loop. The window is closed and deleted before this returns, as
    the process's end would: a window left to a deleteLater outside any event loop stays among
    the top-level widgets into later tests."""
    from ui import app as app_module

    def event_loop(*_args: object) -> int:
        window = the_window(kind)
        try:
            look(window)
        finally:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        code = app_module.run(argv)
    finally:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
    assert not left, f"{len(left)} windows of {kind.__name__} left after the start"
    return code


def shown_previews() -> list[PdfPreviewDialog]:
    """The print previews open on the screen, oldest first."""
    from ui.widgets.pdf_dialog import PdfPreviewDialog

    return shown_windows(PdfPreviewDialog)


def wait_for_preview(qtbot: QtBot) -> PdfPreviewDialog:
    """The newest print preview, once one is on the screen: the PDF is built off the GUI thread
    first, which takes seconds on a loaded machine."""
    qtbot.waitUntil(lambda: bool(shown_previews()), timeout=15_000)
    return shown_previews()[-1]


def settle(qtbot: QtBot) -> None:
    """Let the layouts settle: events are processed round after round until nothing shown
    moves, resizes, shows or hides between two rounds. A fixed qtbot.wait(20) may be a single
    round on a loaded machine, which leaves unrun a layout that another one asked for."""
    last: list[object] = [None]

    def still() -> bool:
        QApplication.processEvents()
        if _overview_gathering():  # its cards are still to come
            return False
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        shape = [
            (w.isVisible(), w.geometry().getRect())
            for top in shown
            for w in [top, *top.findChildren(QWidget)]
        ]
        same = shape == last[0]
        last[0] = shape
        return same

    qtbot.waitUntil(still, timeout=10_000)


def keep_shot(widget: QWidget, name: str) -> None:
    """For looking at it: SAMVERKAN_SHOTS=dir saves the widget as the test saw it (name.png);
    without it nothing is written."""
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def after_a_passing_notice(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, parent: QWidget) -> None:
    """Wait until a passing notice shown now in ``parent``, and lasting four times as long as
    those shown before (50 ms, patched before the start), has gone: any notice that would pass
    has passed."""
    from ui.widgets import notice as notice_module
    from ui.widgets.notice import NoticeBar

    monkeypatch.setattr(notice_module, "VISIBLE_MS", 200)
    passing = NoticeBar(parent)
    passing.show_message("Sparat.")
    qtbot.waitUntil(lambda: not passing.isVisible(), timeout=15_000)
    passing.deleteLater()
