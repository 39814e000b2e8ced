"""surplus_shared: the room a wide window leaves over the columns' widths goes to the texts in
turn, each up to what its longest text needs; the rest stays for the last, stretching column."""

from __future__ import annotations

from ui.widgets.column_widths import surplus_shared

WIDTHS = {0: 200, 1: 150, 2: 100, 3: 120}


def test_the_first_column_takes_what_it_needs_before_the_next_gets_any() -> None:
    needs = {0: 300, 1: 250, 2: 130}
    assert surplus_shared(WIDTHS, needs, 700, (0, 1, 2)) == {0: 300, 1: 180, 2: 100, 3: 120}


def test_no_column_grows_past_its_longest_text() -> None:
    needs = {0: 230, 1: 140, 2: 130}  # the second's texts are whole already
    # 1000 px: what is left over (540 px) stays for the stretching column
    assert surplus_shared(WIDTHS, needs, 1000, (0, 1, 2)) == {0: 230, 1: 150, 2: 130, 3: 120}


def test_a_hidden_column_and_one_not_named_get_nothing() -> None:
    shown = {c: w for c, w in WIDTHS.items() if c != 1}
    needs = {0: 210, 1: 400, 2: 110, 3: 500}
    assert surplus_shared(shown, needs, 1000, (0, 1, 2)) == {0: 210, 2: 110, 3: 120}


def test_no_room_over_the_widths_changes_nothing() -> None:
    assert surplus_shared(WIDTHS, {0: 400}, 560, (0,)) == WIDTHS
    assert surplus_shared(WIDTHS, {0: 400}, 500, (0,)) == WIDTHS
