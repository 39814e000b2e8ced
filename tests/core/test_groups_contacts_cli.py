"""``samverkan groups`` and ``samverkan contacts`` from the command line: find a group by type,
status, priority area or words; a group's members as a contact list; people by words or
organisation. A wrong value is one Swedish line, exit 1."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.services import contacts
from tests.core.area_refusals import UNKNOWN_AREA_999
from tests.core.test_cli import run_cli


def _json(capsys: pytest.CaptureFixture[str], url: str, *words: str) -> list[dict[str, object]]:
    code, out, err = run_cli(capsys, "--db", url, *words, "--json")
    assert (code, err) == (0, "")
    rows: list[dict[str, object]] = json.loads(out)
    return rows


def test_groups_list_narrowed_by_type_status_area_and_words(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    every = _json(capsys, demo_url, "groups", "list")
    networks = _json(capsys, demo_url, "groups", "list", "--type", "Nätverk")
    assert networks and {g["type"] for g in networks} == {"natverk"}
    assert len(networks) < len(every)
    planned = _json(capsys, demo_url, "groups", "list", "--status", "planerad")
    assert [g["name"] for g in planned] == ["Arbetsgrupp våldsbejakande extremism"]
    found = _json(capsys, demo_url, "groups", "list", "--search", "torsdag")
    assert [g["name"] for g in found] == ["Säkerhetssamordnarnätverket (SLK)"]
    area = _json(capsys, demo_url, "groups", "list", "--area", "1")
    assert area and all(g["priority_areas"] for g in area)
    assert len(area) < len(every)


def test_groups_members_is_the_groups_contact_list_convener_first(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    groups = _json(capsys, demo_url, "groups", "list")
    group = next(g for g in groups if str(g["name"]).startswith("Platssamverkan"))
    members = _json(capsys, demo_url, "groups", "members", str(group["id"]))
    assert len(members) == group["member_count"]
    assert members[0]["role"] == "convener"
    assert {"name", "role", "organisation", "phone", "email"} <= set(members[0])
    code, out, _ = run_cli(capsys, "--db", demo_url, "groups", "members", str(group["id"]))
    assert code == 0
    assert "Sammankallande" in out and "E-post" in out


def test_contacts_list_by_words_and_organisation(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    police = _json(capsys, demo_url, "contacts", "list", "--search", "kommunpolis")
    assert police and all(p["title"] == "Kommunpolis" for p in police)
    db = open_database(demo_url)
    norrmalm = next(
        o.id for o in db.call(contacts.list_organisations) if o.name == "Lokalpolisområde Norrmalm"
    )
    db.dispose()
    members = _json(capsys, demo_url, "contacts", "list", "--organisation", str(norrmalm))
    assert members and {p["organisation"] for p in members} == {"Lokalpolisområde Norrmalm"}
    assert len(members) < len(_json(capsys, demo_url, "contacts", "list"))


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["groups", "members", "999"], "Det finns ingen grupp med nummer 999."),
        (["groups", "list", "--area", "999"], UNKNOWN_AREA_999),
        (
            ["contacts", "list", "--organisation", "999"],
            "Det finns ingen organisation med nummer 999.",
        ),
    ],
)
def test_an_unknown_id_is_one_swedish_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    words: list[str],
    message: str,
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, *words)
    assert (code, out, err.strip()) == (1, "", f"Fel: {message}")
