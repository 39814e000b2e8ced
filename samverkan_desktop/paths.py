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
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # at start, before anything else: a traceback, no window
        from samverkan_desktop.errors import DataFolderError
        from samverkan_desktop.i18n import _
        from samverkan_desktop.os_errors import reason

        raise DataFolderError(
            _(
                "Samverkan's folder {folder} cannot be created: {reason}. Name a folder you may "
                "write in with SAMVERKAN_HOME."
            ).format(folder=path, reason=reason(error))
        ) from error
    return path


def log_file() -> Path:
    """The window's and the command line's log: what an unexpected error points to."""
    return data_dir() / "samverkan.log"


def default_database_path() -> Path:
    return data_dir() / "samverkan.sqlite3"


def default_database_url() -> str:
    named = os.environ.get("SAMVERKAN_DB")
    if named:
        return named  # the data folder is not needed (nor made) for it
    return sqlite_url(default_database_path())


def sqlite_url(path: Path) -> str:
    """The address of the SQLite file ``path``: "sqlite:////data/samverkan.sqlite3"."""
    # A "%" in the folder's name is written "%25": the address is read with %-escapes decoded.
    return "sqlite:///" + str(path).replace("%", "%25")


def attachments_dir() -> Path:
    path = data_dir() / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
