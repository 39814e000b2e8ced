"""The cycle collector runs in the GUI thread, never in a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.gc_guard import collect_in_gui_thread


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it
        self.freed_in: list[str] = []

    def __del__(self) -> None:
        self.freed_in.append(threading.current_thread().name)


def test_garbage_cycles_are_collected_by_the_gui_threads_timer(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    collector = collect_in_gui_thread(app)
    assert collect_in_gui_thread(app) is collector  # once per application
    assert not gc.isenabled()
    seen: list[str] = []
    node = _Node()
    node.freed_in = seen
    alive = weakref.ref(node)
    del node
    kept: list[list[object]] = []

    def allocate() -> None:  # far past the threshold, in a worker: no collection starts there
        kept.extend([] for _ in range(10 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert alive() is not None and not seen
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)  # the GUI thread's timer
    assert seen == [threading.main_thread().name]
