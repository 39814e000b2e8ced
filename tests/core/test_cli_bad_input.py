"""Every command-line subcommand fed wrong ids, wrong dates and empty strings: one Swedish
line on stderr and exit 1 (a wrong value is wrong input; only a missing argument or an unknown
option is wrong usage, exit 2 with a pointer to the help), never a traceback, and nothing changed in
the database.

The subcommands are found by walking the parser tree, so a new one is tried as soon as it is
registered; its arguments are filled from their declared types (ids, dates, text, files).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.cli import build_parser, main
from samverkan_desktop.cli.argument_types import record_id, whole_number
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import Base
from samverkan_desktop.services import group_editing, group_rows
from tests.core import alarm_data

WRONG_ID = "987654"
# A number never given, a word, a negative number (an id argument, not an option).
WRONG_IDS = (WRONG_ID, "abc", "-1")
HUGE_ID = "1" + "0" * 25  # more than any database integer holds (was an OverflowError)
MODES = ("id", "date", "empty", "number", "huge")
# The last two are dates, but of years no register holds: they were an unexpected error (a
# day or a Stockholm moment outside Python's dates), and "rule --to 9999-12-31" ran for minutes.
WRONG_DATES = ("2026-02-30", "2026-02-31", "31/2", "igår", "30/11/2026", "9999-12-31", "0001-01-01")
# Given beside each wrong date: a week (weekly --week) and a time of day no calendar holds.
WRONG_WEEKS = dict(
    zip(
        WRONG_DATES,
        ("2026-W54", "2026-W00", "v49", "49", "W49", "9999-W01", "0001-W01"),
        strict=True,
    )
)
WRONG_TIMES = dict(
    zip(WRONG_DATES, ("25.00", "18.61", "kl 99", "halv sju", "-1", "24.30", "9999"), strict=True)
)
# Words of argparse's own messages and of Python's exceptions, never in a Swedish line.
ENGLISH = {"invalid", "error", "usage", "argument", "value", "expected", "required", "the", "is"}


def _words(line: str) -> set[str]:
    """The words of a message, leaving out names the user types as they are (a setting's key
    "alarms.training_required", an option "--from"): those are not English prose."""
    prose = re.sub(r"(--[\w-]+|\b\w+(?:\.\w+)+)", " ", line)
    return set(re.findall(r"[a-z]+", prose.casefold()))


# int options that are numbers, not ids: a wrong value is an impossible number.
NUMBERS = {"year", "priority_year", "skip"}
NUMBER_TYPES = {"parse_year", "_days"}  # a year, a count of days
DATE_TYPES = {"iso_date", "parse_until"}
# Subcommands whose text arguments name a new record: no id to get wrong (empty still is).
CREATING = {("units", "add")}


def leaves(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[Any]:
    """(command words, parser) of every subcommand that runs something."""
    if parser.get_default("handler") is not None:
        yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from leaves(sub, (*path, name))


@dataclass(frozen=True)
class Case:
    words: tuple[str, ...]
    mode: str  # one of MODES

    def __str__(self) -> str:
        return f"{' '.join(self.words)} [{self.mode}]"


def _kind(action: argparse.Action) -> str:
    if action.choices is not None:
        return "choice"
    if action.dest == "search":  # words to look for: none found is an empty list, no error
        return "free"
    kind = getattr(action.type, "__name__", None)
    if kind in DATE_TYPES:
        return "date"
    if kind == "iso_week":
        return "week"
    if kind == "clock_time":
        return "time"
    if kind in NUMBER_TYPES:
        return "number"
    if action.type in (int, record_id, whole_number):
        return "number" if action.dest in NUMBERS else "id"
    if action.dest == "out":
        return "file"
    if action.type is Path or kind == "_list_file":  # a file read (contacts import)
        return "file" if action.option_strings else "input"
    return "text"


def _value(action: argparse.Action, mode: str, tmp: Path, wrong: str) -> str | None:
    """The value for ``action`` in a case of ``mode``; None leaves an optional argument out."""
    kind = _kind(action)
    required = not action.option_strings or action.required
    if kind == "choice":
        return str(next(iter(action.choices))) if required else None  # type: ignore[arg-type]
    if kind == "file":
        return "" if mode == "empty" else str(tmp / "out" / "x.pdf")
    values = {
        "id": {"id": wrong, "text": "NOPE-99", "input": str(tmp / "finns-inte.xlsx")},
        "huge": {"id": HUGE_ID},
        "date": {
            "date": wrong,
            "week": WRONG_WEEKS.get(wrong, ""),
            "time": WRONG_TIMES.get(wrong, ""),
        },
        "empty": {
            "text": "",
            "id": "",
            "date": "",
            "number": "",
            "week": "",
            "time": "",
            "input": "",
        },
        "number": {"number": "-1"},
    }[mode]
    if kind in values:
        return values[kind]
    if not required:
        return None
    return {
        "id": WRONG_ID,
        "text": "NOPE-99",
        "date": "2026-01-01",
        "number": "2026",
        "input": str(tmp / "finns-inte.xlsx"),
    }[kind]


def invocations(parser: argparse.ArgumentParser, mode: str, tmp: Path) -> list[list[str]]:
    """The argument lists of one case: one per wrong date or id spelling, else one; [] when
    the subcommand has no argument of this kind."""
    runs = []
    for wrong in {"date": WRONG_DATES, "id": WRONG_IDS}.get(mode, ("",)):
        positional: list[str] = []
        options: list[str] = []
        touched = False
        for action in parser._actions:
            if action.dest in ("help", "json") or isinstance(action, argparse._StoreTrueAction):
                continue
            value = _value(action, mode, tmp, wrong)
            if value is None:
                continue
            kind = _kind(action)
            touched |= {
                "id": kind in ("id", "text", "input"),
                "date": kind in ("date", "week", "time"),
                "huge": kind == "id",
            }.get(mode, kind == mode or (mode == "empty" and kind != "choice"))
            if action.option_strings:
                options += [action.option_strings[-1], value]
            elif action.nargs in ("*", "+"):
                positional.append(value)
            else:
                positional.append(value)
        if touched:
            runs.append(positional + options)
    return runs


def all_cases() -> list[Case]:
    return [Case(words, mode) for words, _parser in leaves(build_parser()) for mode in MODES]


def _parser_of(words: tuple[str, ...]) -> argparse.ArgumentParser:
    for path, parser in leaves(build_parser()):
        if path == words:
            return parser  # type: ignore[no-any-return]
    raise AssertionError(words)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with db.engine.connect() as conn:
        return {
            table.name: [
                tuple(row)
                for row in conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            ]
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def filled_url(db_url: str) -> str:
    db = open_database(db_url)
    with db.session() as session:
        alarm_data.make(session)
        group_editing.create_group(
            session, group_rows.GroupInput("Trygghetsrådet", type=groups_type())
        )
    db.dispose()
    return db_url


def groups_type() -> Any:
    from samverkan_desktop.models import GroupType

    return next(iter(GroupType))


# The subcommands of the latest sessions, and the wrong values each is fed (an id, a date or
# week, an empty string): the walk must reach them, not only list them.
RECENT: dict[tuple[str, ...], set[str]] = {
    ("groups", "create"): {"id", "date", "empty"},
    ("groups", "edit"): {"id", "date", "empty"},
    ("groups", "end"): {"id", "date", "empty"},
    ("groups", "add-member"): {"id", "empty"},
    ("groups", "change-role"): {"id", "empty"},
    ("groups", "remove-member"): {"id", "empty"},
    ("groups", "followup"): {"id", "number", "empty"},
    ("agreements", "create"): {"id", "date", "empty"},
    ("agreements", "edit"): {"id", "date", "empty"},
    ("agreements", "revise"): {"id", "date", "empty"},
    ("agreements", "remove-revision"): {"id", "empty"},
    ("weekly", "show"): {"date", "empty"},
    ("weekly", "add"): {"date", "empty"},
    ("weekly", "edit"): {"id", "empty"},
    ("weekly", "remove"): {"id", "empty"},
    ("weekly", "move"): {"id", "empty"},
    ("weekly", "sent"): {"date", "empty"},
    ("contacts", "import"): {"id", "empty"},
    ("contacts", "add-organisation"): {"empty"},
    ("contacts", "edit-organisation"): {"id", "empty"},
    ("print", "structure"): {"date", "empty"},
    ("print", "loanlog"): {"date", "empty"},
    ("print", "weekly"): {"date", "empty"},
    ("audit", "export"): {"date", "empty"},
}


def test_every_subcommand_is_tried(tmp_path: Path) -> None:
    covered = {case.words for case in all_cases()}
    assert len(covered) >= 30
    assert ("loans", "out") in covered and ("restore",) in covered
    for words, modes in RECENT.items():
        parser = _parser_of(words)
        tried = {mode for mode in MODES if invocations(parser, mode, tmp_path)}
        assert modes <= tried, f"{' '.join(words)}: {sorted(modes - tried)} never tried"


@pytest.mark.parametrize("mode", MODES)
def test_wrong_input_gives_one_line_and_changes_nothing(
    filled_url: str, mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    watcher = open_database(filled_url)
    before = dump(watcher)
    problems = []
    tried = 0
    for words, parser in leaves(build_parser()):
        if mode == "id" and words in CREATING:
            continue
        for args in invocations(parser, mode, tmp_path):
            tried += 1
            argv = ["--db", filled_url, *words, *args]
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = int(exit_.code or 0)
            out, err = capsys.readouterr()
            lines = [line for line in err.splitlines() if line.strip()]
            shown = " ".join(repr(a) for a in argv[2:])
            if code != 1:
                problems.append(f"{shown}: exit {code} ({err.strip()[:200]!r})")
            elif "Traceback" in err:
                problems.append(f"{shown}: traceback")
            elif "oväntat fel" in err:  # one line, but a programming error all the same
                problems.append(f"{shown}: {err.strip()}")
            elif len(lines) != 1:
                problems.append(f"{shown}: {len(lines)} lines: {err!r}")
            elif english := ENGLISH & _words(lines[0]):
                problems.append(f"{shown}: English {sorted(english)}: {err.strip()!r}")
            after = dump(watcher)
            if after != before:
                changed = [t for t in before if before[t] != after[t]]
                problems.append(f"{shown}: changed {changed}")
                before = after
    watcher.dispose()
    assert tried > 0
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "words",
    [
        ["rule", "varje måndag", "--to", "9999-12-31"],  # ran for minutes, listing 8000 years
        ["meetings", "list", "--to", "9999-12-31"],  # an unexpected error (OverflowError)
        ["loans", "out", "LARM-01", "--to", "Anna", "--until", "0001-01-01T10:00"],
    ],
    ids=lambda w: " ".join(w[:2]),
)
def test_a_date_in_a_year_no_register_holds_is_said(
    words: list[str], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(["--db", sqlite_url, *words])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    _out, err = capsys.readouterr()
    assert code == 1
    assert err.count("\n") == 1 and err.endswith("ligger utanför åren 1900–2200.\n")


@pytest.mark.parametrize(
    "words",
    [["groups", "show"], ["groups", "show", "1", "--bogus"], ["meetings", "lista"]],
    ids=["missing argument", "unknown option", "unknown command"],
)
def test_wrong_usage_stays_exit_2_with_the_help_named(
    words: list[str], sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """README: wrong usage (a missing argument, an unknown option or command) is exit 2 and
    names the command's help; only a wrong value is the one line of exit 1."""
    try:
        code = main(["--db", sqlite_url, *words])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    _out, err = capsys.readouterr()
    assert code == 2
    problem, pointer = err.splitlines()
    assert problem.startswith("Fel: ") and pointer.startswith("Se samverkan ")


