"""The Friday summary to management: one brief per ISO week (also in the database), items added,
edited, moved and removed, a stale save from another desk refused, the day it was sent; the two
printouts (the shared one without the items not to pass on, nor the internal appendix) and the
appendix's weekend and next week (meetings, walks, a count of home loans, no names). On SQLite
and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, StaleRecordError, ValidationError
from samverkan_desktop.models import BriefSource, ExerciseStatus, ExerciseType
from samverkan_desktop.reports import weekly_brief
from samverkan_desktop.services import (
    alarm_loans,
    exercises,
    meetings,
    places,
    walk_editing,
    walk_rows,
    weekly_briefs,
)
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput, parse_week
from tests.core import alarm_data
from tests.core.database_rules import refused, rows
from tests.core.meeting_data import at, make_group
from tests.core.test_alarms_reports import text_of
from tests.core.test_walks_cli import needs_pdftotext

WEEK = BriefWeek(2026, 48)  # Monday 23 – Sunday 29 November 2026; Friday the 27th
DEMONSTRATION = ItemInput(
    BriefSource.SLK, "Demonstration vid Humlegården", "Lördag 14–16.", shareable=True
)
EXERCISE = ItemInput(BriefSource.SLK, "Stadens krisledningsövning", "Utse deltagare.")
FRAUD = ItemInput(BriefSource.SSR, "Bedrägerier mot äldre", None, shareable=True)


def _brief(db: Database, *items: ItemInput) -> list[int]:
    with db.session() as s:
        return [weekly_briefs.add_item(s, WEEK, item) for item in items]


def _headings(db: Database, week: BriefWeek = WEEK) -> list[str]:
    return [i.heading for i in db.call(weekly_briefs.get_brief, week).items]


def test_one_brief_a_week_its_first_item_creates_it(db: Database) -> None:
    assert db.call(weekly_briefs.get_brief, WEEK).version == 0  # nothing written yet
    _brief(db, DEMONSTRATION)
    _brief(db, EXERCISE)
    _brief(db, FRAUD)
    assert rows(db, "SELECT year, week, sent_on FROM weekly_briefs") == [
        {"year": 2026, "week": 48, "sent_on": None}
    ]
    assert _headings(db) == [
        "Demonstration vid Humlegården",
        "Stadens krisledningsövning",
        "Bedrägerier mot äldre",
    ]
    assert _headings(db, WEEK.moved(1)) == []  # the next week is its own
    refused(db, "INSERT INTO weekly_briefs (year, week) VALUES (2026, 48)")
    refused(db, "INSERT INTO weekly_briefs (year, week) VALUES (2026, 54)")


def test_a_form_that_showed_no_brief_is_refused_once_another_desk_started_it(
    db: Database,
) -> None:
    _brief(db, DEMONSTRATION)
    with pytest.raises(StaleRecordError), db.session() as s:
        weekly_briefs.add_item(s, WEEK, FRAUD, expected_version=0)
    assert _headings(db) == ["Demonstration vid Humlegården"]


def test_a_stale_save_is_refused_and_the_other_desks_text_stays(db: Database) -> None:
    (item,) = _brief(db, DEMONSTRATION)
    seen = db.call(weekly_briefs.get_brief, WEEK).version
    other = ItemInput(BriefSource.POLICE, "Demonstrationen flyttad till Karlaplan")
    assert db.call(weekly_briefs.update_item, item, other, seen) == seen + 1
    with pytest.raises(StaleRecordError) as stale:
        db.call(weekly_briefs.update_item, item, DEMONSTRATION, seen)
    assert "någon annan" in stale.value.message.lower()
    with pytest.raises(StaleRecordError):  # adding, moving, removing, sending: all checked
        db.call(weekly_briefs.add_item, WEEK, FRAUD, seen)
    with pytest.raises(StaleRecordError):
        db.call(weekly_briefs.remove_item, item, seen)
    with pytest.raises(StaleRecordError):
        db.call(weekly_briefs.mark_sent, WEEK, WEEK.friday, seen)
    detail = db.call(weekly_briefs.get_brief, WEEK)
    assert [(i.source, i.heading) for i in detail.items] == [(BriefSource.POLICE, other.heading)]
    assert detail.sent_on is None


def test_refused_input_is_named_in_swedish(db: Database) -> None:
    with pytest.raises(ValidationError) as empty:
        db.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "   ", "text"))
    assert (empty.value.message, empty.value.field) == ("Ge punkten en rubrik.", "heading")
    with pytest.raises(ValidationError) as long_text:
        db.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Rubrik", "x" * 4001))
    assert long_text.value.field == "text" and "4000" in long_text.value.message
    with pytest.raises(ValidationError) as nothing:
        db.call(weekly_briefs.mark_sent, WEEK, WEEK.friday)
    assert "minst en punkt" in nothing.value.message
    assert rows(db, "SELECT id FROM weekly_briefs") == []  # nothing half made
    with pytest.raises(NotFoundError):
        db.call(weekly_briefs.update_item, 999, FRAUD)


def test_items_move_and_are_removed_in_order(db: Database) -> None:
    first, second, third = _brief(db, DEMONSTRATION, EXERCISE, FRAUD)
    db.call(weekly_briefs.move_item, third, -1)
    db.call(weekly_briefs.move_item, first, -1)  # first already: stays
    assert _headings(db) == [
        "Demonstration vid Humlegården",
        "Bedrägerier mot äldre",
        "Stadens krisledningsövning",
    ]
    db.call(weekly_briefs.remove_item, first)
    detail = db.call(weekly_briefs.get_brief, WEEK)
    assert [(i.position, i.heading) for i in detail.items] == [
        (0, "Bedrägerier mot äldre"),
        (1, "Stadens krisledningsövning"),
    ]
    assert second in {i.id for i in detail.items}


def test_marked_sent_it_stays_editable(db: Database) -> None:
    (item,) = _brief(db, DEMONSTRATION)
    version = db.call(weekly_briefs.mark_sent, WEEK, dt.date(2026, 11, 27))
    db.call(weekly_briefs.update_item, item, FRAUD, version)
    detail = db.call(weekly_briefs.get_brief, WEEK)
    assert detail.sent_on == dt.date(2026, 11, 27)
    assert [i.heading for i in detail.items] == ["Bedrägerier mot äldre"]


@pytest.mark.parametrize(
    ("text", "week"),
    [("2026-W49", BriefWeek(2026, 49)), ("2026w1", BriefWeek(2026, 1)), ("2027-53", None)],
)
def test_a_week_is_read_as_written_in_iso(text: str, week: BriefWeek | None) -> None:
    if week is not None:
        assert parse_week(text) == week
        return
    with pytest.raises(ValidationError) as wrong:
        parse_week(text)
    assert wrong.value.message == "2027 har ingen vecka 53."


def test_a_wrong_week_says_how_to_write_it() -> None:
    with pytest.raises(ValidationError) as wrong:
        parse_week("vecka 49")
    assert wrong.value.message == "”vecka 49” är inte en vecka (skriv till exempel 2026-W49)."
    assert BriefWeek.of(dt.date(2027, 1, 1)) == BriefWeek(2026, 53)


def _outlook_data(db: Database) -> None:
    """A meeting, a walk and an exercise in the weekend's and next week's days, one of each
    after them, an exercise cancelled, and a unit out on home loan."""
    with db.session() as s:
        group = make_group(s, "Platssamverkan Stureplan")
        for day in (dt.date(2026, 12, 1), dt.date(2026, 12, 10)):
            meetings.add_meeting(
                s,
                group,
                meetings.MeetingInput(at(day, 8, 30), at(day, 10), place="Sturegallerian"),
            )
        place = places.create_place(s, places.PlaceInput("Humlegården"))
        for day in (dt.date(2026, 12, 2), dt.date(2026, 11, 20)):
            walk_editing.create_walk(
                s, walk_rows.WalkInput(place, day, dt.time(18, 30), end_time=dt.time(20, 30))
            )
        for title, day in (
            ("Larmprov för krisledningen", dt.date(2026, 12, 3)),
            ("Inställt larmprov", dt.date(2026, 12, 4)),
            ("Seminarieövning", dt.date(2026, 12, 10)),
        ):
            exercise = exercises.create_exercise(
                s,
                exercises.ExerciseInput(
                    title,
                    ExerciseType.FUNCTIONAL,
                    day.year,
                    day.month,
                    day,
                    dt.time(7, 30),
                    "Via kontaktlistan",
                    end_time=dt.time(8, 30),
                ),
            )
            if title.startswith("Inställt"):
                exercises.set_status(s, exercise, ExerciseStatus.CANCELLED)
        data = alarm_data.make(s)
        alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                data.people["lena"],
                due_at=alarm_data.at(17, day=30),
                approved_by_id=data.people["karin"],
                reason="Hotad i tjänsten",
            ),
            now=alarm_data.NOW,
        )


def test_the_outlook_lists_the_weekend_and_next_week(db: Database) -> None:
    _outlook_data(db)
    found = db.call(weekly_briefs.outlook, WEEK, alarm_data.NOW)
    assert (found.start, found.end) == (dt.date(2026, 11, 28), dt.date(2026, 12, 6))
    assert [(m.starts_at.date(), m.label) for m in found.meetings] == [
        (dt.date(2026, 12, 1), "Platssamverkan Stureplan")
    ]
    assert [(w.date, w.place) for w in found.walks] == [(dt.date(2026, 12, 2), "Humlegården")]
    assert [(e.date, e.title) for e in found.exercises] == [
        (dt.date(2026, 12, 3), "Larmprov för krisledningen")
    ]
    assert found.home_loans == 1


def _printed(db: Database, tmp_path: Path, shared: bool, *items: ItemInput) -> str:
    """The week's printout, sent on its Friday, with the outlook's data, as one line."""
    _outlook_data(db)
    _brief(db, *items)
    db.call(weekly_briefs.mark_sent, WEEK, dt.date(2026, 11, 27))
    pdf = db.call(weekly_brief.build, WEEK, shared, alarm_data.NOW)
    return " ".join(text_of(pdf, tmp_path).split())


@needs_pdftotext
def test_the_management_printout_has_every_item_and_the_appendix(
    db: Database, tmp_path: Path
) -> None:
    text = _printed(db, tmp_path, False, DEMONSTRATION, EXERCISE)
    assert text.startswith("Veckosammanställning v. 48")
    assert "fredag 27 november 2026 (v. 48) · skickad 27 november 2026" in text
    assert "Demonstration vid Humlegården (SLK-nätverket · får delas vidare)" in text
    assert "Stadens krisledningsövning (SLK-nätverket) Utse deltagare." in text
    assert "Kommande helg och nästa vecka (lör 28 nov – sön 6 dec)" in text
    # When each ends too, as the calendar prints it: management plans the evening around it.
    assert "tis 1 dec 08.30–10.00 Platssamverkan Stureplan Sturegallerian" in text
    assert "ons 2 dec 18.30–20.30 Humlegården" in text
    # The crisis team's exercise: management sets the morning aside.
    assert (
        "Övningar När Övning Plats tors 3 dec 07.30–08.30 Larmprov för krisledningen "
        "Via kontaktlistan"
    ) in text
    assert "Inställt" not in text and "Seminarieövning" not in text
    assert "10 dec" not in text and "20 nov" not in text
    assert "1 larm är utlånat som hemlån." in text
    assert "Lena" not in text and "Persson" not in text and "Hotad" not in text


@needs_pdftotext
def test_the_shared_printout_leaves_out_what_is_not_to_be_passed_on(
    db: Database, tmp_path: Path
) -> None:
    text = _printed(db, tmp_path, True, DEMONSTRATION, EXERCISE, FRAUD)
    assert text.startswith("Inför helgen v. 48")
    assert "Demonstration vid Humlegården (SLK-nätverket)" in text
    assert "Bedrägerier mot äldre (SSR)" in text
    assert "krisledningsövning" not in text and "Utse deltagare" not in text
    assert "Platssamverkan" not in text and "hemlån" not in text and "skickad" not in text


def test_the_demo_has_last_weeks_brief_sent(db: Database) -> None:
    from samverkan_desktop import demo

    with db.session() as s:
        demo.load(s, dt.date(2026, 12, 2))
    assert rows(db, "SELECT year, week FROM weekly_briefs") == [{"year": 2026, "week": 48}]
    detail = db.call(weekly_briefs.get_brief, WEEK)
    assert detail.sent_on == dt.date(2026, 11, 27)
    assert 3 <= len(detail.items) <= 4
    assert 0 < len(detail.shared_items) < len(detail.items)
