"""The district's own administration however a list spells it (imports.district_names):
tolerant in spelling, never a neighbour or a shop taken for it."""

from __future__ import annotations

import pytest

from samverkan_desktop.imports.district_names import names_own_administration

OWN = "Skärholmens stadsdelsförvaltning"


@pytest.mark.parametrize(
    "listed",
    [
        "Skärholmens stadsdelsförvaltning",
        "skärholmens  STADSDELSFÖRVALTNING",
        "Skärholmen SDF",
        "Skärholmens sdf",
        "SDF Skärholmen",
        "Stadsdelsförvaltningen Skärholmen",
        "Skärholmens s.d.f.",
        "Skärholmens stadsdelsförv.",
        "Skärholmens stadsdelsförvaltning, Stockholms stad",
        "SDF",  # a colleague's list names no district: its own
        "Stadsdelsförvaltningen",
        "Stockholms stad, stadsdelsförvaltningen",
    ],
)
def test_the_own_administration_in_another_spelling_is_recognised(listed: str) -> None:
    assert names_own_administration(listed, OWN)


@pytest.mark.parametrize(
    "listed",
    [
        "Östermalms sdf",  # a neighbour
        "Hägersten-Älvsjö stadsdelsförvaltning",
        "Skärholmen",  # the place, or the shopping centre: no word for the administration
        "Skärholmen centrum",
        "Skärholmens sdf, socialtjänsten",  # more than the administration: left as written
        "Stockholms stad",
        "Socialförvaltningen",
        "Polisen Skärholmen",
        "",
    ],
)
def test_a_neighbour_a_place_or_another_administration_is_not(listed: str) -> None:
    assert not names_own_administration(listed, OWN)


def test_a_district_of_two_names_and_an_own_name_without_sdf() -> None:
    own = "Hässelby-Vällingby stadsdelsförvaltning"
    assert names_own_administration("Hässelby-Vällingbys sdf", own)
    assert names_own_administration("Hässelby Vällingby SDF", own)
    assert not names_own_administration("Vällingby SDF", own)
    assert names_own_administration("Kungsholmens SDF", "Kungsholmen")
