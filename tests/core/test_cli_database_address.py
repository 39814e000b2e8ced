"""The database a command is pointed at must be one: a SQLite file named by --db or SAMVERKAN_DB
that does not exist, an empty --db, an address that cannot be read, a database in memory or a
folder is one Swedish line, exit 1, and nothing is made. A mistyped path (or a share not mounted)
got a new empty database, a list said "(inga)" and an added unit was in that new file; "--db ''"
(an unset variable in a script) took the local database; "--db foo" was an unexpected error.
``demo`` still makes a new database file (in a folder that exists), and ``restore`` may restore
a lost one."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from samverkan_desktop.cli import build_parser
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import _kind, leaves

SUFFIXES: dict[tuple[str, ...], str] = {("export", "ics"): ".ics", ("audit", "export"): ".csv"}
# Commands given other arguments than _arguments makes; ``rule`` reads no database at all.
ARGUMENTS: dict[tuple[str, ...], list[str] | None] = {
    ("audit", "history"): ["groups", "1"],
    # Its --type is read by a converter, not argparse choices: a valid one, so the database is
    # what is wrong.
    ("exercises", "plan"): ["--title", "Larmprov", "--type", "seminar", "--date", "2026-01-01"],
    # Likewise --type and --role; and edit refuses to change nothing before opening anything.
    ("groups", "create"): ["Platssamverkan Karlaplan", "--type", "platssamverkan"],
    ("groups", "edit"): ["1", "--goal", "Tryggare Karlaplan"],
    ("groups", "change-role"): ["1", "1", "--role", "member"],
    ("agreements", "edit"): ["1", "--notes", "Reviderad"],
    ("weekly", "add"): ["--source", "slk", "--heading", "Demonstration på lördag"],
    ("weekly", "edit"): ["1", "--heading", "Demonstration på lördag"],
    ("weekly", "move"): ["1", "--up"],
}
NO_DATABASE = {("rule",), ("demo",)}  # demo makes the database it is given
# Refused for their own reason before the database is opened (nothing made either).
# Commands that refuse their own arguments before opening the database (an edit given nothing
# to change says so first).
OWN_REASON = {
    ("restore",): "Fel: Mappen ",
    ("settings", "set"): "Fel: Det finns",
    ("contacts", "edit-organisation"): "Fel: Inget att ändra",
}


def _arguments(words: tuple[str, ...], parser: argparse.ArgumentParser, tmp: Path) -> list[str]:
    """Values a command accepts for its required arguments (the database is what is wrong)."""
    argv: list[str] = []
    for action in parser._actions:
        if action.dest == "help" or not (action.required or not action.option_strings):
            continue
        kind = _kind(action)
        if kind == "choice":
            value = str(next(iter(action.choices)))  # type: ignore[arg-type]
        elif kind == "file":
            value = str(tmp / f"ut{SUFFIXES.get(words, '.pdf')}")
        else:
            value = {"id": "1", "date": "2026-01-01", "number": "2026"}.get(kind, "NOPE")
        argv += [action.option_strings[-1], value] if action.option_strings else [value]
    return argv


def test_every_command_refuses_a_database_file_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "saknas" / "samverkan.sqlite3"
    problems = []
    for words, parser in leaves(build_parser()):
        if words in NO_DATABASE:
            continue
        arguments = ARGUMENTS.get(words) or _arguments(words, parser, tmp_path)
        argv = ["--db", f"sqlite:///{missing}", *words, *arguments]
        code, out, err = run_cli(capsys, *argv)
        expected = OWN_REASON.get(words, f"Fel: Databasen {missing} finns inte.")
        if (code, out) != (1, "") or err.count("\n") != 1 or not err.startswith(expected):
            problems.append(f"{' '.join(argv[2:])}: exit {code}, {out[:60]!r}, {err!r}")
    assert not problems, "\n".join(problems)
    assert list(tmp_path.iterdir()) == []  # no folder, no database, no backup, no file written


def test_samverkan_db_naming_a_missing_file_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "samverkan.sqlite3"
    monkeypatch.setenv("SAMVERKAN_DB", f"sqlite:///{missing}")
    code, out, err = run_cli(capsys, "units", "add", "LARM-40", "--kind", "home-visit")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Databasen {missing} finns inte. En ny, tom databas skapas när du öppnar den i "
        "fönstret och väljer ”Börja med en tom databas”; ”samverkan demo” skapar en med "
        "exempeldistriktet.\n"
    )
    assert not missing.exists()


@pytest.mark.parametrize("value", ["", "  "])
def test_samverkan_db_set_to_nothing_is_refused_not_taken_for_the_local_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    value: str,
) -> None:
    """``SAMVERKAN_DB=$UNSET samverkan …`` worked on the local database instead (and took its
    daily backup), as an empty --db once did."""
    monkeypatch.setenv("SAMVERKAN_DB", value)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    code, out, err = run_cli(capsys, "groups", "list")
    assert (code, out) == (1, "")
    assert err == (
        "Fel: SAMVERKAN_DB är tom; ange databasens adress, t.ex. sqlite:///samverkan.sqlite3, "
        "eller ta bort variabeln.\n"
    )
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").rglob("*.sqlite3"))


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("", "Fel: --db är tom; ange databasens adress, t.ex. sqlite:///samverkan.sqlite3."),
        ("  ", "Fel: --db är tom; ange databasens adress, t.ex. sqlite:///samverkan.sqlite3."),
        ("samverkan.sqlite3", "Fel: Ogiltig databasadress: samverkan.sqlite3 är en sökväg"),
        ("sqlite://", "Fel: sqlite:// är en databas i minnet: ingenting skulle sparas. "),
        ("sqlite:///:memory:", "Fel: sqlite:///:memory: är en databas i minnet: "),
        ("sqlite:///{tmp}", "Fel: {tmp} är en mapp; ange en fil i den."),
    ],
    ids=["empty", "blank", "a bare file name", "memory", "memory by name", "a folder"],
)
@pytest.mark.parametrize(
    "words",
    [
        ["groups", "list"],
        ["units", "add", "LARM-40", "--kind", "home-visit"],
        ["demo"],
        ["backups"],
        ["restore", "{tmp}/kopia.sqlite3"],
        ["print", "agenda", "1", "--out", "{tmp}/kallelse.pdf"],
    ],
    ids=lambda w: " ".join(w[:2]),
)
def test_an_address_that_names_no_database_file_is_one_line(
    address: str,
    message: str,
    words: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "kopia.sqlite3").write_bytes(b"")
    before = sorted(tmp_path.iterdir())
    argv = [w.format(tmp=tmp_path) for w in words]
    code, out, err = run_cli(capsys, "--db", address.format(tmp=tmp_path), *argv)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(message.format(tmp=tmp_path)), err
    assert sorted(tmp_path.iterdir()) == before


def test_demo_still_makes_a_new_database_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In a folder that exists: a missing one is refused (tests/cli/test_error_style.py).
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run_cli(capsys, "--db", url, "demo")
    assert (code, err) == (0, "") and out.startswith("Exempeldistriktet har lästs in")
    code, out, err = run_cli(capsys, "--db", url, "groups", "list")
    assert code == 0 and "Lokal styrgrupp Östermalm" in out


def test_restore_brings_a_lost_database_back_and_names_a_missing_folder(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "kopia.sqlite3"
    assert run_cli(capsys, "--db", sqlite_url, "backup", "--out", str(saved))[0] == 0
    lost = tmp_path / "borta.sqlite3"
    code, out, err = run_cli(capsys, "--db", f"sqlite:///{lost}", "restore", str(saved))
    assert (code, err) == (0, "") and lost.is_file()
    folder = tmp_path / "saknas"
    code, out, err = run_cli(
        capsys, "--db", f"sqlite:///{folder / 'x.sqlite3'}", "restore", str(saved)
    )
    # It was SQLite's English "unable to open database file".
    assert (code, out, err) == (1, "", f"Fel: Mappen {folder} finns inte.\n")
    assert not folder.exists()
