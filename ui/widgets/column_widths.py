"""The widths of a list's columns, as arithmetic (no Qt): squeezed to fit a narrow table
(``fitted_widths``), grown into the room a wide one leaves over them (``surplus_shared``).
The tables measure their texts; these decide who gives way and who gets the room."""

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
