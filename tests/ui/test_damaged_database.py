"""A damaged database file at start: a dialog naming the file (whole on a line of its own)
offers the latest backup (or another, or quitting); restoring keeps the damaged file aside and
opens the restored one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup, clock
from samverkan_desktop.db import open_database
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import PersonInput
from tests.ui.conftest import ModalDriver
from tests.ui.path_lines import path_on_its_own_line
from ui.app import open_or_explain


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page after the header
    path.write_bytes(bytes(data))
    return bytes(data)


def _database_with_backup(url: str) -> Path:
    path = Path(url.removeprefix("sqlite:///"))
    db = open_database(url)
    db.call(contacts.create_person, PersonInput("Lena Persson"), today=dt.date(2026, 11, 30))
    db.dispose()
    backup.take_backup(path, backup.DAILY, now=dt.datetime(2026, 11, 29, 8, 3))
    return path


def click(text: str, seen: list[str] | None = None):  # type: ignore[no-untyped-def]
    def handler(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        if seen is not None:
            seen.append(box.text())
        (button,) = [b for b in box.buttons() if b.text() == text]
        button.click()

    return handler


def test_a_damaged_file_is_replaced_by_the_latest_backup_and_kept(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    path = _database_with_backup(sqlite_url)
    damaged = _damage(path)
    texts: list[str] = []
    modals.answer(
        click("Återställ senaste säkerhetskopian (2026-11-29 08.03)", texts),
        click("OK", texts),
    )
    db = open_or_explain(sqlite_url)
    modals.check()
    assert db is not None
    assert str(path) in texts[0] and "skadad" in texts[0]
    assert [p.name for p in db.call(contacts.list_people)] == ["Lena Persson"]
    db.dispose()
    (kept,) = path.parent.glob("samverkan.sqlite3.damaged-*[0-9]")
    assert kept.read_bytes() == damaged
    assert kept.name in texts[1]


def test_quitting_leaves_the_damaged_file_as_it_was(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    path = _database_with_backup(sqlite_url)
    damaged = _damage(path)
    modals.answer(click("Avsluta"))
    assert open_or_explain(sqlite_url) is None
    assert path.read_bytes() == damaged
    assert not list(path.parent.glob("*.damaged-*"))


def test_without_a_backup_the_dialog_says_so_and_offers_no_restore(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    _damage(path)
    folder = backup.folder_for(path)
    buttons: list[str] = []
    said: list[tuple[str, bool, bool]] = []

    def look_and_quit(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        whole = path_on_its_own_line(box, path), path_on_its_own_line(box, folder)
        said.append((box.text(), *whole))
        buttons.extend(b.text() for b in box.buttons())
        click("Avsluta")(box)

    modals.answer(look_and_quit)
    assert open_or_explain(sqlite_url) is None
    assert sorted(buttons) == ["Avsluta", "Välj en annan säkerhetskopia…"]
    # The file and the folder whole on lines of their own, to copy: inside the sentences they
    # broke at a "/".
    [(text, file_whole, folder_whole)] = said
    assert text.startswith(
        f"Den här databasfilen är skadad och kan inte öppnas:\n{path}\n\n"
        f"Ingen säkerhetskopia av den hittades i mappen för säkerhetskopior:\n{folder}\n\n"
    )
    assert file_whole and folder_whole


def test_a_backup_that_is_not_ours_is_refused_and_asked_again(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver
) -> None:
    path = _database_with_backup(sqlite_url)
    (latest,) = backup.list_backups(path)
    latest.path.write_text("not a database")
    damaged = _damage(path)
    refusal: list[str] = []
    selectable: list[bool] = []

    def read_refusal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        refusal.append(box.text())
        # Its own line, selectable to copy (not broken at a "/" inside the sentence); the
        # backup's path is wider than the test's 800-pixel screen leaves it, so not read whole.
        selectable.append(
            bool(box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
        )
        click("OK")(box)

    modals.answer(
        click("Återställ senaste säkerhetskopian (2026-11-29 08.03)"),
        read_refusal,
        click("Avsluta"),
    )
    assert open_or_explain(sqlite_url) is None
    assert refusal == [f"Den här filen är inte en Samverkan-databas:\n{latest.path}"]
    assert selectable == [True]
    assert path.read_bytes() == damaged  # nothing moved for a backup that cannot be used


def test_the_window_takes_the_daily_backup_in_the_background(qtbot: QtBot, sqlite_url: str) -> None:
    from ui.backups import start_daily_backup

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    start_daily_backup(sqlite_url)
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 1, timeout=10000)
    (taken,) = backup.list_backups(path)
    assert taken.reason == backup.DAILY and taken.taken_at.date() == clock.today()


def _wreck_header(path: Path) -> bytes:
    data = b"GARBAGE" * 14 + path.read_bytes()[98:]  # the first 98 bytes overwritten
    path.write_bytes(data)
    return data


def _empty(path: Path) -> bytes:
    path.write_bytes(b"")  # truncated to nothing (a crash, a sync tool)
    return b""


@pytest.mark.parametrize("damage", [_wreck_header, _empty], ids=["header", "empty"])
def test_a_wrecked_header_or_an_emptied_file_gets_the_backup_offered(
    qtbot: QtBot, sqlite_url: str, modals: ModalDriver, damage: Any
) -> None:
    """Not "not a Samverkan database" (and quit), nor, for an emptied file, a new empty
    database in its place: the file has backups, so it was ours and is damaged."""
    path = _database_with_backup(sqlite_url)
    damaged = damage(path)
    texts: list[str] = []
    modals.answer(
        click("Återställ senaste säkerhetskopian (2026-11-29 08.03)", texts), click("OK", texts)
    )
    db = open_or_explain(sqlite_url)
    modals.check()
    assert db is not None and "skadad" in texts[0]
    assert [p.name for p in db.call(contacts.list_people)] == ["Lena Persson"]
    db.dispose()
    (kept,) = path.parent.glob("samverkan.sqlite3.damaged-*[0-9]")
    assert kept.read_bytes() == damaged


def test_a_foreign_or_new_empty_file_without_backups_is_as_before(sqlite_url: str) -> None:
    from samverkan_desktop.errors import NotSamverkanDatabaseError

    folder = Path(sqlite_url.removeprefix("sqlite:///")).parent
    foreign = folder / "notes.txt"
    foreign.write_text("not a database")
    with pytest.raises(NotSamverkanDatabaseError):
        open_database(f"sqlite:///{foreign}")
    new = folder / "new.sqlite3"
    new.write_bytes(b"")  # touched, never used: becomes a new database
    open_database(f"sqlite:///{new}").dispose()
    assert new.read_bytes().startswith(b"SQLite format 3")
