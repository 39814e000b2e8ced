"""Options of the commands that write a record's fields (``groups create|edit``, ``agreements
create|edit``, ``groups followup``): a text given empty is refused, since an unset variable in a
script would otherwise wipe what was written; a field is emptied on purpose with ``--clear``."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any

from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.choices import choice
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def given_text(option: str, clearable: bool = True) -> Callable[[str], str]:
    """``type=`` for a text option: the text, or one line refusing an empty one (naming
    ``--clear`` when the field can be emptied)."""

    def text(value: str) -> str:
        if value.strip():
            return value
        if clearable:
            raise ValidationError(
                _("{option} is empty; to empty the field, give --clear {field}.").format(
                    option=option, field=option.removeprefix("--")
                )
            )
        raise ValidationError(_("{option} is empty.").format(option=option))

    text.__name__ = "given_text"
    return text


def add_clear_option(parser: argparse.ArgumentParser, fields: Sequence[str]) -> None:
    """``--clear FIELD[,FIELD]``: the fields to empty, each named as its option (the help lists
    them), in ``args.clear`` (a set of them, empty unless given)."""
    one = choice("--clear", {code: code for code in fields})

    def clear_fields(text: str) -> frozenset[str]:
        return frozenset(one(part) for part in text.split(","))

    clear_fields.accepted = one.accepted  # type: ignore[attr-defined]  # the help lists them
    parser.add_argument(
        "--clear",
        type=clear_fields,
        default=frozenset(),
        metavar=_("FIELDS"),
        help=_("empty these fields, comma-separated"),
    )


def add_id_list(
    parser: argparse.ArgumentParser,
    option: str,
    dest: str,
    help_text: str,
    *,
    type: Callable[[str], Any] = record_id,  # noqa: A002 (as argparse names it)
    metavar: str = "ID",
) -> None:
    """A repeatable id option (``--area 3 --area 5``): ``args.<dest>`` a list, None unless given
    (``type``: what else may name the record, as priority_area_option's names)."""
    parser.add_argument(
        option, dest=dest, type=type, action="append", metavar=metavar, help=help_text
    )


def given(args: argparse.Namespace, *names: str) -> bool:
    """Whether any of these options was given (or a field to clear)."""
    return bool(args.clear) or any(getattr(args, name) is not None for name in names)


def chosen(args: argparse.Namespace, name: str, field: str, current: Any) -> Any:
    """The value of ``name`` when given; else None when ``field`` is cleared; else ``current``."""
    value = getattr(args, name)
    if value is not None:
        if field in args.clear:
            raise ValidationError(
                _("--{field} cannot be given and cleared at once.").format(field=field)
            )
        return value
    return None if field in args.clear else current


def nothing_to_change(command: str) -> ValidationError:
    """The refusal of an ``edit`` given no field: it would only have moved the version."""
    return ValidationError(
        _("Nothing to change: give the fields to change (“{command} --help” lists them).").format(
            command=command
        )
    )
