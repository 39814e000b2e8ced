"""Remedial actions raised from a walk's observations, in the shared Action entity
(``source_type = walk_observation``, ``source_id`` = the observation).

Actions are created through the shared services/actions.py; this module only adds what is
particular to walks (which walk and observation an action came from, the checks against the
walk's date, the follow-up picture). Status changes and dated notes use that service as well.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Action,
    ActionSource,
    ActionStatus,
    Observation,
    Organisation,
    Person,
    Walk,
)
from samverkan_desktop.models.actions import CLOSED_STATUSES
from samverkan_desktop.services import actions
from samverkan_desktop.services.validation import get_or_raise, require_text

if TYPE_CHECKING:
    from samverkan_desktop.services.walk_rows import WalkBrief

SOURCE = ActionSource.WALK_OBSERVATION


@dataclass(frozen=True)
class WalkActionRow:
    id: int
    walk_id: int
    observation_id: int
    title: str
    description: str | None
    responsible_person_id: int | None
    responsible_person: str | None
    responsible_organisation_id: int | None
    responsible_organisation: str | None
    raised_on: dt.date
    due_on: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None
    notes: tuple[tuple[dt.date, str], ...]
    version: int  # a follow-up saved against it is refused if another desk changed the action

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    @property
    def responsible(self) -> str:
        """ "Sara Holm, Lokalpolisområde Norrmalm" or just the organisation."""
        return ", ".join(p for p in (self.responsible_person, self.responsible_organisation) if p)

    @property
    def latest_note(self) -> str | None:
        return self.notes[-1][1] if self.notes else None

    def is_overdue(self, today: dt.date) -> bool:
        return not self.is_closed and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class FollowUpActions:
    """What became of the earlier walks' actions at the same place."""

    earlier: WalkBrief | None
    closed_since: tuple[WalkActionRow, ...]  # closed on or after the earlier walk
    still_open: tuple[WalkActionRow, ...]
    # walk id -> its date: the actions come from every earlier walk at the place, not only
    # the one compared with, and a printout names each one's walk.
    walk_dates: Mapping[int, dt.date] = field(default_factory=dict)

    def walked_on(self, action: WalkActionRow) -> dt.date | None:
        return self.walk_dates.get(action.walk_id)


def _row(action: Action, walk_of: dict[int, int]) -> WalkActionRow:
    person = action.responsible_person
    org = action.responsible_organisation
    if org is None and person is not None and person.organisation is not None:
        org = person.organisation
    return WalkActionRow(
        id=action.id,
        walk_id=walk_of[action.source_id or 0],
        observation_id=action.source_id or 0,
        title=action.title,
        description=action.description,
        responsible_person_id=action.responsible_person_id,
        responsible_person=person.name if person else None,
        responsible_organisation_id=org.id if org else None,
        responsible_organisation=org.name if org else None,
        raised_on=action.raised_on,
        due_on=action.due_on,
        status=action.status,
        closed_on=action.closed_on,
        notes=tuple((n.noted_on, n.text) for n in action.notes),
        version=action.version,
    )


def _actions_for_observations(session: Session, walk_of: dict[int, int]) -> list[WalkActionRow]:
    if not walk_of:
        return []
    query = (
        select(Action)
        .where(Action.source_type == SOURCE, Action.source_id.in_(list(walk_of)))
        .options(
            selectinload(Action.notes),
            selectinload(Action.responsible_person),
            selectinload(Action.responsible_organisation),
        )
        .order_by(Action.raised_on, Action.id)
    )
    return [_row(a, walk_of) for a in session.scalars(query)]


def _observations_of(session: Session, walk_ids: list[int]) -> dict[int, int]:
    """observation id -> walk id"""
    if not walk_ids:
        return {}
    rows = session.execute(
        select(Observation.id, Observation.walk_id).where(Observation.walk_id.in_(walk_ids))
    )
    return {obs_id: walk_id for obs_id, walk_id in rows}


def list_for_walk(session: Session, walk_id: int) -> list[WalkActionRow]:
    get_or_raise(session, Walk, walk_id, _("The walk no longer exists."))
    return _actions_for_observations(session, _observations_of(session, [walk_id]))


