"""The crisis contact list as one list of lines (the roles' holders, then the external lines), the
stale ones, and verifying them: a line marked verified (with its Undo), the "verify now" round."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import CrisisContact, Person
from samverkan_desktop.services.crisis_external import external_record, list_external
from samverkan_desktop.services.crisis_org import list_roles
from samverkan_desktop.services.validation import get_or_raise


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
    contact = external_record(session, int(raw_id))
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
