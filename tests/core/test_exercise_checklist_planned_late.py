"""An exercise planned in December for February took its template's points as they stood: "Boka
lokal, 12 veckor före" was due in November, late the day the exercise was planned, and the
checklist showed it in the warning colour. Copied in on planning, a point is due no earlier than
the coming week: the most whole weeks before the day that are not past. Points that fit keep
their weeks; a point added later keeps what it is given."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercise_reading, exercise_templates, exercises
from samverkan_desktop.services.exercise_checklist import add_checklist_item
from samverkan_desktop.services.exercise_templates import TemplateItemInput
from samverkan_desktop.services.exercises import ExerciseInput

TODAY = dt.date(2026, 12, 3)  # a Thursday
DAY = dt.date(2027, 2, 10)  # 69 days on: 9 whole weeks and 6 days
POINTS = [("Boka lokal", 12), ("Kalla deltagarna", 9), ("Skicka underlaget", 1), ("Öva", None)]


def test_points_copied_in_are_not_late_the_day_the_exercise_is_planned(db: Database) -> None:
    with db.session() as session:
        template = exercise_templates.create_template(
            session, "Övningsmall", items=[TemplateItemInput(t, weeks_before=w) for t, w in POINTS]
        )
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmövning", ExerciseType.FUNCTIONAL, 2027, date=DAY),
            template,
            today=TODAY,
        )
        add_checklist_item(session, exercise_id, "Beställ fika", weeks_before=12)
        checklist = exercise_reading.get_exercise(session, exercise_id).checklist
        held = dt.date(2026, 11, 20)  # recorded after its day: the points' dates are history
        past_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2026, date=held),
            template,
            today=TODAY,
        )
        past = exercise_reading.get_exercise(session, past_id).checklist
    assert [row.weeks_before for row in past] == [w for _title, w in POINTS]
    weeks = {row.title: (row.weeks_before, row.due_on) for row in checklist}
    assert weeks == {
        "Boka lokal": (9, dt.date(2026, 12, 9)),  # was 12 weeks: due 2026-11-18
        "Kalla deltagarna": (9, dt.date(2026, 12, 9)),
        "Skicka underlaget": (1, dt.date(2027, 2, 3)),
        "Öva": (None, None),
        "Beställ fika": (12, dt.date(2026, 11, 18)),  # added by hand: as given
    }
