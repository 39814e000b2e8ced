"""The crisis organisation and its contact list.

Internal: crisis roles, each with a primary (rank 0) and ordered deputies from the contacts
register. External: police, fire service, the city's duty officer, neighbouring districts. Every
line carries the date it was last verified; a line not verified in 6 months is stale, and the
"verify now" round walks the coordinator through the stale lines one at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, func, select, text, update
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import set_committed_value

from samverkan_desktop import audit_trail, clock
from samverkan_desktop.errors import ConflictError, InUseError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    CrisisContact,
    CrisisRole,
    CrisisRoleMember,
    ExerciseParticipant,
    Organisation,
    Person,
)
from samverkan_desktop.models.audit import AuditAction
from samverkan_desktop.services.contact_rows import VERIFY_AFTER_MONTHS, verification_cutoff
from samverkan_desktop.services.training_gaps import set_role_requirements
from samverkan_desktop.services.validation import (
    clean,
    flush_or_conflict,
    get_or_raise,
    optional_phone,
    require_text,
)
from samverkan_desktop.services.versions import check_version

STALE_AFTER_MONTHS = VERIFY_AFTER_MONTHS  # 6: the same rule as the contacts register


def is_stale(last_verified: dt.date | None, today: dt.date) -> bool:
    return last_verified is None or last_verified < verification_cutoff(today)


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


@dataclass(frozen=True)
class ExternalInput:
    organisation_id: int
    function: str
    person_id: int | None = None
    phone: str | None = None
    last_verified: dt.date | None = None  # only for a line without a person
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class ExternalRow:
    id: int
    organisation_id: int
    organisation: str
    function: str
    person_id: int | None
    person: str | None
    phone: str | None  # the line's own number, else the person's, else the organisation's
    email: str | None
    position: int
    last_verified: dt.date | None
    stale: bool
    version: int  # what the entry's form saves against (services.versions)
    own_phone: str | None = None  # the line's own number only: what its edit form shows


@dataclass(frozen=True)
class ContactRow:
    """One line of the crisis contact list."""

    key: str  # what "verified" is recorded on: "person:12" or "contact:3"
    internal: bool
    group: str  # the role, or the organisation
    function: str  # "Primary" / "Deputy 1", or the external function
    name: str | None
    organisation: str | None
    phone: str | None
    email: str | None
    last_verified: dt.date | None
    stale: bool
    role_id: int | None
    contact_id: int | None
    person_id: int | None


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
        stale=is_stale(person.last_verified, today),
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


def _lock_list(session: Session, model: type[CrisisRole] | type[CrisisContact]) -> None:
    """Before the next position is read: another desk adding to the same list waits for this
    one, then numbers after it (PostgreSQL; SQLite writes one at a time). Both took the same
    next position, and the second desk read that a role of its name already existed."""
    if session.get_bind().dialect.name == "postgresql":
        table = model.__tablename__
        session.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))


def create_role(session: Session, data: RoleInput) -> int:
    name = require_text(data.name, "name", _("Name"))
    _lock_list(session, CrisisRole)
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
    _renumber_list(session, CrisisRole, _roles(session))


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


def _renumber(session: Session, records: Sequence[object], attr: str, start: int) -> None:
    """Give ``records`` consecutive numbers in their list order, without tripping the unique
    constraint on the way (first out of the way, then into place)."""
    for offset, record in enumerate(records):
        setattr(record, attr, 100_000 + offset)
    session.flush()
    for offset, record in enumerate(records):
        setattr(record, attr, start + offset)
    session.flush()


def _renumber_list(
    session: Session,
    model: type[CrisisRole] | type[CrisisContact],
    records: Sequence[CrisisRole | CrisisContact],
) -> None:
    """Number the roles or the external entries 1, 2, … in the order of ``records``, as
    ``_renumber`` does, but by statements of their own that leave the row versions alone: a place
    in the list is no field of their forms, so a form open on a role or an entry (at this desk or
    another) still saves after a move. A move reads the list as it is now, so it overwrites
    nothing either. The flush listener does not see these statements: the trail is written
    beside them (audit_trail.record)."""
    table = cast(Table, model.__table__)
    before = {record.id: record.position for record in records}
    for first in (100_000, 1):  # out of the unique constraint's way first, then into place
        for offset, record in enumerate(records):
            session.execute(
                update(table).where(table.c.id == record.id).values(position=first + offset)
            )
    changes = []
    for position, record in enumerate(records, start=1):
        set_committed_value(record, "position", position)
        if before[record.id] != position:
            values = {"position": (before[record.id], position)}
            changes.append(audit_trail.Change(model, record.id, AuditAction.UPDATE, values))
    audit_trail.record(session, *changes)


def _moved(records: list[object], index: int, delta: int) -> list[object] | None:
    target = index + delta
    if delta == 0 or not 0 <= target < len(records):
        return None
    records = list(records)
    records.insert(target, records.pop(index))
    return records


def move_role(session: Session, role_id: int, delta: int) -> None:
    """Move a role up (-1) or down (+1) the list; at either end nothing happens."""
    roles: list[object] = list(_roles(session))
    index = next((i for i, r in enumerate(roles) if r.id == role_id), None)  # type: ignore[attr-defined]
    if index is None:
        raise _role_gone()
    moved = _moved(roles, index, delta)
    if moved is not None:
        _renumber_list(session, CrisisRole, moved)  # type: ignore[arg-type]


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
    _renumber(session, members, "rank", start=0)
    session.expire(role, ["members"])
    return member.id


def remove_member(session: Session, member_id: int) -> None:
    """Remove a person from a role; the deputies after them move up one step."""
    member = _get_member(session, member_id)
    role = member.role
    session.delete(member)
    session.flush()
    _renumber(session, _ordered_members(session, role), "rank", start=0)


def set_primary(session: Session, member_id: int) -> None:
    """Make a deputy the primary; the former primary becomes deputy 1."""
    member = _get_member(session, member_id)
    members = _ordered_members(session, member.role)
    members.remove(member)
    members.insert(0, member)
    _renumber(session, members, "rank", start=0)


def move_member(session: Session, member_id: int, delta: int) -> None:
    member = _get_member(session, member_id)
    members = _ordered_members(session, member.role)
    moved = _moved(members, members.index(member), delta)
    if moved is not None:
        _renumber(session, moved, "rank", start=0)


# --- external contacts --------------------------------------------------------------------------


def _externals(session: Session) -> list[CrisisContact]:
    return list(
        session.scalars(
            select(CrisisContact)
            .options(selectinload(CrisisContact.organisation), selectinload(CrisisContact.person))
            .order_by(CrisisContact.position, CrisisContact.id)
            .execution_options(populate_existing=True)
        )
    )


def _verified_on(contact: CrisisContact) -> dt.date | None:
    return contact.person.last_verified if contact.person else contact.last_verified


def _external_row(contact: CrisisContact, today: dt.date) -> ExternalRow:
    person = contact.person
    verified = _verified_on(contact)
    return ExternalRow(
        id=contact.id,
        organisation_id=contact.organisation_id,
        organisation=contact.organisation.name,
        function=contact.function,
        person_id=contact.person_id,
        person=person.name if person else None,
        phone=contact.phone or (person.phone if person else None) or contact.organisation.phone,
        email=person.email if person else None,
        position=contact.position,
        last_verified=verified,
        stale=is_stale(verified, today),
        version=contact.version,
        own_phone=contact.phone,
    )


def list_external(session: Session, today: dt.date | None = None) -> list[ExternalRow]:
    today = today or clock.today()
    return [_external_row(c, today) for c in _externals(session)]


def _get_external(session: Session, contact_id: int) -> CrisisContact:
    return get_or_raise(
        session, CrisisContact, contact_id, _("The contact list entry no longer exists.")
    )


def _apply_external(session: Session, contact: CrisisContact, data: ExternalInput) -> None:
    get_or_raise(
        session,
        Organisation,
        data.organisation_id,
        _("The chosen organisation no longer exists."),
    )
    contact.organisation_id = data.organisation_id
    contact.function = require_text(data.function, "function", _("Function"))
    if data.person_id is not None:
        get_or_raise(session, Person, data.person_id, _("The chosen person no longer exists."))
    contact.person_id = data.person_id
    contact.phone = optional_phone(data.phone)
    # With a person, the person's own verification counts (one date per person everywhere).
    contact.last_verified = data.last_verified if data.person_id is None else None


def create_external(session: Session, data: ExternalInput) -> int:
    _lock_list(session, CrisisContact)
    last = session.scalar(select(func.max(CrisisContact.position))) or 0
    contact = CrisisContact(position=last + 1)
    _apply_external(session, contact, data)
    session.add(contact)
    flush_or_conflict(session, _("The contact list entry could not be saved."))
    return contact.id


def get_external(session: Session, contact_id: int, today: dt.date | None = None) -> ExternalRow:
    """One entry as the list shows it (its form reads it anew after a refusal)."""
    _get_external(session, contact_id)
    return next(row for row in list_external(session, today) if row.id == contact_id)


def update_external(session: Session, contact_id: int, data: ExternalInput) -> int:
    """Save the form; returns the new row version."""
    contact = _get_external(session, contact_id)
    check_version(contact, data.expected_version)
    _apply_external(session, contact, data)
    flush_or_conflict(session, _("The contact list entry could not be saved."))
    return contact.version


def delete_external(session: Session, contact_id: int) -> None:
    session.delete(_get_external(session, contact_id))
    session.flush()
    _renumber_list(session, CrisisContact, _externals(session))


def move_external(session: Session, contact_id: int, delta: int) -> None:
    contacts: list[object] = list(_externals(session))
    index = next((i for i, c in enumerate(contacts) if c.id == contact_id), None)  # type: ignore[attr-defined]
    if index is None:
        _get_external(session, contact_id)  # raises
        return
    moved = _moved(contacts, index, delta)
    if moved is not None:
        _renumber_list(session, CrisisContact, moved)  # type: ignore[arg-type]


# --- the contact list and verification ----------------------------------------------------------


def contact_list(session: Session, today: dt.date | None = None) -> list[ContactRow]:
    """Internal lines (roles in order, primary then deputies), then the external lines. A role
    nobody holds still gets a line, so the gap shows."""
    today = today or clock.today()
    rows: list[ContactRow] = []
    for role in list_roles(session, today):
        if not role.members:
            rows.append(
                ContactRow(
                    key=f"role:{role.id}",
                    internal=True,
                    group=role.name,
                    function=_("Nobody appointed"),
                    name=None,
                    organisation=None,
                    phone=None,
                    email=None,
                    last_verified=None,
                    stale=False,
                    role_id=role.id,
                    contact_id=None,
                    person_id=None,
                )
            )
        for member in role.members:
            rows.append(
                ContactRow(
                    key=f"person:{member.person_id}",
                    internal=True,
                    group=role.name,
                    function=member.rank_label,
                    name=member.name,
                    organisation=member.organisation,
                    phone=member.phone,
                    email=member.email,
                    last_verified=member.last_verified,
                    stale=member.stale,
                    role_id=role.id,
                    contact_id=None,
                    person_id=member.person_id,
                )
            )
    for ext in list_external(session, today):
        rows.append(
            ContactRow(
                key=f"person:{ext.person_id}" if ext.person_id else f"contact:{ext.id}",
                internal=False,
                group=ext.organisation,
                function=ext.function,
                name=ext.person,
                organisation=ext.organisation,
                phone=ext.phone,
                email=ext.email,
                last_verified=ext.last_verified,
                stale=ext.stale,
                role_id=None,
                contact_id=ext.id,
                person_id=ext.person_id,
            )
        )
    return rows


def stale_entries(session: Session, today: dt.date | None = None) -> list[ContactRow]:
    """The stale lines, one per thing to verify (a person in two roles comes once)."""
    seen: set[str] = set()
    result = []
    for row in contact_list(session, today):
        if row.stale and row.key not in seen:
            seen.add(row.key)
            result.append(row)
    return result


def verified_holder(session: Session, key: str) -> tuple[Person | CrisisContact, str]:
    """What holds a line's "verified" date (the person's, or the line's own) and its name."""
    kind, _sep, raw_id = key.partition(":")
    if kind not in ("person", "contact") or not raw_id.isdigit():
        raise ValidationError(_("Nothing to verify on this line."))
    if kind == "person":
        person = get_or_raise(session, Person, int(raw_id), _("The person no longer exists."))
        return person, person.name
    contact = _get_external(session, int(raw_id))
    if contact.person is not None:
        return contact.person, contact.person.name
    return contact, contact.function


