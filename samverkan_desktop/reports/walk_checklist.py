"""The blank checklist people carry on a safety walk.

A4: a cover with the facts, the rating scale and the route; one page per stop with the walk's
checklist points, tick boxes 0–3, ruled lines for notes and a box for a sketch; last, the
participants' list to sign. A walk without a route gets blank stop pages to fill in by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table, TableStyle
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import EMPTY, long_date_with_week, with_clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.rating_scale import scale_labels  # printed on every form
from samverkan_desktop.reports.continued import ContinuedTable
from samverkan_desktop.reports.people_cells import person_over_organisation
from samverkan_desktop.reports.style import (
    ACCENT,
    HEAD_FILL,
    INK,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    WARN_HEX,
    Document,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    spacer,
    table,
    warning,
)
from samverkan_desktop.reports.walk_parts import date_or_dash
from samverkan_desktop.services import (
    walk_actions,
    walk_reading,
    walk_records,
    walk_route,
    walk_rows,
)

BLANK_STOPS = 3  # pages to fill in by hand when no route is planned
SIGN_ROWS = 20  # the method: at most about 20 people on a walk
WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
NAME_WIDTH = 55 * mm  # the participants' list's name column


class TickBox(Flowable):
    """An empty square to tick, with its number above."""

    def __init__(self, number: int, size: float = 4.6 * mm) -> None:
        super().__init__()
        self.number = number
        self.size = size
        self.width = size
        self.height = size + 3.4 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.size, self.size)
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(self.size / 2, self.size + 1.1 * mm, str(self.number))


class RuledLines(Flowable):
    """Lines to write on."""

    def __init__(self, count: int, width: float, spacing: float = 7 * mm) -> None:
        super().__init__()
        self.count = count
        self.width = width
        self.spacing = spacing
        # Room to write above the lowest line too.
        self.height = count * spacing + 1 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        for line in range(self.count):
            y = line * self.spacing
            canvas.line(0, y, self.width, y)


class WriteInLine(Flowable):
    """A line to write a name on, with a faint caption under it: an organisation taking part
    with no named person gets one, so whoever comes for it writes their name on the spot."""

    def __init__(self, width: float, caption: str) -> None:
        super().__init__()
        self.width = width
        self.caption = caption
        self.height = 7 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.line(0, 2.6 * mm, self.width, 2.6 * mm)
        canvas.setFont("Helvetica", 6.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(0, 0, self.caption)


class SketchBox(Flowable):
    """A framed area with a faint dot grid for a sketch of the place."""

    def __init__(self, width: float, height: float, label: str) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.label = label

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFillColor(RULE)
        step = 5 * mm
        x = step
        while x < self.width:
            y = step
            while y < self.height - 6 * mm:
                canvas.circle(x, y, 0.25, stroke=0, fill=1)
                y += step
            x += step
        canvas.setFont("Helvetica-Bold", 8.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(2.5 * mm, self.height - 4.5 * mm, self.label)


def _tick_boxes() -> Table:
    boxes = Table([[TickBox(n) for n in range(4)]], colWidths=[7.5 * mm] * 4)
    boxes.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 1.4 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return boxes


def _stop_grid(items: list[walk_records.ChecklistItemRow]) -> Table:
    point_width = 62 * mm
    box_width = 31 * mm
    note_width = WIDTH - point_width - box_width
    rows: list[list[Any]] = [
        [
            paragraph(_("Checklist point"), "cell_bold"),
            paragraph(_("Rating 0–3"), "cell_bold"),
            paragraph(_("What do you see? Where exactly?"), "cell_bold"),
        ]
    ]
    for item in items:
        point = [markup(f"<b>{item.position}. {escape(item.title)}</b>", "cell")]
        if item.guidance:
            point.append(paragraph(item.guidance, "small"))
        rows.append([point, _tick_boxes(), RuledLines(2, note_width - 4 * mm, 6.5 * mm)])
    grid = ContinuedTable(rows, colWidths=[point_width, box_width, note_width], repeatRows=1)
    grid.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("VALIGN", (1, 1), (1, -1), "MIDDLE"),
                ("VALIGN", (2, 1), (2, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                # The row's own rule is the notes' lowest line.
                ("BOTTOMPADDING", (2, 1), (2, -1), 0),
            ]
        )
    )
    return grid


def _stop_page(
    number: int | None,
    name: str | None,
    description: str | None,
    items: list[walk_records.ChecklistItemRow],
) -> list[Flowable]:
    if name is None:
        title = _("Stop ____ : ________________________________________")
    else:
        title = _("Stop {number}: {name}").format(number=number, name=name)
    story: list[Flowable] = [heading(title)]
    if description:
        story.append(paragraph(description, "small"))
        story.append(spacer(1.5))
    if items:
        story.append(_stop_grid(items))
    else:
        story.append(paragraph(_("This walk has no checklist: write what you see."), "small"))
        story.append(RuledLines(12, WIDTH))
    story.append(spacer(4))
    story.append(CondPageBreak(66 * mm))
    story.append(SketchBox(WIDTH, 44 * mm, _("Sketch: where is the problem? Mark it with an X")))
    story.append(spacer(3))
    story.append(paragraph(_("Other observations at this stop"), "cell_bold"))
    story.append(spacer(1))
    story.append(spacer(5))
    story.append(RuledLines(2, WIDTH))
    return story


def _cancelled(walk: walk_rows.WalkDetail) -> list[Flowable]:
    """A cancelled walk's checklist says so at the top, with why, as a cancelled meeting's
    agenda does: a sheet printed before the cancellation must not send anyone out."""
    if walk.status is not WalkStatus.CANCELLED:
        return []
    text = _("The walk is cancelled.")
    if walk.cancel_reason:
        text += " " + walk.cancel_reason
    return [warning(text)]


def _cover(
    walk: walk_rows.WalkDetail,
    stops: list[walk_route.StopRow],
    sheet: walk_records.ChecklistSheet,
) -> list[Flowable]:
    when = with_clock(long_date_with_week(walk.date), walk.start_time, walk.end_time)
    organiser = ", ".join(
        part for part in (walk.organiser, walk.organiser_title, walk.organiser_organisation) if part
    )
    scale = "   ".join(f"<b>{n}</b> = {escape(label)}" for n, label in scale_labels())
    story: list[Flowable] = [
        paragraph(_("Safety walk – checklist"), "title"),
        paragraph(walk.place + (f", {walk.area}" if walk.area else ""), "subtitle"),
        *_cancelled(walk),
        facts(
            [
                (_("When"), when),
                (_("Meeting point"), walk.meeting_point or EMPTY),
                (_("Light"), _(walk.light.label)),
                (_("Format"), _(walk.format.label)),
                (_("Organiser"), organiser or EMPTY),
                (_("Checklist"), sheet.name or EMPTY),
            ]
        ),
        heading(_("How to fill in the checklist")),
    ]
    if sheet.items:
        story += [
            paragraph(
                _(
                    "At every stop, rate each point by ticking one box. Higher is safer. Write "
                    "what you see and where, so that the right owner can act on it. Mark "
                    "problems on the sketch. Take photos if you can, and note the photo's "
                    "number here."
                )
            ),
            markup(scale),
        ]
    else:  # no points, no boxes to tick: only what is seen, and where
        story.append(
            paragraph(
                _(
                    "At every stop, write what you see and where, so that the right owner can "
                    "act on it. Mark problems on the sketch. Take photos if you can, and note "
                    "the photo's number here."
                )
            )
        )
    if walk.purpose:
        story += [heading(_("Purpose of the walk")), paragraph(walk.purpose)]
    story.append(heading(_("Route")))
    if stops:
        story.append(
            table(
                [_("Stop"), _("Place"), _("Look especially at")],
                [(str(s.position), s.name, s.description or "") for s in stops],
                col_widths_mm=[14, 60, WIDTH / mm - 74],
            )
        )
    else:
        story.append(paragraph(_("The route is decided on the spot: note each stop's name.")))
    return story


def _due_cell(action: walk_actions.WalkActionRow, today: dt.date) -> Any:
    """The due day; past it, in red with "försenad" under it."""
    if not action.is_overdue(today):
        return date_or_dash(action.due_on)
    late = f"{date_or_dash(action.due_on)}<br/>{escape(_('overdue'))}"
    return markup(f'<font color="{WARN_HEX}">{late}</font>', "cell")


def _earlier_open_actions(
    session: Session, walk: walk_rows.WalkDetail, today: dt.date
) -> list[Flowable]:
    """A walk with an earlier one at its place (the one its Follow-up tab compares with): the
    earlier walks' remedial actions still open, each with its own walk's date, to check on
    site whether they were done after all (the walkers had only the report at the office).
    One past its due day says "försenad" in red, as the walk report and the action lists do."""
    result = walk_actions.follow_up_actions(session, walk.id)
    if result.earlier is None or not result.still_open:
        return []
    rows = [
        (
            a.title,
            person_over_organisation(a.responsible_person, a.responsible_organisation),
            date_or_dash(result.walked_on(a)),
            _due_cell(a, today),
            "",
        )
        for a in result.still_open
    ]
    return [
        CondPageBreak(40 * mm),
        heading(_("Still open from earlier walks at the place")),
        paragraph(_("Check on site whether each has been done, and note what you see."), "small"),
        spacer(2),
        table(
            [_("Action"), _("Responsible"), _("Walk"), _("Due"), _("Done on site?")],
            rows,
            col_widths_mm=[55, 38, 22, 22, WIDTH / mm - 137],
        ),
    ]


def _signatures(walk: walk_rows.WalkDetail, people: list[walk_route.ParticipantRow]) -> list:
    rows: list[list[Any]] = []
    # An organisation already represented by a named person needs no line of its own.
    represented = {p.organisation_id for p in people if p.is_person}
    for person in people:
        if not person.is_person and person.organisation_id in represented:
            continue
        rows.append(
            [
                paragraph(person.name, "cell")
                if person.is_person
                else WriteInLine(NAME_WIDTH - 12, _("name, written on the spot")),
                paragraph(
                    ", ".join(p for p in (person.title, person.organisation) if p) or "",
                    "cell",
                ),
                "",
            ]
        )
    while len(rows) < SIGN_ROWS:
        rows.append(["", "", ""])
    data = [
        [
            paragraph(_("Name"), "cell_bold"),
            paragraph(_("Organisation or resident"), "cell_bold"),
            paragraph(_("Signature"), "cell_bold"),
        ],
        *rows,
    ]
    sheet = ContinuedTable(
        data, colWidths=[NAME_WIDTH, 60 * mm, WIDTH - 117 * mm], repeatRows=1, hAlign="LEFT"
    )
    sheet.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("GRID", (0, 1), (-1, -1), 0.5, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 1), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 7),
            ]
        )
    )
    return [
        heading(_("Participants")),
        paragraph(
            _(
                "Sign here so that we can send you the report. Residents may write their first "
                "name only."
            ),
            "small",
        ),
        spacer(2),
        sheet,
        spacer(4),
        markup(
            escape(_("Number of residents taking part:"))
            + " ________     "
            + escape(_("Start:"))
            + " ________     "
            + escape(_("End:"))
            + " ________"
        ),
    ]


def build(session: Session, walk_id: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    walk = walk_reading.get_walk(session, walk_id)
    stops = walk_route.list_stops(session, walk_id)
    sheet = walk_records.get_checklist(session, walk_id)
    people = walk_route.list_participants(session, walk_id)
    items = list(sheet.items)
    story: list[Flowable] = _cover(walk, stops, sheet) + _earlier_open_actions(session, walk, today)
    pages: list[tuple[int | None, str | None, str | None]] = [
        (s.position, s.name, s.description) for s in stops
    ] or [(None, None, None)] * BLANK_STOPS
    for number, name, description in pages:
        story.append(PageBreak())
        story += _stop_page(number, name, description, items)
    story.append(PageBreak())
    story += _signatures(walk, people)
    title = _("Safety walk – checklist")
    footer = f"{walk.place} · {walk.date.isoformat()}"
    return Document(title=title, footer=footer).build(story)
