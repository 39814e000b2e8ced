"""Start-up measurement for ``make bench``: with SAMVERKAN_STARTUP_PROBE set, the window prints
``SAMVERKAN_READY <epoch seconds> <peak RSS KiB>`` once its first view is populated and painted,
then quits. Never used otherwise."""

from __future__ import annotations

import os
import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENV = "SAMVERKAN_STARTUP_PROBE"


def wanted() -> bool:
    return bool(os.environ.get(ENV))


def report_when_shown(app: QApplication) -> None:
    """The first view is filled in the window's show(); the first event-loop turn paints it."""

    def report() -> None:
        app.processEvents()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sys.stdout.write(f"SAMVERKAN_READY {time.time():.6f} {peak}\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, report)