# Free text where an empty value means "none given", as leaving the option out.
EMPTY_MEANS_NONE = {
    "search",
    "note",
    "initials",
    "make_model",
    "serial",
    "reason",
    "fault",
    "place",
    "scenario",  # exercises plan: no scenario written yet
}


def test_each_option_given_empty_alone_is_refused(
    filled_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One option at a time, the others as they should be: "--unit ''" (an empty variable in a
    script) listed every unit's loans, as if no unit were named. The walk above gives every
    argument empty at once, so the first refused hid the others."""
    from tests.core.test_cli_database_address import ARGUMENTS, _arguments

    problems = []
    for words, parser in leaves(build_parser()):
        if words in {("demo",), ("restore",), ("backup",)}:
            continue  # no option that names something (backup --out: test_backup)
        given = ARGUMENTS.get(words) or _arguments(words, parser, tmp_path)
        for action in parser._actions:
            if not action.option_strings or action.required or action.choices is not None:
                continue
            if action.dest in ("help", "json", *EMPTY_MEANS_NONE) or action.nargs == 0:
                continue
            argv = ["--db", filled_url, *words, *given, action.option_strings[-1], ""]
            try:
                code = main(argv)
            except SystemExit as exit_:
                code = int(exit_.code or 0)
            capsys.readouterr()
            if code not in (1, 2):
                problems.append(f"{' '.join(argv[2:])}: exit {code}")
    assert not problems, "\n".join(problems)
