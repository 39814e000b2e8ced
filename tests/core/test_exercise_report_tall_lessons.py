"""The evaluation report's lessons table starts under its heading where the heading and its first
lesson fit: a lesson learned of a dozen lines stands alone well enough. Two such rows not
fitting, the table moved whole to page 2 and left half of page 1 empty."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_lessons
from samverkan_desktop.services.exercise_lessons import LessonInput
from tests.core.crisis_data import person
from tests.core.exercise_data import held_exercise
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

HEADING = "Lärdomar och åtgärder"
WHAT_HAPPENED = "Larmkedjan bröts när ersättaren inte nåddes på sitt nummer. " * 4


def _page_of(pages: list[list[str]], start: str) -> int:
    return next(n for n, page in enumerate(pages) if any(line.startswith(start) for line in page))


@needs_pdftotext
def test_the_lessons_table_starts_under_its_heading_with_a_tall_lesson(
    sqlite_db: Database, tmp_path: Path
) -> None:
    went_on = 0
    for count in range(1, 6):  # objectives above it: the room left on page 1
        with sqlite_db.session() as session:
            objectives = [
                f"Mål {count}-{n}: " + "krisledningen samlas i tid. " * 4 for n in range(count)
            ]
            exercise_id, _ids = held_exercise(session, *objectives)
            someone = person(session, f"Anna Berglund {count}")
            for n in range(3):
                exercise_lessons.add_lesson(
                    session,
                    exercise_id,
                    LessonInput(f"Lärdom {n}: {WHAT_HAPPENED}", responsible_person_id=someone),
                )
            pages = page_lines(
                exercise_evaluation.build(session, exercise_id, dt.date(2021, 3, 1)), tmp_path
            )
        assert _page_of(pages, HEADING) == 0, count
        assert _page_of(pages, "Lärdom 0:") == 0, count  # under its heading, not parted from it
        last = _page_of(pages, "Lärdom 2:")
        if last:  # as tall, alone on page 2 under the heading again
            assert pages[last][0] == f"{HEADING} (forts.)", count
        went_on += last > 0
    assert went_on  # the table split at some length