def get_action(session: Session, action_id: int) -> WalkActionRow:
    """One walk's action as it is saved now (a follow-up refused by another desk's change
    reads it anew)."""
    action = get_or_raise(session, Action, action_id, _("The action no longer exists."))
    walk_id = session.scalar(select(Observation.walk_id).where(Observation.id == action.source_id))
    if (
        action.source_type is not SOURCE or walk_id is None
    ):  # its observation deleted: the action is no walk's any more
        raise NotFoundError(_("The action no longer exists."))
    return _row(action, {action.source_id or 0: walk_id})


def list_for_observation(session: Session, observation_id: int) -> list[WalkActionRow]:
    walk_id = session.scalar(select(Observation.walk_id).where(Observation.id == observation_id))
    if walk_id is None:
        return []
    return _actions_for_observations(session, {observation_id: walk_id})


def responsible_organisations(session: Session, walk_id: int) -> list[tuple[int, str, int]]:
    """(organisation id, name, number of actions) for every organisation with actions."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    counts: dict[int, tuple[str, int]] = {}
    for action in list_for_walk(session, walk_id):
        if action.responsible_organisation_id is None:
            continue
        name, n = counts.get(
            action.responsible_organisation_id, (action.responsible_organisation or "", 0)
        )
        counts[action.responsible_organisation_id] = (name, n + 1)
    return sorted(((i, name, n) for i, (name, n) in counts.items()), key=lambda r: sort_key(r[1]))


def sender_organisation_id(session: Session, walk_id: int) -> int | None:
    """The organisation that writes the walk's letters: the organiser's (the district
    administration), or None when the walk has no organiser with one."""
    walk = get_or_raise(session, Walk, walk_id, _("The walk no longer exists."))
    return walk.organiser.organisation_id if walk.organiser else None


def letter_recipients(session: Session, walk_id: int) -> list[tuple[int, str, int]]:
    """The organisations with actions that can get a letter: all but the sender, which
    follows its own actions up itself and would write to itself."""
    sender = sender_organisation_id(session, walk_id)
    return [row for row in responsible_organisations(session, walk_id) if row[0] != sender]


def no_organiser_text() -> str:
    return _(
        "Choose the walk's organiser first (Planning, Change the plan…): "
        "the letters are signed by them."
    )


def no_letter_reason(session: Session, walk_id: int) -> str | None:
    """Why no letter can go from the walk yet, or None when one can."""
    if not responsible_organisations(session, walk_id):
        return _("No action has been raised from the walk yet.")
    walk = get_or_raise(session, Walk, walk_id, _("The walk no longer exists."))
    if walk.organiser_id is None:  # a letter from nobody, "contact me" with no name
        return no_organiser_text()
    if not letter_recipients(session, walk_id):
        return _("No other organisation has actions from the walk.")
    return None


def counts_by_observation(session: Session, walk_id: int) -> dict[int, tuple[int, int]]:
    """observation id -> (all actions, open actions)"""
    result: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for row in list_for_walk(session, walk_id):
        result[row.observation_id][0] += 1
        if not row.is_closed:
            result[row.observation_id][1] += 1
    return {k: (v[0], v[1]) for k, v in result.items()}


def open_counts_by_walk(
    session: Session,
    walk_ids: list[int],
    due_before: dt.date | None = None,
    open_on: dt.date | None = None,
) -> dict[int, int]:
    """walk id -> its open actions (``due_before``: only those due before that day, overdue;
    ``open_on``: those open on that earlier day, closed since or not, as a follow-up of a
    period that has ended counts them)."""
    walk_of = _observations_of(session, walk_ids)
    if not walk_of:
        return {}
    still_open: ColumnElement[bool] = Action.status.not_in(CLOSED_STATUSES)
    if open_on is not None:
        still_open = and_(Action.raised_on <= open_on, or_(still_open, Action.closed_on > open_on))
    query = select(Action.source_id).where(
        Action.source_type == SOURCE,
        Action.source_id.in_(list(walk_of)),
        still_open,
    )
    if due_before is not None:
        query = query.where(Action.due_on < due_before)
    rows = session.execute(query)
    counts: dict[int, int] = defaultdict(int)
    for (obs_id,) in rows:
        if obs_id is not None:
            counts[walk_of[obs_id]] += 1
    return dict(counts)


def follow_up_actions(session: Session, walk_id: int) -> FollowUpActions:
    """For a (follow-up) walk: the earlier walks' actions at the same place, closed since the
    earlier walk, and still open."""
    # walks.py lists open actions through this module, so import it here.
    from samverkan_desktop.services.walk_followup import earlier_walk
    from samverkan_desktop.services.walk_reading import get_walk_model
    from samverkan_desktop.services.walk_rows import WALKED_STEPS, WalkBrief

    walk = get_walk_model(session, walk_id)
    before = earlier_walk(session, walk)
    if before is None:
        return FollowUpActions(None, (), ())
    earlier_walks = session.execute(
        select(Walk.id, Walk.date).where(
            Walk.place_id == walk.place_id,
            Walk.date <= before.date,
            Walk.id != walk.id,
            Walk.status.in_(WALKED_STEPS),
        )
    )
    dates = {walk_id: date for walk_id, date in earlier_walks}
    rows = _actions_for_observations(session, _observations_of(session, list(dates)))
    closed = tuple(
        r for r in rows if r.is_closed and r.closed_on is not None and r.closed_on >= before.date
    )
    still_open = tuple(r for r in rows if not r.is_closed)
    return FollowUpActions(
        WalkBrief(before.id, before.date, before.status), closed, still_open, dates
    )


def own_actions(session: Session, walk_id: int) -> FollowUpActions:
    """For a walk with no earlier one at its place: its own actions, closed and still open (the
    follow-up step showed "No earlier walk." under "Still open" beside three open actions)."""
    rows = list_for_walk(session, walk_id)
    return FollowUpActions(
        None, tuple(r for r in rows if r.is_closed), tuple(r for r in rows if not r.is_closed)
    )


# --- raising actions ------------------------------------------------------------------------


@dataclass(frozen=True)
class WalkActionInput:
    title: str
    responsible_organisation_id: int | None
    responsible_person_id: int | None = None
    due_on: dt.date | None = None
    description: str | None = None


def raise_action(
    session: Session, observation_id: int, data: WalkActionInput, today: dt.date | None = None
) -> int:
    """Raise a remedial action from an observation through the shared Action service; the
    walk's own rules first (made already, someone responsible, not due before the walk)."""
    from samverkan_desktop.services.walk_rows import WALKED_STEPS

    observation = get_or_raise(
        session, Observation, observation_id, _("The observation no longer exists.")
    )
    walk = observation.walk
    if walk.status not in WALKED_STEPS:
        raise ConflictError(_("Actions are raised after the walk: mark it as walked first."))
    title = require_text(data.title, "title", _("What is to be done"), max_length=300)
    if data.responsible_organisation_id is None and data.responsible_person_id is None:
        raise ValidationError(
            _("An action needs someone responsible: choose an organisation or a person."),
            field="responsible_organisation_id",
        )
    if (
        data.responsible_organisation_id is not None
        and session.get(Organisation, data.responsible_organisation_id) is None
    ):
        raise ValidationError(
            _("The chosen organisation no longer exists."), field="responsible_organisation_id"
        )
    if (
        data.responsible_person_id is not None
        and session.get(Person, data.responsible_person_id) is None
    ):
        raise ValidationError(
            _("The chosen person no longer exists."), field="responsible_person_id"
        )
    if data.due_on is not None and data.due_on < walk.date:
        raise ValidationError(
            _("The due date {due} is before the walk ({date}); choose a later date.").format(
                due=data.due_on.isoformat(), date=walk.date.isoformat()
            ),
            field="due_on",
        )
    raised_on = max(today or clock.today(), walk.date)
    if data.due_on is not None and data.due_on < raised_on:
        raise ValidationError(
            _("The due date {due} has already passed; choose {today} or later.").format(
                due=data.due_on.isoformat(), today=raised_on.isoformat()
            ),
            field="due_on",
        )
    return actions.create_action(
        session,
        actions.ActionInput(
            title=title,
            responsible_person_id=data.responsible_person_id,
            responsible_organisation_id=data.responsible_organisation_id,
            due_on=data.due_on,
            description=data.description,
            source_type=SOURCE,
            source_id=observation.id,
            raised_on=raised_on,
        ),
        raised_on,
    )
