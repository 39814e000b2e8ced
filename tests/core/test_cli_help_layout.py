"""The help lists each subcommand with its text on the same line: argparse measured the names
without the indent they are printed at, so the longest of a list ("exercises", "pseudonymise",
"organisations", "grant-roles") stood alone with its text on the line below."""

from __future__ import annotations

import pytest

from tests.core.test_cli import run_cli


@pytest.mark.parametrize(
    ("command", "name", "text"),
    [
        ((), "exercises", "krisövningar"),
        (("loans",), "pseudonymise", "ta bort låntagarna"),
        (("contacts",), "organisations", "lista organisationerna"),
        (("db",), "grant-roles", "skapa rollerna"),
    ],
)
def test_the_longest_subcommand_has_its_text_beside_it(
    capsys: pytest.CaptureFixture[str], command: tuple[str, ...], name: str, text: str
) -> None:
    code, out, _err = run_cli(capsys, *command, "--help")
    assert code == 0
    line = next(line for line in out.splitlines() if line.strip().startswith(name))
    assert text in line
    names = [line for line in out.splitlines() if line.startswith("    ") and line[4] != " "]
    assert len({len(line) - len(line[4:].split(" ", 1)[1].lstrip()) for line in names}) == 1
