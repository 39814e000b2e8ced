"""Numbers and dates as Swedish writes them."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import (
    clock_held,
    display_datetime,
    local_datetime,
    span_held,
    thousands,
    unheld,
)


def test_thousands_are_grouped_by_a_no_break_space() -> None:
    assert thousands(6278) == "6\u00a0278"
    assert thousands(1_000_000) == "1\u00a0000\u00a0000"
    assert thousands(999) == "999"
    assert thousands(0) == "0"


def test_local_datetime_is_stockholm_time_to_the_minute() -> None:
    assert local_datetime(dt.datetime(2026, 3, 12, 13, 5, 59, tzinfo=dt.UTC)) == "2026-03-12 14:05"
    assert local_datetime(dt.datetime(2026, 7, 12, 22, 59, 59, 999999)) == "2026-07-13 00:59"
    assert local_datetime(None) == ""


def test_the_window_writes_the_clock_with_a_dot_and_the_command_line_with_a_colon() -> None:
    at = dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.UTC)
    assert display_datetime(at) == "2026-11-30 17.00"
    assert local_datetime(at) == "2026-11-30 17:00"  # the command line's text and files
    assert display_datetime(None) == ""


def test_a_span_held_for_the_window_keeps_its_words_and_no_break_beside_its_dash() -> None:
    title = span_held("Vecka 1, 2027 · mån 4 jan – sön 10 jan")
    # breaks only at "·": a joiner after the dash too, a line broke there before a no-break space
    assert title == "Vecka 1, 2027 · mån 4 jan\u00a0–\u2060\u00a0sön 10 jan"
    assert span_held("vecka 49–53") == "vecka 49–\u206053"
    assert span_held("kl. 09.00–10.30") == "kl. 09.00–\u206010.30"  # one joiner, as clock_held
    assert unheld(span_held("vecka 49–53")) == "vecka 49–53"


def test_a_rule_held_for_the_window_keeps_a_span_of_months_whole() -> None:
    rule = "Första måndagen varje månad kl. 14.00–15.30, utom juni–augusti"
    held = clock_held(rule)  # a line broke after "juni–"
    assert held == "Första måndagen varje månad kl.\u00a014.00–\u206015.30, utom juni–\u2060augusti"
    assert unheld(held).replace("\u00a0", " ") == rule
