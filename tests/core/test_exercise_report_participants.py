"""The evaluation report's participants keep their organisation on one line: the column was
narrower than the role's, and every "Östermalms stadsdelsförvaltning" broke in two."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_participants, exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.core.crisis_data import organisation, person
from tests.core.test_crisis_reports import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def test_each_participants_organisation_is_on_their_line(db: Database, tmp_path: Path) -> None:
    day = dt.date(2021, 2, 17)
    with db.session() as session:
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput(
                "Krisledningsövning",
                ExerciseType.SIMULATION,
                day.year,
                date=day,
                status=ExerciseStatus.CONDUCTED,
            ),
        )
        sdf = organisation(session, "Östermalms stadsdelsförvaltning")
        norrmalm = organisation(session, "Norrmalms stadsdelsförvaltning")
        for name, org, function in (
            ("Ingrid Sjöberg", sdf, "Krisstödssamordnare"),
            ("Lina Forsberg", norrmalm, "Observatör"),
        ):
            exercise_participants.add_participant(
                session,
                exercise_id,
                person(session, name, organisation_id=org),
                None,
                function,
                True,
            )
        text = text_of(exercise_evaluation.build(session, exercise_id, day), tmp_path)
    lines = text.splitlines()
    ingrid = next(line for line in lines if "Ingrid Sjöberg" in line)
    lina = next(line for line in lines if "Lina Forsberg" in line)
    assert "Östermalms stadsdelsförvaltning" in ingrid and "ja" in ingrid.split()
    assert "Norrmalms stadsdelsförvaltning" in lina
