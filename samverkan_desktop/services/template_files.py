"""Reading the points of a template file (a safety walk's checklist, an exercise's planning
checklist): what the file holds is checked here, so a wrong value is refused with a line
naming the point and the key, never an AttributeError from deep inside."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from samverkan_desktop import os_errors
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def read_toml(path: Path) -> dict[str, Any]:
    """The TOML file at ``path``, or a ValidationError in Swedish: a file saved in Windows'
    own encoding (cp1252) or not text at all was "'utf-8' codec can't decode byte 0xe4 in
    position 10", a wrong line the parser's English. A byte-order mark (Notepad's "UTF-8 with
    BOM") is read past."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _(
                "The file {path} is not saved as UTF-8 text; save it again as UTF-8 (in "
                "Notepad: Save as, Encoding UTF-8) and import it again."
            ).format(path=path),
            field="file",
        ) from error
    except OSError as error:
        raise ValidationError(
            _("Cannot read {path}: {reason}").format(path=path, reason=os_errors.reason(error)),
            field="file",
        ) from error
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11's message ends "(at line 3, column 9)"; only the line is worth telling.
        found = re.search(r"at line (\d+)", str(error))
        if found is None:
            message = _("{path} is not a TOML file; check it in a text editor.").format(path=path)
        else:
            message = _(
                "{path}: line {line} cannot be read (not TOML); correct it in a text editor."
            ).format(path=path, line=found.group(1))
        raise ValidationError(message, field="file") from error


def text_of(table: dict[str, Any], key: str, point: int | None = None) -> str | None:
    """The text under ``key`` of the file (``point`` None) or of point ``point`` (from 1), None
    when left out. A number is taken as the text it reads as (``guidance = 1``); a list, a
    table or true/false is refused, naming the point and the key."""
    value = table.get(key)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if point is None:
        message = _("“{key}” must be a text.").format(key=key)
    else:
        message = _("Point {number}: “{key}” must be a text.").format(number=point, key=key)
    raise ValidationError(message, field="file")


def point_tables(spec: dict[str, Any], path: Path) -> list[tuple[int, dict[str, Any]]]:
    """The file's points ([[items]], none when left out), each with its number from 1."""
    points = spec.get("items", [])
    if not isinstance(points, list):
        raise ValidationError(
            _("{path}: the points must be written as [[items]].").format(path=path), field="file"
        )
    for number, point in enumerate(points, start=1):
        if not isinstance(point, dict):
            raise ValidationError(
                _("Point {number} in {path} is not a point ([[items]] with a title).").format(
                    number=number, path=path
                ),
                field="file",
            )
    return list(enumerate(points, start=1))


def whole_weeks(point: dict[str, Any], number: int, key: str) -> int | None:
    """A count of weeks under ``key`` of point ``number``: 2.9 was stored as 2 and true as 1."""
    value = point.get(key)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    shown = str(value).lower() if isinstance(value, bool) else repr(value)
    raise ValidationError(
        _(
            "Point {number}: “{key}” must be a whole number of weeks, 0 or more (not {value})."
        ).format(number=number, key=key, value=shown),
        field="file",
    )
