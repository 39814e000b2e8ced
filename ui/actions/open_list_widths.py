"""Åtgärder's columns with no action chosen, in rows two lines high or more (a text cut on one
line), as arithmetic (the table measures its texts). With no pane beside the list, the list is
all a coordinator reads: the action's title and where it came from with its place tell the
rows apart ("Trygghetsvandring 2021-05-18, Gyllensti…" at 1280 px did not), and who answers
is what they scan for. So the source and the responsible read whole on two lines, or on a
row's three where that is what leaves room (a 1024-pixel screen; the priority area whole at
1366 px), and every title whole on its lines; the priority area reads whole on two lines or
is left out (the filter above the list names it): "Riktat arbete / mot avgränsade p…" at
1366 px told less than no column."""

from __future__ import annotations

from dataclasses import dataclass

from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, TITLE
from ui.actions.text_needs import GROWING, TextNeeds
from ui.widgets.column_widths import surplus_shared

# Under this the texts read "Möte 2…", "Riktat…" (beside the pane too: ui.actions.shared_widths).
READABLE_TEXT = 90
TITLE_FLOOR_WRAPPED = 160  # a title on two lines at the least: 160 px hold some 45 letters
# Where not even that leaves room (a window 900 px wide), the title on its three lines at the
# least: some 60 letters, the rest in its tooltip.
TITLE_FLOOR_NARROW = 120

Dates = tuple[tuple[int, int], tuple[int, int]]


@dataclass(frozen=True)
class OpenListFit:
    widths: dict[int, int]  # every shown column but Status, which stretches
    hidden: frozenset[int]
    reserve: int  # Status's room


def open_list_fit(viewport: int, needs: TextNeeds, dates: Dates) -> OpenListFit | None:
    """The widths in ``viewport``, or None where even the title, the source and the
    responsible whole leave no room. The dates and statuses stay on one line unless the
    others need their room (a date reads as well over its week, "2026-11-23" above "(v. 48)").
    In turn: the priority area whole on two lines beside the sources and responsibles on two,
    then on three; else left out, the others on two lines, then on three. What is left over
    makes the titles, sources and responsibles shorter in lines, then every text whole on one
    line. ``dates``: the room of the due dates and of Status on one line, and on two."""
    on_two = {
        TITLE: max(needs.title_lines, TITLE_FLOOR_WRAPPED),
        SOURCE: needs.two_lines[SOURCE],
        RESPONSIBLE: needs.two_lines[RESPONSIBLE],
    }
    # (as many lines as a row's title may take: no row taller for them than for a title)
    on_three = on_two | {c: needs.on_lines.get(c, on_two[c]) for c in (SOURCE, RESPONSIBLE)}
    area = needs.two_lines[AREA]
    for floors, area_shown in (
        (on_two, True),
        (on_three, True),
        (on_two, False),
        (on_three, False),
    ):
        shown = floors | ({AREA: area} if area_shown else {})
        for due, reserve in dates:  # the dates on one line where that leaves room
            if sum(shown.values()) + due + reserve <= viewport:
                return _grown(viewport, needs, shown | {DUE: due}, reserve)
    return None


def _grown(viewport: int, needs: TextNeeds, widths: dict[int, int], reserve: int) -> OpenListFit:
    """``widths`` grown into the room they leave: the texts on fewer lines, then on one."""
    room = viewport - reserve
    two = needs.two_lines | {TITLE: max(needs.two_lines[TITLE], widths[TITLE])}
    widths = surplus_shared(widths, two, room, (TITLE, SOURCE, RESPONSIBLE))
    widths = surplus_shared(widths, needs.one_line, room, GROWING)
    hidden = frozenset() if AREA in widths else frozenset({AREA})
    return OpenListFit(widths, hidden, reserve)


def narrow_list_fit(viewport: int, needs: TextNeeds, dates: Dates) -> OpenListFit | None:
    """Where ``open_list_fit`` finds no room: who answers and where each action came from whole
    on a row's three lines, the dates over their weeks, the priority area left out; the title,
    the long free text, takes the rest and ends in "…" on its third line where it needs more.
    At 900 px "Östermalms stadsdelsförvalt…" and "Trygghetsvand… / 2021-05-18, Gyllenstiernsg…"
    were cut for every column's share. None where the title would have under
    TITLE_FLOOR_NARROW."""
    due, reserve = dates[-1]
    shown = {SOURCE: needs.on_lines[SOURCE], RESPONSIBLE: needs.on_lines[RESPONSIBLE], DUE: due}
    title = viewport - reserve - sum(shown.values())
    if title < TITLE_FLOOR_NARROW:
        return None
    return OpenListFit(shown | {TITLE: title}, frozenset({AREA}), reserve)
