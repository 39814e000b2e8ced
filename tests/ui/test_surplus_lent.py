"""surplus_lent and lent_returned: a column given more width than its texts need lends what it
has over them to a text cut short, and takes back what nobody took, before the last column
stretches (an e-mail column of 240 px for 170 px of addresses beside a cut title)."""

from __future__ import annotations

from ui.widgets.column_widths import lent_returned, surplus_lent, surplus_shared

# name, title (cut: needs 310), organisation, e-mail (needs 170 of its 240)
GIVEN = {0: 170, 1: 210, 2: 230, 3: 240}
NEEDS = {0: 130, 1: 310, 2: 210, 3: 170}


def _shared(room: int, lowest: dict[int, int]) -> dict[int, int]:
    lent = surplus_lent(GIVEN, lowest)
    return lent_returned(surplus_shared(lent, NEEDS, room, (0, 1, 2, 3)), GIVEN, room)


def test_a_lender_narrows_to_its_texts_and_no_further() -> None:
    assert surplus_lent(GIVEN, {0: 130, 2: 210, 3: 170}) == {0: 130, 1: 210, 2: 210, 3: 170}
    # a floor above the texts' need (the title's letters): no narrower than that
    assert surplus_lent(GIVEN, {3: 180})[3] == 180
    # one narrower than it needs lends nothing, and does not grow
    assert surplus_lent({0: 100, 1: 210}, {0: 130}) == {0: 100, 1: 210}


def test_the_cut_text_gets_what_the_others_have_over_their_texts() -> None:
    lowest = {0: 130, 2: 210, 3: 170}  # the title itself lends nothing
    # no room over the given widths: 130 px lent, the title takes its 100 px
    widths = _shared(850, lowest)
    assert widths[1] == 310
    assert sum(widths.values()) == 850
    # the 30 px nobody took go back evenly: each lender keeps 10 px over its texts
    assert widths == {0: 140, 1: 310, 2: 220, 3: 180}


def test_a_lender_takes_back_at_most_what_it_gave() -> None:
    # the organisation lent 20 px; the others keep more of theirs
    widths = _shared(890, {0: 130, 2: 210, 3: 170})
    assert widths == {0: 155, 1: 310, 2: 230, 3: 195}
    assert all(widths[i] <= GIVEN[i] for i in (0, 2, 3))


def test_the_room_over_the_given_widths_is_taken_first() -> None:
    # a window with 100 px over the given widths: the title takes those; nobody lends
    assert _shared(950, {0: 130, 2: 210, 3: 170}) == {**GIVEN, 1: 310}
    # with 60 px, the lenders give the other 40 px: each keeps 35 px over its texts (the
    # organisation all its 20)
    assert _shared(910, {0: 130, 2: 210, 3: 170}) == {0: 165, 1: 310, 2: 230, 3: 205}


def test_pixels_a_level_cannot_share_go_left_to_right() -> None:
    assert lent_returned({0: 100, 1: 100, 2: 100}, {0: 110, 1: 110, 2: 110}, 305) == {
        0: 102,
        1: 102,
        2: 101,
    }


def test_nothing_to_take_changes_nothing() -> None:
    texts_whole = {0: 130, 1: 200, 2: 210, 3: 170}
    lent = surplus_lent(GIVEN, texts_whole)
    assert lent_returned(surplus_shared(lent, texts_whole, 850, (0, 1, 2, 3)), GIVEN, 850) == (
        GIVEN
    )
