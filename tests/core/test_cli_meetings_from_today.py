"""``meetings set-rule --from`` a day long ago plans from today and says so; ``export ics`` and
``meetings list`` take the calendar's type and priority-area filters besides ``--group``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import groups
from tests.core.area_refusals import UNKNOWN_AREA_999
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli


def test_set_rule_from_long_ago_adds_no_past_meeting_and_says_so(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        gid = make_group(s, starts_on=None)
    db.dispose()
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid), "varje måndag kl 9-10",
        "--from", "2020-01-01",
    )  # fmt: skip
    assert (code, err) == (0, "")
    today = clock.today()
    lines = out.splitlines()
    assert lines[-1] == (
        f"Inga tidigare möten lades till: möten planeras från i dag, {today.isoformat()}."
    )
    created = int(lines[0].split(": ")[1].split(" ")[0])  # "Regeln sparad: 79 möten tillagda, …"
    code, out, _err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "list", "--group", str(gid),
        "--from", "2020-01-01", "--to", (today + dt.timedelta(days=3 * 365)).isoformat(), "--json",
    )  # fmt: skip
    listed = json.loads(out)
    assert code == 0 and len(listed) == created > 70  # 18 months of Mondays
    assert min(m["start"][:10] for m in listed) >= today.isoformat()
    assert {m["status"] for m in listed} == {"planned"}


def _school_and_network(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, int]:
    """A working group for young people at risk (Skolgruppen) and a network (SLK-nätverket),
    each meeting once a month by a rule set on the command line: (area, network)."""
    db = open_database(sqlite_url)
    with db.session() as s:
        area = next(a.id for a in groups.list_priority_areas(s) if a.code == "young_people_at_risk")
        school = make_group(s, "Skolgruppen", type=GroupType.ARBETSGRUPP, priority_area_ids=(area,))
        network = make_group(s, "SLK-nätverket", type=GroupType.NATVERK)
    db.dispose()
    for gid in (school, network):
        assert run_cli(capsys, "--db", sqlite_url, "meetings", "set-rule", str(gid),
                       "1 gång/månad")[0] == 0  # fmt: skip
    return area, network


def test_export_ics_by_type_and_priority_area(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    area, network = _school_and_network(sqlite_url, capsys)

    def names(*options: str) -> set[str]:
        out_file = tmp_path / "moten.ics"
        code, out, err = run_cli(
            capsys, "--db", sqlite_url, "export", "ics", *options, "--out", str(out_file)
        )
        assert (code, err) == (0, "") and out.startswith("Sparade")
        return {str(e["SUMMARY"]) for e in Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")}

    assert names() == {"Skolgruppen", "SLK-nätverket"}
    assert names("--type", "natverk") == {"SLK-nätverket"}
    assert names("--area", str(area)) == {"Skolgruppen"}
    assert names("--type", "natverk", "--area", str(area)) == set()
    assert names("--group", str(network), "--type", "natverk") == {"SLK-nätverket"}
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "export", "ics", "--area", "999", "--out",
        str(tmp_path / "x.ics"),
    )  # fmt: skip
    assert (code, out) == (1, "") and err.strip() == f"Fel: {UNKNOWN_AREA_999}"
    code, _out, err = run_cli(capsys, "--db", sqlite_url, "export", "ics", "--type", "x",
                              "--out", str(tmp_path / "x.ics"))  # fmt: skip
    assert code == 1 and err.startswith("Fel: --type kan inte vara ”x”; skriv något av: styrgrupp")
    assert not (tmp_path / "x.ics").exists()


def test_meetings_list_by_type_and_priority_area_as_export_ics(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    area, network = _school_and_network(sqlite_url, capsys)

    def names(*options: str) -> set[str]:
        code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", *options, "--json")
        assert (code, err) == (0, "")
        return {m["group"] for m in json.loads(out)}

    assert names() == {"Skolgruppen", "SLK-nätverket"}
    assert names("--type", "natverk") == {"SLK-nätverket"}
    assert names("--type", "Nätverk") == {"SLK-nätverket"}  # the window's label
    assert names("--area", str(area)) == {"Skolgruppen"}
    assert names("--type", "natverk", "--area", str(area)) == set()
    assert names("--group", str(network), "--type", "natverk") == {"SLK-nätverket"}
    assert names("--group", str(network), "--type", "arbetsgrupp") == set()
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--area", "999")
    assert (code, out) == (1, "") and err.strip() == f"Fel: {UNKNOWN_AREA_999}"
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--type", "x")
    assert (code, out) == (1, "")
    assert err.startswith("Fel: --type kan inte vara ”x”; skriv något av: styrgrupp")
