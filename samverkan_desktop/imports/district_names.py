"""Whether a list's organisation cell names the district's own administration, however the
list spells it: "Skärholmen SDF", "Skärholmens stadsdelsförvaltning", "SDF Skärholmen",
"Stadsdelsförvaltningen" (a colleague's list names no district: it means its own).

Tolerant in spelling, not in meaning: the district's name must be the same place ("Östermalms
sdf" is a neighbour, not us), and a word for the administration must be there ("Skärholmen"
alone may be the shopping centre; "Skärholmens sdf, socialtjänsten" is left as written rather
than guessed)."""

from __future__ import annotations

import re

# Every spelling of "district administration" seen in the city's lists ("s.d.f." loses its dots).
ADMINISTRATION_WORDS = frozenset(
    ("sdf", "stadsdelsförvaltning", "stadsdelsförvaltningen", "stadsdelsförv")
)
# "Skärholmens stadsdelsförvaltning, Stockholms stad": the city names no district.
CITY_WORDS = frozenset(("stockholm", "stockholms", "stad"))


def _reading(name: str) -> tuple[bool, frozenset[str]]:
    """Whether ``name`` has a word for the administration, and its other words as places
    (the genitive s taken off: "Skärholmens" is "Skärholmen")."""
    words = [w for w in re.findall(r"\w+", name.casefold().replace(".", "")) if w not in CITY_WORDS]
    places = frozenset(
        w[:-1] if w.endswith("s") and len(w) > 3 else w
        for w in words
        if w not in ADMINISTRATION_WORDS
    )
    return any(w in ADMINISTRATION_WORDS for w in words), places


def names_own_administration(listed: str, own: str) -> bool:
    """Whether ``listed`` (a list's organisation) is ``own`` (the register's own district
    administration) in another spelling."""
    if " ".join(listed.split()).casefold() == " ".join(own.split()).casefold():
        return True
    says_administration, places = _reading(listed)
    if not says_administration:
        return False
    return not places or places == _reading(own)[1]
