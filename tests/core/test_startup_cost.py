"""Start-up stays light: the window's first database open reads the migration ids without
importing alembic, and the example data is not imported unless it is loaded (make bench
measures the time; these tests keep the causes from coming back)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from samverkan_desktop import db as db_module

ROOT = Path(__file__).resolve().parents[2]


def test_migration_ids_read_from_the_scripts_match_alembic() -> None:
    assert db_module._script_revisions() == db_module._alembic_revisions()


def test_opening_a_current_database_imports_neither_alembic_nor_the_demo(sqlite_url: str) -> None:
    code = (
        "import sys\n"
        "from samverkan_desktop.db import open_database\n"
        "from samverkan_desktop.empty import is_empty\n"
        f"db = open_database({sqlite_url!r})\n"
        "assert db.call(is_empty)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'"
        " or m.startswith('samverkan_desktop.demo')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
