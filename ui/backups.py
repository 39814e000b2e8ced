"""Backups seen from the window: the daily backup at start (off the GUI thread; a failure is
told in the window, not only logged) and the dialog for a damaged database file, which offers a
backup and never starts over silently."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop import backup
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import DatabaseCorruptError, DomainError
from samverkan_desktop.formatting import wall_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.services import setting_losses
from ui.widgets.dialogs import confirm, show_error, show_info, whole_lines
from ui.widgets.file_dialogs import open_file
from ui.widgets.kept_together import NO_BREAK
from ui.widgets.one_time_dialog import exec_once

log = logging.getLogger(__name__)

# A window's show_warning: the text, and the paths it names after it on lines of their own.
Warn = Callable[[str, Sequence[Path]], None]


def start_daily_backup(url: str, warn: Warn | None = None) -> None:
    """The first start of the day backs the SQLite database up, without holding up the window.

    A failure is logged and, with ``warn`` (the main window's notice), told to the user with the
    reason and the backups folder, the folder on a line of its own; the work goes on, so it is
    not a dialog to answer."""
    from ui.runner import run_in_background

    def failed(error: DomainError) -> None:
        log.warning("The daily backup failed: %s", error.message)
        if warn is not None and isinstance(error, DatabaseCorruptError):
            warn(*damaged_text(url, error))  # not "check the free space": restore a backup
        elif warn is not None:
            said, folder = backup.daily_backup_notice(url, error)
            warn(said, [folder] if folder is not None else [])

    run_in_background(
        lambda: backup.daily_backup(url),
        lambda path: log.info("Daily backup: %s", path) if path else None,
        failed,
        name="the daily backup",
    )


def damaged_text(url: str, error: DatabaseCorruptError) -> tuple[str, list[Path]]:
    """The window's notice for a database found damaged while it is open: where to restore
    the newest backup (the menu as it reads), or that there is none; and the database, or the
    backups folder searched, for a line of its own under it (inside the sentence a path broke
    at a "/")."""
    database = backup.sqlite_path(url)
    if database is None:
        return error.message, []
    said = error.cause or error.message
    latest = backup.latest_backup(database)
    if latest is None:
        folder = backup.folder_for(database)
        return f"{said} " + _("No backup of it was found in the backups folder:"), [folder]
    # The menu and the date each kept on one line: "Arkiv →" / "Säkerhetskopior…" read as two.
    menu = f"{_('&File')}{NO_BREAK}→{NO_BREAK}{_('&Backups…')}".replace("&", "")
    restore = _(
        "Restore the newest backup ({date}) under {menu}: it replaces the file below, which is "
        "kept beside it under a new name."
    ).format(date=wall_datetime(latest.taken_at).replace(" ", NO_BREAK), menu=menu)
    return f"{said} {restore}", [database]


def recover_damaged(
    url: str, error: DatabaseCorruptError, parent: QWidget | None = None
) -> Database | None:
    """Ask what to do with a damaged database file: restore the latest backup, choose another,
    or quit. The damaged file is renamed aside, never deleted. None when the user quits."""
    path = backup.sqlite_path(url)
    if path is None:
        show_error(parent, error, _("The database cannot be opened"))
        return None
    while True:
        source = _ask(path, parent)
        if source is None:
            return None
        try:
            result = backup.restore(path, source, damaged=True)
            db = open_database(url)
        except DomainError as problem:
            show_error(parent, problem, _("The backup cannot be restored"), paths=[source])
            continue
        kept = result.damaged_kept  # None when the file was gone, not damaged
        show_restored(
            parent,
            _(
                "The database was restored from the backup:\n{source}\n\n"
                "The damaged file is kept as:\n{kept}"
            ).format(source=source.name, kept=kept.name)
            if kept
            else _("The database was restored from:\n{source}").format(source=source.name),
            result,
            path,
        )
        return db


def show_restored(
    parent: QWidget | None, said: str, result: backup.RestoreResult, database: Path
) -> None:
    """The message "Backup restored", saying too when the audit trail could not note the restore: the
    program starts again right after, so this is where the coordinator hears it. ``said`` names
    the files on lines of their own (a name inside the sentence broke at a "-"), the folder of
    the one kept stands under it, to copy or open (the whole path broke at a "/"), and so does
    the ``database`` the trail's warning names."""
    if result.trail_warning:
        said += "\n\n" + result.trail_warning
    kept = result.safety_backup or result.damaged_kept
    show_info(
        parent,
        said,
        _("Backup restored"),
        warning=result.trail_warning is not None,
        folder=kept.parent if kept is not None else None,
        paths=[database] if result.trail_warning else [],
    )


def _ask(path: Path, parent: QWidget | None) -> Path | None:
    latest = backup.latest_backup(path)
    # The file and the folder whole on lines of their own, to copy (inside the sentences they
    # broke at a "/").
    text = _("This database file is damaged and cannot be opened:\n{path}").format(path=path)
    lines = [str(path)]
    if latest is None:
        folder = backup.folder_for(path)
        text += "\n\n" + _("No backup of it was found in the backups folder:\n{folder}").format(
            folder=folder
        )
        lines.append(str(folder))
    text += "\n\n" + _(
        "Restoring a backup keeps the damaged file beside it under a new name; nothing is "
        "deleted. Changes made after the backup was taken are not in it."
    )
    box = QMessageBox(QMessageBox.Icon.Critical, _("The database is damaged"), text, parent=parent)
    restore_latest = None
    if latest is not None:
        restore_latest = box.addButton(
            _("Restore the latest backup ({date})").format(date=wall_datetime(latest.taken_at)),
            QMessageBox.ButtonRole.AcceptRole,
        )
    choose = box.addButton(_("Choose another backup…"), QMessageBox.ButtonRole.ActionRole)
    quit_ = box.addButton(_("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_latest or choose)
    box.setEscapeButton(quit_)
    whole_lines(box, lines)
    exec_once(box)
    clicked = box.clickedButton()
    if latest is not None and clicked is restore_latest:
        return latest.path
    if clicked is choose:
        return choose_backup_file(parent, backup.folder_for(path)) or _ask(path, parent)
    return None


def choose_backup_file(parent: QWidget | None, folder: Path) -> Path | None:
    """A backup file chosen to restore: the backups' endings listed first ("kopia.db", written
    by ``backup --out``, too), any file under "All files" (the restore checks what it holds)."""
    patterns = " ".join(f"*{ending}" for ending in backup.ENDINGS)
    return open_file(
        parent,
        _("Choose a backup"),
        folder,
        _("Samverkan backups ({patterns});;All files (*)").format(patterns=patterns),
    )


def confirm_fewer_backups(parent: QWidget, url: str, keep: int) -> bool:
    """Whether keeping only ``keep`` backups may be saved: the next backup deletes the older
    ones for good, so it is asked when there are more (the safe answer is the default)."""
    database = backup.sqlite_path(url)
    lost = setting_losses.fewer_backups(database, keep) if database is not None else None
    if lost is None:
        return True
    return confirm(parent, _("Keep fewer backups"), lost, _("Save and delete backups"))
