"""The quick start's first view makes no PySide type it does not use: making a Qt class's type
builds every Python enum it holds, and those enums were a large part of the start-up's time
beyond a bare window's. The types that only draw accents above a selectable label's text
(ui.capital_tops) come with the first such label painted, not with the first view."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop import demo
from samverkan_desktop.db import open_database
from tests.ui.window_process import run_script

NOT_AT_FIRST_VIEW = (
    ("PySide6.QtGui", "QPainter"),
    ("PySide6.QtGui", "QPalette"),
    ("PySide6.QtGui", "QAbstractTextDocumentLayout"),
    ("PySide6.QtWidgets", "QStyleOption"),
)

START = """
import sys
from ui import startup_probe

ready_now = startup_probe.ready_now


def report():
    made = []
    for pair in sys.argv[2:]:
        module, name = pair.split(":")
        if name in vars(sys.modules[module]):  # PySide makes a type when it is first asked for
            made.append(name)
    print("MADE", *made)
    ready_now()


startup_probe.ready_now = report
from ui.app import run

sys.exit(run(["main.py", "--db", sys.argv[1]]))
"""


def _start(url: str, home: Path) -> dict[str, list[str]]:
    wanted = [f"{module}:{name}" for module, name in NOT_AT_FIRST_VIEW]
    out = run_script(START, [url, *wanted], home / "config", SAMVERKAN_STARTUP_PROBE="1")
    return {line.split()[0]: line.split()[1:] for line in out.splitlines() if line}


def test_the_quick_start_s_first_view_makes_no_type_only_accents_draw_with(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    _start(sqlite_url, tmp_path)  # the ordinary start, which keeps the Overview
    quick = _start(sqlite_url, tmp_path)
    assert quick["SAMVERKAN_READY"][2] == "0"  # the saved Overview came first
    assert quick["MADE"] == []
