"""Small shared checks used by every service."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from samverkan_desktop import unit_words
from samverkan_desktop.composed_text import clean
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError, refuse_all
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.number_range import check_range
from samverkan_desktop.text_limits import NAME_MAX_LENGTH

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Digits and the usual separators; Sweden's short numbers count too (112, 1177, 114 14), which
# a crisis plan's list of external lines needs.
PHONE_PATTERN = re.compile(r"^[0-9+()\-\s/]{3,30}$")
MIN_PHONE_DIGITS = 3

T = TypeVar("T")


def checked_values(checks: Mapping[str, Callable[[], object]]) -> dict[str, object]:
    """Each key's value from its check, in order; every field refused at once (a form shows
    each under its own field: checked one after the other, a wrong e-mail was said only once
    the phone number had been put right)."""
    values: dict[str, object] = {}
    refusals: list[ValidationError] = []
    for key, check in checks.items():
        try:
            values[key] = check()
        except ValidationError as refusal:
            refusals.append(refusal)
    refuse_all(refusals)
    return values


def too_long(label: str, max_length: int, field: str | None) -> ValidationError:
    """The one refusal of a text longer than its column: "Serienummer får vara högst 100 tecken."
    (the database would cut it on SQLite and fail the whole save on PostgreSQL)."""
    return ValidationError(
        _("{label} may be at most {count} characters.").format(label=label, count=max_length),
        field=field,
    )


def column_length(column: Any) -> int:
    """The n of a ``String(n)`` model column (``Person.title``): the services' limit is read
    from the model, so the two cannot drift apart."""
    length = getattr(column.type, "length", None)
    if not isinstance(length, int):
        raise TypeError(f"{column} has no length")
    return length


def fitted_file_name(name: str, column: Any) -> str:
    """A picked file's name cut to ``column`` (a ``String(n)``), its extension kept. The user
    cannot rename the file they picked, so refusing it would leave them stuck; a name cut
    mid-extension ("….jp") would no longer say which kind of file it is when opened or saved
    again. The start is kept because that is where people put what the file is about."""
    limit = column_length(column)
    if len(name) <= limit:
        return name
    suffix = Path(name).suffix
    if len(suffix) >= limit // 2:  # no real extension: only a dot in a long name
        return name[:limit]
    return name[: limit - len(suffix)] + suffix


def optional_text(
    value: str | None, field: str, label: str, max_length: int, *, multi_line: bool = False
) -> str | None:
    """A text the user may leave empty (None), cleaned as ``clean`` (one line unless
    ``multi_line``) and refused when longer than ``max_length``, its column's length."""
    cleaned = clean(value, one_line=not multi_line)
    if cleaned is not None and len(cleaned) > max_length:
        raise too_long(label, max_length, field)
    return cleaned


def missing(field: str, label: str) -> ValidationError:
    """The one wording for a required field left empty: "Koden måste fyllas i." """
    return ValidationError(_("{label} must not be empty.").format(label=label), field=field)


def require_text(
    value: str | None,
    field: str,
    label: str,
    max_length: int = NAME_MAX_LENGTH,
    *,
    multi_line: bool = False,
) -> str:
    """As ``optional_text``, but empty is refused."""
    cleaned = optional_text(value, field, label, max_length, multi_line=multi_line)
    if cleaned is None:
        raise missing(field, label)
    return cleaned


def optional_email(value: str | None, field: str = "email", max_length: int = 200) -> str | None:
    cleaned = clean(value)
    if cleaned is not None and len(cleaned) > max_length:
        raise too_long(_("E-mail"), max_length, field)
    if cleaned is not None and not EMAIL_PATTERN.match(cleaned):
        raise ValidationError(
            _("“{value}” is not an e-mail address.").format(value=cleaned), field=field
        )
    return cleaned


def optional_phone(value: str | None, field: str = "phone") -> str | None:
    cleaned = clean(value, one_line=True)
    if cleaned is not None and (
        not PHONE_PATTERN.match(cleaned) or sum(c.isdigit() for c in cleaned) < MIN_PHONE_DIGITS
    ):
        raise ValidationError(
            _("“{value}” is not a phone number.").format(value=cleaned), field=field
        )
    return cleaned


MAX_DAYS_AHEAD = 36_500  # a hundred years: more overflows a date


def check_days_ahead(days: int | None, field: str) -> None:
    """A "due within N days" filter: none, or 0 to a hundred years."""
    if days is not None and days < 0:
        raise ValidationError(_("The number of days must not be negative."), field=field)
    if days is not None and days > MAX_DAYS_AHEAD:
        raise ValidationError(
            _("The number of days is too large (at most {days}).").format(days=MAX_DAYS_AHEAD),
            field=field,
        )


def check_order(start: dt.date | None, end: dt.date | None, field: str, message: str) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(message, field=field)


def check_end_time(start: dt.time | None, end: dt.time | None) -> None:
    """A walk's or an exercise's end: only with a start, and after it the same day (as the
    tables' CHECK holds it); refused naming the form's "Slut" field."""
    if end is None:
        return
    if start is None:
        raise ValidationError(
            _("“End” needs a start time: give the start too, or leave “End” empty."),
            field="end_time",
        )
    if end <= start:
        raise ValidationError(
            _("“End” must be after the start ({start}).").format(start=clock_text(start)),
            field="end_time",
        )


def get_or_raise(
    session: Session, model: type[T], record_id: int, message: str, *, for_update: bool = False
) -> T:
    """The record, or NotFoundError ``message``; ``for_update``: locked (PostgreSQL) until the
    transaction ends."""
    record = session.get(model, record_id, with_for_update=True if for_update else None)
    if record is None:
        raise NotFoundError(message)
    return record


def flush_or_conflict(
    session: Session, message: str, field: str | None = None, *, command_line: str | None = None
) -> None:
    """Flush; a value the database already holds (a unique constraint) becomes a ConflictError
    with ``message`` (``command_line``: its words on the command line, where ``message`` speaks
    of the window); any other refusal (a check, a foreign key, two desks numbering a list at
    once) the line of db_errors for it."""
    try:
        session.flush()
    except sa_exc.IntegrityError as error:
        session.rollback()
        from samverkan_desktop import db_errors

        if db_errors.not_a_duplicate(error):  # not what ``message`` is about
            raise db_errors.conflict_error(error) from error
        raise ConflictError(message, field=field, command_line=command_line) from error


def check_weeks_before(weeks: int, field: str) -> None:
    """A checklist point's weeks before the exercise, in an exercise or its template alike."""
    check_range(weeks, 0, 104, name=_("Weeks before"), field=field, unit=unit_words.weeks)
