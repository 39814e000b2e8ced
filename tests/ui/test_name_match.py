"""A picker's names match what is typed from the start of a word ("Anna" is Anna Berglund, not
Hanna or Johanna); only when no word starts so, anywhere inside a name ("qvist")."""

from __future__ import annotations

import pytest

from ui.widgets.name_match import matching

NAMES = [
    "Anna Berglund — Trygghets- och säkerhetssamordnare, Östermalms stadsdelsförvaltning",
    "Hanna Björklund — Utrymningsledare, Östermalms stadsdelsförvaltning",
    "Johanna Wallin — Rektor, Norra Real",
    "Karin Lindqvist — Stadsdelsdirektör, Östermalms stadsdelsförvaltning",
    "Karl-Erik Lindström",
    "Åsa Öberg",
    "Ahmed Yilmaz — Säkerhetssamordnare, SL (Region Stockholm)",
    "Samverkan Stockholmsregionen (SSR)",
    "Polis/Räddningstjänst",
]


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("Anna", ["Anna Berglund"]),  # not Hanna, Johanna: "anna" is inside their names
        ("anna", ["Anna Berglund"]),
        ("  ANNA ", ["Anna Berglund"]),  # case and spaces around
        ("Anna B", ["Anna Berglund"]),
        ("hanna", ["Hanna Björklund"]),  # Johanna only holds it
        ("Lind", ["Karin Lindqvist", "Karl-Erik Lindström"]),
        ("erik", ["Karl-Erik Lindström"]),  # after a hyphen
        ("Karl-E", ["Karl-Erik Lindström"]),
        ("qvist", ["Karin Lindqvist"]),  # no word starts so: inside a word then
        ("anna w", ["Johanna Wallin"]),  # so here too
        ("åsa", ["Åsa Öberg"]),
        ("ÖBERG", ["Åsa Öberg"]),
        ("A\N{COMBINING RING ABOVE}sa", ["Åsa Öberg"]),  # pasted: "A" and a ring
        ("öster", ["Anna Berglund", "Hanna Björklund", "Karin Lindqvist"]),  # the organisation
        ("SSR", ["Samverkan Stockholmsregionen (SSR)"]),  # after "("
        ("region", ["Ahmed Yilmaz"]),  # "(Region": Stockholmsregionen only holds it
        ("räddning", ["Polis/Räddningstjänst"]),  # after "/"
        ("xyz", []),
    ],
)
def test_typed_text_matches_from_a_words_start(typed: str, names: list[str]) -> None:
    assert [NAMES[i].split(" — ")[0] for i in matching(typed, NAMES)] == names
