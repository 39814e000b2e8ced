"""The crisis organisation: its roles, each with a primary (rank 0) and ordered deputies from the
contacts register.

The crisis contact list adds the external lines (police, fire service, the city's duty officer,
neighbouring districts: crisis_external). Every line carries the date it was last verified; a
line not verified in 6 months is stale, and the "verify now" round walks the coordinator through
the stale lines one at a time (crisis_verification).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, InUseError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import CrisisRole, CrisisRoleMember, ExerciseParticipant, Person
from samverkan_desktop.services.contact_rows import verification_due
from samverkan_desktop.services.crisis_lists import (
    lock_list,
    renumber,
    renumber_list,
    reordered,
)
from samverkan_desktop.services.training_gaps import set_role_requirements
from samverkan_desktop.services.validation import (
    clean,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version


def rank_label(rank: int) -> str:
    """ "Primary" for rank 0, "Deputy 1", "Deputy 2" ... after it."""
    if rank == 0:
        return _("Primary")
    return _("Deputy {number}").format(number=rank)


@dataclass(frozen=True)
class RoleInput:
    name: str
    description: str | None = None
    # The courses its holders need (None: left as they are, e.g. a script naming the role only).
    course_ids: tuple[int, ...] | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class RoleMemberRow:
    id: int
    person_id: int
    name: str
    title: str | None
    organisation: str | None
    phone: str | None
    email: str | None
    rank: int
    rank_label: str
    last_verified: dt.date | None
    stale: bool


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    description: str | None
    position: int
    members: tuple[RoleMemberRow, ...]  # primary first
    required_course_ids: tuple[int, ...]
    version: int  # name, task and required training: what the role form saves against

    @property
    def primary(self) -> RoleMemberRow | None:
        return self.members[0] if self.members and self.members[0].rank == 0 else None

    @property
    def deputies(self) -> tuple[RoleMemberRow, ...]:
        return tuple(m for m in self.members if m.rank > 0)


# --- roles --------------------------------------------------------------------------------------


def _member_row(member: CrisisRoleMember, today: dt.date) -> RoleMemberRow:
    person = member.person
    return RoleMemberRow(
        id=member.id,
        person_id=person.id,
        name=person.name,
        title=person.title,
        organisation=person.organisation.name if person.organisation else None,
        phone=person.phone,
        email=person.email,
        rank=member.rank,
        rank_label=rank_label(member.rank),
        last_verified=person.last_verified,
        stale=verification_due(person.last_verified, today),
    )


def _roles(session: Session) -> list[CrisisRole]:
    return list(
        session.scalars(
            select(CrisisRole)
            .options(
                selectinload(CrisisRole.members)
                .selectinload(CrisisRoleMember.person)
                .selectinload(Person.organisation),
                selectinload(CrisisRole.requirements),
            )
            .order_by(CrisisRole.position, CrisisRole.id)
            # Reload collections already in the session: ranks may have just been renumbered.
            .execution_options(populate_existing=True)
        )
    )


def list_roles(session: Session, today: dt.date | None = None) -> list[RoleRow]:
    today = today or clock.today()
    return [
        RoleRow(
            id=role.id,
            name=role.name,
            description=role.description,
            position=role.position,
            members=tuple(_member_row(m, today) for m in role.members),
            required_course_ids=tuple(sorted(r.course_id for r in role.requirements)),
            version=role.version,
        )
        for role in _roles(session)
    ]


def get_role(session: Session, role_id: int, today: dt.date | None = None) -> RoleRow:
    for row in list_roles(session, today):
        if row.id == role_id:
            return row
    raise _role_gone()


def _role_gone() -> NotFoundError:
    return NotFoundError(_("The crisis role no longer exists."))


def _get_role(session: Session, role_id: int) -> CrisisRole:
    return get_or_raise(session, CrisisRole, role_id, _("The crisis role no longer exists."))


def _duplicate_role(name: str) -> str:
    return _("There is already a crisis role named “{name}”.").format(name=name.strip())


def create_role(session: Session, data: RoleInput) -> int:
    name = require_text(data.name, "name", _("Name"))
    lock_list(session, CrisisRole)
    last = session.scalar(select(func.max(CrisisRole.position))) or 0
    role = CrisisRole(name=name, description=clean(data.description), position=last + 1)
    session.add(role)
    flush_or_conflict(session, _duplicate_role(name), field="name")
    if data.course_ids is not None:
        set_role_requirements(session, role.id, data.course_ids)
    return role.id


def update_role(session: Session, role_id: int, data: RoleInput) -> int:
    """Save the form (with the required training when given); returns the new row version."""
    role = _get_role(session, role_id)
    check_version(role, data.expected_version)
    role.name = require_text(data.name, "name", _("Name"))
    role.description = clean(data.description)
    flush_or_conflict(session, _duplicate_role(role.name), field="name")
    if data.course_ids is not None:
        set_role_requirements(session, role.id, data.course_ids)
    return role.version


def check_role_deletable(session: Session, role_id: int) -> None:
    """Raise InUseError when exercise participants took part in the role (the window asks this
    before its "Delete …?" question; ``delete_role`` checks again)."""
    _check_role_deletable(session, _get_role(session, role_id))


def delete_role(session: Session, role_id: int) -> None:
    role = _get_role(session, role_id)
    _check_role_deletable(session, role)
    session.delete(role)
    session.flush()
    renumber_list(session, CrisisRole, _roles(session))


def _check_role_deletable(session: Session, role: CrisisRole) -> None:
    used = session.scalar(
        select(func.count(ExerciseParticipant.id)).where(ExerciseParticipant.role_id == role.id)
    )
    if used:
        raise InUseError(
            _(
                "“{name}” cannot be deleted: exercise participants took part in this role. "
                "Rename the role instead."
            ).format(name=role.name)
        )


def move_role(session: Session, role_id: int, delta: int) -> None:
    """Move a role up (-1) or down (+1) the list; at either end nothing happens."""
    roles: list[object] = list(_roles(session))
    index = next((i for i, r in enumerate(roles) if r.id == role_id), None)  # type: ignore[attr-defined]
    if index is None:
        raise _role_gone()
    moved = reordered(roles, index, delta)
    if moved is not None:
        renumber_list(session, CrisisRole, moved)  # type: ignore[arg-type]


# --- role members -------------------------------------------------------------------------------


def _get_member(session: Session, member_id: int) -> CrisisRoleMember:
    return get_or_raise(
        session, CrisisRoleMember, member_id, _("The person no longer holds this role.")
    )


def _ordered_members(session: Session, role: CrisisRole) -> list[object]:
    # Re-read in rank order: an earlier step in this session may have renumbered them.
    session.expire(role, ["members"])
    return list(role.members)


def add_member(session: Session, role_id: int, person_id: int, rank: int | None = None) -> int:
    """Add a person to a role: as the next deputy (primary if the role is empty), or at ``rank``
    with those from that rank on moved one step down. Another desk adding to the same role
    waits for this one, then ranks after it (PostgreSQL; SQLite writes one at a time)."""
    session.execute(select(CrisisRole.id).where(CrisisRole.id == role_id).with_for_update())
    role = _get_role(session, role_id)
    person = get_or_raise(session, Person, person_id, _("The person no longer exists."))
    if any(m.person_id == person_id for m in role.members):
        raise ConflictError(
            _("{name} already holds the role “{role}”.").format(name=person.name, role=role.name),
            field="person_id",
        )
    if rank is not None and rank < 0:
        raise ValidationError(_("The rank must not be negative."), field="rank")
    members = _ordered_members(session, role)
    # Ranks are always 0..n-1, so n is free until the renumbering below.
    member = CrisisRoleMember(role=role, person=person, rank=len(members))
    session.add(member)
    position = len(members) if rank is None else min(rank, len(members))
    members.insert(position, member)
    flush_or_conflict(session, _("The person could not be added to the role."))
    renumber(session, members, "rank", start=0)
    session.expire(role, ["members"])
    return member.id


def remove_member(session: Session, member_id: int) -> None:
    """Remove a person from a role; the deputies after them move up one step."""
    member = _get_member(session, member_id)
    role = member.role
    session.delete(member)
    session.flush()
    renumber(session, _ordered_members(session, role), "rank", start=0)


def set_primary(session: Session, member_id: int) -> None:
    """Make a deputy the primary; the former primary becomes deputy 1."""
    member = _get_member(session, member_id)
    members = _ordered_members(session, member.role)
    members.remove(member)
    members.insert(0, member)
    renumber(session, members, "rank", start=0)


def move_member(session: Session, member_id: int, delta: int) -> None:
    member = _get_member(session, member_id)
    members = _ordered_members(session, member.role)
    moved = reordered(members, members.index(member), delta)
    if moved is not None:
        renumber(session, moved, "rank", start=0)
