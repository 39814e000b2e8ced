"""A row's height counts the lines its cell is drawn on: ``lines_needed`` (one text layout for
all its lines, remembered per width by ``LineCounter``) gives as many lines as ``on_lines``
draws, for any words in any width."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from ui.widgets.two_lines import LINE_BREAK, LineCounter, lines_needed, on_lines

WORDS = [
    "Ta",
    "fram",
    "polisens",
    "statistik",
    "över",
    "bedrägerier",
    "mot",
    "äldre",
    "i",
    "Stockholmshem",
    "samverkansöverenskommelsen",
    "(RAKEL,",
    "–",
    "Östermalms",
    "B",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
    width=st.integers(min_value=20, max_value=400),
    limit=st.integers(min_value=1, max_value=4),
)
def test_lines_counted_are_the_lines_drawn(
    qapp: QApplication, words: list[str], width: int, limit: int
) -> None:
    text = " ".join(words)
    font = qapp.font()
    drawn = len(on_lines(text, font, width, limit).split(LINE_BREAK))
    assert lines_needed(text, font, width, limit) == drawn
    counter = LineCounter(font)
    assert counter.lines(text, width, limit) == drawn
    assert counter.lines(text, width, limit) == drawn  # (remembered)
