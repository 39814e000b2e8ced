"""One reader for a typed clock time (samverkan_desktop.clock_input): the meeting-rule phrase, a
walk's and an exercise's start read "9", "kl 9", "9.30", "09:30" alike, and refuse "kl 25",
"25:00", "9.75", "9:60" with one Swedish line naming the problem (the phrase said only
"”kl 25” är inte en tid på dygnet", the forms "”25” är ingen tid")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from samverkan_desktop.clock_input import could_become_clock, read_clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.recurrence import parse_phrase

START = dt.date(2027, 1, 1)


@pytest.mark.parametrize(
    ("typed", "time"),
    [("9", dt.time(9)), ("9.30", dt.time(9, 30)), ("09:30", dt.time(9, 30)),
     ("kl 9", dt.time(9)), ("Kl. 13.15", dt.time(13, 15)), ("0930", dt.time(9, 30))],
)  # fmt: skip
def test_the_ways_swedes_write_a_time(typed: str, time: dt.time) -> None:
    assert read_clock(typed) == time


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("kl 25", "Ogiltig tid: kl 25 – timmen måste vara 0–23."),
        ("25:00", "Ogiltig tid: 25:00 – timmen måste vara 0–23."),
        ("9.75", "Ogiltig tid: 9.75 – minuterna måste vara 00–59."),
        ("9:60", "Ogiltig tid: 9:60 – minuterna måste vara 00–59."),
        ("halv tio", "Ogiltig tid: halv tio – skriv den till exempel som 09.30."),
    ],
)
def test_a_wrong_time_is_named_in_one_line(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as error:
        read_clock(typed)
    assert error.value.message == message


@given(
    hour=st.integers(0, 99),
    minute=st.integers(0, 99),
    mark=st.sampled_from([".", ":"]),
    prefix=st.sampled_from(["", "kl ", "kl. "]),
    padded=st.booleans(),
)
@example(hour=24, minute=0, mark=":", prefix="", padded=True)
@example(hour=9, minute=60, mark=":", prefix="", padded=False)
def test_a_time_is_taken_exactly_when_the_clock_has_it(
    hour: int, minute: int, mark: str, prefix: str, padded: bool
) -> None:
    typed = f"{prefix}{hour:02d}" if padded else f"{prefix}{hour}"
    typed += f"{mark}{minute:02d}"
    phrase = f"varje tisdag kl {typed.removeprefix(prefix)}"
    if hour < 24 and minute < 60:
        assert read_clock(typed) == dt.time(hour, minute)
        if hour < 22:  # later, the meeting's default 1 h 30 min would pass midnight
            assert parse_phrase(phrase, starts_on=START).start_time == dt.time(hour, minute)
        return
    problem = "timmen måste vara 0–23" if hour > 23 else "minuterna måste vara 00–59"
    with pytest.raises(ValidationError) as error:
        read_clock(typed)
    assert error.value.message == f"Ogiltig tid: {typed} – {problem}."
    with pytest.raises(ValidationError) as refused:
        parse_phrase(phrase, starts_on=START)  # the phrase reader says it the same way
    assert refused.value.message.endswith(f" – {problem}.")


@pytest.mark.parametrize(
    ("typed", "could"),
    [("2", True), ("kl", True), ("kl 2", True), ("9.", True), ("9.3", True),
     ("9.7", False), ("9:6", False), ("25:", False), ("nio", False)],
)  # fmt: skip
def test_what_more_typing_could_make_a_time(typed: str, could: bool) -> None:
    # A time field refuses "9.7" as soon as it is typed: no key makes it a time.
    assert could_become_clock(typed) is could


@pytest.mark.parametrize("typed", ["", "   "])
def test_no_time_typed_is_said_as_such(typed: str) -> None:
    # `walks plan --end ''` read "Ogiltig tid: – – skriv den …": a dash for the empty text.
    with pytest.raises(ValidationError) as error:
        read_clock(typed, example="18.00")
    assert error.value.message == "Ingen tid är skriven – skriv den till exempel som 18.00."
