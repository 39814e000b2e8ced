"""Start-up measurement for ``make bench``: with SAMVERKAN_STARTUP_PROBE set, the window prints
``SAMVERKAN_READY <epoch seconds> <peak RSS KiB> <orm loaded 0|1>`` once its first view is
populated and painted, and ``SAMVERKAN_LIVE <epoch seconds> <peak RSS KiB>`` once every area
answers (the database layer is loaded), then quits. Set to ``areas``, it first opens every area
of the main window in turn and prints ``SAMVERKAN_AREAS <epoch seconds> <peak RSS KiB>``: the
memory of a window that has been used, not only started. Never used otherwise."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from samverkan_desktop.peak_memory import peak_rss_kib

ENV = "SAMVERKAN_STARTUP_PROBE"
VISIT_AREAS = "areas"


def wanted() -> bool:
    return bool(os.environ.get(ENV))


def ready_now() -> None:
    orm = int("sqlalchemy" in sys.modules)
    sys.stdout.write(f"SAMVERKAN_READY {time.time():.6f} {peak_rss_kib()} {orm}\n")
    sys.stdout.flush()


def live_now(app: QApplication) -> None:
    sys.stdout.write(f"SAMVERKAN_LIVE {time.time():.6f} {peak_rss_kib()}\n")
    sys.stdout.flush()
    if os.environ.get(ENV) == VISIT_AREAS:
        visit_every_area(app)
        sys.stdout.write(f"SAMVERKAN_AREAS {time.time():.6f} {peak_rss_kib()}\n")
        sys.stdout.flush()
    app.quit()


def visit_every_area(app: QApplication) -> None:
    """Show each area of the main window, painted, and end on the first (the next start's)."""
    from ui.main_window import MainWindow

    for window in app.topLevelWidgets():
        if isinstance(window, MainWindow):
            keys = window.area_keys()
            for key in [*keys[1:], keys[0]]:
                window.navigate(key)
                app.processEvents()


def report_ready(app: QApplication, then_live: bool = False) -> None:
    """At the event loop's first turn, which paints the view filled before it started; the
    Overview's cards, gathered off the GUI thread, once they are there."""

    def report() -> None:
        if _gathering(app):
            QTimer.singleShot(5, report)
            return
        app.processEvents()
        ready_now()
        if then_live:
            live_now(app)

    QTimer.singleShot(0, report)


def _gathering(app: QApplication) -> bool:
    from ui.overview.view import OverviewArea

    return any(
        area.gathering for top in app.topLevelWidgets() for area in top.findChildren(OverviewArea)
    )


def report_live(app: QApplication) -> None:
    """Report that everything answers (the database layer is loaded), then quit."""
    QTimer.singleShot(0, lambda: live_now(app))
