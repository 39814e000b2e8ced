"""The reception's printed list of valid alarm training ("Giltig larmutbildning"): who is on it,
in which order, which trainings are marked as running out, and the same list from
``samverkan print training-valid``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.db import Database
from samverkan_desktop.models import OrganisationKind
from samverkan_desktop.reports import alarm_training_valid
from samverkan_desktop.services import contacts, training
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from samverkan_desktop.services.training_holders import valid_holders
from tests.core.alarm_data import make
from tests.core.printed_by_cli import fill, printed_text
from tests.core.test_alarms_reports import text_of

TODAY = dt.date(2026, 12, 1)


def _more_trainees(db: Database) -> int:
    """make()'s people (Lena, Karin, Leif trained 2026-03-10; Lars 2021, expired; Sara never),
    plus Åsa, trained two years ago less 19 days (expires 2026-12-20), and Bo from another
    organisation, with no department."""
    with db.session() as s:
        data = make(s)
        police = contacts.create_organisation(
            s, OrganisationInput("Polisen Norrmalm", OrganisationKind.POLICE)
        )
        asa = contacts.create_person(
            s,
            PersonInput("Åsa Ahl", is_staff=True, department="Äldreomsorgen", phone="070-111"),
            today=TODAY,
        )
        bo = contacts.create_person(s, PersonInput("bo Berg", organisation_id=police), today=TODAY)
        old = training.create_session(
            s, training.SessionInput(data.course_id, dt.date(2024, 12, 20))
        )
        training.add_attendee(s, old, asa)
        training.add_attendee(s, old, bo)
        recent = training.create_session(
            s, training.SessionInput(data.course_id, dt.date(2025, 6, 2))
        )
        training.add_attendee(s, recent, bo)  # renewed: the latest session counts
        return data.course_id


def test_the_list_holds_the_valid_trainings_by_name_with_those_running_out_marked(
    db: Database,
) -> None:
    course_id = _more_trainees(db)
    with db.session() as s:
        rows = valid_holders(s, course_id, TODAY)
    assert [(r.name, r.unit, r.last_attended, r.valid_until, r.expiring) for r in rows] == [
        ("bo Berg", "Polisen Norrmalm", dt.date(2025, 6, 2), dt.date(2027, 6, 2), False),
        ("Karin Lindqvist", None, dt.date(2026, 3, 10), dt.date(2028, 3, 10), False),
        ("Leif Pettersson", "Socialtjänsten", dt.date(2026, 3, 10), dt.date(2028, 3, 10), False),
        ("Lena Persson", "Socialtjänsten", dt.date(2026, 3, 10), dt.date(2028, 3, 10), False),
        ("Åsa Ahl", "Äldreomsorgen", dt.date(2024, 12, 20), dt.date(2026, 12, 20), True),
    ]
    with db.session() as s:  # the day after Åsa's training ran out, she is off the list
        after = [r.name for r in valid_holders(s, course_id, dt.date(2026, 12, 21))]
    assert "Åsa Ahl" not in after and "Lena Persson" in after


def test_the_printout_reads_as_the_desk_needs_it(db: Database, tmp_path: Path) -> None:
    _more_trainees(db)
    with db.session() as s:
        text = text_of(alarm_training_valid.build(s, TODAY), tmp_path)
    assert "Giltig larmutbildning" in text
    assert "per 1 december 2026 (v. 49) · 5 personer, 1 går ut inom 30 dagar" in text
    lines = [line for line in text.splitlines() if "Ahl" in line]
    assert "2024-12-20" in lines[0] and "2026-12-20" in lines[0]
    assert "går snart ut" in text.split("Åsa Ahl", 1)[1]
    assert "Lars Ek" not in text and "Sara Holm" not in text  # expired, never trained
    assert "070-111" not in text and "08-508" not in text  # no phone numbers at the desk
    assert text.index("bo Berg") < text.index("Karin") < text.index("Lena") < text.index("Åsa")


def test_print_training_valid_from_the_command_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, today: dt.date
) -> None:
    fill(sqlite_url, _more_trainees)
    text = printed_text(sqlite_url, capsys, tmp_path, "training-valid", "--date", "2026-12-01")
    assert "Åsa Ahl" in text and "går snart ut" in text
    assert (
        main(["--db", sqlite_url, "print", "training-valid", "--date", "1 dec", "--out", "x.pdf"])
        == 1
    )
    assert f"”1 dec” är inte ett datum (skriv till exempel {today})" in capsys.readouterr().err
