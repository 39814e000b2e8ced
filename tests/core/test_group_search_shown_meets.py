"""The groups list's search (the window's, `groups list --search`) finds a meeting frequency as
the list shows it ("1 gång/månad (ej juli)") as well as it was stored ("1 gång/månad, ej
juli"): typing what is on the screen found nothing. Both databases."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services.group_rows import GroupInput


def _found(db: Database, term: str) -> list[str]:
    return [row.name for row in db.call(groups.list_groups, term)]


def test_the_search_finds_meets_as_shown_and_as_stored(db: Database) -> None:
    with db.session() as s:
        for name, meets, purpose in (
            ("Lokal beredningsgrupp", "1 gång/månad, ej juli", None),
            ("Arbetsgrupp skolan", "1 gång/månad (ej juni–aug)", None),
            ("Trygghetsråd", "2 gånger/år", "Ej juli-möten, uppföljning av juli"),
        ):
            group_editing.create_group(
                s,
                GroupInput(name, GroupType.ARBETSGRUPP, meeting_frequency=meets, purpose=purpose),
            )
    assert [row.meeting_frequency for row in db.call(groups.list_groups, "beredning")] == [
        "1 gång/månad (ej juli)"
    ]
    for shown in ("(ej juli)", "GÅNG/MÅNAD (EJ JULI)", "ad (ej jul"):
        assert _found(db, shown) == ["Lokal beredningsgrupp"], shown
    assert _found(db, "månad (ej") == ["Arbetsgrupp skolan", "Lokal beredningsgrupp"]
    for stored in ("månad, ej juli", "1 gång/månad, ej juli"):
        assert _found(db, stored) == ["Lokal beredningsgrupp"], stored
    # The words without the brackets: the stored text and the purpose hold them.
    assert _found(db, "ej juli") == ["Lokal beredningsgrupp", "Trygghetsråd"]
    assert _found(db, "(ej juni)") == []
    assert _found(db, "(ej juni–aug)") == ["Arbetsgrupp skolan"]
