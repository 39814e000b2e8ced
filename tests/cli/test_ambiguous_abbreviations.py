"""An abbreviation several options of a command begin with is wrong usage said in our words,
for every command: "Fel: --s kan betyda --status eller --search i samverkan walks list; skriv
flaggans hela namn." and the pointer to the help, exit 2. argparse's own sentence ("tvetydig
flagga: --s kan betyda --status, --search") is never reached, so its translation is gone from
the catalog."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

import pytest

from samverkan_desktop.cli import build_parser


def _commands(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every parser of the command line with the words that reach it."""
    yield words, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            seen: set[int] = set()
            for name, sub in action.choices.items():
                if id(sub) not in seen:  # an alias names the same parser
                    seen.add(id(sub))
                    yield from _commands(sub, (*words, name))


def _ambiguous(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """The shortest abbreviations ("--s") that two or more of the parser's options begin
    with and none is named by, with those options."""
    options = [o for o in parser._option_string_actions if o.startswith("--")]
    found: dict[str, list[str]] = {}
    for a in options:
        for b in options:
            if a >= b:
                continue
            common = os.path.commonprefix([a, b])
            if len(common) > 2 and common not in options and common not in found:
                found[common] = [o for o in options if o.startswith(common)]
    return found


def _cases() -> list[tuple[tuple[str, ...], str, list[str]]]:
    return [
        (words, abbreviation, matches)
        for words, parser in _commands(build_parser())
        for abbreviation, matches in _ambiguous(parser).items()
    ]


def test_every_ambiguous_abbreviation_names_its_candidates_in_swedish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    cases = _cases()
    assert len(cases) > 20  # the commands do have such abbreviations to try
    for words, abbreviation, matches in cases:
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([*words, abbreviation])
        err = capsys.readouterr().err
        command = " ".join(("samverkan", *words))
        line, pointer = err.splitlines()
        assert exit_.value.code == 2, err
        assert line.startswith(f"Fel: {abbreviation} kan betyda "), err
        assert line.endswith(f" i {command}; skriv flaggans hela namn."), err
        listed = line.removeprefix(f"Fel: {abbreviation} kan betyda ")
        assert all(option in listed for option in matches), err
        assert pointer == f"Se {command} --help."
        assert "tvetydig" not in err
