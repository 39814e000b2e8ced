"""The audit entry a restore leaves: the restored database says that it was restored, when
(UTC), by whom (the operating-system user, as every entry), from which backup and where what
it replaced is kept.

Written by ``backup.restore`` with sqlite3, not the ORM: the file may be a backup of an older
schema version, migrated only at the next open. ``audit_log`` has had the same columns since it
came (migration 0008); a backup older than that has no trail and gets no entry. File names
only, never whole paths: a path would keep a user's home folder in the trail.

The entry is one change of the whole database (``changes.WHOLE_DATABASE``, record "1"): an
update whose fields go from nothing to the files' names. Its labels are in
services.audit_labels, as every table's.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

from samverkan_desktop import os_errors
from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.changes import WHOLE_DATABASE
from samverkan_desktop.i18n import _
from samverkan_desktop.models.audit import AuditAction
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.user_warnings import warn_user

log = logging.getLogger(__name__)

RECORD_ID = "1"  # the database is one record
RESTORED_FROM = "restored_from"
BACKED_UP_TO = "replaced_backed_up_to"  # the safety backup of what the restore replaced
KEPT_AS = "replaced_kept_as"  # what it replaced, too damaged to back up, renamed aside
# SQLAlchemy's text for a DateTime on SQLite (UTC, as audit_trail writes ``at``).
_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"


def restore_changes(
    source: Path, safety_backup: Path | None, damaged_kept: Path | None
) -> dict[str, Any]:
    """The entry's fields, as the trail keeps a change: ``{field: {"old":, "new":}}``."""
    named = {RESTORED_FROM: source, BACKED_UP_TO: safety_backup, KEPT_AS: damaged_kept}
    return {
        field: {"old": None, "new": path.name} for field, path in named.items() if path is not None
    }


def record_restore(
    database: Path, source: Path, safety_backup: Path | None, damaged_kept: Path | None
) -> str | None:
    """Write the entry into the restored ``database``. An entry that could not be written is
    told (warn_user, one line) and said again for the window's own message, the path on a
    line of its own (inside the sentence it broke at a "/"); None otherwise (a backup with no
    trail to write into gets no entry and no warning)."""
    changes = restore_changes(source, safety_backup, damaged_kept)
    try:
        conn = sqlite3.connect(database, timeout=5)
        try:
            with conn:  # one transaction, committed
                if not _has_trail(conn):
                    log.info("No audit entry for the restore: %s predates the trail", source.name)
                    return None
                conn.execute(
                    "INSERT INTO audit_log (at, who, table_name, record_id, action, changes) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        utcnow().strftime(_SQLITE_DATETIME),
                        os_user(),
                        WHOLE_DATABASE,
                        RECORD_ID,
                        AuditAction.UPDATE.value,
                        json.dumps(changes),
                    ),
                )
        finally:
            conn.close()
    except Exception as error:  # noqa: BLE001 - the restore stands all the same
        # Told, not only logged: the trail is where "who restored what, when" is looked up.
        reason = os_errors.sqlite_reason(error).rstrip(". ")
        said = _(
            "The database {path} was restored, but the restore could not be written to the audit "
            "trail: {reason}."
        ).format(path=database, reason=reason)
        warn_user(log, said, exc_info=True)
        # the data is restored all the same
        return _(
            "But the restore could not be written to the audit trail ({reason}) of the "
            "database:\n{path}"
        ).format(path=database, reason=reason)
    return None


def _has_trail(conn: sqlite3.Connection) -> bool:
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'"
    ).fetchone()
    return found is not None
