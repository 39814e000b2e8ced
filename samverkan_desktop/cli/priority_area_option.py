"""``--area`` naming a priority area by its number or by its name.

The number stays what scripts give (``--area 7``); the name (``--area "Skolan som
brottsplats"``, in any case) is read too, since no command lists the areas' numbers. A name
that is no priority area's is wrong input naming those there are, with their numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan_desktop.cli.common import record_id, require_priority_area
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

if TYPE_CHECKING:
    from samverkan_desktop.db import Database


def area_number_or_name(text: str) -> int | str:
    """The argument's type: digits are a number (as ``record_id`` reads it), anything else a
    name, looked up once the database is open (``priority_area_id``)."""
    typed = text.strip()
    return record_id(typed) if typed.isdigit() else typed


def priority_area_id(db: Database, given: int | str) -> int:
    """The priority area's number: one given must exist, a name must be an area's."""
    if isinstance(given, int):
        require_priority_area(db, given)
        return given
    from samverkan_desktop.services.groups import list_priority_areas

    areas = db.call(list_priority_areas)
    for area in areas:
        if area.name.casefold() == given.casefold():
            return area.id
    named = ", ".join(_("{id} “{name}”").format(id=area.id, name=area.name) for area in areas)
    raise ValidationError(
        _("There is no priority area named “{name}”; the priority areas are: {areas}.").format(
            name=given, areas=named or _("(none)")
        )
    )
