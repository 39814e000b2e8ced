"""Backups of the SQLite database with SQLite's online backup API, and restoring one.

A backup is a complete, consistent copy taken while the program may be writing (the backup API
copies a snapshot; WAL readers do not block writers). Backups of a database live in a folder of
its own, ``backups/<file name>`` beside it (for the default database ``paths.backups_dir()``), named
``<stem>-<YYYY-MM-DD_HHMMSS>-<reason>.sqlite3`` so a listing sorts by time. Taken automatically at
the first start of each day and before every migration; the newest ``backups.keep`` are kept.

PostgreSQL databases are backed up with the server's own tools (pg_dump/pg_restore).

The work is in three modules: backup_files (the folder, the names, listing), backup_taking
(taking and pruning), backup_restore (checking and restoring a backup). Their public names are
here, where the window and the command line use them (``backup.take_backup``).
"""

from __future__ import annotations

from samverkan_desktop.backup_files import (
    DAILY,
    ENDINGS,
    MANUAL,
    MIGRATION,
    REASONS,
    RESTORE,
    START_OVER,
    BackupFile,
    folder_for,
    in_older_folder,
    latest_backup,
    list_backups,
    named_backup,
    older_folder,
    reason_label,
    require_sqlite,
    sqlite_path,
)
from samverkan_desktop.backup_restore import (
    CORE_TABLES,
    SQLITE_HEADER,
    RestoreResult,
    check_restorable,
    check_source,
    restore,
    set_aside,
)
from samverkan_desktop.backup_taking import (
    KEEP_DEFAULT,
    KEEP_SETTING,
    backup_before_migration,
    copy_database,
    daily_backup,
    daily_backup_failure,
    daily_backup_notice,
    kept_number,
    made_folder,
    prune,
    start_over,
    take_backup,
)

__all__ = [
    "CORE_TABLES",
    "DAILY",
    "ENDINGS",
    "KEEP_DEFAULT",
    "KEEP_SETTING",
    "MANUAL",
    "MIGRATION",
    "REASONS",
    "RESTORE",
    "SQLITE_HEADER",
    "START_OVER",
    "BackupFile",
    "RestoreResult",
    "backup_before_migration",
    "check_restorable",
    "check_source",
    "copy_database",
    "daily_backup",
    "daily_backup_failure",
    "daily_backup_notice",
    "folder_for",
    "in_older_folder",
    "kept_number",
    "latest_backup",
    "list_backups",
    "made_folder",
    "named_backup",
    "older_folder",
    "prune",
    "reason_label",
    "require_sqlite",
    "restore",
    "set_aside",
    "sqlite_path",
    "start_over",
    "take_backup",
]
