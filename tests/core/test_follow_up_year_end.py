"""The annual report (VB) read as the year closes: who sat in each group during the year, and
what the year carried into the next counted on its last day (an action done on 2 January was
open at the year's end), in the service and in the printout read back with pdftotext."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import ActionSource, MeetingStatus
from samverkan_desktop.models import (
    Group,
    GroupType,
    Meeting,
    MemberRole,
    Membership,
    Observation,
    ObservationCategory,
    Organisation,
    Person,
    Place,
    Walk,
    WalkStatus,
)
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services.follow_up import FollowUpPeriod, follow_up
from samverkan_desktop.services.meeting_common import to_utc
from tests.core.meeting_data import at, make_group
from tests.core.test_follow_up import _action, _follow
from tests.core.test_group_structure_printout import text_of

IN_JANUARY = dt.date(2027, 1, 10)  # the annual report is written after the year


def _member(
    session: Session,
    group_id: int,
    name: str,
    organisation_id: int,
    joined: dt.date | None,
    left: dt.date | None = None,
    role: MemberRole = MemberRole.MEMBER,
) -> None:
    person = session.query(Person).filter_by(name=name).one_or_none()
    if person is None:
        person = Person(name=name, organisation_id=organisation_id)
        session.add(person)
        session.flush()
    session.add(
        Membership(
            group_id=group_id, person_id=person.id, role=role, joined_on=joined, left_on=left
        )
    )
    session.flush()


def _group_with_a_year_of_members(session: Session) -> int:
    group_id = make_group(session, "Arbetsgrupp skolan", members=())
    _follow(session, group_id, t1=True, t2=True, vb=True)
    sdf = Organisation(name="Östermalms stadsdelsförvaltning")
    police = Organisation(name="Lokalpolisområde Norrmalm")
    session.add_all([sdf, police])
    session.flush()
    day = dt.date
    _member(session, group_id, "Anna Berglund", sdf.id, None, role=MemberRole.CONVENER)
    _member(session, group_id, "Sara Holm", police.id, day(2025, 3, 1), day(2026, 5, 31))
    _member(session, group_id, "Johan Ek", sdf.id, day(2026, 9, 1))
    _member(session, group_id, "Lena Gammal", sdf.id, day(2024, 1, 1), day(2025, 12, 31))
    _member(session, group_id, "Nils Sen", police.id, day(2027, 1, 5))
    # Left for the summer and came back: told once, a member all year.
    _member(session, group_id, "Eva Åter", police.id, day(2025, 1, 1), day(2026, 6, 1))
    _member(session, group_id, "Eva Åter", police.id, day(2026, 8, 15))
    return group_id


def test_the_follow_up_says_who_sat_in_the_group_during_the_period(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        _group_with_a_year_of_members(s)
    with db.session() as s:
        (vb,) = follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY).groups
        (t1,) = follow_up(s, FollowUpPeriod.T1, 2026, IN_JANUARY).groups
        (t2,) = follow_up(s, FollowUpPeriod.T2, 2026, IN_JANUARY).groups
    spans = {m.name: (m.joined_on, m.left_on) for m in vb.members}
    # Those who left before the year or joined after it are not told; the days only when the
    # membership began or ended within the year.
    assert spans == {
        "Anna Berglund": (None, None),
        "Eva Åter": (None, None),
        "Johan Ek": (dt.date(2026, 9, 1), None),
        "Sara Holm": (None, dt.date(2026, 5, 31)),
    }
    assert vb.members[0].name == "Anna Berglund"  # the convener first
    assert [m.name for m in t1.members] == ["Anna Berglund", "Eva Åter", "Sara Holm"]
    assert [m.name for m in t2.members] == ["Anna Berglund", "Eva Åter", "Sara Holm"]

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    with db.session() as s:
        pdf = build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert (
        "Medlemmar Östermalms stadsdelsförvaltning: Anna Berglund (sammankallande), "
        "Johan Ek (fr.o.m. 1 september 2026); Lokalpolisområde Norrmalm: Eva Åter, "
        "Sara Holm (t.o.m. 31 maj 2026)"
    ) in words
    assert "Lena Gammal" not in words and "Nils Sen" not in words


def test_the_year_closed_counts_what_was_open_on_its_last_day(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        # Done on 2 January: open when the year ended, carried into 2027, overdue then.
        _action(
            s,
            "Revidera lägesbilden",
            dt.date(2026, 11, 3),
            group_id=group_id,
            due=dt.date(2026, 12, 15),
            done=dt.date(2027, 1, 2),
        )
        # Due on the last day: open at the year's end, not yet late.
        _action(
            s, "Kontaktlista", dt.date(2026, 12, 1), group_id=group_id, due=dt.date(2026, 12, 31)
        )
        _action(
            s,
            "Klar i december",
            dt.date(2026, 10, 1),
            group_id=group_id,
            done=dt.date(2026, 12, 30),
        )
        _action(s, "Raised in 2027", dt.date(2027, 1, 4), group_id=group_id)
        # Late on New Year's Eve is the year's, half past midnight (still 2026 in UTC) the next.
        for day, hour, minute in ((dt.date(2026, 12, 31), 23, 0), (dt.date(2027, 1, 1), 0, 30)):
            start = to_utc(at(day, hour, minute))  # as the services store it
            s.add(
                Meeting(
                    group_id=group_id,
                    starts_at=start,
                    ends_at=start + dt.timedelta(minutes=20),
                    status=MeetingStatus.HELD,
                )
            )
    with db.session() as s:
        (vb,) = follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY).groups
        (next_year,) = follow_up(s, FollowUpPeriod.T1, 2027, IN_JANUARY).groups
    assert (vb.done_count, vb.open_count, vb.overdue_count) == (1, 2, 1)
    assert vb.counted_at_end
    assert [a.title for a in vb.actions] == [
        "Revidera lägesbilden",
        "Kontaktlista",
        "Klar i december",
    ]
    assert vb.held_dates == (dt.date(2026, 12, 31),)
    assert next_year.held_dates == (dt.date(2027, 1, 1),)
    assert "Raised in 2027" not in [a.title for a in vb.actions]

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    with db.session() as s:
        pdf = build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert "Klar 2027-01-02, efter perioden" in words
    assert "Öppna och försenade åtgärder: per periodens sista dag, 31 december 2026." in words
    assert "per i dag" not in words


def test_a_walks_open_actions_are_those_open_when_the_year_ended(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Stureplan", type=GroupType.PLATSSAMVERKAN)
        _follow(s, group_id, t1=False, t2=True, vb=True)
        place = Place(name="Stureplan")
        place.groups = [s.get(Group, group_id)]  # type: ignore[list-item]
        s.add(place)
        s.flush()
        walk = Walk(place_id=place.id, date=dt.date(2026, 10, 20), status=WalkStatus.WALKED)
        s.add(walk)
        s.flush()
        seen = Observation(
            walk_id=walk.id,
            location="Gången mot Östermalmstorg",
            category=ObservationCategory.LIGHTING,
            description="Mörk gång",
        )
        s.add(seen)
        s.flush()
        source = (ActionSource.WALK_OBSERVATION, seen.id)
        _action(s, "Byt belysning", dt.date(2026, 10, 21), source=source)
        _action(s, "Klipp buskar", dt.date(2026, 10, 21), source=source, done=dt.date(2027, 1, 3))
        _action(s, "Måla om", dt.date(2026, 10, 21), source=source, done=dt.date(2026, 11, 2))
        for title in ("Ny skylt", "Ta bort klotter"):  # raised after the year
            _action(s, title, dt.date(2027, 1, 4), source=source)
    with db.session() as s:
        (group,) = follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY).groups
    # Open on 31 December: the lighting, and the bushes cut on 3 January.
    assert [(w.place, w.open_actions) for w in group.walks] == [("Stureplan", 2)]
