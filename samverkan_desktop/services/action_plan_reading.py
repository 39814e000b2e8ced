"""The action plan (åtgärdsplan) of an agreement as its printout reads it: for each of the
agreement's priority areas its goal, its situation picture as tables (one per source) and the
groups working in the area (groups tied to the agreement with the area, not ended by the
plan's day; the steering and preparation groups lead every area and are left out, as the paper
leaves them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Agreement, Group, GroupType
from samverkan_desktop.services import agreements, groups
from samverkan_desktop.services.action_plan import FigureTable, figure_tables, get_area_plan
from samverkan_desktop.services.group_ended_sql import ended_by
from samverkan_desktop.services.group_rows import TYPE_ORDER, GroupDetail
from samverkan_desktop.swedish_order import sort_key

LEADING = (GroupType.STYRGRUPP, GroupType.BEREDNINGSGRUPP)


@dataclass(frozen=True)
class AreaSection:
    area: str
    goal: str | None
    tables: tuple[FigureTable, ...]
    groups: tuple[GroupDetail, ...]


@dataclass(frozen=True)
class ActionPlan:
    agreement: agreements.AgreementDetail
    areas: tuple[AreaSection, ...]


def agreement_in_force(session: Session, today: dt.date) -> int:
    """The agreement in force on ``today`` (the latest to start of those); failing that the
    newest. NotFoundError when none is registered."""
    in_force = session.scalar(
        select(Agreement.id)
        .where(
            Agreement.valid_from <= today,
            or_(Agreement.valid_until.is_(None), Agreement.valid_until >= today),
        )
        .order_by(Agreement.valid_from.desc(), Agreement.id.desc())
    )
    if in_force is None:
        in_force = session.scalar(
            select(Agreement.id).order_by(Agreement.valid_from.desc(), Agreement.id.desc())
        )
    if in_force is None:
        raise NotFoundError(_("No agreement with the police is registered."))
    return in_force


def _working_groups(
    session: Session, agreement_id: int, area_id: int, on: dt.date
) -> tuple[GroupDetail, ...]:
    ids = session.scalars(
        select(Group.id).where(
            Group.agreement_id == agreement_id,
            ~ended_by(on),
            Group.type.not_in(LEADING),
            Group.priority_areas.any(id=area_id),
        )
    )
    details = [groups.get_group(session, group_id) for group_id in ids]
    details.sort(key=lambda g: (TYPE_ORDER.index(g.type), sort_key(g.name)))
    return tuple(details)


def action_plan(session: Session, agreement_id: int, on: dt.date | None = None) -> ActionPlan:
    """The plan as of ``on`` (default today): the groups that have not ended by then."""
    on = on or clock.today()
    agreement = agreements.get_agreement(session, agreement_id)
    sections = []
    for area_id in agreement.priority_area_ids:
        plan = get_area_plan(session, agreement_id, area_id)
        sections.append(
            AreaSection(
                plan.area,
                plan.goal,
                tuple(figure_tables(plan.figures)),
                _working_groups(session, agreement_id, area_id, on),
            )
        )
    return ActionPlan(agreement, tuple(sections))
