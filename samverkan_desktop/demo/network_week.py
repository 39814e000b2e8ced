"""The demo's Thursday network (säkerhetssamordnarnätverket, arranged by SLK): its own standing
agenda, and minutes of its latest meeting (this week's or the week before's, whatever day the
demo is loaded) with what the city's companies and administrations reported, decisions under
their items: what the coordinator takes into Friday's summary with "Hämta från möte…". When a
holiday took the Thursdays (Ascension Day, Christmas), the network met on another working day
of the week before: that meeting is added. Invented events, no persons."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.models.meetings import STANDING_ROUND_TABLE
from samverkan_desktop.recurrence.days import is_working_day
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.agenda import TemplateItem
from samverkan_desktop.services.meeting_common import day_start

NETWORK = "Säkerhetssamordnarnätverket (SLK)"
PLACE = "Stadshuset, Stadsledningskontoret"

TEMPLATE = (
    TemplateItem("Information från SLK"),
    TemplateItem("Läget i staden inför helgen"),
    TemplateItem("Laget runt – bolag och förvaltningar", STANDING_ROUND_TABLE),
)

# (notes, decisions under the item) per item of TEMPLATE
MINUTES = (
    (
        "Stadens krisledningsövning genomförs i vår. Förvaltningarna ombeds utse deltagare "
        "före månadsskiftet. Ny version av stadens rutin för rapportering av "
        "säkerhetsincidenter skickas ut nästa vecka.",
        ("Varje förvaltning anmäler två deltagare till krisledningsövningen.",),
    ),
    (
        "Två tillståndsgivna demonstrationer i innerstaden på lördag eftermiddag, en med "
        "samling vid Humlegården. Bussarna på Karlavägen och Birger Jarlsgatan kan ledas om "
        "under några timmar. Hög belastning väntas vid Stureplan fredag och lördag natt.",
        (),
    ),
    (
        "- Trafikkontoret: belysningen i Tessinparken lagas under veckan.\n"
        "- Stockholm Vatten och Avfall: planerat avbrott i vattenförsörjningen kring "
        "Valhallavägen natten mot tisdag.\n"
        "- Skolorna: lugn vecka, inga särskilda händelser.",
        ("Avbrottet vid Valhallavägen förs vidare till hemtjänsten.",),
    ),
)


def _network(session: Session) -> Group | None:
    return session.scalar(select(Group).where(Group.name == NETWORK))


def set_template(session: Session) -> None:
    """Before the demo's meetings are opened: they get the network's own agenda."""
    group = _network(session)
    if group is not None:
        agenda.set_agenda_template(session, group.id, TEMPLATE)


def load(session: Session, today: dt.date) -> int:
    """Minutes of the network's latest meeting of this week or the week before (one added
    when holidays left none). Returns how many meetings were added (0 or 1)."""
    group = _network(session)
    if group is None:
        return 0
    start = today - dt.timedelta(days=today.weekday() + 7)  # the Monday of the week before
    latest = session.scalar(
        select(Meeting)
        .where(
            Meeting.group_id == group.id,
            Meeting.starts_at >= day_start(start),
            Meeting.starts_at < day_start(today),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at.desc())
    )
    added = 0
    if latest is None:
        day = _met_on(start, today)
        if day is None:
            return 0
        meeting_id = meetings.add_meeting(
            session,
            group.id,
            meetings.MeetingInput(
                dt.datetime.combine(day, dt.time(9, 0)),
                dt.datetime.combine(day, dt.time(10, 30)),
                PLACE,
            ),
        )
        added = 1
    else:
        meeting_id = latest.id
    meetings.set_meeting_status(session, meeting_id, MeetingStatus.HELD)
    items = meetings.get_meeting(session, meeting_id).agenda
    for item, (notes, decisions) in zip(items, MINUTES, strict=False):
        agenda.record_minutes(session, item.id, notes)
        for text in decisions:
            agenda.add_decision(session, meeting_id, text, item.id)
    meetings.set_minutes_by(session, meeting_id, "Anna Berglund")
    return added


def _met_on(start: dt.date, today: dt.date) -> dt.date | None:
    """The working day the network met instead: the latest before today from ``start``,
    Thursdays first."""
    days = [start + dt.timedelta(days=n) for n in range((today - start).days)]
    working = [d for d in days if is_working_day(d)]
    thursdays = [d for d in working if d.weekday() == 3]
    chosen = thursdays or working
    return chosen[-1] if chosen else None
