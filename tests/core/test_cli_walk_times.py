"""``walks plan --end``, ``exercises plan --end`` and ``walks cancel ID --reason``: the end is
listed ("end_time" beside "start_time") and refused before the start with one Swedish line,
exit 1, nothing planned; the reason is kept and listed."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import places
from samverkan_desktop.services.places import PlaceInput
from tests.core.test_cli import run_cli


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    sqlite_db.call(places.create_place, PlaceInput("Tessinparken"))
    return sqlite_db


def _json(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    code, out, _err = run_cli(capsys, "--db", db.url, *args, "--json")
    assert code == 0
    return json.loads(out)  # type: ignore[no-any-return]


def _plan_walk(
    db: Database, capsys: pytest.CaptureFixture[str], *times: str
) -> tuple[int, str, str]:
    return run_cli(
        capsys, "--db", db.url, "walks", "plan", "--place", "Tessinparken", "--date", "2027-03-09",
        *times,
    )  # fmt: skip


def test_a_walk_planned_with_its_end_is_listed_with_it_and_cancelled_with_a_reason(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = _plan_walk(db, capsys, "--time", "18", "--end", "20.00")
    assert code == 0 and "2027-03-09 18.00–20.00" in out
    walk = _json(db, capsys, "walks", "list")[0]
    assert (walk["start_time"], walk["end_time"], walk["cancel_reason"]) == ("18:00", "20:00", None)

    code, out, _err = run_cli(
        capsys, "--db", db.url, "walks", "cancel", str(walk["id"]), "--reason", "För få anmälda"
    )
    assert code == 0 and "är inställd" in out
    walk = _json(db, capsys, "walks", "list")[0]
    assert (walk["status"], walk["cancel_reason"]) == ("cancelled", "För få anmälda")
    code, out, _err = run_cli(capsys, "--db", db.url, "walks", "list")
    assert "Inställd – För få anmälda" in out


@pytest.mark.parametrize(
    ("times", "line"),
    [
        (("--time", "18.00", "--end", "17.30"), "”Slut” måste vara efter starttiden (18.00)."),
        (
            (
                "--end",
                "20.00",
            ),
            "”Slut” kräver en starttid",
        ),
        (("--time", "18.00", "--end", "25.00"), "Ogiltig tid: 25.00"),
    ],
)
def test_an_end_not_after_the_start_is_one_line_exit_1_and_nothing_planned(
    db: Database, capsys: pytest.CaptureFixture[str], times: tuple[str, ...], line: str
) -> None:
    code, out, err = _plan_walk(db, capsys, *times)
    assert code == 1 and out == ""
    assert line in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert _json(db, capsys, "walks", "list") == []

    code, out, err = run_cli(
        capsys, "--db", db.url, "exercises", "plan", "--title", "Larmprov", "--type", "functional",
        "--date", "2027-03-09", *times,
    )  # fmt: skip
    assert code == 1 and line in err and len(err.strip().splitlines()) == 1
    assert _json(db, capsys, "exercises", "list") == []


def test_an_exercise_planned_with_its_end_is_listed_with_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run_cli(
        capsys, "--db", db.url, "exercises", "plan", "--title", "Larmprov", "--type", "functional",
        "--date", "2027-03-09", "--time", "7.30", "--end", "9",
    )  # fmt: skip
    assert code == 0 and "2027-03-09 07.30–09.00" in out
    exercise = _json(db, capsys, "exercises", "list")[0]
    assert (exercise["start_time"], exercise["end_time"]) == ("07:30", "09:00")
