"""wrapped_made_whole: the room left over the columns goes to a wrapping column only as far as
it makes one of its texts read on one line; a text that would wrap all the same gets nothing
(the walks' "Vasastan (Norrmalm)" was 2 px short while a place 128 px short took them)."""

from __future__ import annotations

from ui.widgets.column_widths import wrapped_made_whole

WIDTHS = {0: 183, 1: 135, 2: 150}


def test_a_column_grows_to_the_widest_text_the_room_makes_whole() -> None:
    needs = {0: [150, 170, 311], 1: [100, 136]}
    # 3 px: the place's 311 px text wraps all the same; the area's 136 px one reads whole
    assert wrapped_made_whole(WIDTHS, needs, 471, (0, 1)) == {0: 183, 1: 136, 2: 150}


def test_the_first_column_takes_what_it_needs_before_the_next_gets_any() -> None:
    needs = {0: [311], 1: [137]}
    assert wrapped_made_whole(WIDTHS, needs, 600, (0, 1)) == {0: 311, 1: 137, 2: 150}
    assert wrapped_made_whole(WIDTHS, needs, 600, (1, 0)) == {0: 311, 1: 137, 2: 150}
    # 1 px too few for both: the first in the order reads whole, the other wraps
    assert wrapped_made_whole(WIDTHS, needs, 597, (0, 1)) == {0: 311, 1: 135, 2: 150}
    assert wrapped_made_whole(WIDTHS, needs, 597, (1, 0)) == {0: 183, 1: 137, 2: 150}


def test_no_room_a_hidden_column_or_no_texts_change_nothing() -> None:
    assert wrapped_made_whole(WIDTHS, {0: [200]}, 468, (0,)) == WIDTHS
    assert wrapped_made_whole(WIDTHS, {3: [200]}, 900, (3,)) == WIDTHS
    assert wrapped_made_whole(WIDTHS, {}, 900, (0, 1)) == WIDTHS
