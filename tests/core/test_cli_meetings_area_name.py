"""``meetings list --area`` and ``export ics --area`` read a priority area's name (in any case)
as well as its number, which scripts keep giving: no command lists the numbers. A name in no
priority area's name is wrong input (exit 1) naming those there are with their numbers, and
writes no file. On the demo district."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from samverkan_desktop.db import open_database
from samverkan_desktop.services.groups import list_priority_areas
from tests.core.test_cli import run_cli

SCHOOL = "Skolan som brottsplats"


def _area_number(url: str) -> str:
    db = open_database(url)
    try:
        return str(next(a.id for a in db.call(list_priority_areas) if a.name == SCHOOL))
    finally:
        db.dispose()


def test_meetings_list_by_the_areas_name_as_by_its_number(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
) -> None:
    number = _area_number(demo_url)
    # The year behind, not the year ahead: the school's work group ends three weeks
    # from the demo's day and skips June to August, so from midsummer it meets no more.
    days = ["--from", str(today - dt.timedelta(days=365)), "--to", str(today)]
    listed = {}
    for given in (number, SCHOOL.upper(), f"  {SCHOOL.lower()} "):
        code, out, err = run_cli(
            capsys, "--db", demo_url, "meetings", "list", "--area", given, *days, "--json"
        )
        assert (code, err) == (0, ""), given
        listed[given] = json.loads(out)
    first, *others = listed.values()
    assert first and all(found == first for found in others)
    assert "Arbetsgrupp skolan som brottsplats" in {m["group"] for m in first}
    assert "Krisstödsgruppen" not in {m["group"] for m in first}  # works with no area


def test_export_ics_by_the_areas_name_as_by_its_number(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    number = _area_number(demo_url)
    uids = []
    for given in (number, SCHOOL.lower()):
        out = tmp_path / f"{given}.ics"
        code, _out, err = run_cli(
            capsys, "--db", demo_url, "export", "ics", "--area", given, "--out", str(out)
        )
        assert (code, err) == (0, "")
        events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        uids.append(sorted(str(e["UID"]) for e in events))
    assert uids[0] and uids[0] == uids[1]


def test_a_name_no_area_has_is_refused_naming_the_areas(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    number = _area_number(demo_url)
    out = tmp_path / "moten.ics"
    for words in (["meetings", "list"], ["export", "ics", "--out", str(out)]):
        code, listed, err = run_cli(capsys, "--db", demo_url, *words, "--area", "Trafik")
        assert (code, listed) == (1, "")
        assert err.startswith("Fel: Det finns inget prioriterat område som heter ”Trafik”;")
        assert f"{number} ”{SCHOOL}”" in err
    assert not out.exists()
    # The help says both are read.
    code, usage, _err = run_cli(capsys, "meetings", "list", "--help")
    assert code == 0 and "--area ID|NAMN" in usage and "dess namn" in usage
