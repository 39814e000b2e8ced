"""A wrong argument to a subcommand is wrong usage of that subcommand: a Swedish line naming it
and a pointer to that subcommand's help, exit 2 (README's contract). argparse handed unknown
arguments up to the top level, which printed ``samverkan``'s usage ("samverkan [-h] [--db URL]
KOMMANDO ...") instead."""

from __future__ import annotations

import pytest

from samverkan_desktop.cli import build_parser
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import leaves


@pytest.mark.parametrize(
    ("words", "usage"),
    [
        (
            ["backups", "--json", "x"],
            "Fel: ”x” är mer än samverkan backups tar emot: kommandot tar bara flaggor.\n"
            "Se samverkan backups --help.\n",
        ),
        (
            ["settings", "set", "alarms.retention_months", "5", "extra"],
            "Fel: ”extra” är mer än samverkan settings set tar emot (NYCKEL VÄRDE).\n"
            "Se samverkan settings set --help.\n",
        ),
    ],
    ids=["backups", "settings set"],
)
def test_an_extra_argument_points_to_the_subcommands_help(
    words: list[str], usage: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, *words)
    assert (code, out, err) == (2, "", usage)


def _commands() -> list[tuple[str, ...]]:
    return [words for words, _parser in leaves(build_parser())]


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_every_subcommand_refuses_an_unknown_option_naming_its_own_help(
    words: tuple[str, ...], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_cli(capsys, "--db", sqlite_url, *words, "--okand-flagga")
    assert code == 2
    command = f"samverkan {' '.join(words)}"
    problem, pointer = err.splitlines()
    assert pointer == f"Se {command} --help."
    # A command that also lacks a required argument says that first (argparse checks it first).
    assert problem == f"Fel: --okand-flagga är ingen flagga i {command}." or (
        problem.startswith("Fel: ") and problem.endswith(" saknas.")
    ), problem
