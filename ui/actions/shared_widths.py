"""Åtgärder's columns shared out in the room the list leaves Status, as arithmetic (the table
measures its texts): each text's natural width where there is room, the title cut last and
least where there is not, a wide window's room over the natural widths to the texts cut short.
Beside a chosen action's pane a text is left out rather than cut to its first letters (the pane
shows it whole). With no action chosen, the list reads its texts whole first:
ui.actions.open_list_widths."""

from __future__ import annotations

from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, TITLE
from ui.actions.open_list_widths import READABLE_TEXT, TITLE_FLOOR_WRAPPED
from ui.actions.text_needs import GROWING, TextNeeds
from ui.widgets.column_widths import fitted_widths, surplus_shared

# Widths where there is room: the what and source columns get it, dates what they need. Status,
# the last column, stretches into what is left.
WIDTHS = {TITLE: 225, SOURCE: 160, RESPONSIBLE: 145, AREA: 115, DUE: 125}
# A wider window gives its room to the texts cut short, each up to its longest, in GROWING's
# order (the title is read first). Status keeps what its widest text needs; the rest once every
# text is whole.
TITLE_FLOOR = 180  # a narrow window cuts the other texts before the action's own
# A title cut on one line takes two, in rows all two lines high (at 1100 px beside the pane a
# title read "Beskära buskagen längs p…"), and needs less width (TITLE_FLOOR_WRAPPED), and the
# other texts keep READABLE_TEXT beside the vertical scroll bar the taller rows bring.
# In two-line rows of a window narrower than WIDTHS the title gives way, down to TITLE_FLOOR_WRAPPED, to these columns' longest
# texts on two lines: who answers for an action is what a coordinator scans for ("Peter
# Nyström · Östermalms stadsde…" at 1280 px). The source has its own rule (``fitted``).
WHOLE_ON_TWO_LINES = (RESPONSIBLE,)
# Under READABLE_TEXT beside the pane the source, then the priority area, are left out rather
# than cut so, and the source is not kept whole at that cost.
# In two-line rows the source reads whole on its two lines or not at all beside the pane (which
# shows it whole): its place, what tells the rows apart, read "Trygghetsvandring / 2021-05-18,
# Gyllensti…" at 1280 px. Beside the pane a responsible's longest word reads whole too
# ("Stockholmsh…" at 1024 px), and the priority area gives way where it would be under
# READABLE_TEXT; the pane shows both. Left out in this order beside the pane, but the source
# is kept whole in place of the priority area where that is room enough (1280 px).
LEFT_OUT_BESIDE_PANE = (SOURCE, AREA)

Fit = tuple[dict[int, int], frozenset[int]]  # the columns' widths, and those left out


def fitted(
    floors: dict[int, int],
    room: int,
    needs: dict[int, int],
    measured: TextNeeds,
    beside_pane: bool,
    natural: dict[int, int] = WIDTHS,
    whole_source: bool = False,
) -> Fit:
    """The columns' widths in ``room`` (Status's aside), and the columns left out. Beside
    the pane the responsible keeps room for its longest word, and the source, then the
    priority area, are left out where a text would be cut to its first letters ("Möte
    2…"); with ``whole_source`` (two-line rows) the source is kept only whole on its two
    lines (``_whole_source``). A wide window's room over WIDTHS goes to the texts up to
    their ``needs``. ``natural``: the widths where there is room (WIDTHS, the date's maybe
    less); ``measured``: the texts' room in the list's first page."""
    hidden: frozenset[int] = frozenset()
    if beside_pane:  # every word of who answers whole ("Stockholmsh…" at 1024 px)
        word = measured.word
        natural = natural | {RESPONSIBLE: max(natural[RESPONSIBLE], word)}
        floors = floors | {RESPONSIBLE: word}
        if whole_source:
            kept = _whole_source(floors, room, needs, natural, measured.two_lines[SOURCE])
            if kept is not None:
                return kept
            hidden = frozenset({SOURCE})  # left out rather than cut mid-word
            natural = {c: w for c, w in natural.items() if c != SOURCE}
    widths = _shared(natural, floors, room, needs)
    for column in LEFT_OUT_BESIDE_PANE if beside_pane else ():
        if min(widths.get(c, READABLE_TEXT) for c in (SOURCE, AREA)) >= READABLE_TEXT:
            break
        hidden |= {column}
        natural = {c: w for c, w in natural.items() if c not in hidden}
        widths = _shared(natural, floors, room, needs)
    return widths, hidden


def _whole_source(
    floors: dict[int, int], room: int, needs: dict[int, int], natural: dict[int, int], whole: int
) -> Fit | None:
    """Beside the pane in two-line rows: the widths with the source's longest text whole
    on two lines (``whole``), the responsible and the priority area keeping READABLE_TEXT and
    the titles theirs on two lines (``needs``), or else the priority area left out (at 1440
    px a title read "… i kontinuit…" for a priority area cut short itself); None if even
    that leaves no room."""
    floors = floors | {SOURCE: whole}
    natural = natural | {SOURCE: max(natural[SOURCE], whole)}
    for left_out in (frozenset(), frozenset({AREA})):
        shown = {c: w for c, w in natural.items() if c not in left_out}
        # (a wide window's room over it to who answers rather than to its one line)
        widths = _shared(shown, floors, room, needs | {SOURCE: whole})
        readable = min(widths.get(c, READABLE_TEXT) for c in (RESPONSIBLE, AREA))
        titles_whole = bool(left_out) or widths[TITLE] >= needs[TITLE]
        if sum(widths.values()) <= room and readable >= READABLE_TEXT and titles_whole:
            return widths, left_out
    return None


def _shared(
    natural: dict[int, int], floors: dict[int, int], room: int, needs: dict[int, int]
) -> dict[int, int]:
    """``natural`` fitted into ``room`` (the title, read first, cut least); a wide window's
    room over WIDTHS to the texts up to their ``needs``, not to Status."""
    widths = fitted_widths(natural, floors, room, frozenset({TITLE}))
    if sum(WIDTHS.values()) < room:
        widths = surplus_shared(widths, needs, room, GROWING)
    return widths


def title_gives_way(widths: dict[int, int], two_lines: dict[int, int]) -> dict[int, int]:
    """``widths`` (two-line rows) with the title narrowed to TITLE_FLOOR_WRAPPED and its room
    handed to WHOLE_ON_TWO_LINES up to their longest texts on two lines (``two_lines``); the
    rest back to the title. A hidden source (missing from ``widths``) gets none."""
    lowered = widths | {TITLE: min(widths[TITLE], TITLE_FLOOR_WRAPPED)}
    needs = two_lines | {TITLE: widths[TITLE]}
    return surplus_shared(lowered, needs, sum(widths.values()), (*WHOLE_ON_TWO_LINES, TITLE))
