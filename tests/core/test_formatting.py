"""Numbers and dates as Swedish writes them."""

from __future__ import annotations

from samverkan_desktop.formatting import thousands


def test_thousands_are_grouped_by_a_no_break_space() -> None:
    assert thousands(6278) == "6\u00a0278"
    assert thousands(1_000_000) == "1\u00a0000\u00a0000"
    assert thousands(999) == "999"
    assert thousands(0) == "0"
