"""``export_ics`` takes the calendar view's filter: the groups of a type, of a priority area, or
one group, as the view shows them."""

from __future__ import annotations

import pytest
from icalendar import Calendar

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import groups, meeting_rules
from samverkan_desktop.services.calendar import CalendarFilter
from tests.core.meeting_data import TODAY, make_group


def _groups_in(ics: bytes) -> set[str]:
    return {str(e["SUMMARY"]) for e in Calendar.from_ical(ics).walk("VEVENT")}


def test_export_applies_the_type_and_priority_area_filters(db: Database) -> None:
    with db.session() as s:
        area = next(a.id for a in groups.list_priority_areas(s) if a.code == "defectors")
        place = make_group(
            s, "Platssamverkan Stureplan", type=GroupType.PLATSSAMVERKAN, priority_area_ids=(area,)
        )
        network = make_group(s, "SLK-nätverket", type=GroupType.NATVERK)
        crisis = make_group(s, "Krisstödsgruppen", type=GroupType.NATVERK)
        for gid in (place, network, crisis):
            meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
        everything = export_ics(s)
        by_type = export_ics(s, filters=CalendarFilter(group_type=GroupType.NATVERK))
        by_area = export_ics(s, filters=CalendarFilter(priority_area_id=area))
        both = CalendarFilter(group_type=GroupType.NATVERK, priority_area_id=area)
        nothing = export_ics(s, filters=both)
        one = export_ics(s, network, CalendarFilter(group_type=GroupType.NATVERK))
        one_of_another_type = export_ics(s, network, CalendarFilter(group_type=GroupType.STYRGRUPP))
        with pytest.raises(NotFoundError, match="finns inte längre"):
            export_ics(s, filters=CalendarFilter(group_ids=(4242,)))
    assert _groups_in(everything) == {
        "Platssamverkan Stureplan",
        "SLK-nätverket",
        "Krisstödsgruppen",
    }
    assert _groups_in(by_type) == {"SLK-nätverket", "Krisstödsgruppen"}
    assert _groups_in(by_area) == {"Platssamverkan Stureplan"}
    assert _groups_in(nothing) == set() and b"BEGIN:VCALENDAR" in nothing
    assert _groups_in(one) == {"SLK-nätverket"}
    assert b"X-WR-CALNAME:SLK-n" in one and b"X-WR-CALNAME:M" in by_type  # "Möten"
    assert _groups_in(one_of_another_type) == set()
