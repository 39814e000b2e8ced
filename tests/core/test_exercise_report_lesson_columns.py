"""The evaluation report's lessons table gives its width to what is written in words: the
lesson and the action were narrow columns (four and five lines a row) beside a due date and a
status that used a line or two of their rows. The due date now has its week under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.lib.units import mm

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services.exercise_reading import list_exercises
from tests.core.pdf_boxes import _page_words

TODAY = dt.date(2026, 12, 2)


def test_the_lesson_and_the_action_have_the_room(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        (evaluated,) = list_exercises(s, status=ExerciseStatus.EVALUATED)
        pdf = exercise_evaluation.build(s, evaluated.id, TODAY)
    (page,) = [p for p in _page_words(pdf, tmp_path) if any(w[4] == "Lärdom" for w in p)]
    left = {w[4]: w[0] for w in page if w[4] in ("Lärdom", "Åtgärd", "Ansvarig", "Klart")}
    # The columns' left edges (the header words start at the cell's padding).
    assert left["Åtgärd"] - left["Lärdom"] >= 45 * mm  # the lesson: 39 mm before
    assert left["Ansvarig"] - left["Åtgärd"] >= 50 * mm  # the action: 44 mm before
    # The first lesson in three lines, not four; its due date with the week under it.
    top = next(w for w in page if w[4] == "Kontaktlistan")[1]
    lesson = [w for w in page if left["Lärdom"] - 1 < w[0] < left["Åtgärd"] - 1 and w[1] >= top]
    lines = sorted({round(w[1]) for w in lesson if w[1] < top + 4 * 12})
    assert [w[4] for w in lesson if round(w[1]) == lines[2]][-1] == "larmningen."
    day = next(w for w in page if w[4] == "2021-03-31")
    week = [w[4] for w in page if day[0] - 1 < w[0] < day[2] and 0 < w[1] - day[1] < 14]
    assert " ".join(week) == "(v. 13)"
