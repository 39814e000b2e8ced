"""The start-up reference: a bare PySide6 window with one table view, reporting like
``ui.startup_probe`` (``SAMVERKAN_READY <epoch> <peak RSS KiB>``)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from samverkan_desktop.peak_memory import peak_rss_kib


def report_when_shown(app: QApplication) -> None:
    # The same report as ui.startup_probe, without importing the product.
    def report() -> None:
        app.processEvents()
        peak = peak_rss_kib()
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
