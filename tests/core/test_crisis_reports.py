"""The crisis printouts read back as a person reads them (pdftotext): the contact list with stale
lines marked, the evaluation report, the participants' checklist and the annual exercise plan."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.reports import (
    crisis_contacts,
    exercise_checklist,
    exercise_evaluation,
    exercise_plan,
)
from samverkan_desktop.services import (
    crisis_external,
    crisis_org,
    exercise_lessons,
    exercise_log,
    exercise_objectives,
    exercise_participants,
    exercise_templates,
    exercises,
)
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.crisis_data import organisation, person

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

TODAY = dt.date(2021, 3, 15)
DAY = dt.date(2021, 2, 17)


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _organisation(session) -> None:  # type: ignore[no-untyped-def]
    police = organisation(session, "Lokalpolisområde Norrmalm", "114 14")
    leader = crisis_org.create_role(session, crisis_org.RoleInput("Krisledare"))
    crisis_org.add_member(session, leader, person(session, "Karin Lindqvist", dt.date(2021, 2, 1)))
    crisis_org.add_member(
        session, leader, person(session, "Per Almgren", dt.date(2020, 5, 2), "08-508 10 200")
    )
    crisis_org.create_role(session, crisis_org.RoleInput("Loggförare"))
    crisis_external.create_external(
        session,
        crisis_external.ExternalInput(police, "Kontaktcenter", None, None, dt.date(2021, 1, 5)),
    )


def test_the_contact_list_marks_stale_lines_and_empty_roles(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        _organisation(session)
        text = text_of(crisis_contacts.build(session, TODAY), tmp_path)
    assert "Krisledningens kontaktlista" in text
    assert "1 rad har inte kontrollerats på 6 månader" in text
    per_line = next(line for line in text.splitlines() if "Per Almgren" in line)
    assert "Ersättare 1" in per_line and "08-508 10 200" in per_line and "2020-05-02" in per_line
    assert "över 6" in text
    # On one line: the column was too narrow ("över 6" / "månader").
    assert all("över 6 månader" in line for line in text.splitlines() if "över 6" in line)
    assert "Ingen utsedd" in text  # the role nobody holds shows as a gap
    assert "Externa kontakter" in text and "114 14" in text and "2021-01-05" in text


def _exercise(session) -> int:  # type: ignore[no-untyped-def]
    anna = person(session, "Anna Berglund")
    template = exercise_templates.list_templates(session)[0].id
    exercise_id = exercises.create_exercise(
        session,
        ExerciseInput(
            "Övning för krisledningen",
            ExerciseType.SIMULATION,
            2021,
            date=DAY,
            start_time=dt.time(9),
            location="Karlavägen 104",
            scenario="Strömavbrott i sträng kyla.",
            leader_id=anna,
            status=ExerciseStatus.CONDUCTED,
        ),
        template,
    )
    met = exercise_objectives.add_objective(session, exercise_id, "Lägesbild till TiB")
    partly = exercise_objectives.add_objective(session, exercise_id, "Larma inom en timme")
    exercise_objectives.evaluate_objective(session, met, ObjectiveResult.MET, "Rapporterad 11.10")
    exercise_objectives.evaluate_objective(session, partly, ObjectiveResult.PARTLY, "75 minuter")
    exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
    exercise_participants.add_participant(session, exercise_id, anna, None, "Övningsledare", True)
    exercise_participants.add_participant(
        session, exercise_id, person(session, "Jonas Ekdahl"), None, "Observatör", False
    )
    exercise_log.add_log_entry(
        session, exercise_id, "Övningen startar", dt.datetime.combine(DAY, dt.time(9), LOCAL_ZONE)
    )
    exercise_lessons.add_lesson(
        session,
        exercise_id,
        LessonInput(
            "Kontaktlistan hade fel nummer",
            "Uppdatera kontaktlistan",
            responsible_person_id=anna,
            due_on=dt.date(2021, 3, 1),
        ),
        TODAY,
    )
    return exercise_id


def test_the_evaluation_report(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercise_id = _exercise(session)
        text = text_of(exercise_evaluation.build(session, exercise_id, TODAY), tmp_path)
        with pytest.raises(NotFoundError):
            exercise_evaluation.build(session, exercise_id + 1)
    # The exercise's name as the title, what the paper is under it.
    assert text.lstrip().startswith(
        "Övning för krisledningen\nUtvärderingsrapport · onsdag 17 februari 2021 (v. 7) · "
        "utskriven 15 mars 2021"
    )
    assert "onsdag 17 februari 2021 (v. 7) kl. 09.00" in text
    assert "Stabsövning med motspel" in text
    # Each count agrees with its number ("1 ... uppfyllt"); the counts that are none are left out.
    assert "Mål: 1 av 2 uppfyllt, 1 delvis uppfyllt." in text
    assert "Uppfyllt" in text and "Delvis uppfyllt" in text and "75 minuter" in text
    lesson_line = next(line for line in text.splitlines() if "Kontaktlistan hade fel" in line)
    assert "Uppdatera kontaktlistan" in lesson_line and "Anna Berglund" in lesson_line
    # The due date with its week under it, never "(v." / "9)" broken apart.
    week_line = text.splitlines()[text.splitlines().index(lesson_line) + 1]
    assert "2021-03-01" in lesson_line and "(v. 9)" in week_line
    assert "försenad" in text  # due 1 March, still open on 15 March
    # The log's times as the facts' "kl. 09.00" and the exercise's log in the window.
    assert "2021-02-17 09.00" in text and "Övningen startar" in text
    # The exercise is held: who did not attend reads "nej", not a blank to fill in.
    jonas = next(line for line in text.splitlines() if "Jonas Ekdahl" in line)
    assert jonas.split()[-1] == "nej"


def test_the_participants_checklist_and_the_exercise_plan(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercise_id = _exercise(session)
        exercises.create_exercise(
            session, ExerciseInput("Seminarium om IT-attack", ExerciseType.SEMINAR, 2021, month=9)
        )
        checklist = text_of(exercise_checklist.build(session, exercise_id), tmp_path)
        plan = text_of(exercise_plan.build(session, 2021), tmp_path)
    assert "Checklista för övningen" in checklist
    assert "1. Lägesbild till TiB" in checklist
    assert "Anna Berglund" in checklist and "Övningsledare" in checklist
    assert "Förankra övningen hos förvaltningsledningen" in checklist  # from the template
    assert "2020-11-25 (v. 48)" in checklist  # 12 weeks before 17 February
    assert "Övningsplan 2021" in plan
    february = next(line for line in plan.splitlines() if "februari" in line)
    # The date with its week on one line (the column was too narrow: "(v." / "7)").
    assert "Övning för krisledningen" in february and "2021-02-17 (v. 7)" in february
    assert "hur många som är satta" in plan  # the legend says what a bare count is
    assert "1/2" in february  # objectives met
    september = next(line for line in plan.splitlines() if "september" in line)
    assert "Seminarium om IT-attack" in september
    # Planned for a month, no date or leader yet: dashes (they were blank).
    assert "IT-attack – – Planerad" in " ".join(september.split())
    assert "Utbildningar 2021" in plan


def test_the_evaluation_report_of_an_exercise_not_yet_filled_in(
    db: Database, tmp_path: Path
) -> None:
    """An exercise held without place, leader or objectives recorded: the facts show dashes
    (they were blank, as if left out by mistake) and "no objectives" is said once (it was said
    twice). (A planned exercise has no report: test_exercise_report_not_held.)"""
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput(
                "Seminarium om IT-attack",
                ExerciseType.SEMINAR,
                TODAY.year,
                date=TODAY,
                status=ExerciseStatus.CONDUCTED,
            ),
            today=TODAY,
        )
        text = text_of(exercise_evaluation.build(session, exercise_id, TODAY), tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "Var –" in lines and "Övningsledare –" in lines
    assert text.count("Inga mål") == 1 and "Inga mål sattes för övningen." in text
