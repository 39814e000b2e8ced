"""A group's rule plans its meetings over a rolling horizon; exceptions survive rule changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.models import Meeting, MeetingStatus
from samverkan_desktop.recurrence import HolidayPolicy
from samverkan_desktop.services import (
    agenda,
    calendar,
    contacts,
    group_editing,
    group_leaving,
    groups,
    meeting_rules,
    meetings,
)
from tests.core.meeting_data import TODAY, at, make_group


def _meetings(db: Database, group_id: int) -> list[calendar.CalendarRow]:
    with db.session() as s:
        return calendar.list_calendar(
            s, TODAY - dt.timedelta(days=400), TODAY + dt.timedelta(days=900),
            calendar.CalendarFilter(group_ids=(group_id,)),
        )  # fmt: skip


def test_phrase_plans_eighteen_months_and_replanning_is_idempotent(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        result = meeting_rules.set_rule_from_phrase(
            s, gid, "1 gång/månad (ej juli)", starts_on=TODAY, today=TODAY
        )
    rows = _meetings(db, gid)
    # Dec 2026 .. May 2028 without the Julys: 18 months minus one July.
    assert result.created == len(rows) == 17
    assert rows[0].starts_at == at(dt.date(2026, 12, 1), 9)
    assert all(r.starts_at.month != 7 for r in rows)
    assert rows[-1].starts_at.date() <= dt.date(2028, 5, 23)
    with db.session() as s:
        detail = meeting_rules.get_rule(s, gid)
        assert detail is not None and detail.phrase == "1 gång/månad (ej juli)"
        assert detail.description.startswith("Första tisdagen varje månad kl. 09.00–10.30")
        assert detail.planned_until == dt.date(2028, 5, 23)
        again = meeting_rules.set_rule(s, gid, detail.rule, today=TODAY)
        assert (again.created, again.updated, again.removed) == (0, 0, 0)
        assert meeting_rules.extend_horizons(s, TODAY) == 0
    assert len(_meetings(db, gid)) == 17


def test_rolling_horizon_adds_the_next_months_once(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varje torsdag kl 9-10", today=TODAY)
    later = TODAY + dt.timedelta(days=28)
    with db.session() as s:
        assert meeting_rules.extend_horizons(s, later) == 4
        assert meeting_rules.extend_horizons(s, later) == 0
        count = s.scalar(select(func.count(Meeting.id)).where(Meeting.group_id == gid))
    weeks = len(_meetings(db, gid))
    assert count == weeks and weeks >= 78


def test_moved_cancelled_and_added_meetings_survive_a_rule_change(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(
            s, gid, "första tisdagen i månaden kl 9-11", starts_on=TODAY, today=TODAY
        )
    rows = _meetings(db, gid)
    january, february, march = rows[1], rows[2], rows[3]
    with db.session() as s:
        meetings.move_meeting(
            s, january.id, at(dt.date(2027, 1, 12), 13), at(dt.date(2027, 1, 12), 15)
        )
        meetings.cancel_meeting(s, february.id, "Krockar med budgetarbetet")
        extra = meetings.add_meeting(
            s,
            gid,
            meetings.MeetingInput(
                at(dt.date(2027, 1, 20), 10), at(dt.date(2027, 1, 20), 12), "Stadshuset", "Workshop"
            ),
        )
        # The rule changes: first Wednesday, at 10.
        new_rule = meeting_rules.read_phrase(s, gid, "första onsdagen i månaden kl 10-12", TODAY)
        result = meeting_rules.set_rule(s, gid, new_rule, today=TODAY)
    # The moved and the cancelled meeting stand for January's and February's new occurrence.
    assert (result.created, result.removed, result.kept) == (0, 0, 0)
    with db.session() as s:
        moved = meetings.get_meeting(s, january.id)
        assert moved.starts_at == at(dt.date(2027, 1, 12), 13) and moved.is_exception
        assert moved.original_start == at(dt.date(2027, 1, 6), 10)
        cancelled = meetings.get_meeting(s, february.id)
        assert cancelled.status is MeetingStatus.CANCELLED
        assert cancelled.original_start == at(dt.date(2027, 2, 3), 10)
        assert meetings.get_meeting(s, extra).title == "Workshop"
        # The untouched March meeting followed the rule to Wednesday at 10.
        assert meetings.get_meeting(s, march.id).starts_at == at(dt.date(2027, 3, 3), 10)
    january_rows = [r for r in _meetings(db, gid) if r.starts_at.strftime("%Y-%m") == "2027-01"]
    assert [(r.starts_at.day, r.moved, r.from_rule) for r in january_rows] == [
        (12, True, True),
        (20, False, False),
    ]
    # A rule with no January at all leaves the moved meeting as a kept exception.
    with db.session() as s:
        result = meeting_rules.set_rule_from_phrase(
            s, gid, "2 gånger/år juni och dec kl 10", starts_on=TODAY, today=TODAY
        )
        assert result.kept == 2 and meetings.get_meeting(s, january.id).is_exception


def test_meetings_with_minutes_are_never_removed_by_a_rule_change(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varje måndag kl 8", today=TODAY)
        first = _first_id(s, gid)
        detail = meetings.get_meeting(s, first)
        agenda.record_minutes(s, detail.agenda[0].id, "Inga öppna åtgärder.")
        result = meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
    assert result.kept == 1 and result.removed > 50
    with db.session() as s:
        kept = meetings.get_meeting(s, first)
        assert kept.starts_at.weekday() == 0 and kept.is_exception and kept.has_minutes


def test_a_prepared_agenda_survives_a_rule_change_and_is_counted_as_kept(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", starts_on=TODAY, today=TODAY)
    by_month = {r.starts_at.strftime("%Y-%m"): r.id for r in _meetings(db, gid)}
    april, may = by_month["2027-04"], by_month["2027-05"]
    with db.session() as s:
        item = agenda.add_agenda_item(
            s, april, "Presentation av trygghetsmätningen 2026", "Anna Berglund"
        )
        meetings.get_meeting(s, may)  # opened: its automatic agenda is no work of the user's
        twice_a_year = meeting_rules.read_phrase(s, gid, "2 gånger/år juni och dec", TODAY)
        going = meeting_rules.meetings_removed_by(s, gid, twice_a_year, today=TODAY)
        result = meeting_rules.set_rule(s, gid, twice_a_year, today=TODAY)
    assert at(dt.date(2027, 5, 4), 9) in going and at(dt.date(2027, 4, 6), 9) not in going
    assert result.kept == 1 and result.removed == len(going) == 14
    with db.session() as s:
        kept = meetings.get_meeting(s, april)
        assert kept.starts_at == at(dt.date(2027, 4, 6), 9) and kept.is_exception
        assert [(i.id, i.title, i.presenter) for i in kept.agenda][-1] == (
            item,
            "Presentation av trygghetsmätningen 2026",
            "Anna Berglund",
        )
    assert sorted(r.starts_at.strftime("%Y-%m") for r in _meetings(db, gid)) == [
        "2026-12", "2027-04", "2027-06", "2027-12",
    ]  # fmt: skip


def test_every_kind_of_work_on_a_future_meeting_keeps_it(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        guest = contacts.create_person(s, contacts.PersonInput("Olle Gäst"))
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", starts_on=TODAY, today=TODAY)
    by_month = {r.starts_at.strftime("%Y-%m"): r.id for r in _meetings(db, gid)}
    with db.session() as s:
        jan, feb, mar, apr, may, jul = (by_month[f"2027-0{m}"] for m in (1, 2, 3, 4, 5, 7))
        detail = meetings.get_meeting(s, jan)
        agenda.remove_agenda_item(s, detail.agenda[-1].id)  # a standing item left out
        detail = meetings.get_meeting(s, feb)
        agenda.update_agenda_item(s, detail.agenda[0].id, detail.agenda[0].title, "Sara Holm")
        meetings.add_invitee(s, mar, guest)
        meetings.set_minutes_by(s, apr, "Sara Holm")
        data = meetings.get_meeting(s, may)
        meetings.update_meeting(
            s, may, meetings.MeetingInput(data.starts_at, data.ends_at, data.place, note="Tema: ..")
        )
        assert not meetings.get_meeting(s, may).is_exception  # a note alone is no exception
        item = meetings.get_meeting(s, jul).agenda[0]  # the times of the items planned
        agenda.update_agenda_item(s, item.id, item.title, item.presenter, minutes=20)
        result = meeting_rules.set_rule_from_phrase(s, gid, "2 gånger/år juni och dec", today=TODAY)
    assert result.kept == 6
    months = {r.starts_at.strftime("%Y-%m") for r in _meetings(db, gid)}
    assert {"2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-07"} <= months


def test_a_former_member_invited_back_by_hand_is_a_guest_and_keeps_the_meeting(
    db: Database,
) -> None:
    """Sara left the group (her invitations to its meetings went with her); the coordinator
    invites her to March's meeting as a guest. A new rule must not delete that meeting and her
    invitation with it: a former member is no longer a member."""
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", starts_on=TODAY, today=TODAY)
    by_month = {r.starts_at.strftime("%Y-%m"): r.id for r in _meetings(db, gid)}
    march = by_month["2027-03"]
    with db.session() as s:
        invited = {i.name: i.person_id for i in meetings.get_meeting(s, march).invitees}
        sara = invited["Sara Holm"]
        # she leaves in February (after joining: a membership ended the day it began is deleted)
        group_leaving.leave(s, sara, [gid], at(dt.date(2027, 2, 1), 12))
        assert "Sara Holm" not in {i.name for i in meetings.get_meeting(s, march).invitees}
        meetings.add_invitee(s, march, sara)
        result = meeting_rules.set_rule_from_phrase(s, gid, "2 gånger/år juni och dec", today=TODAY)
    assert result.kept == 1
    with db.session() as s:
        kept = meetings.get_meeting(s, march)
        assert "Sara Holm" in {i.name for i in kept.invitees}


def test_clearing_the_rule_keeps_a_meeting_with_a_prepared_agenda(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
        first = _first_id(s, gid)
        agenda.add_agenda_item(s, first, "Presentation av trygghetsmätningen 2026")
        result = meeting_rules.clear_rule(s, gid, TODAY)
    assert result.kept == 1 and result.removed == 17
    assert [r.id for r in _meetings(db, gid)] == [first]


def test_holiday_policy_skip_and_move(db: Database) -> None:
    with db.session() as s:
        skip_group = make_group(s, "Torsdagsnätverket")
        move_group = make_group(s, "Torsdagsgruppen")
        meeting_rules.set_rule_from_phrase(
            s, skip_group, "varje torsdag", HolidayPolicy.SKIP, today=TODAY
        )
        meeting_rules.set_rule_from_phrase(
            s, move_group, "varje torsdag", HolidayPolicy.MOVE, today=TODAY
        )
    skipped = {r.starts_at.date() for r in _meetings(db, skip_group)}
    moved = {r.starts_at.date() for r in _meetings(db, move_group)}
    christmas_eve = dt.date(2026, 12, 24)
    assert christmas_eve not in skipped and christmas_eve not in moved
    assert dt.date(2026, 12, 28) in moved  # Julafton moves past the weekend to Monday
    assert dt.date(2027, 5, 6) not in skipped  # Kristi himmelsfärdsdag
    moved_row = next(
        r for r in _meetings(db, move_group) if r.starts_at.date() == dt.date(2027, 5, 7)
    )
    assert moved_row.moved and moved_row.holiday is None


def test_kept_holiday_is_flagged_in_the_calendar(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varje torsdag", today=TODAY)
    flagged = {r.starts_at.date(): r.holiday for r in _meetings(db, gid) if r.holiday}
    assert flagged[dt.date(2026, 12, 24)] == "Julafton"
    assert flagged[dt.date(2027, 5, 6)] == "Kristi himmelsfärdsdag"


def test_rule_with_no_meeting_in_its_term_is_refused_and_nothing_saved(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, term_until=dt.date(2027, 4, 30))
    with pytest.raises(ValidationError) as error, db.session() as s:
        meeting_rules.set_rule_from_phrase(
            s, gid, "2 gånger/år juni och dec", today=dt.date(2027, 1, 1)
        )
    assert "inget möte mellan 2027-01-01 och 2027-04-30" in error.value.message
    with db.session() as s:
        assert meeting_rules.get_rule(s, gid) is None
    assert _meetings(db, gid) == []


def test_group_term_limits_the_planning_and_preview_shows_holidays(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, term_until=dt.date(2027, 3, 31))
        rule = meeting_rules.read_phrase(s, gid, "varje torsdag kl 13-15", TODAY)
        preview = meeting_rules.preview_rule(s, gid, rule, HolidayPolicy.MOVE, today=TODAY)
        assert preview.rrule == "FREQ=WEEKLY;BYDAY=TH"
        christmas = next(
            d for d in preview.dates if d.original_start.date() == dt.date(2026, 12, 24)
        )
        assert christmas.holiday == "Julafton" and christmas.moved
        assert christmas.start.date() == dt.date(2026, 12, 28) and christmas.week == 53
        meeting_rules.set_rule(s, gid, rule, HolidayPolicy.MOVE, today=TODAY)
    assert max(r.starts_at.date() for r in _meetings(db, gid)) == dt.date(2027, 3, 25)


def test_clearing_the_rule_keeps_exceptions_as_single_meetings(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
        first = _first_id(s, gid)
        meetings.move_meeting(s, first, at(dt.date(2026, 12, 3), 9), at(dt.date(2026, 12, 3), 10))
        result = meeting_rules.clear_rule(s, gid, TODAY)
    assert result.kept == 1 and result.removed == 17
    rows = _meetings(db, gid)
    assert [r.id for r in rows] == [first] and not rows[0].from_rule


def test_unknown_group_and_bad_phrase(db: Database) -> None:
    with pytest.raises(NotFoundError), db.session() as s:
        meeting_rules.set_rule_from_phrase(s, 999, "1 gång/månad", today=TODAY)
    with db.session() as s:
        gid = make_group(s)
    with pytest.raises(ValidationError, match="Förstod inte: ”ibland”\\."), db.session() as s:
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad ibland", today=TODAY)


def test_phrase_defaults_follow_the_groups_current_rule(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "varje onsdag kl 13-14", today=TODAY)
        rule = meeting_rules.read_phrase(s, gid, "varannan vecka", TODAY)
    assert rule.weekdays == (2,) and rule.start_time == dt.time(13, 0)
    assert rule.duration_minutes == 60


def _first_id(session: object, group_id: int) -> int:
    return session.scalar(  # type: ignore[attr-defined]
        select(Meeting.id).where(Meeting.group_id == group_id).order_by(Meeting.starts_at).limit(1)
    )


def test_ending_a_group_removes_its_later_meetings_and_an_undo_brings_them_back(
    db: Database,
) -> None:
    """Ended, a group's planned meetings after the end left the calendar and the .ics export
    kept them ('Nästa möten: tis 2026-12-01'). Those holding work stay, for the coordinator."""
    import dataclasses

    from samverkan_desktop.services import groups

    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", starts_on=TODAY, today=TODAY)
    before = [(r.id, r.starts_at) for r in _meetings(db, gid)]
    prepared = next(r for r in _meetings(db, gid) if r.starts_at.date() > dt.date(2027, 3, 1))
    with db.session() as s:
        agenda.add_agenda_item(s, prepared.id, "Överlämning till den nya gruppen")
        group = groups.get_group(s, gid)
        undo = dataclasses.replace(group.to_input(), expected_version=None)
        group_editing.end_group(s, gid, dt.date(2027, 1, 31), today=TODAY)
    after = {r.id: r.starts_at for r in _meetings(db, gid)}
    assert {r for r, start in before if start.date() <= dt.date(2027, 1, 31)} <= set(after)
    assert [start.date() for start in after.values() if start.date() > dt.date(2027, 1, 31)] == [
        prepared.starts_at.date()
    ]  # only the meeting with an agenda of its own
    with db.session() as s:
        group_editing.update_group(s, gid, undo, today=TODAY)  # made active again: meetings return
    assert sorted(r.starts_at for r in _meetings(db, gid)) == sorted(start for _id, start in before)


def test_a_phrase_pasted_decomposed_is_read_and_kept_composed(db: Database) -> None:
    """ "1 gång/månad" pasted from a PDF or a Mac ("a" and a combining ring): read as typed, and
    stored as typed, so the group's "meets" and the rule read alike in searches."""
    pasted = unicodedata.normalize("NFD", "1 gång/månad (ej juli)")
    assert pasted != "1 gång/månad (ej juli)"
    with db.session() as s:
        gid = make_group(s)
        result = meeting_rules.set_rule_from_phrase(s, gid, pasted, starts_on=TODAY, today=TODAY)
        assert result.created == 17
        detail = meeting_rules.get_rule(s, gid)
        assert detail is not None and detail.phrase == "1 gång/månad (ej juli)"


