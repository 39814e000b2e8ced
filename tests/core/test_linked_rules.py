"""A group that meets before another group's meetings ("4 gånger/år inför chefsamråd", the
preparation group in the papers): read, and planned a week before each of them (the working day
before a weekend or holiday)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import Group, GroupType, MeetingStatus
from samverkan_desktop.recurrence import describe, parse_phrase, working_day_before
from samverkan_desktop.services import calendar, group_editing, groups, meeting_rules, meetings
from samverkan_desktop.services.meeting_common import horizon_end
from tests.core.linked_data import (
    ASCENSION,
    PHRASE,
    council_with_meetings,
    days_of,
    linked_groups,
    on_linked_today,  # noqa: F401 (fixture)
)
from tests.core.meeting_data import TODAY, at, make_group

pytestmark = pytest.mark.usefixtures("on_linked_today")


def test_the_papers_phrase_plans_a_week_before_each_council_meeting(db: Database) -> None:
    council, prep, _ids = linked_groups(db)
    with db.session() as s:
        detail = meeting_rules.get_rule(s, prep)
        assert detail is not None and detail.phrase == PHRASE
        assert detail.description == (
            "En vecka före varje möte i Chefsamråd trygghet kl. 09.00–10.30"
        )
        assert "närmaste vardag före" in detail.holiday_text
        # Ascension Day and a Saturday give the working day before.
        assert days_of(s, prep) == [
            dt.date(2027, 3, 4), dt.date(2027, 4, 9), dt.date(2027, 5, 5), dt.date(2027, 9, 9)
        ]  # fmt: skip
        rows = calendar.list_calendar(s, dt.date(2027, 3, 4), dt.date(2027, 3, 4),
                                      calendar.CalendarFilter(group_ids=(prep,)))  # fmt: skip
        assert rows[0].starts_at == at(dt.date(2027, 3, 4), 9)
        assert groups.get_group(s, prep).meeting_frequency == PHRASE


def test_a_council_meeting_cancelled_gives_no_meeting_before_it(db: Database) -> None:
    with db.session() as s:
        _council_id, ids = council_with_meetings(s)
        meetings.cancel_meeting(s, ids[ASCENSION], "Inställt")
        prep = make_group(s, members=("Sara Holm",))
        meeting_rules.set_rule_from_phrase(s, prep, PHRASE, today=TODAY)
        days = days_of(s, prep)
    assert dt.date(2027, 5, 5) not in days and len(days) == 3


def test_unknown_and_ambiguous_groups_are_named(db: Database) -> None:
    with db.session() as s:
        council_with_meetings(s, "Chefsamråd trygghet")
        make_group(s, "Chefsamråd skola", type=GroupType.CHEFSAMRAD, members=("Per Lind",))
        prep = make_group(s, members=("Sara Holm",))
        with pytest.raises(ValidationError) as ambiguous:
            meeting_rules.read_phrase(s, prep, "inför chefsamråd")
        assert "flera grupper: Chefsamråd skola, Chefsamråd trygghet" in ambiguous.value.message
        with pytest.raises(ValidationError) as unknown:
            meeting_rules.read_phrase(s, prep, "inför styrgruppen")
        assert "Ingen grupp heter ”styrgruppen”" in unknown.value.message
        # The whole name, or a prefix, is one group.
        rule = meeting_rules.read_phrase(s, prep, "inför chefsamråd tr")
        assert rule.before_group == "Chefsamråd trygghet"


def test_a_group_cannot_meet_before_itself_or_in_a_circle(db: Database) -> None:
    council, prep, _ids = linked_groups(db)
    with db.session() as s:
        with pytest.raises(ValidationError) as itself:
            meeting_rules.read_phrase(s, prep, "inför lokal beredningsgrupp")
        assert "sina egna möten" in itself.value.message
        with pytest.raises(ValidationError) as circle:
            meeting_rules.set_rule_from_phrase(s, council, "inför beredningsgrupp", today=TODAY)
        assert "Lokal beredningsgrupp möts redan före" in circle.value.message


def test_a_council_followed_by_a_rule_is_not_deleted(db: Database) -> None:
    council, _prep, _ids = linked_groups(db)
    with db.session() as s, pytest.raises(InUseError) as refused:
        group_editing.delete_group(s, council)
    assert "Lokal beredningsgrupp" in refused.value.message


def test_the_calendar_file_gives_the_meetings_before_as_single_events(db: Database) -> None:
    _council_id, prep, _ids = linked_groups(db)
    with db.session() as s:
        text = export_ics(s, prep).decode()
    assert "RRULE" not in text.split("END:VTIMEZONE")[1]
    assert text.count("BEGIN:VEVENT") == 4
    assert "DTSTART;TZID=Europe/Stockholm:20270505T090000" in text


def test_the_reader_takes_the_lead_and_refuses_days_of_its_own() -> None:
    def council(name: str) -> list[tuple[int, str]]:
        return [(7, "Chefsamråd trygghet")] if name.casefold().startswith("chefsamråd") else []

    rule = parse_phrase(
        "två veckor före varje möte i chefsamrådet kl 13-15", starts_on=TODAY, find_group=council
    )
    assert (rule.before_group_id, rule.lead_days, rule.start_time) == (7, 14, dt.time(13))
    assert describe(rule) == "Två veckor före varje möte i Chefsamråd trygghet kl. 13.00–15.00"
    # What describe writes reads back as the same rule.
    assert parse_phrase(describe(rule), starts_on=TODAY, find_group=council) == rule
    with pytest.raises(ValidationError, match="”tisdagar” anger egna dagar"):
        parse_phrase("inför chefsamråd tisdagar", starts_on=TODAY, find_group=council)
    with pytest.raises(ValidationError, match="”4 gånger/år” och ”varje månad”"):
        parse_phrase("4 gånger/år inför chefsamråd varje månad", starts_on=TODAY,
                     find_group=council)  # fmt: skip


def test_the_demos_preparation_group_meets_a_week_before_the_council(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = clock.today()
    monkeypatch.setattr(clock, "today", lambda: today)  # the demo is built from the real day
    with demo_db.session() as s:
        ids = {g.name: g.id for g in s.scalars(select(Group))}
        prep, council = ids["Lokal beredningsgrupp Östermalm"], ids["Chefsamråd trygghet"]
        meeting_rules.set_rule_from_phrase(s, prep, "4 gånger/år inför chefsamråd")
        window = calendar.CalendarFilter(group_ids=(council,))
        coming = [
            r.starts_at.date()
            # Up to the planning horizon: a council meeting past it gets its meeting before
            # when the horizon rolls on (on 1 June 2028 the demo had one on 4 June 2029).
            for r in calendar.list_calendar(
                s, today + dt.timedelta(days=14), horizon_end(s, today), window
            )
            if r.status is MeetingStatus.PLANNED
        ]
        days = [  # days_of reads from TODAY, 900 days: too short a window from 2028
            r.starts_at.date()
            for r in calendar.list_calendar(
                s, today, horizon_end(s, today), calendar.CalendarFilter(group_ids=(prep,))
            )
            if r.status is not MeetingStatus.CANCELLED
        ]
    assert coming
    for day in coming:
        wanted = working_day_before(day - dt.timedelta(days=7))
        assert wanted in days and wanted < day
