"""A command loads only its own area: the lists of commands and printouts per module are exact,
``--help`` still lists everything, usage errors read as before, and ``samverkan print agenda``
runs without the other areas, Qt or alembic."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop.cli import COMMAND_MODULES, build_parser, main, narrowed_parser
from samverkan_desktop.cli.printing import PRINT_MODULES
from samverkan_desktop.errors import DomainError
from tests.core.test_cli import run_cli


def _choices(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def test_each_module_adds_exactly_the_commands_listed_for_it() -> None:
    every = [name for names in COMMAND_MODULES.values() for name in names]
    assert _choices(build_parser()) == every  # and in the order --help shows them
    for module, names in COMMAND_MODULES.items():
        assert _choices(build_parser([module])) == list(names)


def test_each_module_adds_exactly_the_printouts_listed_for_it() -> None:
    printing = _choices_parser(build_parser(), "print")
    assert _choices(printing) == [d for docs in PRINT_MODULES.values() for d in docs]
    for docs in PRINT_MODULES.values():
        for document in docs:
            narrowed = build_parser(["printing"], document)
            assert _choices(_choices_parser(narrowed, "print")) == list(docs)


def _choices_parser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices[name]  # type: ignore[no-any-return]
    raise AssertionError(name)


def test_help_still_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run_cli(capsys, "--help")
    assert code == 0
    for names in COMMAND_MODULES.values():
        for name in names:
            assert f"    {name} " in out or f"    {name}\n" in out, name
    code, out, _err = run_cli(capsys, "print", "--help")
    assert code == 0
    for docs in PRINT_MODULES.values():
        for document in docs:
            assert document in out


@pytest.mark.parametrize(
    "argv",
    [
        ["print", "agenda"],  # --out missing
        ["print", "agendaa", "1", "--out", "a.pdf"],  # no such document
        ["--db", "sqlite://", "loans", "out"],
        ["--db=sqlite://", "units", "list", "--nope"],
        ["meetings"],
        ["nosuchcommand"],
        [],
        ["--d", "sqlite://", "groups", "list", "--nope"],  # an abbreviated option
    ],
)
def test_usage_errors_read_as_with_every_command_loaded(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    def run(parser: argparse.ArgumentParser) -> tuple[int, str]:
        try:
            parser.parse_args(argv)
            code = 0
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        return code, capsys.readouterr().err

    assert run(narrowed_parser(argv)) == run(build_parser())
    assert run_cli(capsys, *argv)[0] == 2


def test_a_wrong_id_reads_as_with_every_command_loaded() -> None:
    """Not an id is wrong input (exit 1, cli.argument_parser.SwedishArgumentParser), said alike."""
    argv = ["print", "agenda", "x", "--out", "a.pdf"]
    said = []
    for parser in (narrowed_parser(argv), build_parser()):
        with pytest.raises(DomainError) as error:
            parser.parse_args(argv)
        said.append(error.value.message)
    assert said[0] == said[1] == "MÖTES_ID: ”x” är inte ett id-nummer (skriv till exempel 12)."


def test_printing_an_agenda_loads_only_the_meetings(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, "demo"]) == 0
    out = tmp_path / "kallelse.pdf"
    script = (
        "import json, sys\n"
        "from samverkan_desktop.cli import main\n"
        f"code = main(['--db', {url!r}, 'print', 'agenda', '1', '--out', {str(out)!r}])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    code, modules = json.loads(done.stdout.splitlines()[-1])
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    cli = {m for m in modules if m.startswith("samverkan_desktop.cli.")}
    assert cli == {
        "samverkan_desktop.cli.argument_parser",
        "samverkan_desktop.cli.argument_types",
        "samverkan_desktop.cli.database_opening",
        "samverkan_desktop.cli.meeting_printing",
        "samverkan_desktop.cli.printing",
    }
    loaded = set(modules)
    for unwanted in (
        "PySide6",
        "alembic",
        "icalendar",
        "samverkan_desktop.reports.minutes",
        "samverkan_desktop.services.alarm_loans",
        "samverkan_desktop.services.walk_reading",
        "samverkan_desktop.services.walk_editing",
        "samverkan_desktop.services.walk_rows",
    ):
        assert unwanted not in loaded, unwanted
