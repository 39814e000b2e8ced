"""Where the application keeps its files.

SAMVERKAN_HOME overrides the platform's data folder (tests, portable installs).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Samverkan"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PROJECT_ROOT / "resources"
LOCALE_DIR = RESOURCES_DIR / "locale"
MIGRATIONS_DIR = PROJECT_ROOT / "db"


def data_dir() -> Path:
    override = os.environ.get("SAMVERKAN_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The window's and the command line's log: what an unexpected error points to."""
    return data_dir() / "samverkan.log"


def default_database_path() -> Path:
    return data_dir() / "samverkan.sqlite3"


def default_database_url() -> str:
    # A "%" in the folder's name is written "%25": the address is read with %-escapes decoded.
    path = str(default_database_path()).replace("%", "%25")
    return os.environ.get("SAMVERKAN_DB") or f"sqlite:///{path}"


def attachments_dir() -> Path:
    path = data_dir() / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
