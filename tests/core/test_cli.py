"""The command line: contracts others script against (subcommands, JSON keys, exit codes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop.cli import main
from tests.core.area_refusals import UNKNOWN_AREA_999


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_groups_and_contacts_as_json(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "--db", db_url, "demo")
    assert code == 0 and "Exempeldistriktet" in out
    code, out, _ = run_cli(capsys, "--db", db_url, "groups", "list", "--json")
    groups = json.loads(out)
    assert code == 0
    assert {"id", "name", "type", "status"} <= set(groups[0])
    by_name = {g["name"]: g for g in groups}
    assert by_name["Lokal styrgrupp Östermalm"]["type"] == "styrgrupp"
    assert by_name["Lokal styrgrupp Östermalm"]["status"] == "active"
    code, out, _ = run_cli(capsys, "--db", db_url, "contacts", "list", "--json")
    people = json.loads(out)
    assert {"id", "name", "organisation", "last_verified"} <= set(people[0])
    assert all(p["last_verified"] is None or len(p["last_verified"]) == 10 for p in people)


def test_second_demo_load_is_refused_politely(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "--db", sqlite_url, "demo")[0] == 0
    code, out, err = run_cli(capsys, "--db", sqlite_url, "demo")
    assert code == 1
    assert err.strip().count("\n") == 0 and "redan" in err
    assert "Traceback" not in err


def test_human_output_is_swedish(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_cli(capsys, "--db", sqlite_url, "demo")
    code, out, _ = run_cli(capsys, "--db", sqlite_url, "groups", "list")
    assert code == 0
    assert "Namn" in out and "Styrgrupp" in out and "Aktiv" in out


def test_wrong_usage_exits_2_and_bad_database_exits_1(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, "groups", "frobnicate")[0] == 2
    bad = tmp_path / "x.sqlite3"
    bad.write_text("not a database")
    code, _, err = run_cli(capsys, "--db", f"sqlite:///{bad}", "groups", "list")
    # One line, the file inside the sentence (the window's names it on a line of its own).
    assert code == 1 and err == f"Fel: Filen {bad} är inte en Samverkan-databas.\n"


def test_console_entry_point_runs_as_module(sqlite_url: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "samverkan_desktop", "--db", sqlite_url, "groups", "list", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_a_command_leaves_its_changes_in_the_database_file_itself(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy of the database file alone (to a USB stick) holds what the commands did: they
    fold SQLite's write-ahead log in when they end, as the window does."""
    import shutil
    import sqlite3

    code, _out, _err = run_cli(capsys, "--db", sqlite_url, "demo")
    assert code == 0
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    assert not database.with_name(database.name + "-wal").exists()
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(database, copy)  # the file alone
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT count(*) FROM groups").fetchone()[0] > 0


def test_a_programming_error_is_one_line_and_logged(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from samverkan_desktop.cli import groups as group_commands
    from samverkan_desktop.paths import data_dir

    def broken(_args: object) -> int:
        raise AttributeError("'Para' object has no attribute 'blPara'")

    monkeypatch.setattr(group_commands, "list_groups", broken)
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "groups", "list")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert err.startswith("Fel: ett oväntat fel inträffade (AttributeError: 'Para' object")
    log = data_dir() / "samverkan.log"
    assert str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8").split("groups list", 1)[-1]


def test_a_printout_failing_with_a_message_of_many_lines_is_one_line(
    sqlite_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ReportLab's LayoutError names the flowable over several lines and at length: the user
    still gets one line, the details in the log."""
    from reportlab.platypus.doctemplate import LayoutError

    from samverkan_desktop.reports import actions_list

    def broken(*_args: object, **_kwargs: object) -> bytes:
        raise LayoutError("Flowable <Table> with cell(0,0) containing\n'Närvaro'" + " x" * 400)

    monkeypatch.setattr(actions_list, "build", broken)
    out_file = tmp_path / "atgarder.pdf"
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "actions", "--out", str(out_file)
    )
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert err.startswith("Fel: ett oväntat fel inträffade (LayoutError: Flowable <Table>")
    assert "containing 'Närvaro' x x" in err and len(err) < 500
    assert not out_file.exists()


def test_print_actions_refuses_an_unknown_organisation_or_area(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `actions list` does: an unknown id is one Swedish line and exit 1, not an empty PDF."""
    out_file = tmp_path / "atgarder.pdf"
    for option, message in (
        ("--organisation", "Fel: Det finns ingen organisation med nummer 999."),
        ("--area", f"Fel: {UNKNOWN_AREA_999}"),
    ):
        code, out, err = run_cli(
            capsys, "--db", sqlite_url, "print", "actions", option, "999", "--out", str(out_file)
        )
        assert (code, out, err.strip()) == (1, "", message)
        assert not out_file.exists()
    from samverkan_desktop.db import open_database
    from samverkan_desktop.services import contacts

    db = open_database(sqlite_url)
    with db.session() as session:
        police = contacts.create_organisation(session, contacts.OrganisationInput("Polisen"))
    db.dispose()
    code, _out, err = run_cli(
        capsys, "--db", sqlite_url, "print", "actions", "--organisation", str(police),
        "--out", str(out_file),
    )  # fmt: skip
    assert code == 0, err
    assert out_file.read_bytes().startswith(b"%PDF")
