"""A group's type read from its name, as the papers name groups: "Lokal styrgrupp Östermalm",
"Platssamverkan Stureplan", "Nätverket för utrymningsledare". The new-group form follows the
name until the type is chosen by hand, so a place collaboration is not saved as the list's
first type (a steering group) by a coordinator who never opened the box."""

from __future__ import annotations

from samverkan_desktop.enums import GroupType

# Word stems (lower case) → the type; a name holding several takes the first in the name.
STEMS: tuple[tuple[str, GroupType], ...] = (
    ("styrgrupp", GroupType.STYRGRUPP),
    ("beredningsgrupp", GroupType.BEREDNINGSGRUPP),
    ("arbetsgrupp", GroupType.ARBETSGRUPP),
    ("trygghetsråd", GroupType.TRYGGHETSRAD),
    ("chefsamråd", GroupType.CHEFSAMRAD),
    ("chefssamråd", GroupType.CHEFSAMRAD),
    ("platssamverkan", GroupType.PLATSSAMVERKAN),
    ("nätverk", GroupType.NATVERK),
)


def type_named_in(name: str) -> GroupType | None:
    """The type a group's name says it is, or None when it names none."""
    text = name.casefold()
    found = [(text.find(stem), kind) for stem, kind in STEMS if stem in text]
    return min(found, key=lambda hit: hit[0])[1] if found else None
