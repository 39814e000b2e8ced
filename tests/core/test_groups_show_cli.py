"""``samverkan groups show ID``: what a group is for and how it works (purpose, goal, priority
areas, contacts, meetings, term, follow-up), which 'groups list' and 'members' do not say."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from tests.core.test_cli import run_cli


def _id(capsys: pytest.CaptureFixture[str], url: str, name: str) -> int:
    code, out, _err = run_cli(capsys, "--db", url, "groups", "list", "--json")
    return int(next(g["id"] for g in json.loads(out) if g["name"] == name))


def test_a_group_shown_with_its_purpose_areas_and_contacts(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    school = _id(capsys, demo_url, "Arbetsgrupp skolan som brottsplats")
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", str(school))
    assert (code, err) == (0, "")
    lines = {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in out.splitlines()}
    assert lines["Typ"] == "Arbetsgrupp"
    assert lines["Syfte"].startswith("Utveckla lokala samverkansformer")
    assert lines["Prioriterade områden"] == "Skolan som brottsplats"
    assert lines["Kontaktperson polisen"] == "Sara Holm"
    assert lines["Löptid"].startswith("t.o.m. ")
    assert lines["Uppföljning"] == "T1 (jan–apr), T2 (maj–aug), VB (helår)"
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", str(school), "--json")
    assert json.loads(out)["priority_areas"] == ["Skolan som brottsplats"]
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", "999")
    assert code == 1 and "Det finns ingen grupp med nummer 999." in err


def test_a_group_shown_with_the_organisations_taking_part_with_no_person(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    place = _id(capsys, demo_url, "Platssamverkan Stureplan/Östermalmstorg")
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", str(place))
    assert (code, err) == (0, "")
    lines = {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in out.splitlines()}
    assert lines["Deltar också"] == "MTR Tunnelbanan – vid behov, SL (Region Stockholm) – vid behov"
    code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", str(place), "--json")
    assert json.loads(out)["organisations"] == [
        {"organisation": "MTR Tunnelbanan", "note": "vid behov"},
        {"organisation": "SL (Region Stockholm)", "note": "vid behov"},
    ]


def test_a_group_ended_ahead_shows_when_it_ends(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Its Löptid reads "Slutar 2026-12-22" until that day (it read "Avslutad" at once, beside
    the list's status "Aktiv"), "Avslutad" from it."""
    place = _id(capsys, demo_url, "Platssamverkan Stureplan/Östermalmstorg")
    end = today + dt.timedelta(days=15)
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "groups", "end", str(place), "--on", end.isoformat()
    )
    assert (code, err) == (0, "")

    def shown() -> dict[str, str]:
        code, out, err = run_cli(capsys, "--db", demo_url, "groups", "show", str(place))
        assert (code, err) == (0, "")
        return {line.split(":", 1)[0]: line.split(":", 1)[1].strip() for line in out.splitlines()}

    # Status and end as the list reads them (they read "Avslutad" beside "Slutar" at once).
    before = shown()
    assert before["Löptid"] == f"Slutar {end.isoformat()}"
    assert (before["Status"], before["Slutar"]) == ("Aktiv", end.isoformat())
    assert "Avslutad" not in before
    monkeypatch.setattr(clock, "today", lambda: end)
    after = shown()
    assert after["Löptid"] == f"Avslutad {end.isoformat()}"
    assert (after["Status"], after["Avslutad"]) == (f"Avslutad {end.isoformat()}", end.isoformat())
