"""``samverkan export ics --with walks,exercises``: the safety walks and dated exercises as events
of their own beside the meetings, read back by an independent reader (icalendar and
recurring-ical-events); without the option the file holds the meetings only, as scripts expect.
``print calendar --with`` likewise gives them a line each among the period's meetings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar, Component

from samverkan_desktop.db import open_database
from samverkan_desktop.models import ExerciseType, GroupType
from samverkan_desktop.services import (
    exercises,
    meeting_rules,
    places,
    walk_editing,
    walk_rows,
    walk_steps,
)
from tests.core.meeting_data import STOCKHOLM, TODAY, make_group
from tests.core.printed_by_cli import printed_text
from tests.core.test_cli import run_cli

WALK_DAY = dt.date(2026, 12, 10)
EXERCISE_DAY = dt.date(2026, 12, 8)


def _district(sqlite_url: str, walk_day: dt.date = WALK_DAY) -> dict[str, int]:
    db = open_database(sqlite_url)
    with db.session() as s:
        group = make_group(s, "SLK-nätverket", type=GroupType.NATVERK)
        meeting_rules.set_rule_from_phrase(s, group, "varje torsdag förmiddag", today=TODAY)
        place = places.create_place(s, places.PlaceInput("Gyllenstiernsgatan"))
        walk = walk_editing.create_walk(
            s,
            walk_rows.WalkInput(
                place,
                walk_day,
                dt.time(18, 30),
                meeting_point="Vid Tessinparkens lekplats",
                purpose="Har belysningen blivit bättre?",
            ),
        )
        cancelled = walk_editing.create_walk(s, walk_rows.WalkInput(place, dt.date(2026, 12, 15)))
        walk_steps.cancel_walk(s, cancelled)
        exercise = exercises.create_exercise(
            s,
            exercises.ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, date=EXERCISE_DAY, location="Stabsrummet"
            ),
        )
    db.dispose()
    return {"group": group, "walk": walk, "exercise": exercise}


def _export(capsys: pytest.CaptureFixture[str], url: str, out: Path, *options: str) -> Calendar:
    code, printed, err = run_cli(capsys, "--db", url, "export", "ics", *options, "--out", str(out))
    assert (code, err) == (0, "") and printed.startswith("Sparade")
    return Calendar.from_ical(out.read_bytes())


def test_walks_and_exercises_only_when_asked_with_stable_uids(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _district(sqlite_url)
    plain = _export(capsys, sqlite_url, tmp_path / "m.ics")
    assert {str(e["UID"]).split("-")[0] for e in plain.walk("VEVENT")} == {"group"}

    both = _export(capsys, sqlite_url, tmp_path / "a.ics", "--with", "walks,exercises")
    events = {str(e["UID"]): e for e in both.walk("VEVENT")}
    walk = events[f"walk-{ids['walk']}@samverkan"]
    assert str(walk["SUMMARY"]) == "Trygghetsvandring Gyllenstiernsgatan"
    assert str(walk["LOCATION"]) == "Vid Tessinparkens lekplats"
    assert "Har belysningen blivit bättre?" in str(walk["DESCRIPTION"])
    assert "Ingen sluttid angiven: 2 timmar antas." in str(walk["DESCRIPTION"])
    exercise = events[f"exercise-{ids['exercise']}@samverkan"]
    assert str(exercise["LOCATION"]) == "Stabsrummet"
    assert str(exercise["DESCRIPTION"]).startswith("Övning (Planerad)")
    # The cancelled walk is marked so: a calendar that imported it before takes it away.
    (cancelled,) = (e for uid, e in events.items()
                    if uid.startswith("walk-") and uid != f"walk-{ids['walk']}@samverkan")  # fmt: skip
    assert (str(cancelled["STATUS"]), str(cancelled["SUMMARY"])) == (
        "CANCELLED",
        "Inställd: Trygghetsvandring Gyllenstiernsgatan",
    )
    assert "STATUS" not in walk

    # As a calendar program reads the file: the walk at 18.30 Stockholm time for two hours,
    # the exercise (no start) the whole day, beside the network's Thursday meetings.
    start = dt.datetime(2026, 12, 7, tzinfo=STOCKHOLM)
    read = recurring_ical_events.of(both).between(start, start + dt.timedelta(days=7))
    found = {str(e["SUMMARY"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in read}
    walk_start = dt.datetime(2026, 12, 10, 18, 30, tzinfo=STOCKHOLM)
    assert found["Trygghetsvandring Gyllenstiernsgatan"] == (
        walk_start,
        walk_start + dt.timedelta(hours=2),
    )
    assert found["Övning: Larmprov"] == (EXERCISE_DAY, EXERCISE_DAY + dt.timedelta(days=1))
    assert "SLK-nätverket" in found

    # Exported again: the same UIDs, so a calendar updates its entries rather than doubling them.
    again = _export(capsys, sqlite_url, tmp_path / "b.ics", "--with", "vandringar,övningar")
    assert {str(e["UID"]) for e in again.walk("VEVENT")} == set(events)
    walks_only = _export(capsys, sqlite_url, tmp_path / "w.ics", "--with", "walks")
    assert not any(str(e["UID"]).startswith("exercise-") for e in walks_only.walk("VEVENT"))
    fresh = _export(
        capsys, sqlite_url, tmp_path / "f.ics", "--with", "walks", "--without-cancelled"
    )
    assert {str(e["UID"]) for e in fresh.walk("VEVENT") if "walk-" in str(e["UID"])} == {
        f"walk-{ids['walk']}@samverkan"
    }
    # A group's calendar has no walks (they are no group's): the file is made, and a script
    # is told in one line why its walks are missing (it said nothing).
    code, printed, err = run_cli(
        capsys, "--db", sqlite_url, "export", "ics", "--with", "walks", "--group",
        str(ids["group"]), "--out", str(tmp_path / "g.ics"),
    )  # fmt: skip
    assert (code, printed.startswith("Sparade")) == (0, True)
    assert err == (
        "Varning: --with lägger inga vandringar eller övningar i en kalender vald efter grupp, "
        "typ eller område (de hör inte till någon grupp); filen har bara mötena.\n"
    )
    by_group = Calendar.from_ical((tmp_path / "g.ics").read_bytes())
    assert {str(e["UID"]).split("-")[0] for e in by_group.walk("VEVENT")} == {"group"}


def test_an_unknown_kind_is_one_line_and_no_file(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _district(sqlite_url)
    out = tmp_path / "x.ics"
    code, printed, err = run_cli(
        capsys, "--db", sqlite_url, "export", "ics", "--with", "walks,möten", "--out", str(out)
    )
    assert (code, printed) == (1, "") and err.strip().startswith(
        "Fel: --with kan inte vara ”möten”; skriv något av: walks (vandringar)"
    )
    assert not out.exists()


def test_print_calendar_with_walks_has_a_line_for_each_in_the_period(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _district(sqlite_url)
    period = ("calendar", "--from", "2026-12-01", "--to", "2026-12-31")
    plain = printed_text(sqlite_url, capsys, tmp_path, *period)
    assert "SLK-nätverket" in plain and "Trygghetsvandring" not in plain
    lines = [
        " ".join(line.split())
        for line in printed_text(
            sqlite_url, capsys, tmp_path, *period, "--with", "walks,exercises"
        ).splitlines()
    ]
    # The name wraps in its column: the place's name on the line below.
    at = next(i for i, line in enumerate(lines) if "Trygghetsvandring" in line)
    assert lines[at].startswith("2026-12-10 (v. 50) 18.30 Trygghetsvandring")
    assert "Gyllenstiernsgatan" in lines[at + 1]
    exercise = next(line for line in lines if "Övning: Larmprov" in line)
    assert exercise.startswith("2026-12-08 (v. 50) Hela dagen Övning: Larmprov")
    cancelled = next(i for i, line in enumerate(lines) if line.startswith("2026-12-15"))
    assert "Inställd" in " ".join(lines[cancelled : cancelled + 2])  # the cancelled walk


def test_a_walk_deleted_goes_out_cancelled_with_the_walks_only(
    capsys: pytest.CaptureFixture[str], sqlite_url: str, tmp_path: Path, today: dt.date
) -> None:
    # A walk coming up: one deleted goes out cancelled for 400 days after its day only (a walk
    # of 2026-12-10 was forgotten from 2028-01-15 on, and this test failed).
    made = _district(sqlite_url, walk_day=today + dt.timedelta(days=4))
    out = tmp_path / "f.ics"
    uid = f"walk-{made['walk']}@samverkan"

    def walk_event(calendar: Calendar) -> Component:
        return next(e for e in calendar.walk("VEVENT") if str(e["UID"]) == uid)

    before = walk_event(_export(capsys, sqlite_url, out, "--with", "walks"))
    db = open_database(sqlite_url)
    db.call(walk_editing.delete_walk, made["walk"])
    db.dispose()
    after = walk_event(_export(capsys, sqlite_url, out, "--with", "walks"))
    assert str(after["STATUS"]) == "CANCELLED"
    assert str(after["SUMMARY"]) == "Inställd: Trygghetsvandring Gyllenstiernsgatan"
    assert after.decoded("SEQUENCE") > before.decoded("SEQUENCE")
    assert uid.encode() not in _export(capsys, sqlite_url, out).to_ical()  # meetings only
