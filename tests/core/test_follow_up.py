"""The follow-up at T1 (Jan–Apr), T2 (May–Aug) and VB (the year): which groups, meetings,
decisions, actions and walks the preparation group reads (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import ActionSource, ActionStatus, MeetingStatus
from samverkan_desktop.models import (
    Action,
    Decision,
    Group,
    GroupFollowUpText,
    GroupType,
    Meeting,
    Observation,
    ObservationCategory,
    Organisation,
    Place,
    Walk,
    WalkStatus,
)
from samverkan_desktop.services.follow_up import FollowUpPeriod, follow_up, period_to_follow_up
from samverkan_desktop.services.meeting_common import to_utc
from tests.core.meeting_data import at, make_group


@dataclass(frozen=True)
class GroupFollowUpTicks:
    """The group form's three ticks, T1, T2 and VB."""

    follow_up_t1: bool
    follow_up_t2: bool
    follow_up_vb: bool


TODAY = dt.date(2026, 12, 1)


def _follow(session: Session, group_id: int, *, t1: bool, t2: bool, vb: bool) -> None:
    group = session.get(Group, group_id)
    assert group is not None
    group.follow_up_t1, group.follow_up_t2, group.follow_up_vb = t1, t2, vb


def _meeting(
    session: Session,
    group_id: int,
    day: dt.date,
    status: MeetingStatus,
    *decisions: str,
    hour: int = 9,
    minute: int = 0,
) -> None:
    # Stored as the services store it, aware UTC: an aware Stockholm time handed to SQLite
    # would be kept as its wall-clock digits and read back as UTC, an hour or two late.
    start = to_utc(at(day, hour, minute))
    meeting = Meeting(
        group_id=group_id,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        status=status,
    )
    meeting.decisions = [Decision(text=text, position=n) for n, text in enumerate(decisions)]
    session.add(meeting)


def _organisation(session: Session, name: str = "Trafikkontoret") -> int:
    organisation = Organisation(name=name)
    session.add(organisation)
    session.flush()
    return organisation.id


def _action(
    session: Session,
    title: str,
    raised: dt.date,
    *,
    group_id: int | None = None,
    due: dt.date | None = None,
    done: dt.date | None = None,
    rejected: dt.date | None = None,
    source: tuple[ActionSource, int | None] = (ActionSource.OTHER, None),
) -> None:
    session.add(
        Action(
            title=title,
            source_type=source[0],
            source_id=source[1],
            group_id=group_id,
            responsible_organisation_id=_organisation(session, f"Org {title}"),
            raised_on=raised,
            due_on=due,
            status=ActionStatus.DONE
            if done
            else ActionStatus.REJECTED
            if rejected
            else ActionStatus.OPEN,
            closed_on=done or rejected,
        )
    )