def mark_entry_verified(session: Session, key: str, on: dt.date | None = None) -> dt.date | None:
    """Record that a line was checked today (or ``on``): the person's date, or the line's own.
    Returns the date it had before, for "Undo" (``undo_verified``)."""
    holder, _name = verified_holder(session, key)
    before = holder.last_verified
    holder.last_verified = on or clock.today()
    session.flush()
    return before


@dataclass(frozen=True)
class VerifiedMark:
    """A line marked verified, for its Undo (verified_undo): the date it had, and the details
    that were checked, which a later change to makes the undo refused."""

    key: str
    marked: dt.date
    before: dt.date | None
    phone: str | None
    email: str | None


def mark_verified(session: Session, key: str, on: dt.date | None = None) -> VerifiedMark:
    """``mark_entry_verified``, kept for Undo."""
    holder, _name = verified_holder(session, key)
    before = mark_entry_verified(session, key, on)
    assert holder.last_verified is not None  # just marked
    return VerifiedMark(key, holder.last_verified, before, holder.phone, holder_email(holder))


def holder_email(holder: Person | CrisisContact) -> str | None:
    """An external function's number has no e-mail of its own."""
    return holder.email if isinstance(holder, Person) else None


def _key_of(row_or_key: ContactRow | str) -> str:
    return row_or_key if isinstance(row_or_key, str) else row_or_key.key


@dataclass
class VerifyRound:
    """The "verify now" flow: the next stale line, mark it verified, or skip it for this round.

    Holds no session (the window keeps it between calls, each call its own unit of work).
    """

    skipped: set[str] = field(default_factory=set)
    verified: list[str] = field(default_factory=list)
    marks: list[VerifiedMark] = field(default_factory=list)  # for Undo, in marking order

    def _pending(self, session: Session, today: dt.date | None) -> list[ContactRow]:
        return [r for r in stale_entries(session, today) if r.key not in self.skipped]

    def next(self, session: Session, today: dt.date | None = None) -> ContactRow | None:
        pending = self._pending(session, today)
        return pending[0] if pending else None

    def remaining(self, session: Session, today: dt.date | None = None) -> int:
        return len(self._pending(session, today))

    def verify(
        self, session: Session, row_or_key: ContactRow | str, on: dt.date | None = None
    ) -> None:
        key = _key_of(row_or_key)
        self.marks.append(mark_verified(session, key, on))
        self.verified.append(key)

    def skip(self, row_or_key: ContactRow | str) -> None:
        self.skipped.add(_key_of(row_or_key))
