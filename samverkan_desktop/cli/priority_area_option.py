"""``--area`` naming a priority area by its number or by its name.

The number stays what scripts give (``--area 7``); the name (``--area "Skolan som
brottsplats"``, in any case) is read too, since no command lists the areas' numbers. A name
that is no priority area's is wrong input naming those there are, with their numbers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from samverkan_desktop.cli.common import record_id, require_priority_area
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _

if TYPE_CHECKING:
    from samverkan_desktop.db import Database

# The option's metavar and the words its help ends with, alike in every command.
METAVAR = N_("ID|NAME")
ONE_AREA_HELP = N_("only this priority area: its number, or its name in any case")


def area_number_or_name(text: str) -> int | str:
    """The argument's type: digits are a number (as ``record_id`` reads it), anything else a
    name, looked up once the database is open (``priority_area_id``)."""
    typed = text.strip()
    return record_id(typed) if typed.isdigit() else typed


def priority_area_id(db: Database, given: int | str) -> int:
    """The priority area's number: one given must exist, a name must be an area's."""
    return priority_area_ids(db, (given,))[0]


def priority_area_ids(db: Database, given: Sequence[int | str]) -> tuple[int, ...]:
    """The numbers of the areas a repeated ``--area`` gives, in its order; the areas are read
    once, and only when a name is among them."""
    names = [value for value in given if isinstance(value, str)]
    by_name: dict[str, int] = {}
    if names:
        by_name = _area_numbers_by_name(db, names)
    numbers = []
    for value in given:
        if isinstance(value, int):
            require_priority_area(db, value)
            numbers.append(value)
        else:
            numbers.append(by_name[value.casefold()])
    return tuple(numbers)


def _area_numbers_by_name(db: Database, names: Sequence[str]) -> dict[str, int]:
    from samverkan_desktop.services.groups import list_priority_areas

    areas = db.call(list_priority_areas)
    by_name = {area.name.casefold(): area.id for area in areas}
    for name in names:
        if name.casefold() not in by_name:
            named = ", ".join(
                _("{id} “{name}”").format(id=area.id, name=area.name) for area in areas
            )
            raise ValidationError(
                _(
                    "There is no priority area named “{name}”; the priority areas are: {areas}."
                ).format(name=name, areas=named or _("(none)"))
            )
    return by_name
