"""Start-up stays light: the window's first database open reads the migration ids without
importing alembic, the example data is not imported unless it is loaded, and SQLAlchemy's
PostgreSQL dialect is not loaded on SQLite (make bench measures time and memory; these tests
keep the causes from coming back)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from samverkan_desktop import db as db_module

ROOT = Path(__file__).resolve().parents[2]


def test_migration_ids_read_from_the_scripts_match_alembic() -> None:
    assert db_module._script_revisions() == db_module._alembic_revisions()


def _modules_loaded(steps: str, *names: str) -> list[str]:
    """The modules whose name contains one of ``names`` once ``steps`` ran in a new process."""
    listed = f"sorted(m for m in sys.modules if any(n in m for n in {names!r}))"
    code = f"import sys\n{steps}\nprint({listed})"
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return list(ast.literal_eval(done.stdout.strip().splitlines()[-1]))


def test_opening_a_current_database_imports_neither_alembic_nor_the_demo(sqlite_url: str) -> None:
    steps = (
        "from samverkan_desktop.db import open_database\n"
        "from samverkan_desktop.empty import is_empty\n"
        f"db = open_database({sqlite_url!r})\n"
        "assert db.call(is_empty)"
    )
    assert _modules_loaded(steps, "alembic", "samverkan_desktop.demo") == []


def test_a_start_on_sqlite_loads_no_postgresql_dialect(sqlite_url: str) -> None:
    """A model argument for PostgreSQL (``postgresql_where``) makes SQLAlchemy import its whole
    PostgreSQL dialect with every driver's module: 3 MiB and 70 ms of every start on SQLite."""
    steps = (
        "from sqlalchemy.orm import configure_mappers\n"
        "from samverkan_desktop.db import open_database\n"
        "from samverkan_desktop.services import overview\n"
        f"db = open_database({sqlite_url!r})\n"
        "configure_mappers()\n"
        "db.call(overview.gather_marked)"
    )
    assert _modules_loaded(steps, "postgresql", "psycopg") == []
