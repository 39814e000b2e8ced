"""The Friday summary from Thursday's minutes: the week's minuted network meetings are listed
(that week's only, held or past, not cancelled), their minuted agenda items become summary items
(heading, notes, how we continue, the decisions under the item), marked as from the SLK network
when the group is it, not to be passed on; importing again adds nothing. On SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.models import BriefSource, GroupType, MeetingStatus
from samverkan_desktop.services import agenda, brief_imports, meetings, weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.core.meeting_data import at, make_group

WEEK = BriefWeek(2026, 48)  # Monday 23 – Sunday 29 November 2026
THURSDAY = dt.date(2026, 11, 26)
FRIDAY = dt.date(2026, 11, 27)
SLK = "Säkerhetssamordnarnätverket (SLK)"


def _meeting(
    session: Session, group_id: int, day: dt.date, minutes: dict[str, str | None]
) -> tuple[int, dict[str, int]]:
    """A meeting on ``day`` whose own agenda items carry ``minutes`` (title -> notes)."""
    meeting_id = meetings.add_meeting(
        session, group_id, meetings.MeetingInput(at(day, 9), at(day, 10, 30))
    )
    for item in meetings.get_meeting(session, meeting_id).agenda:  # only our items
        agenda.remove_agenda_item(session, item.id)
    ids = {}
    for title, notes in minutes.items():
        ids[title] = agenda.add_agenda_item(session, meeting_id, title)
        agenda.record_minutes(session, ids[title], notes)
    return meeting_id, ids


def _network(db: Database) -> tuple[int, dict[str, int]]:
    with db.session() as s:
        group_id = make_group(s, SLK, type=GroupType.NATVERK)
        meeting_id, ids = _meeting(
            s,
            group_id,
            THURSDAY,
            {
                "Information från SLK": "Två demonstrationer i innerstaden på lördag.",
                "Stadens krisledningsövning": "Förvaltningarna utser deltagare.",
                "Övrigt": None,  # nothing minuted: not offered
            },
        )
        agenda.add_decision(
            s,
            meeting_id,
            "Varje förvaltning anmäler två deltagare.",
            ids["Stadens krisledningsövning"],
        )
        agenda.add_decision(s, meeting_id, "Nästa möte hålls digitalt.")  # under no item
        meetings.set_meeting_status(s, meeting_id, MeetingStatus.HELD)
        return meeting_id, ids


def _list(
    db: Database, week: BriefWeek = WEEK, **options: object
) -> list[brief_imports.MinutedMeeting]:
    return db.call(brief_imports.minuted_meetings, week, today=FRIDAY, **options)


def test_the_weeks_minuted_network_meeting_becomes_summary_items(db: Database) -> None:
    meeting_id, ids = _network(db)
    [found] = _list(db)
    assert (found.group_name, found.starts_at.date(), found.source) == (
        SLK,
        THURSDAY,
        BriefSource.SLK,
    )
    assert [(i.number, i.heading, i.imported) for i in found.items] == [
        (1, "Information från SLK", False),
        (2, "Stadens krisledningsövning", False),
    ]
    result = db.call(
        brief_imports.import_items, WEEK, meeting_id, set(ids.values()) - {ids["Övrigt"]}, 0
    )
    assert len(result.added) == 2 and result.already == 0
    items = db.call(weekly_briefs.get_brief, WEEK).items
    assert [(i.source, i.heading, i.text, i.shareable) for i in items] == [
        (
            BriefSource.SLK,
            "Information från SLK",
            "Två demonstrationer i innerstaden på lördag.",
            False,
        ),
        (
            BriefSource.SLK,
            "Stadens krisledningsövning",
            "Förvaltningarna utser deltagare.\n\n"
            "Beslut:\n- Varje förvaltning anmäler två deltagare.",
            False,
        ),
    ]


def test_an_item_already_imported_is_not_imported_twice(db: Database) -> None:
    meeting_id, ids = _network(db)
    first = ids["Information från SLK"]
    db.call(
        weekly_briefs.add_item,
        WEEK,
        ItemInput(BriefSource.SSR, "Telefonbedrägerier", "SSR:s utskick."),
    )
    db.call(brief_imports.import_items, WEEK, meeting_id, [first])
    assert [i.imported for i in _list(db)[0].items] == [True, False]
    # Both ticked again (the first edited meanwhile, its heading kept): only the second comes.
    [item] = [i for i in db.call(weekly_briefs.get_brief, WEEK).items if i.heading.endswith("SLK")]
    db.call(
        weekly_briefs.update_item,
        item.id,
        ItemInput(BriefSource.SLK, "information från slk", "Omskriven text.", True),
    )
    result = db.call(
        brief_imports.import_items, WEEK, meeting_id, [first, ids["Stadens krisledningsövning"]]
    )
    assert (len(result.added), result.already) == (1, 1)
    assert [i.heading for i in db.call(weekly_briefs.get_brief, WEEK).items] == [
        "Telefonbedrägerier",
        "information från slk",
        "Stadens krisledningsövning",
    ]
    # Another week's summary is its own: there the items are not imported yet.
    assert [i.imported for i in _list(db, into=WEEK.moved(1))[0].items] == [False, False]
    assert db.call(brief_imports.import_items, WEEK.moved(1), meeting_id, [first]).already == 0


def test_only_the_chosen_weeks_past_meetings_with_minutes_are_listed(db: Database) -> None:
    _network(db)
    with db.session() as s:
        evacuation = make_group(s, "Nätverk för utrymningsledare", type=GroupType.NATVERK)
        _meeting(s, evacuation, THURSDAY - dt.timedelta(days=7), {"Förra veckan": "Brandövning."})
        _meeting(s, evacuation, FRIDAY + dt.timedelta(days=1), {"På lördag": "Inte hållet än."})
        cancelled, _ids = _meeting(
            s, evacuation, dt.date(2026, 11, 24), {"Inställt": "Anteckning."}
        )
        meetings.cancel_meeting(s, cancelled)
        _meeting(s, evacuation, dt.date(2026, 11, 23), {"Måndagens möte": "Planerat."})
        working = make_group(s, "Arbetsgrupp VBE", type=GroupType.ARBETSGRUPP)
        _meeting(s, working, dt.date(2026, 11, 25), {"Handlingsplanen": "Klar i maj."})

    def listed(week: BriefWeek = WEEK, **options: object) -> list[tuple[str, str]]:
        return [(m.group_name, m.items[0].heading) for m in _list(db, week, **options)]

    # Monday's meeting is past but not marked held: it counts; Saturday's is still to come.
    assert listed() == [
        ("Nätverk för utrymningsledare", "Måndagens möte"),
        (SLK, "Information från SLK"),
    ]
    assert _list(db)[0].source is BriefSource.OTHER  # a network, but not SLK's
    assert listed(all_groups=True) == [
        ("Nätverk för utrymningsledare", "Måndagens möte"),
        ("Arbetsgrupp VBE", "Handlingsplanen"),
        (SLK, "Information från SLK"),
    ]
    assert listed(WEEK.moved(-1)) == [("Nätverk för utrymningsledare", "Förra veckan")]


def test_refusals_in_swedish_change_nothing(db: Database) -> None:
    meeting_id, ids = _network(db)
    with db.session() as s:
        later, later_ids = _meeting(
            s,
            make_group(s, "Nätverk X", type=GroupType.NATVERK),
            FRIDAY + dt.timedelta(days=1),
            {"Kommande": "Förberedelse."},
        )

    def refusal(*args: object) -> str:
        with pytest.raises(ValidationError) as caught:
            db.call(brief_imports.import_items, WEEK, *args, today=FRIDAY)
        return caught.value.message

    assert refusal(meeting_id, []) == "Kryssa i minst en punkt att hämta."
    assert refusal(later, later_ids.values()) == "Mötet har inte hållits än."
    assert refusal(meeting_id, [ids["Övrigt"]]) == (
        "En vald punkt har inga minnesanteckningar längre; öppna listan igen."
    )
    assert refusal(meeting_id, later_ids.values()) == (
        "En punkt hör inte längre till mötet; öppna listan igen."
    )
    with db.session() as s:
        meetings.cancel_meeting(s, later)
    # In the words of its other lines: "is cancelled", not "was".
    assert refusal(later, later_ids.values()) == (
        "Mötet är inställt: det har inga minnesanteckningar att hämta."
    )
    db.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Utskick"))
    with pytest.raises(StaleRecordError):  # the dialog showed the week before that item
        db.call(brief_imports.import_items, WEEK, meeting_id, [ids["Information från SLK"]], 0)
    assert [i.heading for i in db.call(weekly_briefs.get_brief, WEEK).items] == ["Utskick"]
