"""Options taking one of a few values, by code or by the label the window shows
(``--status planering``); cli.argument_parser.ChoiceHelpFormatter lists them in the help."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from typing import Any

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def choice(
    option: str,
    values: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
    *,
    listed: bool = True,
) -> Callable[[str], Any]:
    """``type=`` for an option taking one of ``values`` (code → what the handler gets). A code
    or its Swedish label from ``labels`` (code → the label as the window shows it, untranslated)
    is accepted, in any case: "--status planering" as well as "--status planning". Anything
    else is wrong input, not wrong usage: ValidationError "--status cannot be “x”; write one
    of: planning (Planering), …" (one line, exit 1; main catches it from the parser).
    ``listed=False``: the help does not list them (an alias whose original lists them)."""
    labels = labels or {}

    def parse(text: str) -> Any:
        key = text.strip().casefold()
        for code, value in values.items():
            label = labels.get(code)
            if key == code.casefold() or (label and key == _(label).casefold()):
                return value
        raise ValidationError(
            _("{option} cannot be “{value}”; write one of: {choices}.").format(
                option=option, value=text, choices=accepted()
            )
        )

    def accepted() -> str:
        return ", ".join(
            _with_label(code, _(labels[code])) if code in labels else code for code in values
        )

    parse.__name__ = "choice"
    if listed:  # ChoiceHelpFormatter lists them in the help.
        parse.accepted = accepted  # type: ignore[attr-defined]
    return parse


def _with_label(code: str, label: str) -> str:
    """ "planning (Planering)"; a label that starts with its code is not said twice:
    "t1 (jan–apr)", not "t1 (T1 (jan–apr))"."""
    if label.casefold().startswith(code.casefold() + " "):
        return code + label[len(code) :]
    return f"{code} ({label})"


def enum_choice(
    option: str, enum_class: type[enum.Enum], *, listed: bool = True
) -> Callable[[str], Any]:
    """``choice`` over an enum whose members have a ``label``: gives the member."""
    return choice(option, {m.value: m for m in enum_class}, _labels(enum_class), listed=listed)


def code_choice(option: str, members: Mapping[str, enum.Enum]) -> Callable[[str], str]:
    """``choice`` for an option with ``choices=list(members)``: gives the code (argparse then
    finds it among the choices), a member's label accepted too."""
    labels = {code: label for code, m in members.items() if (label := getattr(m, "label", None))}
    return choice(option, {code: code for code in members}, labels)


def _labels(enum_class: type[enum.Enum]) -> dict[str, str]:
    return {m.value: label for m in enum_class if (label := getattr(m, "label", None))}
