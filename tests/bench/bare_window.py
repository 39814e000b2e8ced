"""The start-up reference: a bare PySide6 window with one table view, reporting like
``ui.startup_probe`` (``SAMVERKAN_READY <epoch> <peak RSS KiB>``).

With ``--orm URL`` it also loads what any SQLAlchemy ORM program on that database must load
before it answers (SQLAlchemy's ORM and the database's dialect, one query in a session),
after its first paint as the window does: the floor under the window's peak memory. That floor
keeps no module source in memory, as the window does not (ui._source_scan)."""

from __future__ import annotations

import argparse
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from samverkan_desktop.peak_memory import peak_rss_kib


def load_orm(url: str) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.orm import Session

    engine = create_engine(url)
    with Session(engine) as session:
        session.execute(text("SELECT 1")).one()
    engine.dispose()


def report_when_shown(app: QApplication, orm_url: str | None = None) -> None:
    # The same report as ui.startup_probe, without importing the product.
    def report() -> None:
        app.processEvents()
        if orm_url:
            load_orm(orm_url)
        peak = peak_rss_kib()
        sys.stdout.write(f"SAMVERKAN_READY {time.time():.6f} {peak}\n")
        sys.stdout.flush()
        app.quit()

    QTimer.singleShot(0, report)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orm", metavar="URL", help="then load SQLAlchemy's ORM on this database")
    orm_url = parser.parse_args().orm
    if orm_url:
        from ui._source_scan import stop_keeping_sources

        stop_keeping_sources()
    app = QApplication(sys.argv[:1])
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
    report_when_shown(app, orm_url)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
