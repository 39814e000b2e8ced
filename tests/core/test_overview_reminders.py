"""What the Overview reminds of besides each area's cards: the Friday summary to management from
Thursday noon to the end of Friday while the week's summary is not sent (urgent on Friday), and
the agreement with the police when its revision is near, once only: not when the plans register
holds the agreement as a plan (the example district does), which then reminds of it."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock, overview_snapshot
from samverkan_desktop.db import Database
from samverkan_desktop.enums import GroupType
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import BriefSource, PlanKind
from samverkan_desktop.overview_items import OverviewSection, Urgency
from samverkan_desktop.services import (
    agreements,
    contacts,
    group_editing,
    overview,
    plan_versions,
    plans,
    weekly_briefs,
)
from samverkan_desktop.services.agreements import AgreementInput
from samverkan_desktop.services.brief_overview import brief_record, brief_week
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput

WEEK = BriefWeek(2026, 49)  # Monday 30 November – Sunday 6 December 2026
WEDNESDAY, THURSDAY, FRIDAY, SATURDAY = (dt.date(2026, 12, day) for day in (2, 3, 4, 5))


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=LOCAL_ZONE)


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch) -> list[dt.datetime]:
    """The clock, set by the test: ``now[0] = ...``."""
    moment = [_at(THURSDAY, 9)]
    monkeypatch.setattr(clock, "now", lambda: moment[0])
    monkeypatch.setattr(clock, "today", lambda: moment[0].date())
    return moment


def _cards(db: Database, day: dt.date) -> dict[str, OverviewSection]:
    return {section.key: section for section in db.call(overview.gather, day)}


def _in_use(db: Database) -> None:
    """Groups and people: a new, empty database puts "where to begin" above every card."""
    with db.session() as s:
        group_editing.create_group(s, GroupInput("Lokal styrgrupp", GroupType.STYRGRUPP))
        contacts.create_person(s, contacts.PersonInput("Anna Berglund"))


def _write(db: Database, week: BriefWeek = WEEK) -> None:
    with db.session() as s:
        for heading, shared in (("Demonstration", True), ("Övning", False), ("Bedrägerier", True)):
            weekly_briefs.add_item(s, week, ItemInput(BriefSource.SLK, heading, shareable=shared))


def test_the_summary_is_reminded_of_from_thursday_noon_to_the_end_of_friday(
    db: Database, now: list[dt.datetime]
) -> None:
    _in_use(db)
    _write(db)
    for moment in (_at(WEDNESDAY, 16), _at(THURSDAY, 11, 59)):
        now[0] = moment
        assert "weekly_brief" not in _cards(db, moment.date())  # no empty card either
    now[0] = _at(THURSDAY, 12)
    (thursday,) = _cards(db, THURSDAY)["weekly_brief"].items
    assert thursday.title == "Veckosammanställning v. 49 är inte skickad"
    assert thursday.detail == "3 punkter, 2 inför helgen · skickas fredag morgon"
    assert thursday.urgency is Urgency.SOON
    assert (thursday.area, brief_week(thursday.record_id or 0)) == ("overview", WEEK)
    now[0] = _at(FRIDAY, 7)
    # On Friday, before every other card but "where to begin" (a register still being set up)
    cards = [c for c in db.call(overview.gather, FRIDAY) if c.key != "getting_started"]
    first = cards[0]
    assert first.key == "weekly_brief" and first.items[0].urgency is Urgency.OVERDUE
    assert first.items[0].detail == "3 punkter, 2 inför helgen · skicka den i dag, före helgen"
    now[0] = _at(SATURDAY, 10)
    assert "weekly_brief" not in _cards(db, SATURDAY)  # the weekend: too late to remind


def test_once_sent_or_with_nothing_written_yet(db: Database, now: list[dt.datetime]) -> None:
    now[0] = _at(FRIDAY, 8)
    _in_use(db)
    (item,) = _cards(db, FRIDAY)["weekly_brief"].items
    assert item.detail.startswith("inget skrivet ännu")  # not written: all the more to remind
    _write(db)
    db.call(weekly_briefs.mark_sent, WEEK, FRIDAY)
    assert "weekly_brief" not in _cards(db, FRIDAY)
    _write(db, WEEK.moved(-1))  # last week's summary, never sent, is not this week's business
    assert "weekly_brief" not in _cards(db, FRIDAY)


def test_the_week_is_the_iso_week_across_the_new_year(db: Database, now: list[dt.datetime]) -> None:
    new_year = dt.date(2027, 1, 1)  # the Friday of 2026-W53
    now[0] = _at(new_year, 9)
    _in_use(db)
    (item,) = _cards(db, new_year)["weekly_brief"].items
    assert item.title == "Veckosammanställning v. 53 är inte skickad"
    assert brief_week(item.record_id or 0) == BriefWeek(2026, 53)
    assert brief_record(BriefWeek(2026, 53)) == 202653


def test_a_new_empty_register_is_not_reminded_until_it_has_something_to_report(
    db: Database, now: list[dt.datetime]
) -> None:
    """Day one: no group, nothing written; Friday morning's Overview is "where to begin", not
    an empty summary to send. A first item written, or a first group, brings the reminder."""
    now[0] = _at(FRIDAY, 8)
    assert "weekly_brief" not in _cards(db, FRIDAY)
    with db.session() as s:
        weekly_briefs.add_item(s, WEEK, ItemInput(BriefSource.SLK, "Demonstration"))
    (written,) = _cards(db, FRIDAY)["weekly_brief"].items
    assert written.detail.startswith("1 punkt")
    with db.session() as s:
        (item,) = weekly_briefs.get_brief(s, WEEK).items
        weekly_briefs.remove_item(s, item.id)
    assert "weekly_brief" not in _cards(db, FRIDAY)
    with db.session() as s:
        group_editing.create_group(s, GroupInput("Lokal styrgrupp", GroupType.STYRGRUPP))
    (grouped,) = _cards(db, FRIDAY)["weekly_brief"].items
    assert grouped.detail.startswith("inget skrivet ännu")


def test_a_snapshot_never_shows_a_stale_reminder(
    sqlite_db: Database, now: list[dt.datetime]
) -> None:
    """Kept at closing on Wednesday, Thursday's Overview has no reminder (its noon is still to
    come: the gathering after the start adds it). Kept on Thursday afternoon, Friday's has it;
    once the summary is marked sent the change mark moves and the snapshot is not shown."""
    db = sqlite_db
    _in_use(db)
    _write(db)
    now[0] = _at(WEDNESDAY, 17)
    _mark, _empty, _today, ahead = db.call(
        overview.gather_with_days_ahead, WEDNESDAY, overview_snapshot.days_ahead(WEDNESDAY)
    )
    assert "weekly_brief" not in {s.key for s in ahead[THURSDAY]}
    now[0] = _at(THURSDAY, 15)
    mark, _empty, sections, ahead = db.call(
        overview.gather_with_days_ahead, THURSDAY, overview_snapshot.days_ahead(THURSDAY)
    )
    keys = [
        [c.key for c in cards if c.key != "getting_started"] for cards in (sections, ahead[FRIDAY])
    ]
    assert keys[0][0] == keys[1][0] == "weekly_brief"
    overview_snapshot.save(db.url, mark, THURSDAY, "sv", sections, ahead)
    assert overview_snapshot.load(db.url, FRIDAY, "sv") == ahead[FRIDAY]
    db.call(weekly_briefs.mark_sent, WEEK, THURSDAY)
    assert overview_snapshot.load(db.url, FRIDAY, "sv") is None
    assert overview_snapshot.load(db.url, THURSDAY, "sv") is None


TODAY = dt.date(2027, 1, 10)
AGREEMENT = AgreementInput(
    "Lokal samverkansöverenskommelse Östermalm",
    dt.date(2020, 2, 29),
    revision_interval_months=12,
    signed_on=dt.date(2026, 2, 22),  # revise by 2027-02-22: in 43 days
)


def _plans_card(db: Database, day: dt.date = TODAY) -> list[tuple[str, str, str]]:
    return [(i.title, i.area, i.head) for i in _cards(db, day)["plans_due"].items]


def test_the_agreement_reminds_of_its_revision_when_the_register_does_not_hold_it(
    db: Database,
) -> None:
    agreement_id = db.call(agreements.create_agreement, AGREEMENT)
    assert _plans_card(db) == [(AGREEMENT.title, "groups", "Revideras senast 2027-02-22 (v. 8)")]
    (item,) = _cards(db, TODAY)["plans_due"].items
    assert item.record_id == agreements.agreement_record(agreement_id) < 0  # not a group's id
    assert item.rest == "överenskommelse med polisen" and item.urgency is Urgency.SOON
    late = _cards(db, dt.date(2027, 3, 1))["plans_due"].items[0]
    assert late.urgency is Urgency.OVERDUE and late.head.startswith(
        "Revideringen är försenad 7 dagar"
    )
    assert _plans_card(db, dt.date(2026, 12, 1)) == []  # 83 days away: not yet
    ended = AgreementInput("Förra överenskommelsen", dt.date(2016, 1, 1), dt.date(2020, 2, 28))
    db.call(agreements.create_agreement, ended)  # no longer in force: never reminded of
    assert [title for title, *_rest in _plans_card(db)] == [AGREEMENT.title]


def test_a_plan_of_the_agreement_in_the_register_reminds_instead_never_both(
    db: Database,
) -> None:
    db.call(agreements.create_agreement, AGREEMENT)
    with db.session() as s:
        plan_id = plans.create_plan(
            s,
            PlanInput(PlanKind.COLLABORATION_AGREEMENT, AGREEMENT.title),
            VersionInput("2026", dt.date(2026, 2, 22)),
        )
    assert [(title, area) for title, area, _head in _plans_card(db)] == [
        (AGREEMENT.title, "crisis")  # the register's plan, once
    ]
    with db.session() as s:  # the register's own revision up to date: no reminder at all
        plan_versions.add_version(s, plan_id, VersionInput("2027", dt.date(2027, 1, 5)), TODAY)
    assert _plans_card(db) == []
    with db.session() as s:  # a retired plan no longer speaks for the agreement
        plans.update_plan(
            s, plan_id, PlanInput(PlanKind.COLLABORATION_AGREEMENT, AGREEMENT.title, active=False)
        )
    assert [(title, area) for title, area, _head in _plans_card(db)] == [
        (AGREEMENT.title, "groups")
    ]


def test_the_example_district_reminds_of_its_agreement_once(db: Database) -> None:
    from samverkan_desktop import demo

    day = dt.date(2026, 1, 10)  # the agreement and its plan due on 22 February, in 43 days
    with db.session() as s:
        demo.load(s, day)
    titles = [title for title, _area, _head in _plans_card(db, day)]
    assert titles.count("Lokal samverkansöverenskommelse Östermalm") == 1
