"""The times of a meeting rule read from a phrase: the start and length of each meeting
("kl 9-10.30", "förmiddag", else the defaults given) and the rule's first and last day ("från
14 januari", "t.o.m. 2027-06-30"), a day without a year being its coming turn."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverkan_desktop.clock_input import read_clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence.phrase_scan import Reading
from samverkan_desktop.recurrence.phrase_words import DAYPART_WORDS, DAYPARTS, day_of


def time_of_day(reading: Reading, start_time: dt.time, duration_minutes: int) -> dict[str, Any]:
    """The start and length: as written ("kl 9-10.30"), by the part of the day ("förmiddag"),
    or the defaults given."""
    time_part = reading.one("time", _("time"))
    daypart = reading.one("daypart", _("time"))
    part_name = None
    if daypart is not None:
        word = daypart.groups["part"]
        part_name = next(
            (name for name in DAYPARTS if word.startswith(name)), DAYPART_WORDS.get(word)
        )
    if time_part is None:
        if part_name is not None:
            reading.used.append("clock")
            return {
                "start_time": DAYPARTS[part_name][0],
                "duration_minutes": duration_minutes,
            }
        reading.used.append("time")
        return {
            "start_time": start_time,
            "duration_minutes": duration_minutes,
        }
    start = _clock(reading, time_part.groups["t1"])
    if part_name is not None:
        _start, low, high = DAYPARTS[part_name]
        if not low <= start.hour < high:
            raise reading.fail(
                _("“{time}” is not in the {part}.").format(time=time_part.text, part=part_name)
            )
    if time_part.groups.get("t2") is None:
        reading.used.append("duration")
        return {"start_time": start, "duration_minutes": duration_minutes}
    end = _clock(reading, time_part.groups["t2"])
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    if minutes <= 0:
        raise reading.fail(
            _("“{text}”: the meeting must end after it starts.").format(text=time_part.text)
        )
    return {"start_time": start, "duration_minutes": minutes}


def _clock(reading: Reading, value: str) -> dt.time:
    try:
        return read_clock(value, field="phrase")
    except ValidationError as error:  # "kl 25": said with what was understood
        raise reading.fail(error.message) from error


def term_of(reading: Reading, starts_on: dt.date, today: dt.date) -> tuple[dt.date, dt.date | None]:
    """The first and last day ("från 14 januari", "t.o.m. 2027-06-30"): a day without a year
    is its coming turn, the last day's on or after the first."""
    start = reading.one("from", _("start date"))
    until = reading.one("until", _("end date"))
    first = date_of(reading, start.groups["date"], today) if start else starts_on
    last = date_of(reading, until.groups["date"], first) if until else None
    return first, last


def date_of(reading: Reading, value: str, on_or_after: dt.date) -> dt.date:
    """A day as written ("14 januari", "2027-06-30"): one without a year is its turn on or
    after ``on_or_after``."""
    try:
        return day_of(value, on_or_after)
    except ValueError as error:
        raise reading.fail(_("“{text}” is not a date.").format(text=value)) from error
