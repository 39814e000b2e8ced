"""Python's cycle collector runs in the GUI thread only.

A collection starts in whichever thread happens to allocate when a threshold is passed. Started
in a worker (ui.runner), it may finalise Qt widgets there, which crashes the process (seen in
the test suite: a printout's worker collected the widgets of an earlier window). So while the
window runs, automatic collection is off and a timer in the GUI thread collects by the same
thresholds Python would use.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.threshold[0]:
            gc.collect(0)
            if second > self.threshold[1]:
                gc.collect(1)
                if third > self.threshold[2]:
                    gc.collect(2)


def collect_in_gui_thread(app: QObject) -> MainThreadCollector:
    """Install once per application (a second call returns the first collector)."""
    existing = app.findChild(MainThreadCollector)
    return existing if existing is not None else MainThreadCollector(app)
