"""The conduct log: time-stamped notes written during an exercise."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseLogEntry
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.validation import get_or_raise, require_text


def add_log_entry(
    session: Session, exercise_id: int, text: str, at: dt.datetime | None = None
) -> int:
    """A time-stamped note (now, unless ``at`` is given; naive times are taken as UTC)."""
    exercise = exercise_reading.load(session, exercise_id)
    when = at or utcnow()
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    # Stored in UTC: SQLite keeps no zone, and every reader takes a naive value as UTC.
    when = when.astimezone(dt.UTC)
    entry = ExerciseLogEntry(
        logged_at=when, text=require_text(text, "text", _("Note"), max_length=4000)
    )
    exercise.log.append(entry)
    session.flush()
    return entry.id


def update_log_entry(session: Session, entry_id: int, text: str) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    entry.text = require_text(text, "text", _("Note"), max_length=4000)
    session.flush()


def delete_log_entry(session: Session, entry_id: int) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    session.delete(entry)
    session.flush()
