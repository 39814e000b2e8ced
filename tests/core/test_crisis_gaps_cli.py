"""``samverkan crisis gaps`` in the window's words: one Brist column naming the day a training
expired or expires ("Gick ut 2024-02-18"), as Vem saknar utbildning shows it, where the table
kept "Har gått ut" beside columns of its own for the day; the JSON keeps its keys."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from dateutil.relativedelta import relativedelta

from samverkan_desktop.db import open_database
from samverkan_desktop.services import crisis_org, training, training_gaps
from tests.core.crisis_data import person
from tests.core.test_cli import run_cli


def _three_gaps(url: str, today: dt.date) -> dt.date:
    """Elsa never attended, Peter's training ran out in 2024, Maja's runs out within 60 days
    (the day returned)."""
    db = open_database(url)
    try:
        with db.session() as session:
            role = crisis_org.create_role(session, crisis_org.RoleInput("Krisstödjare"))
            people = {n: person(session, n) for n in ("Elsa Holmgren", "Peter Nyström", "Maja Ek")}
            for person_id in people.values():
                crisis_org.add_member(session, role, person_id)
            course = training.create_course(session, training.CourseInput("Krisstöd del 1", 36))
            training_gaps.set_role_requirements(session, role, [course])
            held = {"Peter Nyström": dt.date(2021, 2, 18)}
            held["Maja Ek"] = today - relativedelta(months=36) + dt.timedelta(days=20)
            for name, day in held.items():
                sitting = training.create_session(session, training.SessionInput(course, day))
                training.add_attendee(session, sitting, people[name], today)
            expiring = training.valid_until(held["Maja Ek"], 36)
            assert expiring is not None
            return expiring
    finally:
        db.dispose()


def test_the_gap_names_the_day_it_expired_or_expires(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    expiring = _three_gaps(sqlite_url, today)
    code, out, err = run_cli(capsys, "--db", sqlite_url, "crisis", "gaps")
    assert (code, err) == (0, "")
    header, _rule, *lines = out.splitlines()
    assert header.split() == ["Namn", "Roll", "Kurs", "Brist", "Senast", "gått"]
    rows = {line.split("  ")[0]: line for line in lines}
    assert "  Saknas" in rows["Elsa Holmgren"]
    assert "  Gick ut 2024-02-18  2021-02-18" in rows["Peter Nyström"]
    assert f"  Går ut {expiring.isoformat()}  " in rows["Maja Ek"]


def test_the_json_keeps_its_keys_and_adds_the_gap_in_words(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    _three_gaps(sqlite_url, today)
    code, out, _err = run_cli(capsys, "--db", sqlite_url, "crisis", "gaps", "--json")
    assert code == 0
    peter = next(row for row in json.loads(out) if row["name"] == "Peter Nyström")
    assert peter == {
        "person_id": peter["person_id"],
        "name": "Peter Nyström",
        "role": "Krisstödjare",
        "course": "Krisstöd del 1",
        "kind": "expired",
        "last_attended": "2021-02-18",
        "valid_until": "2024-02-18",
        "gap": "Gick ut 2024-02-18",
    }
