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
    and statuses stay on one line unless the priority area needs their room to read whole on
    its two lines, or more of it (a date reads as well over its week, "2026-11-23" above
    "(v. 48)"); what is left over makes the priority area whole on its two lines, the titles
    shorter in lines, then every text whole on one line. ``dates``: the room of the due
    dates and of Status on one line, and on two."""
    floors = {
        TITLE: max(needs.title_lines, TITLE_FLOOR_WRAPPED),
        SOURCE: needs.two_lines[SOURCE],
        RESPONSIBLE: needs.two_lines[RESPONSIBLE],
    }
    # what each way of the dates (one line, two) leaves the priority area
    left = [
        (viewport - reserve - sum(floors.values()) - due, due, reserve) for due, reserve in dates
    ]
    whole = [option for option in left if option[0] >= needs.two_lines[AREA]]
    if whole:  # the first: the dates on one line where they leave it whole too
        area, due, reserve = whole[0]
    else:  # the most it can get ("Riktat arbete mot avgrän…" beside dates on one line)
        area, due, reserve = max(left, key=lambda option: option[0])
        if area < READABLE_TEXT:
            fitting = [option for option in left if option[0] >= 0]
            if not fitting:
                return None
            area, due, reserve = fitting[0]
    area_shown = area >= READABLE_TEXT
    widths = floors | {DUE: due} | ({AREA: READABLE_TEXT} if area_shown else {})
    room = viewport - reserve
    two = needs.two_lines | {TITLE: max(needs.two_lines[TITLE], floors[TITLE])}
    widths = surplus_shared(widths, two, room, (AREA, TITLE))
    widths = surplus_shared(widths, needs.one_line, room, GROWING)
    hidden = frozenset() if area_shown else frozenset({AREA})
    return OpenListFit(widths, hidden, reserve)
