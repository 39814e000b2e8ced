"""The widths of a list's columns, as arithmetic (no Qt): squeezed to fit a narrow table
(``fitted_widths``), grown into the room a wide one leaves over them (``surplus_shared``),
the room a column was given over its texts lent to the others (``surplus_lent``) and what
nobody took given back (``lent_returned``). The tables measure their texts; these decide who
gives way and who gets the room."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def fitted_widths(
    natural: dict[int, int],
    floors: dict[int, int],
    room: int,
    wide: frozenset[int] = frozenset(),
    first: dict[int, int] | None = None,
) -> dict[int, int]:
    """The columns' widths, each cut to one cap but never below its floor, with the largest cap
    that fits ``room`` (or the floors, when even they do not fit). The ``wide`` columns (whose
    text wraps, as a group's name, or the one a reader scans, as an action's title) get half as
    much again as the cap. The ``first`` columns (counts) give way before any other, down to
    the widths given there (their figures, their title on two lines): a count kept the width of
    its one-line title while the place beside it was cut."""
    if sum(natural.values()) <= room:
        return dict(natural)
    if first:
        compact = {i: min(width, first.get(i, width)) for i, width in natural.items()}
        if sum(compact.values()) <= room:
            return _largest_fit(
                natural,
                room,
                lambda cap: {
                    i: min(width, max(cap, compact[i])) if i in first else width
                    for i, width in natural.items()
                },
            )
        natural = compact

    return _largest_fit(
        natural,
        room,
        lambda cap: {
            i: min(width, max(cap * 3 // 2 if i in wide else cap, floors.get(i, 0)))
            for i, width in natural.items()
        },
    )


def surplus_shared(
    widths: dict[int, int], needs: dict[int, int], room: int, order: Sequence[int]
) -> dict[int, int]:
    """The columns' widths grown into what ``room`` leaves over them: the columns of ``order``
    in turn, each up to what its longest text ``needs``; the first takes what it needs before
    the next gets any (an action's title is read first). What is left, if any, is the last
    column's, which stretches. Columns missing from ``widths`` (hidden) get nothing."""
    grown = dict(widths)
    surplus = room - sum(widths.values())
    for column in order:
        if surplus <= 0:
            break
        if column in grown:
            given = min(surplus, max(needs.get(column, 0) - grown[column], 0))
            grown[column] += given
            surplus -= given
    return grown


def surplus_lent(widths: dict[int, int], lowest: dict[int, int]) -> dict[int, int]:
    """``widths`` with each column of ``lowest`` narrowed to the width given there (what its
    texts and title need) if it is wider: the room it had over them is the others' to share
    (an e-mail column of 240 px for 170 px of addresses beside a title cut short)."""
    return {i: min(width, lowest.get(i, width)) for i, width in widths.items()}


def lent_returned(grown: dict[int, int], given: dict[int, int], room: int) -> dict[int, int]:
    """``grown`` (the widths after sharing) with what ``room`` leaves over them given back to
    the columns that lent room (narrower there than in ``given``), up to their given widths,
    before the last column stretches into it. What the others took is lent evenly: each
    lender keeps as much room over its texts as the others, or all it had."""
    lent = {i: given[i] - width for i, width in grown.items() if i in given and width < given[i]}
    back = min(room - sum(grown.values()), sum(lent.values()))
    if back <= 0:
        return dict(grown)
    # the highest level of room over its texts every lender may keep (or all it lent)
    low, high = 0, max(lent.values())
    while low < high:
        middle = (low + high + 1) // 2
        if sum(min(amount, middle) for amount in lent.values()) <= back:
            low = middle
        else:
            high = middle - 1
    returned = dict(grown)
    left = back
    for i, amount in lent.items():
        returned[i] += min(amount, low)
        left -= min(amount, low)
    for i, amount in lent.items():  # the pixels a level does not share out: left to right
        if left > 0 and amount > low:
            returned[i] += 1
            left -= 1
    return returned


def _largest_fit(
    natural: dict[int, int], room: int, cut: Callable[[int], dict[int, int]]
) -> dict[int, int]:
    """``cut`` with the largest cap whose widths fit ``room`` (the smallest cap if none)."""
    low, high = 0, max(natural.values(), default=0)
    while low < high:
        middle = (low + high + 1) // 2
        if sum(cut(middle).values()) <= room:
            low = middle
        else:
            high = middle - 1
    return cut(low)


def wrapped_made_whole(
    widths: dict[int, int], text_needs: dict[int, list[int]], room: int, order: Sequence[int]
) -> dict[int, int]:
    """``widths`` with the wrapping columns of ``order`` in turn grown into what ``room``
    leaves over them, each as far as the widest of its texts (``text_needs``: the room each
    needs on one line) that then reads on one line: a text that would wrap all the same gains
    nothing from a few pixels ("Vasastan (Norrmalm)" 2 px short beside a place 128 px short)."""
    grown = dict(widths)
    for column in order:
        free = room - sum(grown.values())
        if free <= 0:
            break
        if column in grown:
            fitting = [need for need in text_needs.get(column, []) if need <= grown[column] + free]
            grown[column] = max([grown[column], *fitting])
    return grown
