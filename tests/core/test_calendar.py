"""The calendar over all groups: light rows, month and week grids with ISO weeks and holidays,
filters by group, type and priority area, and the Overview's meetings this week."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import GroupType, MeetingStatus
from samverkan_desktop.services import calendar, groups, meeting_rules, meetings, overview
from samverkan_desktop.services.calendar import CalendarFilter
from tests.core.meeting_data import TODAY, at, make_group


def _setup(db: Database) -> dict[str, int]:
    with db.session() as s:
        areas = {a.code: a.id for a in groups.list_priority_areas(s)}
        place = make_group(
            s,
            "Platssamverkan Stureplan",
            type=GroupType.PLATSSAMVERKAN,
            priority_area_ids=(areas["places_and_vulnerable_areas"],),
        )
        network = make_group(s, "SLK-nätverket", type=GroupType.NATVERK)
        meeting_rules.set_rule_from_phrase(
            s, place, "1 gång/månad (ej juni-aug)", place="Sturegallerian", today=TODAY
        )
        meeting_rules.set_rule_from_phrase(s, network, "varje torsdag förmiddag", today=TODAY)
    return {"place": place, "network": network, **areas}


def test_month_view_has_whole_iso_weeks_holidays_and_meetings(db: Database) -> None:
    ids = _setup(db)
    with db.session() as s:
        month = calendar.month_view(s, 2026, 12)
    assert [w.week for w in month.weeks] == [49, 50, 51, 52, 53]
    first_day = month.weeks[0].days[0]
    assert first_day.date == dt.date(2026, 11, 30) and not first_day.in_month
    christmas = month.weeks[3].days[3]
    assert christmas.date == dt.date(2026, 12, 24) and christmas.holiday == "Julafton"
    assert [m.group_name for m in christmas.meetings] == ["SLK-nätverket"]
    assert christmas.meetings[0].holiday == "Julafton"
    december_first = month.weeks[0].days[1]
    row = december_first.meetings[0]
    assert (row.group_id, row.place, row.week) == (ids["place"], "Sturegallerian", 49)
    assert row.starts_at == at(dt.date(2026, 12, 1), 9)
    assert row.colour_index == calendar.colour_index(ids["place"])


def test_filters_by_group_type_and_priority_area_and_cancelled(db: Database) -> None:
    ids = _setup(db)
    span = (dt.date(2027, 1, 1), dt.date(2027, 1, 31))
    with db.session() as s:
        everything = calendar.list_calendar(s, *span)
        assert len(everything) == 4 + 1
        by_type = calendar.list_calendar(s, *span, CalendarFilter(group_type=GroupType.NATVERK))
        assert {r.group_name for r in by_type} == {"SLK-nätverket"}
        by_area = calendar.list_calendar(
            s, *span, CalendarFilter(priority_area_id=ids["places_and_vulnerable_areas"])
        )
        assert [r.group_name for r in by_area] == ["Platssamverkan Stureplan"]
        meetings.cancel_meeting(s, by_area[0].id)
        assert len(calendar.list_calendar(s, *span, CalendarFilter(include_cancelled=False))) == 4
        cancelled = calendar.list_calendar(s, *span, CalendarFilter(group_ids=(ids["place"],)))
        assert cancelled[0].status is MeetingStatus.CANCELLED and cancelled[0].is_exception


def test_next_meeting_after_a_day_follows_the_filter_and_passes_over_cancelled(
    db: Database,
) -> None:
    """Where an empty month points on to (the calendar's "Nästa: …")."""
    ids = _setup(db)
    new_year = dt.date(2026, 12, 31)
    place = CalendarFilter(group_ids=(ids["place"],))
    with db.session() as s:
        first = calendar.next_meeting(s, new_year)
        assert first is not None and first.group_id == ids["place"]
        assert first.starts_at.date() == dt.date(2027, 1, 5)  # its first Tuesday
        network = calendar.next_meeting(s, new_year, CalendarFilter(group_ids=(ids["network"],)))
        assert network is not None and network.starts_at.date() == dt.date(2027, 1, 7)
        meetings.cancel_meeting(s, first.id)
        february = calendar.next_meeting(s, new_year, place)
        assert february is not None and february.starts_at.date() == dt.date(2027, 2, 2)
        after_cancelled = calendar.next_meeting(s, new_year)
        assert after_cancelled is not None and after_cancelled.id == network.id
        assert calendar.next_meeting(s, dt.date(2040, 1, 1)) is None


def test_week_view_and_bad_ranges(db: Database) -> None:
    _setup(db)
    with db.session() as s:
        week = calendar.week_view(s, 2027, 1)
        assert [d.date.isoformat() for d in (week.days[0], week.days[-1])] == [
            "2027-01-04",
            "2027-01-10",
        ]
        assert [len(d.meetings) for d in week.days] == [0, 1, 0, 1, 0, 0, 0]
        with pytest.raises(ValidationError, match="ingen vecka 54"):
            calendar.week_view(s, 2027, 54)
        with pytest.raises(ValidationError, match="före startdatum"):
            calendar.list_calendar(s, dt.date(2027, 2, 1), dt.date(2027, 1, 1))


def test_overview_meetings_this_week(db: Database) -> None:
    _setup(db)
    with db.session() as s:
        section = next(x for x in overview.gather(s, TODAY) if x.key == "meetings_coming")
    assert section.total == 1 and section.area == "calendar"
    assert section.items[0].title == "SLK-nätverket"
    # Within this week the year and month are noise: a short day, and the time fits a laptop.
    assert section.items[0].detail.startswith("tors 26 nov 09.00–10.30")


def test_overview_meetings_this_week_say_today_and_tomorrow(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp Östermalm")
        for day in (0, 1, 6):  # Monday (today), Tuesday, Sunday
            meetings.add_meeting(
                s,
                group_id,
                meetings.MeetingInput(
                    at(TODAY + dt.timedelta(days=day), 9),
                    at(TODAY + dt.timedelta(days=day), 10, 30),
                    "Karlavägen 104",
                ),
            )
        section = next(x for x in overview.gather(s, TODAY) if x.key == "meetings_coming")
    assert [item.detail for item in section.items] == [
        "i dag 09.00–10.30 · Karlavägen 104",
        "i morgon 09.00–10.30 · Karlavägen 104",
        "sön 29 nov 09.00–10.30 · Karlavägen 104",
    ]


def test_near_date_abbreviates_every_weekday_and_month() -> None:
    from samverkan_desktop.formatting import near_date

    far = dt.date(2020, 1, 1)
    week = [near_date(dt.date(2026, 11, 23) + dt.timedelta(days=n), far) for n in range(7)]
    assert [text.split()[0] for text in week] == ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
    months = [near_date(dt.date(2026, m, 1), far).split()[2] for m in range(1, 13)]
    assert months == [
        "jan",
        "feb",
        "mars",
        "apr",
        "maj",
        "juni",
        "juli",
        "aug",
        "sep",
        "okt",
        "nov",
        "dec",
    ]