def test_a_meeting_on_30_april_is_in_t1_and_one_on_1_may_in_t2_and_both_in_vb(
    db: Database,
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        # Late on 30 April, and half past midnight on 1 May (still 30 April in UTC): the
        # periods are Stockholm's days.
        _meeting(s, group_id, dt.date(2026, 4, 30), MeetingStatus.HELD, "Workshop i maj.", hour=23)
        _meeting(
            s,
            group_id,
            dt.date(2026, 5, 1),
            MeetingStatus.HELD,
            "Skolorna bjuds in.",
            hour=0,
            minute=30,
        )
        _meeting(s, group_id, dt.date(2026, 6, 2), MeetingStatus.CANCELLED)
        _meeting(s, group_id, dt.date(2026, 8, 31), MeetingStatus.PLANNED)
    with db.session() as s:
        (t1,) = follow_up(s, FollowUpPeriod.T1, 2026, TODAY).groups
        (t2,) = follow_up(s, FollowUpPeriod.T2, 2026, TODAY).groups
        (vb,) = follow_up(s, FollowUpPeriod.VB, 2026, TODAY).groups
    assert t1.held_dates == (dt.date(2026, 4, 30),)
    assert [d.text for d in t1.decisions] == ["Workshop i maj."]
    assert t2.held_dates == (dt.date(2026, 5, 1),)
    assert (t2.cancelled, t2.planned) == (1, 1)
    assert [(d.meeting_date, d.text) for d in t2.decisions] == [
        (dt.date(2026, 5, 1), "Skolorna bjuds in.")
    ]
    assert vb.held_dates == (dt.date(2026, 4, 30), dt.date(2026, 5, 1))
    assert len(vb.decisions) == 2


def test_groups_not_followed_up_then_or_not_active_are_left_out_in_structure_order(
    db: Database,
) -> None:
    with db.session() as s:
        work = make_group(s, "Arbetsgrupp skolan", type=GroupType.ARBETSGRUPP)
        _follow(s, work, t1=True, t2=False, vb=True)
        prep = make_group(s, "Beredningsgrupp", type=GroupType.BEREDNINGSGRUPP)
        _follow(s, prep, t1=True, t2=True, vb=True)
        only_vb = make_group(s, "Chefsamråd", type=GroupType.CHEFSAMRAD)
        _follow(s, only_vb, t1=False, t2=False, vb=True)
        later = make_group(s, "Arbetsgrupp VBE", type=GroupType.ARBETSGRUPP)
        _follow(s, later, t1=True, t2=True, vb=True)
        s.get(Group, later).starts_on = dt.date(2026, 9, 1)  # type: ignore[union-attr]
        ended = make_group(s, "Arbetsgrupp 2025", type=GroupType.ARBETSGRUPP)
        _follow(s, ended, t1=True, t2=True, vb=True)
        s.get(Group, ended).term_until = dt.date(2025, 12, 31)  # type: ignore[union-attr]
    with db.session() as s:
        t1 = [g.name for g in follow_up(s, FollowUpPeriod.T1, 2026, TODAY).groups]
        t2 = [g.name for g in follow_up(s, FollowUpPeriod.T2, 2026, TODAY).groups]
        vb = [g.name for g in follow_up(s, FollowUpPeriod.VB, 2026, TODAY).groups]
    # The preparation group before the working groups, as in the structure.
    assert t1 == ["Beredningsgrupp", "Arbetsgrupp skolan"]
    assert t2 == ["Beredningsgrupp"]
    assert vb == ["Beredningsgrupp", "Arbetsgrupp skolan", "Arbetsgrupp VBE", "Chefsamråd"]


def test_actions_created_done_and_still_open_with_the_overdue_marked(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        other = make_group(s, "Annan grupp")
        _follow(s, other, t1=True, t2=True, vb=True)
        _action(
            s, "Skapad och öppen", dt.date(2026, 2, 1), group_id=group_id, due=dt.date(2026, 12, 30)
        )
        _action(
            s,
            "Gammal och försenad",
            dt.date(2025, 10, 1),
            group_id=group_id,
            due=dt.date(2026, 3, 1),
        )
        _action(
            s, "Klar i april", dt.date(2025, 11, 1), group_id=group_id, done=dt.date(2026, 4, 20)
        )
        _action(
            s, "Klar förra året", dt.date(2025, 3, 1), group_id=group_id, done=dt.date(2025, 6, 1)
        )
        _action(s, "Skapad i maj", dt.date(2026, 5, 5), group_id=group_id)
        _action(s, "Annan grupps", dt.date(2026, 2, 1), group_id=other)
    with db.session() as s:
        report = follow_up(s, FollowUpPeriod.T1, 2026, TODAY)
    group = next(g for g in report.groups if g.name == "Lokal beredningsgrupp")
    titles = [a.title for a in group.actions]
    # Open first, the overdue at the top; closed last; nothing from before or after T1.
    assert titles == ["Gammal och försenad", "Skapad och öppen", "Klar i april"]
    overdue, created, done = group.actions
    assert overdue.overdue and not overdue.created_in_period
    assert created.created_in_period and not created.overdue
    assert done.done_in_period and done.closed_on == dt.date(2026, 4, 20)
    assert (group.done_count, group.open_count, group.overdue_count) == (1, 2, 1)
    assert created.responsible == "Org Skapad och öppen"


def test_a_place_collaboration_shows_the_walks_at_its_places_with_open_actions(
    db: Database,
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Klara", type=GroupType.PLATSSAMVERKAN)
        _follow(s, group_id, t1=False, t2=True, vb=True)
        place = Place(name="Klarakvarteren")
        place.groups = [s.get(Group, group_id)]  # type: ignore[list-item]
        elsewhere = Place(name="Vasaparken")
        s.add_all([place, elsewhere])
        s.flush()
        walk = Walk(place_id=place.id, date=dt.date(2026, 5, 20), status=WalkStatus.WALKED)
        april = Walk(place_id=place.id, date=dt.date(2026, 4, 20), status=WalkStatus.WALKED)
        other = Walk(place_id=elsewhere.id, date=dt.date(2026, 6, 1), status=WalkStatus.WALKED)
        s.add_all([walk, april, other])
        s.flush()
        seen = Observation(
            walk_id=walk.id,
            location="Gången",
            category=ObservationCategory.LIGHTING,
            description="Mörk gång",
        )
        s.add(seen)
        s.flush()
        source = (ActionSource.WALK_OBSERVATION, seen.id)
        _action(s, "Byt belysning", dt.date(2026, 5, 21), source=source)
        _action(s, "Klipp buskar", dt.date(2026, 5, 21), source=source, done=dt.date(2026, 6, 1))
    with db.session() as s:
        (group,) = follow_up(s, FollowUpPeriod.T2, 2026, TODAY).groups
    assert [(w.place, w.date, w.open_actions) for w in group.walks] == [
        ("Klarakvarteren", dt.date(2026, 5, 20), 1)
    ]


def test_the_follow_up_opens_on_the_latest_period_ended_or_begun_and_written(
    db: Database,
) -> None:
    """One rule for the tab, the printout's dialog and the command line."""
    with db.session() as s:
        assert period_to_follow_up(s, dt.date(2026, 12, 3)) == (FollowUpPeriod.T2, 2026)
        assert period_to_follow_up(s, dt.date(2027, 1, 20)) == (FollowUpPeriod.VB, 2026)
        assert period_to_follow_up(s, dt.date(2026, 5, 15)) == (FollowUpPeriod.T1, 2026)
        group = make_group(s)
        blank = GroupFollowUpText(group_id=group, year=2026, period=FollowUpPeriod.VB)
        blank.done_text, blank.next_text = " \n- ", ""  # emptied again: nothing written
        not_begun = GroupFollowUpText(group_id=group, year=2027, period=FollowUpPeriod.T1)
        not_begun.done_text = "Planerat"
        s.add_all([blank, not_begun])
        s.flush()
        assert period_to_follow_up(s, dt.date(2026, 12, 3)) == (FollowUpPeriod.T2, 2026)
        blank.next_text = "Årsrapporten påbörjad"  # the coordinator starts on the year
        s.flush()
        assert period_to_follow_up(s, dt.date(2026, 12, 3)) == (FollowUpPeriod.VB, 2026)


def test_a_group_opens_on_the_nearest_period_it_is_followed_up_at(db: Database) -> None:
    """Only VB in December: this year's VB; only T1 in December: the T1 just ended; only T2
    in March: last year's T2 (this year's has not begun)."""
    only = {
        period: GroupFollowUpTicks(*(tick is period for tick in FollowUpPeriod))
        for period in FollowUpPeriod
    }
    with db.session() as s:
        december, march = dt.date(2026, 12, 3), dt.date(2027, 3, 10)
        assert period_to_follow_up(s, december, only[FollowUpPeriod.VB]) == (
            FollowUpPeriod.VB,
            2026,
        )
        assert period_to_follow_up(s, december, only[FollowUpPeriod.T1]) == (
            FollowUpPeriod.T1,
            2026,
        )
        assert period_to_follow_up(s, march, only[FollowUpPeriod.T2]) == (FollowUpPeriod.T2, 2026)
        assert period_to_follow_up(s, march, GroupFollowUpTicks(False, False, False)) == (
            FollowUpPeriod.VB,
            2026,
        )
