"""PySide6 6.12's import hook no longer keeps the source of every module in memory (ui._source_scan)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = """
import json, linecache, sys
sys.path.insert(0, {folder!r})
{first}
import PySide6.QtCore
import with_qt, without_qt, sqlalchemy.orm
feature = sys.modules["shibokensupport.feature"]
# Files only: SQLAlchemy keeps the code it generates there by design.
files = [name for name in linecache.cache if name.endswith(".py")]
kept = [name for name in files if "sqlalchemy" in name or name.endswith("_qt.py")]
print(json.dumps({{
    "kept": len(kept),
    "with_qt": feature.pyside_feature_dict["with_qt"],
    "without_qt": feature.pyside_feature_dict["without_qt"],
}}))
"""


def _imports(tmp_path: Path, first: str) -> dict[str, int]:
    (tmp_path / "with_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "without_qt.py").write_text("VALUE = 1\n")
    script = textwrap.dedent(SCRIPT).format(folder=str(tmp_path), first=first)
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_modules_imported_after_the_window_starts_leave_no_source_in_memory(
    tmp_path: Path,
) -> None:
    found = _imports(tmp_path, "import ui  # as every window start does")
    assert found["kept"] == 0
    # PySide6 still tells the modules that use it (0) from those that do not (-1).
    assert (found["with_qt"], found["without_qt"]) == (0, -1)


def test_the_work_around_is_still_needed(tmp_path: Path) -> None:
    """Fails when PySide6 stops keeping the sources itself: then ui._source_scan can go."""
    found = _imports(tmp_path, "")
    assert found["kept"] > 50  # every SQLAlchemy module read and kept
    assert (found["with_qt"], found["without_qt"]) == (0, -1)
