"""Wrong input on the command line is one Swedish sentence ending with a period, exit 1, in one
style: the option first as in our own refusals (argparse's "argumentet --from: …" had no period),
an empty path said to be empty, a file's path given as --db answered with the address that
names it, the real range of --revised-every, an empty --place refused before anything is
opened, and a missing folder refused by demo as by backup and print."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


def _refusal(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run_cli(capsys, *argv)
    assert (code, out) == (1, ""), err
    assert err.count("\n") == 1 and err.startswith("Fel: ") and err.endswith(".\n"), err
    return err.removeprefix("Fel: ").removesuffix("\n")


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (
            ["meetings", "list", "--from", "31/2"],
            "--from: ”31/2” är inte ett datum (skriv till exempel {today}).",
        ),
        (
            ["print", "agenda", "x", "--out", "kallelse.pdf"],
            "MÖTES_ID: ”x” är inte ett id-nummer (skriv till exempel 12).",
        ),
        (
            ["plans", "list", "--due-within", "tre"],
            "--due-within: inte ett antal dagar: tre.",
        ),
    ],
    ids=["a date", "an id", "a count of days"],
)
def test_a_value_its_option_refuses_names_the_option_and_ends_with_a_period(
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
    words: list[str],
    message: str,
    today: dt.date,
) -> None:
    # A date's example is today's date (it was a fixed, unrelated 2026-03-12).
    expected = message.replace("{today}", today.isoformat())
    assert _refusal(capsys, "--db", sqlite_url, *words) == expected


def test_an_empty_path_to_import_is_said_to_be_empty(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was "Fel:  är ingen lista som Samverkan kan läsa" (the name of "" is "").
    assert _refusal(capsys, "--db", sqlite_url, "contacts", "import", "") == (
        "Sökvägen till filen är tom; ange kontaktlistan som ska läsas in (.xlsx eller .csv)."
    )


def test_a_file_path_as_database_address_is_answered_with_the_address_that_names_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    monkeypatch.chdir(path.parent)
    for typed in (str(path), path.name):  # the whole path, or only the file's name
        said = _refusal(capsys, "--db", typed, "groups", "list")
        assert said == (
            f"Ogiltig databasadress: {typed} är en sökväg till en fil; skriv den som "
            f"sqlite:///{path}."
        )
    # The address suggested is one that works.
    code, out, err = run_cli(capsys, "--db", f"sqlite:///{path}", "groups", "list")
    assert (code, err) == (0, "")


def test_an_address_that_is_no_path_says_how_a_file_is_written(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _refusal(capsys, "--db", "samverkan", "groups", "list") == (
        "Ogiltig databasadress: samverkan; skriv en fil som "
        "sqlite:////hela/sökvägen/samverkan.sqlite3."
    )


@pytest.mark.parametrize("months", ["abc", "0", "121"])
def test_revised_every_states_the_range_it_takes(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], months: str
) -> None:
    # "abc" was refused as "ett heltal från 0 och uppåt", and 0 then refused too.
    shown = months if months.isdigit() else f"”{months}”"
    said = _refusal(
        capsys, "--db", sqlite_url, "agreements", "edit", "1", "--revised-every", months
    )
    assert said == f"Revideringsintervall: 1–120 månader, inte {shown}."


def test_an_empty_place_is_refused_as_empty(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--db", sqlite_url, "walks", "plan", "--date", "2026-12-20", "--place"]
    for typed in ("", "  "):
        assert _refusal(capsys, *argv, typed) == (
            "--place är tomt; ange platsens nummer eller namn (walks places listar platserna)."
        )


def test_demo_refuses_a_missing_folder_as_backup_and_print_do(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "saknas"
    refused = f"Mappen {folder} finns inte."
    words = (
        ["--db", f"sqlite:///{folder / 'demo.sqlite3'}", "demo"],
        ["--db", sqlite_url, "backup", "--out", str(folder / "kopia.sqlite3")],
        ["--db", sqlite_url, "print", "calendar", "--out", str(folder / "kalender.pdf")],
    )
    for argv in words:
        assert _refusal(capsys, *argv) == refused, argv
    assert not folder.exists()  # demo made it, and the database in it
