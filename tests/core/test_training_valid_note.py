"""The reception's list of valid alarm training: its closing note ("Den som inte står på listan
…") goes on with the list's last names, never alone on the last page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_training_valid
from samverkan_desktop.services import contacts, training
from samverkan_desktop.services.contacts import PersonInput
from tests.core.alarm_data import make
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

TODAY = dt.date(2026, 12, 1)


@needs_pdftotext
def test_the_note_under_the_valid_trainings_never_stands_alone(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        course = make(s).course_id
        held = training.create_session(s, training.SessionInput(course, dt.date(2026, 3, 10)))
        for n in range(60):
            person = contacts.create_person(s, PersonInput(f"Utbildad {n:02}", is_staff=True))
            training.add_attendee(s, held, person)
        # One more name each time: the list's end at every place of page 2's foot.
        continued = 0
        for n in range(60, 76):
            person = contacts.create_person(s, PersonInput(f"Utbildad {n:02}", is_staff=True))
            training.add_attendee(s, held, person)
            pdf = alarm_training_valid.build(s, TODAY)
            last = page_lines(pdf, tmp_path)[-1]
            assert any(line.startswith("Den som inte står på listan") for line in last), n
            assert any(line.startswith("Utbildad ") for line in last), n
            continued += len(page_lines(pdf, tmp_path)) > 1
    assert continued
