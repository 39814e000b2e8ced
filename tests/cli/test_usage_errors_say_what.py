"""Wrong usage (a missing option or argument, an unknown option, command or extra word) reads as
our other refusals: "Fel: …" naming what is missing or unknown, a sentence ending with a
period, then "Se samverkan … --help."; exit 2 as README documents, nothing written. It was
argparse's usage text and "samverkan print minutes: fel användning: följande argument krävs:
--out", without a period."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.test_cli import run_cli


def _database_bytes(url: str) -> str:
    path = Path(url.removeprefix("sqlite:///"))
    return "".join(
        hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(path.parent.glob(path.name + "*"))
    )


def _usage_error(capsys: pytest.CaptureFixture[str], url: str, *words: str) -> tuple[str, str]:
    """The two lines of a usage error: the problem (its "Fel: " left off) and the pointer."""
    before = _database_bytes(url)
    code, out, err = run_cli(capsys, "--db", url, *words)
    assert (code, out) == (2, ""), err
    line, pointer = err.splitlines()
    assert line.startswith("Fel: ") and line.endswith((".", "?")), err
    assert err.endswith("\n") and "användning" not in err and "Traceback" not in err
    assert _database_bytes(url) == before
    return line.removeprefix("Fel: "), pointer


@pytest.mark.parametrize(
    ("words", "message", "pointer"),
    [
        (
            ["print", "minutes", "1"],
            "--out FIL.pdf (var PDF-filen ska sparas) saknas.",
            "print minutes",
        ),
        (
            ["print", "minutes", "--out", "p.pdf"],
            "MÖTES_ID (mötets nummer) saknas.",
            "print minutes",
        ),
        (
            ["print", "minutes"],
            "--out FIL.pdf (var PDF-filen ska sparas) och MÖTES_ID (mötets nummer) saknas.",
            "print minutes",
        ),
        (
            ["print", "minutes", "1", "--out", "p.pdf", "--outt", "q.pdf"],
            "--outt är ingen flagga i samverkan print minutes; menade du --out?",
            "print minutes",
        ),
        (
            ["print", "labels", "--out", "l.pdf", "--bogus"],
            "--bogus är ingen flagga i samverkan print labels.",  # not taken for --out
            "print labels",
        ),
        (
            ["meetings", "lista"],
            "”lista” är inget kommando i samverkan meetings; skriv ett av: list, set-rule, "
            "held, cancel.",
            "meetings",
        ),
        (["meetings"], "KOMMANDO saknas; skriv ett av: list, set-rule, held, cancel.", "meetings"),
        (
            ["settings", "set", "alarms.retention_months", "5", "extra"],
            "”extra” är mer än samverkan settings set tar emot (NYCKEL VÄRDE).",
            "settings set",
        ),
        (
            ["plans", "list", "--kind"],
            "--kind saknar sitt värde: skriv --kind SLAG.",
            "plans list",
        ),
        (
            ["meetings", "list", "--year", "2026", "--from", "2026-01-01"],
            "--from går inte att ge tillsammans med --year.",
            "meetings list",
        ),
        (
            ["print", "labels", "--ot", "a.pdf"],  # --out is missing too
            "--ot är ingen flagga i samverkan print labels; menade du --out?",
            "print labels",
        ),
        (
            ["print", "minutes", "--ot", "a.pdf"],  # a.pdf was read as the meeting's number
            "--ot är ingen flagga i samverkan print minutes; menade du --out?",
            "print minutes",
        ),
        (
            ["walks", "list", "--status", "gammal", "--bogus"],
            "--bogus är ingen flagga i samverkan walks list.",
            "walks list",
        ),
        (
            ["walks", "list", "--s"],
            "--s kan betyda --status eller --search i samverkan walks list; skriv flaggans hela "
            "namn.",
            "walks list",
        ),
        (
            ["groups", "list", "--s=Aktiv"],
            "--s kan betyda --search, --status eller --standing i samverkan groups list; skriv "
            "flaggans hela namn.",
            "groups list",
        ),
    ],
    ids=[
        "missing option",
        "missing argument",
        "both missing",
        "unknown option",
        "unknown option unlike any",
        "unknown command",
        "no command",
        "extra word",
        "option without value",
        "options not together",
        "unknown option before the one missing",
        "unknown option before a value it made wrong",
        "unknown option before a choice's wrong value",
        "abbreviation of two options",
        "abbreviation of three options with a value",
    ],
)
def test_wrong_usage_names_what_is_missing_or_unknown(
    words: list[str],
    message: str,
    pointer: str,
    sqlite_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _usage_error(capsys, sqlite_url, *words) == (
        message,
        f"Se samverkan {pointer} --help.",
    )


def test_a_bare_print_lists_the_documents(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for words, said in (
        (["print"], "DOKUMENT saknas; skriv ett av: agenda, minutes, "),
        (["print", "protokoll"], "”protokoll” är inget kommando i samverkan print; skriv ett av: "),
    ):
        line, pointer = _usage_error(capsys, sqlite_url, *words)
        assert line.startswith(said) and pointer == "Se samverkan print --help."


def test_an_unknown_command_of_the_program_itself(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line, pointer = _usage_error(capsys, sqlite_url, "grupper")
    assert line.startswith("”grupper” är inget kommando i samverkan; skriv ett av: demo, groups, ")
    assert pointer == "Se samverkan --help."


def test_the_process_exits_2_with_two_lines(sqlite_url: str) -> None:
    """The contract scripts read: the exit code of the program itself, stdout empty."""
    before = _database_bytes(sqlite_url)
    result = subprocess.run(
        [sys.executable, "-m", "samverkan_desktop", "--db", sqlite_url, "print", "minutes", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "Fel: --out FIL.pdf (var PDF-filen ska sparas) saknas.\n"
        "Se samverkan print minutes --help.\n"
    )
    assert _database_bytes(sqlite_url) == before


def test_help_is_still_the_whole_usage(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, "print", "minutes", "--help")
    assert (code, err) == (0, "")
    assert out.startswith("användning: samverkan print minutes [-h] --out FIL.pdf MÖTES_ID\n")
