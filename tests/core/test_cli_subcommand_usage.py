"""A wrong argument to a subcommand is wrong usage of that subcommand: its own usage line and
a Swedish message, exit 2 (README's contract). argparse handed unknown arguments up to the top
level, which printed ``samverkan``'s usage ("samverkan [-h] [--db URL] KOMMANDO ...") instead."""

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
            "användning: samverkan backups [-h] [--json]\n"
            "samverkan backups: fel användning: okända argument: x\n",
        ),
        (
            ["settings", "set", "alarms.retention_months", "5", "extra"],
            "användning: samverkan settings set [-h] NYCKEL VÄRDE\n"
            "samverkan settings set: fel användning: okända argument: extra\n",
        ),
    ],
    ids=["backups", "settings set"],
)
def test_an_extra_argument_shows_the_subcommands_usage(
    words: list[str], usage: str, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "--db", sqlite_url, *words)
    assert (code, out, err) == (2, "", usage)


def _commands() -> list[tuple[str, ...]]:
    return [words for words, _parser in leaves(build_parser())]


@pytest.mark.parametrize("words", _commands(), ids=" ".join)
def test_every_subcommand_refuses_an_unknown_option_under_its_own_usage(
    words: tuple[str, ...], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_cli(capsys, "--db", sqlite_url, *words, "--okand-flagga")
    assert code == 2
    first = err.splitlines()[0]
    assert first.startswith(f"användning: samverkan {' '.join(words)} "), err
    assert "fel användning" in err
