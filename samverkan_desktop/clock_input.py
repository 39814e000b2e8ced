"""A clock time as Swedes type it: "9", "kl 9", "9.30", "09:30", "0930". One reader for every
place a time is typed (the meeting-rule phrase, the time fields, a walk's or an exercise's
start), so "25:00", "9.75" or "9:60" is refused everywhere the same way, naming what is wrong:
"Ogiltig tid: 25:00 – timmen måste vara 0–23." (a time field once took "25:00" as 20.15)."""

from __future__ import annotations

import datetime as dt
import re

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

# "kl 9", "kl. 9.30", "klockan 9:30", "0930": the hour, then minutes after a mark or without one.
_CLOCK = re.compile(
    r"(?:(?:kl|klockan)\.?\s*)?(?P<hour>\d{1,2}?)(?:(?:[.:](?P<minute>\d+))|(?P<bare>\d{2}))?",
    re.IGNORECASE,
)


def read_clock(
    text: str, *, field: str = "start_time", example: str = "09.30", minute: int = 0
) -> dt.time:
    """The time ``text`` names; ``minute`` when only the hour is written. ValidationError
    naming the problem otherwise."""
    typed = " ".join(text.split())
    if not typed:  # "Ogiltig tid: – – skriv …" read as a typo of its own
        raise ValidationError(
            _("No time was written – write it as, for example, {example}.").format(example=example),
            field=field,
        )
    match = _CLOCK.fullmatch(typed)
    if match is None or (match["minute"] is not None and len(match["minute"]) != 2):
        raise ValidationError(
            _("Invalid time: {text} – write it as, for example, {example}.").format(
                text=typed, example=example
            ),
            field=field,
        )
    hour = int(match["hour"])
    written = match["minute"] or match["bare"]
    if hour > 23:
        raise ValidationError(
            _("Invalid time: {text} – the hour must be 0–23.").format(text=typed), field=field
        )
    if written is not None and int(written) > 59:
        raise ValidationError(
            _("Invalid time: {text} – the minutes must be 00–59.").format(text=typed), field=field
        )
    return dt.time(hour, int(written) if written is not None else minute)


def read_optional_clock(text: str, *, field: str, example: str = "09.30") -> dt.time | None:
    """A time in a field that may be left empty: None when it is."""
    return read_clock(text, field=field, example=example) if text.strip() else None


# "k", "kl", "klo…", "kl. ": the start of "kl"/"klockan" being typed.
_WORD_BEING_TYPED = re.compile(r"(?:k(?:l(?:o(?:c(?:k(?:a(?:n)?)?)?)?)?)?\.?\s*)?", re.IGNORECASE)


def could_become_clock(typed: str) -> bool:
    """Whether more typing could make ``typed`` a time ("2" → "23.15", "9." → "9.30"); "9.7",
    "25:" and "9:6" never can (a time field refuses them at once rather than misread them)."""
    stripped = typed.lstrip()
    word = _WORD_BEING_TYPED.match(stripped)
    rest = stripped[word.end() :] if word else stripped
    if not rest:
        return True
    for tail in ("", "0", "00", ".00", "0.00"):
        try:
            read_clock(rest + tail)
        except ValidationError:
            continue
        return True
    return False
