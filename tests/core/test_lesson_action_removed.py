"""A lesson learned whose action was deleted says so, with the day the audit trail has for it
("(åtgärden togs bort 2026-11-20)"), in the exercise's Lessons tab and its evaluation report;
"(ingen åtgärd)" stays for a lesson recorded with nothing to do ("Larmet gick fram"). Before,
both read "(ingen åtgärd)", as if nothing had ever been asked of anyone."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import actions, exercise_lessons, exercise_reading
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.crisis_data import person
from tests.core.database_rules import sql
from tests.core.exercise_data import held_exercise
from tests.core.test_alarms_reports import text_of

TODAY = dt.date(2026, 12, 1)
REMOVED_AT = dt.datetime(2026, 11, 20, 23, 30, tzinfo=dt.UTC)  # 21 November in Stockholm


def _lessons(db: Database) -> int:
    """A held exercise with three lessons: two raised actions, one went well."""
    with db.session() as s:
        anna = person(s, "Anna Berglund")
        held, _ids = held_exercise(s)
        for text in ("Kontaktlistan var inaktuell", "Rollerna var otydliga"):
            exercise_lessons.add_lesson(
                s, held, LessonInput(text, responsible_person_id=anna, due_on=TODAY), TODAY
            )
        exercise_lessons.add_lesson(s, held, LessonInput("Larmet gick fram", raise_action=False))
    return held


def _shown(db: Database, held: int) -> dict[str, str]:
    lessons = db.call(exercise_reading.get_exercise, held, TODAY).lessons
    return {lesson.text: lesson.action_text for lesson in lessons}


def _action_of(db: Database, held: int, text: str) -> int:
    lessons = db.call(exercise_reading.get_exercise, held, TODAY).lessons
    (action_id,) = [lesson.action_id for lesson in lessons if lesson.text == text]
    assert action_id is not None
    return action_id


def test_a_deleted_action_is_said_with_its_day_and_no_action_stays_no_action(
    db: Database,
) -> None:
    held = _lessons(db)
    db.call(actions.delete_action, _action_of(db, held, "Kontaktlistan var inaktuell"))
    sql(db, "UPDATE audit_log SET at = :at WHERE table_name = 'exercise_lessons'", at=REMOVED_AT)
    assert REMOVED_AT.astimezone(LOCAL_ZONE).date() == dt.date(2026, 11, 21)
    assert _shown(db, held) == {
        "Kontaktlistan var inaktuell": "(åtgärden togs bort 2026-11-21)",
        "Rollerna var otydliga": "Rollerna var otydliga",
        "Larmet gick fram": "(ingen åtgärd)",
    }


def test_an_action_deleted_outside_the_program_is_still_said_deleted(db: Database) -> None:
    held = _lessons(db)
    action = _action_of(db, held, "Rollerna var otydliga")
    sql(db, "DELETE FROM action_notes WHERE action_id = :a", a=action)
    sql(db, "DELETE FROM actions WHERE id = :a", a=action)  # the lesson's link: SET NULL
    assert _shown(db, held)["Rollerna var otydliga"] == "(åtgärden har tagits bort)"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_evaluation_report_says_the_action_was_deleted(db: Database, tmp_path: Path) -> None:
    held = _lessons(db)
    db.call(actions.delete_action, _action_of(db, held, "Kontaktlistan var inaktuell"))
    sql(db, "UPDATE audit_log SET at = :at WHERE table_name = 'exercise_lessons'", at=REMOVED_AT)
    with db.session() as s:
        layout = text_of(exercise_evaluation.build(s, held, TODAY), tmp_path)
    text = " ".join(layout.split())
    assert "Kontaktlistan var inaktuell (åtgärden togs bort 2026-11-21)" in text
    assert "Larmet gick fram (ingen åtgärd)" in text
    # On one line across the action's columns (it broke in two in the action's own column).
    assert any("(åtgärden togs bort 2026-11-21)" in line for line in layout.splitlines())
