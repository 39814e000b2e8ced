"""The conduct log: time-stamped notes written during an exercise, or typed afterwards with the
time it happened ("09.15 Larm inkom")."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.clock_input import read_clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseLogEntry, ExerciseStatus
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_held import exercise_subject
from samverkan_desktop.services.validation import get_or_raise, require_text


def log_refusal(
    title: str | None,
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
    its greyed entry field, saying "The exercise" (``title`` None: see ``exercise_subject``); a
    note refused (the command line's, or one entered as the window closes) names the exercise."""
    if day is None or day <= (today or clock.today()):
        return None
    if status is ExerciseStatus.CANCELLED:
        # Named as the exercise's window offers it: there is no "set back to planned" in sight.
        return _(
            "{subject} is cancelled: no conduct log is written for it. If it is held after all, "
            "take the cancelling back with {more} ▾ → “{back}” and give it the day it is held."
        ).format(subject=exercise_subject(title), **_window_words())
    return _(
        "{subject} is planned for {date}: its conduct log is written from that day. If it is "
        "held today, change its date first."
    ).format(subject=exercise_subject(title), date=day.isoformat())


def _window_words() -> dict[str, str]:
    """The exercise window's names for taking a cancelling back."""
    return {"more": _("More"), "back": _("Take back the last step")}


def _command_line_refusal(title: str | None, status: ExerciseStatus) -> str | None:
    """The command line's words for a cancelled exercise: it cannot take a cancelling back,
    only the window can (None: the window's line holds for the command line too)."""
    if status is not ExerciseStatus.CANCELLED:
        return None
    return _(
        "{subject} is cancelled: no conduct log is written for it. If it is held after all, "
        "open it in the window under {area} → {exercises}, take the cancelling back with "
        "{more} ▾ → “{back}” and give it the day it is held; then the command can log the note."
    ).format(
        subject=exercise_subject(title),
        area=_("Crisis & exercises"),
        exercises=_("Exercises"),
        **_window_words(),
    )


# "09.15 Larm inkom", "9.15 …", "09:15 …": the minutes written out, so a note starting with a
# count ("3 bilar på plats") is not read as a time.
_LEADING_CLOCK = re.compile(r"(?P<clock>\d{1,2}[.:]\d{2})\s+(?P<text>\S.*)", re.DOTALL)


def split_clock(typed: str) -> tuple[dt.time | None, str]:
    """The clock time a typed note starts with and the note without it; (None, the note) when
    it starts with none. A time no clock has ("25.00 Larm") is refused in the program's one
    clock reader's words ("Ogiltig tid: 25.00 – timmen måste vara 0–23.")."""
    match = _LEADING_CLOCK.fullmatch(typed.strip())
    if match is None:
        return None, typed.strip()
    return read_clock(match["clock"], field="text"), match["text"]


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    """``time`` on ``day`` in Stockholm, where the log's times are shown."""
    return dt.datetime.combine(day, time, tzinfo=LOCAL_ZONE)


def add_typed_entry(session: Session, exercise_id: int, typed: str) -> int:
    """A note as typed in the log's field: one starting with a clock time is stamped at that
    time on the exercise's day (notes written down later all read the minute they were typed);
    any other is stamped now."""
    time, text = split_clock(typed)
    return add_entry_at(session, exercise_id, text, time)


def add_entry_at(session: Session, exercise_id: int, text: str, time: dt.time | None) -> int:
    """A note stamped at ``time`` on the exercise's day (today when it has none), or now
    without a time: how a note written down afterwards keeps the minute it happened."""
    if time is None:
        return add_log_entry(session, exercise_id, text)
    exercise = exercise_reading.load(session, exercise_id)
    day = exercise.date or clock.today()
    return add_log_entry(session, exercise_id, text, _at(day, time))


def add_log_entry(
    session: Session, exercise_id: int, text: str, at: dt.datetime | None = None
) -> int:
    """A time-stamped note (now, unless ``at`` is given; naive times are taken as UTC). Refused
    before the exercise day (see ``log_refusal``)."""
    exercise = exercise_reading.load(session, exercise_id)
    when = at or clock.utcnow()
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    refusal = log_refusal(exercise.title, exercise.date, local(when).date(), exercise.status)
    if refusal is not None:
        raise ValidationError(
            refusal,
            field="text",
            command_line=_command_line_refusal(exercise.title, exercise.status),
        )
    # Stored in UTC: SQLite keeps no zone, and every reader takes a naive value as UTC.
    when = when.astimezone(dt.UTC)
    entry = ExerciseLogEntry(
        logged_at=when, text=require_text(text, "text", _("Note"), max_length=4000, multi_line=True)
    )
    exercise.log.append(entry)
    session.flush()
    return entry.id


def update_log_entry(
    session: Session, entry_id: int, text: str, time: dt.time | None = None
) -> None:
    """Change a note's text and, given ``time``, its time on the day it is logged."""
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    entry.text = require_text(text, "text", _("Note"), max_length=4000, multi_line=True)
    if time is not None:
        entry.logged_at = _at(local(entry.logged_at).date(), time).astimezone(dt.UTC)
    session.flush()


def delete_log_entry(session: Session, entry_id: int) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    session.delete(entry)
    session.flush()
