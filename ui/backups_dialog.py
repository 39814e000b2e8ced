"""Arkiv → Säkerhetskopior…: the kept backups of the SQLite database, a backup taken by hand,
and a restore from one of them (or from a file) without the command line.

A restore replaces the database under the running window, whose open forms and lists would
show the old data, and a backup from an older version must be migrated: so after a restore the
program starts again on the restored database (``restart``). What the restore replaces is backed
up first (samverkan_desktop.backup.restore), so a mistaken restore can itself be undone here."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import backup
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import wall_datetime, week_label
from samverkan_desktop.i18n import _, ngettext
from ui.backups import choose_backup_file, show_restored
from ui.context import AppContext
from ui.widgets.dialogs import confirm, show_error, show_info
from ui.widgets.folder_opening import open_folder
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column

T = TypeVar("T")


def backup_columns(database: Path) -> list[Column[backup.BackupFile]]:
    def file_name(kept: backup.BackupFile) -> str:
        # One an earlier version left in the shared folder says so: it is not in "Mapp".
        if backup.in_older_folder(database, kept):
            return _("{name} (older folder)").format(name=kept.path.name)
        return kept.path.name

    return [
        Column(
            _("Taken"),
            lambda b: wall_datetime(b.taken_at),
            sort_key=lambda b: b.taken_at,
        ),
        Column(_("Week"), lambda b: week_label(b.taken_at.date()), sort_key=lambda b: b.taken_at),
        Column(_("Why"), lambda b: backup.reason_label(b.reason)),
        Column(_("File"), file_name, tooltip=lambda b: str(b.path)),
    ]


def _waiting(
    parent: QWidget, failed: str, work: Callable[[], T], paths: Sequence[Path] = ()
) -> T | None:
    """``work`` under the wait cursor; a refusal is shown (titled ``failed``, ``paths`` on lines
    of their own kept whole: show_error) and gives None."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    except DomainError as error:
        refusal = error
    finally:
        QApplication.restoreOverrideCursor()  # before any message box
    show_error(parent, refusal, failed, paths=paths)
    return None


def restart() -> None:
    """Start the program again as it was started, and close this one."""
    QProcess.startDetached(sys.executable, sys.argv)
    QApplication.quit()


def open_backups(parent: QWidget, url: str, settle_typed: Callable[[], bool] | None = None) -> None:
    """The menu's entry: the dialog on SQLite; on PostgreSQL, where to look instead.
    ``settle_typed``: the window's, run before a restore (see BackupsDialog)."""
    database = backup.sqlite_path(url)
    if database is None:
        show_info(
            parent,
            _(
                "The database is on a PostgreSQL server: back it up there with pg_dump and "
                "restore it with pg_restore (see the README, “Backups”)."
            ),
            _("Backups"),
        )
        return
    BackupsDialog(database, parent, settle_typed=settle_typed).exec()


