"""``walks plan``, ``walks held ID`` and ``walks cancel ID``: what "Plan a safety walk", "Mark as
walked" and "Cancel the walk" do, for a script. A new walk gets the window's organiser,
checklist and light; ``--same-as-last`` repeats the last walk's route and people, as the plan's
ticked "Same route and participants as last time". A refusal is one line and changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import LightCondition, WalkStatus
from samverkan_desktop.services import audit, checklists, places, walk_reading, walk_route
from tests.core.test_cli import run_cli

GARDET_LAST_WALKED = dt.date(2021, 5, 18)  # the demo's walk at Gyllenstiernsgatan


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    return sqlite_db


def _walks(db: Database, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    code, out, _err = run_cli(capsys, "--db", db.url, "walks", "list", "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def _trail(db: Database, walk_id: int) -> list[str]:
    with db.session() as s:
        return [row.summary for row in audit.history(s, "walks", walk_id)]


def _plan(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, "walks", "plan", *args)


# Forty days ahead of early December is mid-January, dark at 18.30. Run at 28 February it was
# 9 April, light until about 19.50: the walk was planned in daylight and the test failed, as it
# would have on CI run from about the end of January to mid-August.
@pytest.mark.moment("2026-12-05T17:30")
def test_plan_same_as_last_repeats_the_route_and_people_and_warns_of_a_planned_walk(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db
    day = clock.today() + dt.timedelta(days=40)
    last = db.call(walk_reading.last_walked_at, _place(db, "Gyllenstiernsgatan"))
    assert last is not None and last.date == GARDET_LAST_WALKED
    code, out, err = _plan(
        db,
        capsys,
        "--place",
        "gyllenstiernsgatan",  # a name in any case
        "--date",
        day.isoformat(),
        "--time",
        "18.30",
        "--same-as-last",
    )
    new = max(int(w["id"]) for w in _walks(db, capsys))  # type: ignore[call-overload]
    assert code == 0
    assert out == (
        f"Vandringen {new} (Gyllenstiernsgatan, {day.isoformat()} 18.30) är planerad, med samma "
        f"rutt och deltagare som vandringen {GARDET_LAST_WALKED.isoformat()}.\n"
    )
    # The demo plans a follow-up there: planning another is most likely planning it twice.
    planned = db.call(walk_reading.planned_at, _place(db, "Gyllenstiernsgatan"), clock.today())
    assert planned is not None
    assert err == f"Varning: En vandring på platsen är redan planerad till {planned.date}.\n"

    walk = db.call(walk_reading.get_walk, new)
    stops = [s.name for s in db.call(walk_route.list_stops, new)]
    assert stops and stops == [s.name for s in db.call(walk_route.list_stops, last.id)]
    assert len(db.call(walk_route.list_participants, new)) == 7
    assert walk.meeting_point == "Gyllenstiernsgatan vid Karlavägen"
    # As the window's plan: the place's last organiser, the default checklist, dark at 18.30.
    assert walk.organiser_id == db.call(walk_reading.default_organiser_id, walk.place_id)
    assert walk.organiser is not None
    assert walk.checklist_template_id == db.call(checklists.default_template_id)
    assert walk.light is LightCondition.DARK and walk.status is WalkStatus.PLANNING
    assert _trail(db, new)  # written to the audit trail


def test_plan_without_same_as_last_starts_an_empty_route(
    demo_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    place = _place(demo_db, "Tessinparken")
    code, out, err = _plan(
        demo_db, capsys, "--place", str(place), "--date", "2027-06-15", "--time", "12"
    )
    assert (code, err) == (0, "")
    new = max(int(w["id"]) for w in _walks(demo_db, capsys))  # type: ignore[call-overload]
    assert out == f"Vandringen {new} (Tessinparken, 2027-06-15 12.00) är planerad.\n"
    walk = demo_db.call(walk_reading.get_walk, new)
    assert walk.light is LightCondition.DAYLIGHT  # June at noon
    assert demo_db.call(walk_route.list_stops, new) == []


def _place(db: Database, name: str) -> int:
    return next(p.id for p in db.call(places.list_places) if p.name == name)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--place", "Karlaplan", "--same-as-last"),
            "Fel: Ingen vandring har gjorts på platsen ännu: det finns ingen rutt eller några "
            "deltagare att upprepa (utelämna --same-as-last).\n",
        ),
        (
            ("--place", "Karlaplatsen"),
            "Fel: Det finns ingen plats som heter ”Karlaplatsen” (walks places listar "
            "platserna).\n",
        ),
        (("--place", "999"), "Fel: Det finns ingen plats med nummer 999.\n"),
        (
            ("--place", "Karlaplan", "--organiser", "999"),
            "Fel: Det finns ingen person med nummer 999.\n",
        ),
        (
            ("--place", "Karlaplan", "--time", "25.00"),
            "Fel: Ogiltig tid: 25.00 – timmen måste vara 0–23.\n",
        ),
    ],
)
def test_a_wrong_plan_is_one_line_and_plans_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    db.call(places.create_place, places.PlaceInput("Karlaplan"))
    code, out, err = _plan(db, capsys, "--date", "2027-01-14", *args)
    assert (code, out, err) == (1, "", message)
    assert _walks(db, capsys) == []


def test_a_wrong_date_is_one_line(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db.call(places.create_place, places.PlaceInput("Karlaplan"))
    code, out, err = _plan(db, capsys, "--place", "Karlaplan", "--date", "2027-02-30")
    assert (code, out) == (1, "") and err.count("\n") == 1 and "”2027-02-30”" in err
    assert _walks(db, capsys) == []


def _planned(db: Database, capsys: pytest.CaptureFixture[str], day: dt.date) -> int:
    db.call(places.create_place, places.PlaceInput(f"Plats {day}"))
    assert _plan(db, capsys, "--place", f"Plats {day}", "--date", day.isoformat())[0] == 0
    return max(int(w["id"]) for w in _walks(db, capsys))  # type: ignore[call-overload]


def _status(db: Database, walk_id: int) -> WalkStatus:
    return db.call(walk_reading.get_walk, walk_id).status


def test_held_marks_a_walk_from_its_day_on(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    walk = _planned(db, capsys, today)
    code, out, err = run_cli(capsys, "--db", db.url, "walks", "held", str(walk))
    assert (code, err) == (0, "")
    assert out == f"Vandringen {walk} (Plats {today}, {today}) är markerad som genomförd.\n"
    assert _status(db, walk) is WalkStatus.WALKED
    trail = _trail(db, walk)
    assert "Status: Planering → Genomförd" in trail[0]
    # Again: said so, nothing written to the trail.
    code, out, _err = run_cli(capsys, "--db", db.url, "walks", "held", str(walk))
    assert code == 0 and "var redan markerad som genomförd" in out
    assert _trail(db, walk) == trail

    later = today + dt.timedelta(days=3)
    coming = _planned(db, capsys, later)
    code, out, err = run_cli(capsys, "--db", db.url, "walks", "held", str(coming))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Vandringen kan markeras som genomförd från sin dag, {later}. "
        "Om den genomfördes tidigare, ändra först dess datum.\n"
    )
    assert _status(db, coming) is WalkStatus.PLANNING


def test_cancel_a_planned_walk_but_not_one_walked(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    day = clock.today() + dt.timedelta(days=10)
    walk = _planned(db, capsys, day)
    code, out, err = run_cli(capsys, "--db", db.url, "walks", "cancel", str(walk))
    assert (code, err) == (0, "")
    assert out == f"Vandringen {walk} (Plats {day}, {day}) är inställd.\n"
    assert "Status: Planering → Inställd" in _trail(db, walk)[0]
    code, out, _err = run_cli(capsys, "--db", db.url, "walks", "cancel", str(walk))
    assert code == 0 and "var redan inställd" in out
    code, out, err = run_cli(capsys, "--db", db.url, "walks", "held", str(walk))
    assert (code, out) == (1, "") and "Inställd" in err
    assert _status(db, walk) is WalkStatus.CANCELLED

    walked = _planned(db, capsys, clock.today())
    assert run_cli(capsys, "--db", db.url, "walks", "held", str(walked))[0] == 0
    code, out, err = run_cli(capsys, "--db", db.url, "walks", "cancel", str(walked))
    assert (code, out) == (1, "")
    assert err == "Fel: Bara en vandring som fortfarande planeras kan ställas in.\n"
    assert _status(db, walked) is WalkStatus.WALKED


@pytest.mark.parametrize("command", ["held", "cancel"])
def test_an_unknown_walk_is_one_line(
    db: Database, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    code, out, err = run_cli(capsys, "--db", db.url, "walks", command, "9999")
    assert (code, out, err) == (1, "", "Fel: Det finns ingen vandring med nummer 9999.\n")
    code, out, err = run_cli(capsys, "--db", db.url, "walks", command, "nio")
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "”nio”" in err
