"""The quick start's first view makes no PySide type it does not use: making a Qt class's type
builds every Python enum it holds, and those enums were a large part of the start-up's time
beyond a bare window's. The types that only draw accents above a selectable label's text
(ui.capital_tops) come with the first such label painted, not with the first view."""

from __future__ import annotations

from pathlib import Path

from tests.ui.quick_start import quick_start

NOT_AT_FIRST_VIEW = (
    ("PySide6.QtGui", "QPainter"),
    ("PySide6.QtGui", "QPalette"),
    ("PySide6.QtGui", "QAbstractTextDocumentLayout"),
    ("PySide6.QtWidgets", "QStyleOption"),
)

REPORT = """
def report(wanted):
    made = []
    for pair in wanted:
        module, name = pair.split(":")
        if name in vars(sys.modules[module]):  # PySide makes a type when it is first asked for
            made.append(name)
    print("MADE", *made)
"""


def test_the_quick_start_s_first_view_makes_no_type_only_accents_draw_with(
    sqlite_url: str, tmp_path: Path
) -> None:
    wanted = [f"{module}:{name}" for module, name in NOT_AT_FIRST_VIEW]
    quick = quick_start(sqlite_url, tmp_path, "ready_now", REPORT, wanted)
    assert quick["MADE"] == []