class BackupsDialog(OneTimeDialog):
    def __init__(
        self,
        database: Path,
        parent: QWidget | None = None,
        restart_program: Callable[[], None] | None = None,
        settle_typed: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._restart = restart_program
        # Text typed in the window and not saved, saved (or asked about) before the database
        # is replaced: after, it went into the restored database or was asked about with the
        # new program already started; False: the user stays, nothing is restored.
        self._settle_typed = settle_typed or (lambda: True)
        self.setWindowTitle(_("Backups"))
        self.folder = folder = backup.folder_for(database)
        older = backup.older_folder(database)
        has_older = any(backup.in_older_folder(database, b) for b in backup.list_backups(database))
        kept = backup.kept_number(database)
        intro = QLabel(
            ngettext(
                "The database is backed up at the first start of each day and before every "
                "update; only the latest backup is kept.",
                "The database is backed up at the first start of each day and before every "
                "update; the latest {kept} are kept.",
                kept,
            ).format(kept=kept),
            self,
        )
        intro.setWordWrap(True)
        # The paths on lines of their own: inside the sentence a long one broke at a "/".
        where = QFormLayout()
        where.setContentsMargins(0, 0, 0, 0)
        places = [(_("Database:"), database), (_("Folder:"), folder)]
        if has_older and older is not None:  # backups an earlier version left there
            places.append((_("Older folder:"), older))
        for label, path in places:
            shown = QLabel(str(path), self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            where.addRow(label, shown)
        self.table: RecordTable[backup.BackupFile] = RecordTable(
            backup_columns(database), self, id_of=lambda b: b.path
        )
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.activated.connect(lambda _row: self.restore_selected())
        self.table.current_changed.connect(lambda _row: self._enable())
        self.empty = QLabel(_("No backup has been taken yet."), self)

        self.take_button = QPushButton(_("Back up now"), self)
        self.take_button.clicked.connect(self.take_now)
        self.restore_button = QPushButton(_("Restore the selected…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(_("Restore from a file…"), self)
        self.file_button.clicked.connect(self.restore_from_file)
        self.folder_button = QPushButton(_("Open the folder"), self)
        self.folder_button.clicked.connect(self.open_folder)
        self.older_button = QPushButton(_("Open the older folder"), self)
        self.older_button.setToolTip(
            _("The shared folder where an earlier version kept backups: {folder}").format(
                folder=older
            )
        )
        self.older_button.clicked.connect(lambda: self._show_folder(lambda: older))
        self.older_button.setVisible(has_older)
        close = QPushButton(_("Close"), self)
        close.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        for button in (self.take_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.older_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(where)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.resize(760, 440)
        self.reload()

    def reload(self, select: Path | None = None) -> None:
        kept = backup.list_backups(self.database)
        self.table.set_rows(kept, select_id=select or (kept[0].path if kept else None))
        self.empty.setVisible(not kept)
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.table.current_row() is not None)

    def open_folder(self) -> None:
        """The backups folder in the file manager; made first if no backup has been taken."""
        self._show_folder(lambda: backup.made_folder(self.database))

    def _show_folder(self, find: Callable[[], Path | None]) -> None:
        # The backups folder that cannot be made stands on a line of its own (made_folder).
        folder = _waiting(self, _("The folder cannot be opened"), find, [self.folder])
        if folder is not None:
            open_folder(self, folder)

    def take_now(self) -> None:
        path = _waiting(
            self,
            _("The backup could not be taken"),
            lambda: backup.take_backup(self.database, backup.MANUAL),
            [self.folder],
        )
        if path is None:
            return
        self.reload(select=path)
        # The file whole on a line of its own, to copy: inside the sentence it broke at a "/".
        show_info(self, _("Backup saved:\n{path}").format(path=path), _("Backups"), paths=[path])

    def restore_selected(self) -> None:
        row = self.table.current_row()
        if row is not None:
            self._restore(row.path, wall_datetime(row.taken_at))

    def restore_from_file(self) -> None:
        chosen = choose_backup_file(self, backup.folder_for(self.database))
        if chosen is not None:
            self._restore(chosen, chosen.name)

    def _restore(self, source: Path, label: str) -> None:
        refused = _("The backup cannot be restored")
        # A file that is no backup (or the database itself) is refused before the question.
        checked = _waiting(
            self, refused, lambda: backup.check_source(self.database, source), paths=[source]
        )
        if checked is None:
            return
        if not confirm(
            self,
            _("Restore the backup?"),
            _(
                "The database is replaced by the backup {label}. Changes made after it was "
                "taken are not in it.\n\nWhat the database holds now is backed up first, so "
                "this can be undone by restoring that backup. Samverkan then starts again."
            ).format(label=label),
            _("Restore and start again"),
        ):
            return
        if not self._settle_typed():
            return
        result = _waiting(
            self, refused, lambda: backup.restore(self.database, source), paths=[source]
        )
        if result is None:
            self.reload()
            return
        kept = result.safety_backup or result.damaged_kept
        show_restored(
            self,
            _(
                "The database was restored from:\n{source}\n\nWhat it held before is kept as:\n{kept}"
            ).format(source=source.name, kept=kept.name)
            if kept
            else _("The database was restored from:\n{source}").format(source=source.name),
            result,
            self.database,
        )
        self.accept()
        (self._restart or restart)()


def start_over(
    parent: QWidget,
    ctx: AppContext,
    restart_program: Callable[[], None] | None = None,
    settle_typed: Callable[[], bool] | None = None,
) -> None:
    """Arkiv → Börja om med en tom databas…: the example district (or a trial) put away in a
    backup, and the program started again on a new, empty database (which asks, as at the
    very first start, whether to load the example)."""
    database = backup.sqlite_path(ctx.db.url)
    if database is None:
        show_info(
            parent,
            _(
                "The database is on a PostgreSQL server, shared by every desk: it is emptied "
                "there, by whoever administers it."
            ),
            _("Start over with an empty database"),
        )
        return
    if not confirm(
        parent,
        _("Start over with an empty database?"),
        _(
            "Everything in this database is put away in a backup:\n{path}\n\nSamverkan then "
            "starts again with an empty database. The backup is listed under File → "
            "Backups…, where it can be restored."
        ).format(path=database),
        _("Start over"),
        paths=[database],  # whole on its line, to copy: inside the sentence it broke at a "/"
    ):
        return
    if settle_typed is not None and not settle_typed():  # as before a restore (BackupsDialog)
        return
    ctx.db.dispose()  # every connection closed: the file can go (on Windows too)
    kept = _waiting(parent, _("Could not start over"), lambda: backup.start_over(database))
    if kept is None:
        return
    show_info(
        parent,
        _("The old database is kept as the backup {kept}. Samverkan starts again.").format(
            kept=kept.name
        ),
        _("Start over with an empty database"),
    )
    (restart_program or restart)()
