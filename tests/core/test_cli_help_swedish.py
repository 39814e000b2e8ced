"""The command line's help is Swedish throughout: every argument of every subcommand says in a
few words what it is, and no placeholder is shown in English.

An audit found ``print checklist WALK_ID``, ``walks list --year YEAR``, ``print labels --skip
SKIP``, ``audit history table record_id`` and options with no help at all (``print loanlog
--from/--to``, ``print walkletter --organisation ID``)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from samverkan_desktop.cli import build_parser
from samverkan_desktop.i18n import set_language
from samverkan_desktop.i18n_build import load_catalog

# Placeholders that read the same in Swedish and need no translation.
SAME_IN_SWEDISH = {"ID", "URL"}


def _arguments(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ("samverkan",)
) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _arguments(sub, (*words, name))
        elif not isinstance(action, argparse._HelpAction):
            yield " ".join(words), action


def _shown(action: argparse.Action) -> str | None:
    """The placeholder --help shows for the argument's value (None: it takes no value or one
    of its listed choices)."""
    if action.nargs == 0 or action.choices is not None:
        return None
    if action.metavar is not None:
        return str(action.metavar)
    return action.dest if not action.option_strings else action.dest.upper()


def test_every_argument_of_every_subcommand_has_a_help_text() -> None:
    set_language("sv")
    missing = [
        f"{command} {'/'.join(action.option_strings) or action.dest}"
        for command, action in _arguments(build_parser())
        if not action.help
    ]
    assert missing == []


def test_every_placeholder_is_swedish() -> None:
    set_language("sv")
    swedish = {message.string for message in load_catalog("sv") if message.id}
    english = [
        f"{command} {'/'.join(action.option_strings) or action.dest}: {shown}"
        for command, action in _arguments(build_parser())
        if (shown := _shown(action)) is not None
        and shown not in SAME_IN_SWEDISH
        and shown not in swedish
    ]
    assert english == []
