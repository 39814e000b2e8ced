"""A database with one damaged page (a table's page overwritten): every command says, in
Swedish, that the database is damaged and gives the command that restores the newest backup;
it was "Varning: … kunde inte säkerhetskopieras: database disk image is malformed"."""

from __future__ import annotations

import datetime as dt
import shlex
from pathlib import Path

import pytest

from samverkan_desktop import backup, clock
from tests.core.damaged_pages import damage_a_page_of
from tests.core.test_cli import run_cli


def _loans(capsys: pytest.CaptureFixture[str], url: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", url, "loans", "list", "--json")


def test_a_damaged_page_is_said_with_the_restore_command(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = demo_url
    path = Path(url.removeprefix("sqlite:///"))
    code, sound, _err = _loans(capsys, url)
    assert code == 0
    for taken in backup.list_backups(path):  # today's, so that the next command takes one
        taken.path.unlink()
    yesterday = dt.datetime.combine(clock.today() - dt.timedelta(days=1), dt.time(8, 3))
    kept = backup.take_backup(path, backup.DAILY, now=yesterday)
    damage_a_page_of(path, "alarm_loans")

    code, out, err = run_cli(capsys, "--db", url, "groups", "list")
    assert code == 0 and "Trygghetsråd" in out  # what does not read the page still works
    command = f"samverkan --db {url} restore {kept}"
    assert err == (
        f"Varning: Databasen {path} är skadad; ingen säkerhetskopia togs. Återställ den "
        f"senaste säkerhetskopian med: {command}\n"
    )
    # The command given restores the loans, and the warning is gone.
    code, _out, _err = run_cli(capsys, *shlex.split(command)[1:])
    assert code == 0
    assert _loans(capsys, url) == (0, sound, "")


def test_without_a_backup_it_says_there_is_none(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = Path(demo_url.removeprefix("sqlite:///"))
    damage_a_page_of(path, "alarm_loans")
    code, _out, err = run_cli(capsys, "--db", f"sqlite:///{path}", "groups", "list")
    assert code == 0
    assert err == (
        f"Varning: Databasen {path} är skadad; ingen säkerhetskopia togs. Det finns ingen "
        "säkerhetskopia av den att återställa.\n"
    )
