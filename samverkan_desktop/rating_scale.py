"""A walk's rating scale, 0–3: each value's word and colour, one place for the checklist form,
the report and the window's keys (the colours as hex, for ReportLab and Qt alike)."""

from __future__ import annotations

from samverkan_desktop.i18n import N_, _

RATING_COLOURS = {0: "#f6c9c4", 1: "#fbe2bf", 2: "#eef2c4", 3: "#cfe8d3"}
RATING_WORDS = {0: N_("bad"), 1: N_("poor"), 2: N_("acceptable"), 3: N_("good")}


def scale_labels() -> list[tuple[int, str]]:
    """0–3 with their words, translated when asked for."""
    return [(value, _(word)) for value, word in RATING_WORDS.items()]


def scale_line(separator: str = " · ") -> str:
    """The scale in a line of text: "0 = dåligt · 1 = bristfälligt · 2 = godtagbart · 3 = bra"."""
    return separator.join(f"{value} = {word}" for value, word in scale_labels())


def rating_colour(value: float) -> str:
    """The colour of a rating or of a mean of ratings (rounded, within 0–3)."""
    return RATING_COLOURS[max(0, min(3, round(value)))]
