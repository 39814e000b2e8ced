"""What a command prints: JSON for scripts (--json), aligned tables and labelled lines, and
its warnings ("Varning: …" on stderr, never among the JSON)."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any

from samverkan_desktop.i18n import _


def to_jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def print_json(data: Any) -> None:
    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_warning(message: str) -> None:
    """A warning the user should hear while the command goes on: one line on stderr."""
    print(_("Warning: {message}").format(message=message), file=sys.stderr)


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned text table (dates ISO, empty as blank), fitted to the terminal it is
    shown in (cli/table_width.py); whole when piped."""
    # Imported here: a printout's command prints no table and loads no more than it needs.
    from samverkan_desktop.cli.table_width import fitted_widths, shortened, text_width

    def pad(text: str, width: int) -> str:
        text = shortened(text, width)
        return text + " " * (width - text_width(text))

    values = [list(row) for row in rows]
    text_rows = [[_cell(value) for value in row] for row in values]
    widths = fitted_widths(headers, values, text_rows)
    print("  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in text_rows:
        print("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not text_rows:
        print(_("(none)"))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return _(label) if label else str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def print_labelled(lines: Sequence[tuple[str, Any]]) -> None:
    """``label: value`` lines, the values in one column, a value's further lines under its
    first; empty values left out."""
    shown = [(label, str(value)) for label, value in lines if value]
    width = max((len(label) for label, _value in shown), default=0)
    for label, value in shown:
        first, *rest = value.splitlines() or [""]
        print(f"{label + ':':<{width + 2}}{first}")
        for line in rest:
            print(" " * (width + 2) + line)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON for scripts"))
