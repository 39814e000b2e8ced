"""A note written in the conduct log after it happened starts with its time: "09.15 Larm inkom"
is logged at 09.15 on the exercise's day, not the minute it was typed (three notes typed at
10.03 all read 10.03, and the evaluation report listed them in typing order). "Redigera…"
changes a note's time too."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import local, local_datetime
from samverkan_desktop.reports import exercise_evaluation
from samverkan_desktop.services import exercise_log, exercise_reading
from tests.core.exercise_data import HELD_ON, held_exercise
from tests.core.test_crisis_reports import text_of


def _log(session, exercise_id: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (local_datetime(e.logged_at), e.text)
        for e in exercise_reading.get_exercise(session, exercise_id).log
    ]


def test_a_leading_time_is_when_it_happened_on_the_exercise_day(db: Database) -> None:
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        for typed in ("10.30 Stabsmöte", "9.15 Larm inkom", "09:40 Krisledningen samlad"):
            exercise_log.add_typed_entry(session, exercise_id, typed)
        assert _log(session, exercise_id) == [
            (f"{HELD_ON} 09:15", "Larm inkom"),
            (f"{HELD_ON} 09:40", "Krisledningen samlad"),
            (f"{HELD_ON} 10:30", "Stabsmöte"),
        ]


def test_a_note_without_a_leading_time_is_stamped_now(db: Database) -> None:
    """A count is not a time: "3 bilar" is the note, written now."""
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        before = clock.utcnow().replace(microsecond=0)
        exercise_log.add_typed_entry(session, exercise_id, "3 bilar på plats")
        (entry,) = exercise_reading.get_exercise(session, exercise_id).log
        assert entry.text == "3 bilar på plats"
        assert local(entry.logged_at) >= before


def test_a_time_no_clock_has_is_refused_in_swedish(db: Database) -> None:
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        with pytest.raises(ValidationError) as error:
            exercise_log.add_typed_entry(session, exercise_id, "25.00 Larm inkom")
        assert error.value.message == "Ogiltig tid: 25.00 – timmen måste vara 0–23."
        assert exercise_reading.get_exercise(session, exercise_id).log == ()


def test_editing_changes_a_notes_time_on_its_day(db: Database) -> None:
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        entry = exercise_log.add_typed_entry(session, exercise_id, "10.03 Larm inkom")
        exercise_log.add_typed_entry(session, exercise_id, "10.00 Övningen startar")
        exercise_log.update_log_entry(session, entry, "Larm inkom via SOS", dt.time(9, 15))
        assert _log(session, exercise_id) == [
            (f"{HELD_ON} 09:15", "Larm inkom via SOS"),
            (f"{HELD_ON} 10:00", "Övningen startar"),
        ]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_report_lists_the_log_in_time_order(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        exercise_id, _ids = held_exercise(session)
        for typed in ("10.30 Stabsmöte", "09.15 Larm inkom"):
            exercise_log.add_typed_entry(session, exercise_id, typed)
        text = text_of(exercise_evaluation.build(session, exercise_id, HELD_ON), tmp_path)
    lines = [line.split() for line in text.splitlines() if "Larm inkom" in line or "Stabsm" in line]
    assert lines == [
        [str(HELD_ON), "09.15", "Larm", "inkom"],
        [str(HELD_ON), "10.30", "Stabsmöte"],
    ]
