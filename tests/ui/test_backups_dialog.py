"""Arkiv → Säkerhetskopior…: a backup taken by hand and a restore, without the command line. The
restore asks first, backs up what it replaces, and starts the program again."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from samverkan_desktop import backup
from samverkan_desktop.db import open_database
from tests.ui.answers import BoxSaid, answer_file_dialogs, read_box
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import menu_of
from tests.ui.path_lines import path_on_its_own_line, short_folder
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.backups_dialog import BackupsDialog
from ui.context import AppContext
from ui.main_window import MainWindow


def _group_name(ctx: AppContext) -> str:
    with ctx.db.session() as s:
        return str(s.execute(text("SELECT name FROM groups WHERE id = 1")).scalar_one())


def _rename_group(ctx: AppContext, name: str) -> None:
    with ctx.db.session() as s:
        s.execute(text("UPDATE groups SET name = :n WHERE id = 1"), {"n": name})
        s.commit()


def _press(text_: str):  # type: ignore[no-untyped-def]
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        for button in box.buttons():
            if button.text() == text_:
                button.click()
                return
        raise AssertionError(f"no {text_!r} in {[b.text() for b in box.buttons()]}")

    return handler


def test_back_up_by_hand_then_restore_it_after_a_mistake(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    original = _group_name(demo_ctx)
    restarts: list[bool] = []
    dialog = show_window(
        qtbot, BackupsDialog(database, restart_program=lambda: restarts.append(True)), 760, 440
    )
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()

    modals.answer(_press("OK"))  # "Säkerhetskopian sparades:" / the file
    click_button(qtbot, dialog, "Säkerhetskopiera nu")
    modals.check()
    assert column_texts(dialog.table, "Varför") == ["tagen för hand"]
    [taken] = column_texts(dialog.table, "Tagen")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d\.\d\d", taken)  # 14.05, as Swedish writes it
    assert not dialog.empty.isVisible() and dialog.restore_button.isEnabled()

    _rename_group(demo_ctx, "Fel namn")  # the mistake
    # Asked first; Cancel (the default) changes nothing.
    modals.answer(_press("Avbryt"))
    click_button(qtbot, dialog, "Återställ den valda…")
    modals.check()
    assert _group_name(demo_ctx) == "Fel namn" and restarts == []

    modals.answer(_press("Återställ och starta om"), _press("OK"))
    click_button(qtbot, dialog, "Återställ den valda…")
    modals.check()
    assert _group_name(demo_ctx) == original
    assert restarts == [True] and not dialog.isVisible()
    # What the restore replaced was backed up first: the mistake can itself be undone.
    assert sorted(b.reason for b in backup.list_backups(database)) == [
        backup.RESTORE,
        backup.MANUAL,
    ]


def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    notes = tmp_path / "anteckningar.sqlite3"
    notes.write_text("inte en databas")
    answer_file_dialogs(monkeypatch, lambda _dialog: str(notes))
    restarts: list[bool] = []
    dialog = show_window(
        qtbot, BackupsDialog(database, restart_program=lambda: restarts.append(True)), 760, 440
    )
    refused: list[str] = []
    whole: list[bool] = []

    def read_refusal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        refused.append(box.text())
        whole.append(path_on_its_own_line(box, notes))
        box.accept()

    modals.answer(read_refusal)  # refused at once: not asked "Restore?" first
    click_button(qtbot, dialog, "Återställ från en fil…")
    modals.check()
    # The file whole on a line of its own, to copy: inside the sentence it broke at a "/".
    assert refused == [f"Den här filen är inte en Samverkan-databas:\n{notes}"]
    assert whole == [True]
    # The database itself, chosen in the file dialog: refused as such, before any question.
    answer_file_dialogs(monkeypatch, lambda _dialog: str(database))
    modals.answer(read_refusal)
    click_button(qtbot, dialog, "Återställ från en fil…")
    modals.check()
    assert refused[1:] == ["Den filen är själva databasen; välj en säkerhetskopia."]
    assert restarts == [] and dialog.isVisible()
    assert backup.list_backups(database) == []  # refused before anything was backed up


def test_a_backup_from_a_newer_version_is_refused_naming_the_file_on_its_own_line(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    newer = tmp_path / "kopia.sqlite3"  # short: whole within the test's 800-pixel screen
    backup.copy_database(database, newer)
    conn = sqlite3.connect(newer)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_a_later_version'")
    conn.close()
    answer_file_dialogs(monkeypatch, lambda _dialog: str(newer))
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    seen: list[tuple[str, bool]] = []

    def read_refusal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), path_on_its_own_line(box, newer)))
        box.accept()

    modals.answer(read_refusal)
    click_button(qtbot, dialog, "Återställ från en fil…")
    modals.check()
    assert seen == [
        (
            "Den här filen sparades av en nyare version av Samverkan:\n"
            f"{newer}\n\nUppdatera programmet först.",
            True,
        )
    ]
    assert backup.list_backups(database) == []  # refused before anything was backed up


def test_the_file_menu_opens_the_backups(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    titles: list[str] = []

    def read_title(dialog: QWidget) -> None:
        assert isinstance(dialog, BackupsDialog)
        titles.append(dialog.windowTitle())
        dialog.reject()

    modals.answer(read_title)
    file_menu = menu_of(window, 0)
    entry = next(a for a in file_menu.actions() if a.text() == "&Säkerhetskopior…")
    entry.trigger()
    modals.check()
    assert titles == ["Säkerhetskopior"]


def test_start_over_puts_the_example_away_and_starts_again(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from samverkan_desktop.db import open_database
    from samverkan_desktop.empty import is_empty

    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    restarts: list[bool] = []
    monkeypatch.setattr("ui.backups_dialog.restart", lambda: restarts.append(True))
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    file_menu = menu_of(window, 0)
    entry = next(a for a in file_menu.actions() if a.text() == "Börja om med en tom databas…")

    asked: list[tuple[str, bool]] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append((box.text(), path_on_its_own_line(box, database)))
        _press("Avbryt")(box)  # the safe choice changes nothing

    modals.answer(read_and_cancel)
    entry.trigger()
    modals.check()
    assert database.exists() and restarts == []
    # The database whole on a line of its own, to copy: inside the sentence it broke at a "/".
    [(question, whole)] = asked
    assert question.startswith(
        f"Allt i den här databasen läggs undan i en säkerhetskopia:\n{database}\n\n"
    )
    assert whole

    modals.answer(_press("Börja om"), _press("OK"))
    entry.trigger()
    modals.check()
    assert restarts == [True] and not database.exists()
    [kept] = backup.list_backups(database)
    assert kept.reason == backup.START_OVER
    fresh = open_database(demo_ctx.db.url)  # the next start: empty, and it asks again
    with fresh.session() as s:
        assert is_empty(s)
    fresh.dispose()


def test_the_database_and_the_folder_stand_whole_on_lines_of_their_own(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Inside the sentence a long path broke at a "/" ("sparas i /" | "tmp/backups")."""
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Databas:", str(database), "Mapp:", str(backup.folder_for(database))} <= texts
    assert any(t.startswith("Databasen säkerhetskopieras vid dagens första start") for t in texts)


