"""The conduct log: time-stamped notes written during an exercise."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseLogEntry, ExerciseStatus
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.validation import get_or_raise, require_text


def log_refusal(
    title: str,
    day: dt.date | None,
    today: dt.date | None = None,
    status: ExerciseStatus = ExerciseStatus.PLANNED,
) -> str | None:
    """Why no note can be logged for an exercise on ``today`` (None: it can; by default today in
    Stockholm, where the notes' times are shown). The log is written during the exercise, before
    it is marked as held, so notes are taken from the exercise day on; an exercise dated later is
    not under way, and a note typed into it (say next year's, opened by mistake) would land in the
    wrong exercise. Without a date there is nothing to compare with. A cancelled one is not
    "planned for" its date, so it is told as cancelled. The Conduct log tab shows this line beside
    its greyed entry field."""
    if day is None or day <= (today or local(utcnow()).date()):
        return None
    if status is ExerciseStatus.CANCELLED:
        return _(
            "“{title}” is cancelled: no conduct log is written for it. If it is held after all, "
            "set it back to planned and give it the day it is held."
        ).format(title=title)
    return _(
        "“{title}” is planned for {date}: its conduct log is written from that day. If it is "
        "held today, change its date first."
    ).format(title=title, date=day.isoformat())


def add_log_entry(
    session: Session, exercise_id: int, text: str, at: dt.datetime | None = None
) -> int:
    """A time-stamped note (now, unless ``at`` is given; naive times are taken as UTC). Refused
    before the exercise day (see ``log_refusal``)."""
    exercise = exercise_reading.load(session, exercise_id)
    when = at or utcnow()
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    refusal = log_refusal(exercise.title, exercise.date, local(when).date(), exercise.status)
    if refusal is not None:
        raise ValidationError(refusal, field="text")
    # Stored in UTC: SQLite keeps no zone, and every reader takes a naive value as UTC.
    when = when.astimezone(dt.UTC)
    entry = ExerciseLogEntry(
        logged_at=when, text=require_text(text, "text", _("Note"), max_length=4000, multi_line=True)
    )
    exercise.log.append(entry)
    session.flush()
    return entry.id


def update_log_entry(session: Session, entry_id: int, text: str) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    entry.text = require_text(text, "text", _("Note"), max_length=4000, multi_line=True)
    session.flush()


def delete_log_entry(session: Session, entry_id: int) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    session.delete(entry)
    session.flush()
