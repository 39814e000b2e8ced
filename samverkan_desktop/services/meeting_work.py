"""What on a rule's meeting is the user's own work, which a change of the rule must never delete.

A meeting gets its invitees (the group's members) and agenda (the group's template) by itself the
first time it is opened (``agenda.prepare``); that alone is no work. Work is: minutes (notes,
decisions, actions, attendance), a hand-made change of the meeting (moved, cancelled, another
place or title: ``is_exception``), a note, who takes the minutes, a status other than planned,
an agenda that is no longer the automatic one (an item added, removed, renamed, reordered,
given a presenter or its planned minutes: templates plan no times) and a guest invited who is not a member of the group.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AgendaItem,
    AgendaTemplateItem,
    Invitee,
    Meeting,
    MeetingStatus,
    Membership,
)
from samverkan_desktop.models.meetings import DEFAULT_TEMPLATE
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services.id_batches import batches
from samverkan_desktop.services.meeting_common import meetings_with_minutes
from samverkan_desktop.services.validation import clean

# (standing key, the titles it may carry, presenter) of each automatic item, in order.
AutomaticItem = tuple[str | None, frozenset[str], str | None]


def meetings_with_user_work(session: Session, meetings: Sequence[Meeting]) -> set[int]:
    """The ids of ``meetings`` that hold anything the user put there (see the module)."""
    found = meetings_with_minutes(session, [m.id for m in meetings])
    for meeting in meetings:
        if (
            meeting.is_exception
            or meeting.status is not MeetingStatus.PLANNED
            or clean(meeting.note)
            or clean(meeting.minutes_by)
            or clean(meeting.title)
        ):
            found.add(meeting.id)
    prepared = [m for m in meetings if m.prepared and m.id not in found]
    for chunk in batches(prepared):
        found.update(_changed_agendas(session, chunk))
        found.update(_with_guests(session, chunk))
    return found


def _changed_agendas(session: Session, meetings: Sequence[Meeting]) -> set[int]:
    agendas: dict[int, list[tuple[str | None, str, str | None]]] = defaultdict(list)
    changed: set[int] = set()
    rows = session.execute(
        select(
            AgendaItem.meeting_id,
            AgendaItem.standing_key,
            AgendaItem.title,
            AgendaItem.presenter,
            AgendaItem.minutes,
        )
        .where(AgendaItem.meeting_id.in_([m.id for m in meetings]))
        .order_by(AgendaItem.meeting_id, AgendaItem.position, AgendaItem.id)
    )
    for meeting_id, key, title, presenter, minutes in rows:
        agendas[meeting_id].append((key, title, presenter))
        if minutes is not None:  # times planned by hand: no template gives an item minutes
            changed.add(meeting_id)
    automatic: dict[int, list[AutomaticItem]] = {}
    for meeting in meetings:
        if meeting.id in changed:
            continue
        if meeting.group_id not in automatic:
            automatic[meeting.group_id] = _automatic_agenda(session, meeting.group_id)
        if not _is_automatic(agendas.get(meeting.id, []), automatic[meeting.group_id]):
            changed.add(meeting.id)
    return changed


def _automatic_agenda(session: Session, group_id: int) -> list[AutomaticItem]:
    """What ``agenda.prepare`` gives a meeting of the group now. The default template's titles
    are accepted in English and in the current language (the meeting may have been opened in
    either)."""
    rows = session.scalars(
        select(AgendaTemplateItem)
        .where(AgendaTemplateItem.group_id == group_id)
        .order_by(AgendaTemplateItem.position, AgendaTemplateItem.id)
    ).all()
    if rows:
        return [(r.standing_key, frozenset({r.title}), r.presenter) for r in rows]
    return [(key, frozenset({title, _(title)}), None) for key, title in DEFAULT_TEMPLATE]


def _is_automatic(
    items: list[tuple[str | None, str, str | None]], automatic: list[AutomaticItem]
) -> bool:
    return len(items) == len(automatic) and all(
        key == auto_key and title in titles and clean(presenter) == clean(auto_presenter)
        for (key, title, presenter), (auto_key, titles, auto_presenter) in zip(
            items, automatic, strict=True
        )
    )


def _with_guests(session: Session, meetings: Sequence[Meeting]) -> set[int]:
    """Meetings with an invitee who is not a current member of the group: invited by hand. (A
    member left out is not counted: members who joined after the meeting was opened look the
    same.) A former member counts as a guest: leaving withdrew their invitations to meetings
    still to come (``group_leaving.leave``), so one still invited was invited back by hand."""
    rows = session.scalars(
        select(Invitee.meeting_id)
        .join(Meeting, Meeting.id == Invitee.meeting_id)
        .outerjoin(
            Membership,
            (Membership.group_id == Meeting.group_id)
            & (Membership.person_id == Invitee.person_id)
            & membership_periods.current(),
        )
        .where(Invitee.meeting_id.in_([m.id for m in meetings]), Membership.id.is_(None))
    )
    return set(rows)
