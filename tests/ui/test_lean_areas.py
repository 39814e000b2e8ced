"""Opening every area loads no printing or export library: ReportLab and its fonts, icalendar,
Pillow and Qt's PDF and print modules (over 20 MiB together) come with the first printout,
photo or calendar export (make bench reports the memory of a window with every area opened)."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop import demo
from samverkan_desktop.db import open_database
from tests.ui.window_process import run_script

HEAVY = ("reportlab", "icalendar", "PIL", "PySide6.QtPdf", "PySide6.QtPrintSupport")

VISIT = """
import sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from samverkan_desktop.db import open_database
from tests.ui.window_process import run_script
from ui.context import AppContext, ChangeBus, Navigator
from ui.main_window import MainWindow
from ui.startup_probe import visit_every_area
window = MainWindow(AppContext(open_database(sys.argv[1]), QSettings(), ChangeBus(),
                               Navigator()), "test")
window.show()
visit_every_area(app)
print(len(window._areas), len(window.area_keys()))
print(" ".join(sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[2:])))))
"""


def test_every_area_opens_without_the_printing_and_export_libraries(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    out = run_script(VISIT, [sqlite_url, *HEAVY], tmp_path)
    counts, loaded = out.splitlines()[-2:]
    opened, areas = counts.split()
    assert opened == areas  # every area was built, not only the first
    assert loaded == ""
