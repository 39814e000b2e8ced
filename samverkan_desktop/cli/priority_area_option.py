"""``--area`` naming a priority area by its number or by its name.

The number stays what scripts give (``--area 7``); the name (``--area "Skolan som
brottsplats"``, in any case) is read too, since no command lists the areas' numbers, and so is
a part of it (``--area skolan``) that only one area's name holds: a whole name wins over a
part of another's. A number or name that is no priority area's is wrong input naming those
there are, with their numbers; a part several names hold names those, asking for more."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from samverkan_desktop.services.group_rows import PriorityAreaRow

# The option's metavar, and how its help says an area is named, alike in every command.
METAVAR = N_("ID|NAME")
NAMED_BY = N_("its number, or its name or a part of it, in any case")
ONE_AREA_HELP = N_("only this priority area: {named_by}")


def area_help(text: str) -> str:
    """The option's help: ``text`` (marked with N_()) with NAMED_BY at ``{named_by}``."""
    return _(text).format(named_by=_(NAMED_BY))


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
    once (a refusal lists them)."""
    if not given:
        return ()
    from samverkan_desktop.services.groups import list_priority_areas

    areas = db.call(list_priority_areas)
    return tuple(_area_id(areas, value) for value in given)


def _area_id(areas: Sequence[PriorityAreaRow], given: int | str) -> int:
    if isinstance(given, int):
        if any(area.id == given for area in areas):
            return given
        raise ValidationError(
            _unknown(_("There is no priority area with number {id}").format(id=given), areas)
        )
    wanted = given.strip().casefold()
    if not wanted:  # `--area ""`: no name at all, not a name no area has
        raise ValidationError(
            _unknown(_("No priority area given: give its number or its name"), areas)
        )
    matching = [area for area in areas if area.name.strip().casefold() == wanted]
    if not matching:
        matching = [area for area in areas if wanted in area.name.casefold()]
    if len(matching) == 1:
        return matching[0].id
    if not matching:
        raise ValidationError(
            _unknown(_("There is no priority area named “{name}”").format(name=given), areas)
        )
    raise ValidationError(
        _(
            "“{name}” is part of the names of several priority areas: {areas}; give more of "
            "the name, or the number."
        ).format(name=given, areas=_listed(matching))
    )


def _unknown(missing: str, areas: Sequence[PriorityAreaRow]) -> str:
    """An unknown number's or name's refusal, alike: what is missing, then every area."""
    return _("{missing}; the priority areas are: {areas}.").format(
        missing=missing, areas=_listed(areas) or _("(none)")
    )


def _listed(areas: Sequence[PriorityAreaRow]) -> str:
    return ", ".join(_("{id} “{name}”").format(id=area.id, name=area.name) for area in areas)
