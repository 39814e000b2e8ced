"""A database file Samverkan may read but not write (permissions, a read-only share): a command
that changes something, and a restore into it, say so in one Swedish line naming the file, not
"attempt to write a readonly database", and leave the file as it was.

The tests run as root in the container, where chmod 0444 does not stop a write: SQLite's own
read-only states stand in for it, and give the same SQLITE_READONLY error a chmodded file
does: every connection of the program's engine has ``PRAGMA query_only``, and the restore's
connection to the database is opened ``?mode=ro``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from samverkan_desktop import backup, db
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, meeting_rules
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.test_cli import run_cli


def _database(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///")).resolve()


@pytest.fixture
def read_only_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every engine the command opens reads, and refuses to write."""
    _read_only(monkeypatch)


def _read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    made = db.make_engine

    def make_read_only(url: str) -> Any:
        engine = made(url)
        event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only=1"))
        return engine

    monkeypatch.setattr(db, "make_engine", make_read_only)


@pytest.mark.parametrize(
    "words",
    [
        ["units", "add", "LARM-77", "--kind", "home-visit"],
        ["settings", "set", "alarms.retention_months", "12"],
        ["loans", "pseudonymise"],
    ],
    ids=lambda words: " ".join(words[:2]),
)
def test_a_change_to_a_read_only_database_names_the_file(
    words: list[str],
    sqlite_url: str,
    read_only_engines: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = _database(sqlite_url)
    before = path.read_bytes()
    code, out, err = run_cli(capsys, "--db", sqlite_url, *words)
    assert (code, out) == (1, "")
    assert err == f"Fel: Databasfilen är skrivskyddad: {path} (kontrollera behörigheterna).\n"
    assert path.read_bytes() == before


def test_a_restore_into_a_read_only_database_names_the_file(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database(sqlite_url)
    source = backup.take_backup(path, backup.MANUAL)
    before = path.read_bytes()
    connect = sqlite3.connect

    def read_only_target(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        if Path(str(target)).resolve() == path:  # the database restored into, not the backup
            return connect(f"{path.as_uri()}?mode=ro", *args, uri=True, **kwargs)
        return connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_target)
    with pytest.raises(db.DatabaseError) as refused:
        backup.restore(path, source)
    assert refused.value.message == (
        "Säkerhetskopian kunde inte återställas. "
        f"Databasfilen är skrivskyddad: {path} (kontrollera behörigheterna)."
    )
    assert path.read_bytes() == before


def test_a_calendar_export_from_a_read_only_database_is_written(
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Exporting reads; what the export remembers of its numbers (SEQUENCE) is not worth a
    refusal: the file comes, numbered as a writing desk would, and the database stays as it was."""
    database = db.open_database(sqlite_url)
    with database.session() as s:
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        meeting_rules.set_rule_from_phrase(s, group_id, "1 gång/månad kl 9-10")
    database.dispose()
    _read_only(monkeypatch)
    path = _database(sqlite_url)
    before = path.read_bytes()
    out = tmp_path / "moten.ics"
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "export", "ics", "--out", str(out))
    assert (code, err) == (0, "")
    assert b"BEGIN:VEVENT" in out.read_bytes() and b"SEQUENCE:0" in out.read_bytes()
    assert path.read_bytes() == before
