"""Åtgärder's columns with no action chosen, in rows two lines high (a text cut on one line),
as arithmetic (the table measures its texts). With no pane beside the list, the list is
all a coordinator reads: the action's title and where it came from with its place tell the
rows apart ("Trygghetsvandring 2021-05-18, Gyllensti…" at 1280 px did not), and who answers
is what they scan for. So the source and the responsible read whole on two lines and every
title whole on its lines; the priority area gets what is left, on two lines, or is left out
where that would be fewer than READABLE_TEXT pixels (the filter above the list names it)."""

from __future__ import annotations

from dataclasses import dataclass

from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, TITLE
from ui.actions.text_needs import GROWING, TextNeeds
from ui.widgets.column_widths import surplus_shared

# Under this the texts read "Möte 2…", "Riktat…" (beside the pane too: ui.actions.table).
READABLE_TEXT = 90
TITLE_FLOOR_WRAPPED = 160  # a title on two lines at the least: 160 px hold some 45 letters


@dataclass(frozen=True)
class OpenListFit:
    widths: dict[int, int]  # every shown column but Status, which stretches
    hidden: frozenset[int]
    reserve: int  # Status's room


def open_list_fit(
    viewport: int, needs: TextNeeds, dates: tuple[tuple[int, int], tuple[int, int]]
) -> OpenListFit | None:
    """The widths in ``viewport``, or None where even the title, the source and the
    responsible whole leave no room (a laptop's window: the texts give way there). The dates
    and statuses stay on one line unless the priority area needs their room; what is left
    over makes the titles shorter in lines, then the priority area whole on its two lines,
    then every text whole on one line. ``dates``: the room of the due dates and of Status on
    one line, and on two."""
    floors = {
        TITLE: max(needs.title_lines, TITLE_FLOOR_WRAPPED),
        SOURCE: needs.two_lines[SOURCE],
        RESPONSIBLE: needs.two_lines[RESPONSIBLE],
    }
    chosen: tuple[int, int, bool] | None = None  # due, reserve, the area shown
    for due, reserve in dates:  # the area readable, the dates on one line if can be
        if viewport - reserve - sum(floors.values()) - due >= READABLE_TEXT:
            chosen = (due, reserve, True)
            break
    if chosen is None:
        for due, reserve in dates:
            if viewport - reserve - sum(floors.values()) - due >= 0:
                chosen = (due, reserve, False)
                break
    if chosen is None:
        return None
    due, reserve, area_shown = chosen
    widths = floors | {DUE: due} | ({AREA: READABLE_TEXT} if area_shown else {})
    room = viewport - reserve
    two = needs.two_lines | {TITLE: max(needs.two_lines[TITLE], floors[TITLE])}
    widths = surplus_shared(widths, two, room, (TITLE, AREA))
    widths = surplus_shared(widths, needs.one_line, room, GROWING)
    hidden = frozenset() if area_shown else frozenset({AREA})
    return OpenListFit(widths, hidden, reserve)
