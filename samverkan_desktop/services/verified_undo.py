"""Undo "Mark verified" and a "Verify now" round: each line's verified date back to what it had.
Refused, naming it, when the line changed since it was marked: its date set again, or its phone
or e-mail changed (the date would then vouch for details nobody checked), as that change would
be lost or left unchecked. A round is taken back whole or not at all."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import CrisisContact, Person
from samverkan_desktop.recurrence.describe import join_words
from samverkan_desktop.services.crisis_verification import (
    VerifiedMark,
    holder_email,
    verified_holder,
)


def take_back(session: Session, marks: Sequence[VerifiedMark]) -> None:
    holders = []
    for mark in marks:
        holder, name = verified_holder(session, mark.key)
        _refuse_if_changed(name, holder, mark)
        holders.append((holder, mark))
    for holder, mark in holders:
        holder.last_verified = mark.before
    session.flush()


def _refuse_if_changed(name: str, holder: Person | CrisisContact, mark: VerifiedMark) -> None:
    changed = [
        text
        for text, now, then in (
            (_("the phone number"), holder.phone, mark.phone),
            (_("the e-mail address"), holder_email(holder), mark.email),
        )
        if now != then
    ]
    date_changed = holder.last_verified != mark.marked
    if changed:
        if date_changed:
            changed.insert(0, _("the verified date"))
        raise ConflictError(
            _(
                "{name}: {changes} changed since the line was marked as verified ({date}), so "
                "its verified date is not taken back."
            ).format(name=name, changes=join_words(changed), date=mark.marked.isoformat())
        )
    if date_changed:
        raise ConflictError(
            _(
                "{name}: the verified date has been changed since it was marked ({date}), so "
                "it is not taken back."
            ).format(name=name, date=mark.marked.isoformat())
        )