def test_one_backup_kept_is_said_in_the_singular(qtbot: QtBot, demo_ctx: AppContext) -> None:
    from samverkan_desktop.services import settings

    demo_ctx.call(settings.save_settings, {backup.KEEP_SETTING: 1})
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    texts = {label.text() for label in dialog.findChildren(QLabel)}
    assert (
        "Databasen säkerhetskopieras vid dagens första start och före varje uppdatering; bara "
        "den senaste säkerhetskopian sparas."
    ) in texts  # it was "de 1 senaste sparas"


def test_a_backup_written_as_kopia_db_is_listed_first_and_restores(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """``samverkan backup --out kopia.db`` made a file the dialog's "*.sqlite3" hid."""
    from fnmatch import fnmatch

    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    copy = tmp_path / "kopia.db"
    backup.copy_database(database, copy)
    offered: list[str] = []

    def choose(dialog: QFileDialog) -> str:
        offered.append(";;".join(dialog.nameFilters()))
        return str(copy)

    answer_file_dialogs(monkeypatch, choose)
    restarts: list[bool] = []
    dialog = show_window(
        qtbot, BackupsDialog(database, restart_program=lambda: restarts.append(True)), 760, 440
    )
    modals.answer(_press("Återställ och starta om"), _press("OK"))
    click_button(qtbot, dialog, "Återställ från en fil…")
    modals.check()
    assert offered == ["Samverkans säkerhetskopior (*.sqlite3 *.sqlite *.db *.db3);;Alla filer (*)"]
    first = offered[0].split(";;")[0].partition("(")[2].rstrip(")").split()
    assert any(fnmatch(copy.name, pattern) for pattern in first)
    assert restarts == [True]


def test_open_the_folder_before_the_first_backup_makes_it_and_opens_it(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    folder = backup.folder_for(database)
    assert not folder.exists()  # no backup taken yet
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return folder.is_dir()

    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", open_url)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    click_button(qtbot, dialog, "Öppna mappen")
    assert opened == [str(folder)] and folder.is_dir()


def test_a_folder_that_cannot_be_made_is_named_with_the_reason(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    folder = backup.folder_for(database)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("en fil där mappen skulle vara")
    opened: list[QUrl] = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", opened.append)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    said: list[BoxSaid] = []
    modals.answer(read_box(said, folder), read_box(said, folder))
    click_button(qtbot, dialog, "Öppna mappen")
    click_button(qtbot, dialog, "Säkerhetskopiera nu")
    modals.check()
    # The folder whole on a line of its own, to copy: inside the sentence it broke at a "/".
    reason = (
        "Mappen för säkerhetskopior kan inte skapas (en fil med det namnet står i vägen):\n"
        f"{folder}"
    )
    assert said == [
        ("Mappen kan inte öppnas", reason, True),
        ("Säkerhetskopian kunde inte tas", reason, True),
    ]
    assert opened == []


def test_a_backup_that_fails_names_the_file_it_was_writing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    database = backup.sqlite_path(demo_ctx.db.url)
    assert database is not None
    folder = backup.folder_for(database)
    connect = sqlite3.connect
    targets: list[Path] = []

    def full_disk(target, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(str(target)).parent == folder:
            targets.append(Path(target))
            raise sqlite3.OperationalError("database or disk is full")
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", full_disk)
    dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
    said: list[BoxSaid] = []
    modals.answer(read_box(said))
    click_button(qtbot, dialog, "Säkerhetskopiera nu")
    modals.check()
    [target] = targets
    assert said == [
        (
            "Säkerhetskopian kunde inte tas",
            f"Databasen {database} kunde inte säkerhetskopieras till {target}: disken är full",
        )
    ]
    assert not target.exists() and dialog.empty.isVisible()


def test_the_backup_taken_by_hand_is_named_whole_on_a_line_of_its_own(
    qtbot: QtBot, modals: ModalDriver
) -> None:
    """ "Säkerhetskopian sparades:" / the file, selectable to copy: inside the sentence the
    path broke at a "/" mid-way."""
    with short_folder() as root:
        database = root / "samverkan.sqlite3"  # its backups' folder is named after it
        open_database(f"sqlite:///{database}").dispose()
        dialog = show_window(qtbot, BackupsDialog(database, restart_program=lambda: None), 760, 440)
        said: list[tuple[str, bool]] = []

        def read(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            [taken] = backup.list_backups(database)
            said.append((box.text(), path_on_its_own_line(box, taken.path)))
            _press("OK")(box)

        modals.answer(read)
        click_button(qtbot, dialog, "Säkerhetskopiera nu")
        modals.check()
        [taken] = backup.list_backups(database)
        assert said == [(f"Säkerhetskopian sparades:\n{taken.path}", True)]
        dialog.close()
