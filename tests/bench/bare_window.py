"""The start-up reference: a bare PySide6 window with one table view, reporting like
``ui.startup_probe`` (``SAMVERKAN_READY <epoch> <peak RSS KiB>``)."""

from __future__ import annotations

import resource
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


def report_when_shown(app: QApplication) -> None:
    # The same report as ui.startup_probe, without importing the product.
    def report() -> None:
        app.processEvents()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sys.stdout.write(f"SAMVERKAN_READY {time.time():.6f} {peak}\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, report)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    model = QStandardItemModel(30, 4)
    for row in range(30):
        for column in range(4):
            model.setItem(row, column, QStandardItem(f"{row}:{column}"))
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1400, 860)
    window.show()
    report_when_shown(app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
