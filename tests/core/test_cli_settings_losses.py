"""``samverkan settings set`` of a lower retention period or fewer backups: the window asks
first, naming what is removed for good; the command line saves at once (exit 0, scripts rely
on it) and says on stderr what goes and how to keep it: nothing is removed before the next
start or backup, so "Det går inte att ångra", the window's words, would be untrue here."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import backup
from samverkan_desktop.db import open_database
from samverkan_desktop.formatting import thousands, wall_datetime
from samverkan_desktop.services import alarm_usage, settings
from tests.conftest import DemoCopier
from tests.core.test_cli import run_cli


def _demo(sqlite_url: str, sqlite_demo_files: DemoCopier) -> Path:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    sqlite_demo_files(str(path))
    return path


def test_a_shorter_retention_says_how_many_loans_lose_their_borrower(
    sqlite_url: str, sqlite_demo_files: DemoCopier, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(sqlite_url, sqlite_demo_files)
    db = open_database(sqlite_url)
    going = db.call(alarm_usage.count_loans_to_pseudonymise, retention_months=1).count
    db.dispose()
    assert going > 1
    key = "alarms.retention_months"
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "1")
    assert (code, out) == (
        0,
        "Månader innan låntagaren i ett återlämnat larmlån pseudonymiseras: 1\n",
    )
    assert err == (
        "Varning: När fönstret startar nästa gång (eller vid ”samverkan loans pseudonymise”) "
        f"tas låntagarna (och anledningarna) bort från {thousands(going)} lån som lämnades "
        "tillbaka för mer än 1 månad sedan. Lånen finns kvar för statistiken. Sätt tillbaka "
        "tiden till 24 månader innan dess för att behålla låntagarna.\n"
    )
    db = open_database(sqlite_url)
    assert db.call(settings.current_values)[key] == 1  # saved, as before
    db.dispose()
    # A longer period, or one that takes nobody out, goes without a word.
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", key, "36")
    assert (code, err) == (0, "")


def test_fewer_backups_says_which_the_next_backup_deletes(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    for _n in range(3):
        backup.take_backup(database, backup.MANUAL)
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", "backups.keep", "1")
    kept = backup.list_backups(database)
    assert (code, out) == (0, "Antal säkerhetskopior att spara: 1\n")
    assert err == (
        f"Varning: Vid nästa säkerhetskopiering tas de {len(kept) - 1} äldsta "
        f"säkerhetskopiorna bort (den nyaste av dem tagen {wall_datetime(kept[1].taken_at)}). "
        "Sätt tillbaka antalet till 14 innan dess för att behålla dem.\n"
    )
    code, out, err = run_cli(capsys, "--db", sqlite_url, "settings", "set", "backups.keep", "30")
    assert (code, err) == (0, "")