def test_a_new_phrase_keeps_where_the_group_meets_unless_told(db: Database) -> None:
    """A new frequency typed (the command line's set-rule without --place) kept the time but
    emptied the place of every coming meeting; "" still leaves the place out."""
    room = "Karlavägen 104, sammanträdesrum Garnisonen"
    with db.session() as s:
        gid = make_group(s)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", place=room, today=TODAY)
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad (ej juli)", today=TODAY)
        kept = meeting_rules.get_rule(s, gid)
    assert kept is not None and kept.rule.place == room
    assert {row.place for row in _meetings(db, gid)} == {room}
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", place=" ", today=TODAY)
        cleared = meeting_rules.get_rule(s, gid)
    assert cleared is not None and cleared.rule.place is None
    assert {row.place for row in _meetings(db, gid)} == {None}


def test_meets_is_the_rules_text_while_the_rule_stands(db: Database) -> None:
    """Asked once: with a rule, "Meets" is the rule's text (printouts and calendar agree); the
    group's form cannot type another one beside it. Without a rule it is free text again."""
    with db.session() as s:
        gid = make_group(s)
        assert not groups.get_group(s, gid).meets_by_rule
        meeting_rules.set_rule_from_phrase(s, gid, "4 gånger/år", starts_on=TODAY, today=TODAY)
        group = groups.get_group(s, gid)
    assert group.meets_by_rule and group.meeting_frequency == "4 gånger/år"
    typed = dataclasses.replace(group.to_input(), meeting_frequency="1 gång/månad")
    with pytest.raises(ValidationError) as refused, db.session() as s:
        group_editing.update_group(s, gid, typed)
    assert refused.value.field == "meeting_frequency"
    assert "ändra regeln" in str(refused.value)
    with db.session() as s:
        # The same text (the form's read-only line) saves; the rule's text stays.
        group_editing.update_group(
            s, gid, dataclasses.replace(group.to_input(), notes="Ny anteckning")
        )
        meeting_rules.clear_rule(s, gid, TODAY)
        group = groups.get_group(s, gid)
        assert not group.meets_by_rule
        group_editing.update_group(
            s, gid, dataclasses.replace(group.to_input(), meeting_frequency="vid behov")
        )
        assert groups.get_group(s, gid).meeting_frequency == "vid behov"
