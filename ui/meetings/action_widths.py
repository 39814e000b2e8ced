"""A meeting's action tables' columns from their texts, as arithmetic (the table measures the
texts): the title, what a coordinator reads first, on as few lines as the window allows, Status
as wide as its one word. At 1024 px the title read on four lines beside a Status column half
empty and "Möte / 2026-12-01 / (v. 49) 09.00"; the Åtgärder area fits its list the same way
(ui.actions.open_list_widths)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ui.actions.open_list_widths import READABLE_TEXT
from ui.widgets.column_widths import surplus_shared

Plan = Mapping[int, int]  # the lines of each column shown, by column; the last one stretches


def planned_widths(
    viewport: int,
    needs: Mapping[int, Mapping[int, int]],
    plans: Sequence[Plan],
    grow: Sequence[int],
) -> tuple[dict[int, int], int] | None:
    """The widths of the first of ``plans`` whose columns fit ``viewport`` (``needs[column]
    [lines]``: the room its texts need on that many lines), but the stretching one's, and
    that column: the plan's last, given its room or READABLE_TEXT. What is left over grows the
    ``grow`` columns onto one line in turn (a wide window), the stretching column keeping its
    room. None where no plan fits (the table squeezes as any)."""
    for plan in plans:
        *shown, stretching = sorted(plan)
        widths = {column: needs[column][plan[column]] for column in shown}
        kept = max(READABLE_TEXT, needs[stretching][plan[stretching]])
        if sum(widths.values()) + kept <= viewport:
            grown = [c for c in grow if c in widths]
            ones = {c: needs[c][1] for c in grown}
            return surplus_shared(widths, ones, viewport - kept, grown), stretching
    return None
