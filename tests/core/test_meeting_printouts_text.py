"""What the notice and the minutes say, read as their readers read them (pdftotext): the note
written for the invitees is on the notice, and the minutes name each item's halves as the
meeting editor does ("Vad har vi gjort / Hur fortsätter vi" only under that item)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models.meetings import STANDING_DONE_NEXT
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 2)


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "utskrift.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def _meeting(s, note: str | None = None) -> int:  # type: ignore[no-untyped-def]
    group = make_group(s, members=("Karin Lindqvist", "Mikael Ström"))
    data = MeetingInput(at(DAY, 13), at(DAY, 15), "Garnisonen", None, note)
    return meetings.add_meeting(s, group, data)


def test_the_note_for_the_invitees_is_on_the_notice(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s, "Ta med lägesbilden för Stureplan.\n- Kaffe från 12.45")
        text = _text(agenda_pdf(s, meeting), tmp_path)
    assert "Ta med lägesbilden för Stureplan." in text
    assert "Kaffe från 12.45" in text
    assert text.index("Kaffe från 12.45") < text.index("Dagordning")  # read before the items


def test_the_minutes_name_the_halves_as_the_editor_does(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s)
        round_table = agenda.add_agenda_item(s, meeting, "Laget runt")
        agenda.record_minutes(s, round_table, "Polisen: lugnt.", "Ny lägesbild i mars.")
        detail = meetings.get_meeting(s, meeting)
        done_next = [i for i in detail.agenda if i.standing_key == STANDING_DONE_NEXT]
        for item in done_next:
            agenda.record_minutes(s, item.id, "Två vandringar.", "En till i vår.")
        text = _text(held_minutes_pdf(s, meeting), tmp_path)
    round_table_part = text[text.index("Laget runt") :]
    assert "Polisen: lugnt." in round_table_part
    assert "Nästa steg" in round_table_part and "Ny lägesbild i mars." in round_table_part
    assert "Vad har vi gjort" not in round_table_part.split("Beslut")[0]
    assert "Hur fortsätter vi" not in round_table_part.split("Beslut")[0]
    if done_next:  # that item keeps its two halves
        assert text.count("Vad har vi gjort\n") == len(done_next)


def test_a_moved_meeting_says_so_on_its_notice(sqlite_db: Database, tmp_path: Path) -> None:
    """The invitees have the rule's time in their calendars: the notice of a meeting moved
    from it says from when, before anything else."""
    from samverkan_desktop.services import calendar, meeting_rules
    from tests.core.meeting_data import TODAY

    with sqlite_db.session() as s:
        group = make_group(s)
        meeting_rules.set_rule_from_phrase(
            s, group, "första tisdagen i månaden kl 9-11", starts_on=TODAY, today=TODAY
        )
        rows = calendar.list_calendar(
            s, TODAY, TODAY + dt.timedelta(days=90), calendar.CalendarFilter(group_ids=(group,))
        )
        moved, usual = rows[1], rows[2]
        day = moved.starts_at.date() + dt.timedelta(days=1)
        meetings.move_meeting(s, moved.id, at(day, 13), at(day, 15))
        original = moved.starts_at
        text = " ".join(_text(agenda_pdf(s, moved.id), tmp_path).split())
        usual_text = _text(agenda_pdf(s, usual.id), tmp_path)
    assert f"Observera: mötet är flyttat från tisdag {original.day} " in text  # the rule's day
    assert "kl. 09.00." in text
    assert text.index("flyttat") < text.index("Datum")
    assert "flyttat" not in usual_text


def test_a_decision_under_its_item_carries_its_number(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        meeting = _meeting(s)
        promises = agenda.add_agenda_item(s, meeting, "Medborgarlöften 2027")
        agenda.add_decision(s, meeting, "Mötet läggs på onsdagar.")
        agenda.add_decision(s, meeting, "Löftena för 2027 antas.", promises)
        text = " ".join(_text(held_minutes_pdf(s, meeting), tmp_path).split())
    under_item = text[text.index("Medborgarlöften 2027") : text.rindex("Beslut 1.")]
    assert "Beslut 2: Löftena för 2027 antas." in under_item
    assert "2. Löftena för 2027 antas." in text  # the same number in the list of decisions
