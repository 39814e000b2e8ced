"""Reading the points of a template file (a safety walk's checklist, an exercise's planning
checklist): what the file holds is checked here, so a wrong value is refused with a line
naming the point and the key, never an AttributeError from deep inside."""

from __future__ import annotations

from typing import Any

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


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
