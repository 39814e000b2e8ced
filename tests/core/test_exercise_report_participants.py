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


def _report(db: Database, tmp_path: Path, attended: bool, all_marked: bool = False) -> str:
    """The evaluation report of an exercise held by two participants, with ``attended`` as
    their attendance (``all_marked``: both marked afterwards, as "Alla inbjudna deltog" does)."""
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
                attended,
            )
        if all_marked:
            assert exercise_participants.mark_all_attended(session, exercise_id) == 2
        return text_of(exercise_evaluation.build(session, exercise_id, day), tmp_path)


def test_each_participants_organisation_is_on_their_line(db: Database, tmp_path: Path) -> None:
    lines = _report(db, tmp_path, attended=True).splitlines()
    ingrid = next(line for line in lines if "Ingrid Sjöberg" in line)
    lina = next(line for line in lines if "Lina Forsberg" in line)
    assert "Östermalms stadsdelsförvaltning" in ingrid and "ja" in ingrid.split()
    assert "Norrmalms stadsdelsförvaltning" in lina


def test_attendance_not_recorded_is_not_printed_as_nobody_came(
    db: Database, tmp_path: Path
) -> None:
    """Held, and nobody ticked as attended: the report said "nej" for everyone who came."""
    text = _report(db, tmp_path, attended=False)
    assert "Närvaro registrerades inte." in text
    assert "Deltog" not in text
    for name in ("Ingrid Sjöberg", "Lina Forsberg"):
        line = next(line for line in text.splitlines() if name in line)
        assert "nej" not in line.split()


def test_everyone_marked_as_attended_prints_yes(db: Database, tmp_path: Path) -> None:
    text = _report(db, tmp_path, attended=False, all_marked=True)
    assert "Närvaro registrerades inte." not in text
    for name in ("Ingrid Sjöberg", "Lina Forsberg"):
        line = next(line for line in text.splitlines() if name in line)
        assert "ja" in line.split()
