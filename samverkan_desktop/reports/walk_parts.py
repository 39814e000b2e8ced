"""Pieces the walk report and the letters to owners share: photo thumbnails, the ratings
matrix, the actions table. Built on reports/style.py (no style of their own)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Table, TableStyle

from samverkan_desktop.formatting import EMPTY
from samverkan_desktop.i18n import _
from samverkan_desktop.rating_scale import RATING_COLOURS, rating_colour, scale_labels
from samverkan_desktop.reports.continued import ContinuedTable
from samverkan_desktop.reports.style import (
    ACCENT,
    HEAD_FILL,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    WARN_HEX,
    escape,
    markup,
    paragraph,
)
from samverkan_desktop.services.walk_actions import WalkActionRow
from samverkan_desktop.services.walk_followup import RatingComparisonSet
from samverkan_desktop.services.walk_records import ChecklistSheet, PhotoRow

WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
THUMB_WIDTH = 54 * mm
THUMB_MAX_HEIGHT = 44 * mm


def date_or_dash(day: dt.date | None) -> str:
    return day.isoformat() if day else EMPTY


def rating_fill(value: float | None) -> colors.Color | None:
    if value is None:
        return None
    return colors.HexColor(rating_colour(value))


def rating_legend() -> str:
    """Under the ratings matrix: each value's fill with its digit, then its word (markup)."""
    return "   ".join(
        f'<font backColor="{RATING_COLOURS[value]}">&nbsp;{value}&nbsp;</font> {escape(word)}'
        for value, word in scale_labels()
    )


def number(value: float | None) -> str:
    """A mean rating as Swedes write it: 1,5 (an en dash, formatting.EMPTY, when nothing was
    rated: a blank cell read as a gap)."""
    if value is None:
        return EMPTY
    text = f"{value:.1f}"
    return text.replace(".", ",")


def change_text(value: float | None) -> str:
    if value is None:
        return EMPTY
    if abs(value) < 0.05:
        return "±0"
    return ("+" if value > 0 else "−") + number(abs(value))


def photo_flowable(photo: PhotoRow) -> Flowable:
    path: Path = photo.display_path
    if not path.exists():
        return paragraph(_("(photo missing: {name})").format(name=photo.file_name), "small")
    ratio = photo.height / photo.width if photo.width else 0.75
    width = THUMB_WIDTH
    height = width * ratio
    if height > THUMB_MAX_HEIGHT:
        height = THUMB_MAX_HEIGHT
        width = height / ratio
    return Image(str(path), width=width, height=height)


def photo_row(photos: Sequence[PhotoRow]) -> Table | None:
    """Up to three thumbnails a row, each with its caption if it has one: a camera's file
    name ("IMG_2041.jpg") tells a reader nothing, and the observation stands above."""
    if not photos:
        return None
    cells: list[list[Any]] = []
    for photo in photos:
        cell: list[Any] = [photo_flowable(photo)]
        if photo.caption:
            cell.append(paragraph(photo.caption, "small"))
        cells.append(cell)
    rows: list[list[Any]] = [cells[i : i + 3] for i in range(0, len(cells), 3)]
    for row in rows:
        row += [""] * (3 - len(row))
    grid = Table(rows, colWidths=[WIDTH / 3] * 3, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 1 * mm),
            ]
        )
    )
    return grid


def ratings_matrix(sheet: ChecklistSheet, comparison: RatingComparisonSet | None) -> Table:
    """Rows: checklist points; columns: the stops, the mean and, for a follow-up, the earlier
    walk's mean and the change."""
    stops = list(sheet.stops)
    earlier = comparison is not None and comparison.earlier is not None
    means = {r.code: r for r in comparison.ratings} if comparison else {}
    header: list[Any] = [paragraph(_("Checklist point"), "cell_bold")]
    header += [paragraph(str(s.position), "cell_bold") for s in stops]
    header.append(paragraph(_("Mean"), "cell_bold"))
    if earlier:
        assert comparison is not None and comparison.earlier is not None
        header.append(paragraph(comparison.earlier.date.isoformat(), "cell_bold"))
        header.append(paragraph(_("Change"), "cell_bold"))
    data: list[list[Any]] = [header]
    styles: list[tuple[Any, ...]] = []
    for row_index, item in enumerate(sheet.items, start=1):
        row: list[Any] = [paragraph(item.title, "cell")]
        for col_index, stop in enumerate(stops, start=1):
            answer = sheet.answer(stop.id, item.id)
            value = answer.rating if answer else None
            row.append(paragraph("" if value is None else str(value), "cell"))
            fill = rating_fill(value)
            if fill is not None:
                styles.append(("BACKGROUND", (col_index, row_index), (col_index, row_index), fill))
        comparison_row = means.get(item.code)
        now = comparison_row.now if comparison_row else None
        row.append(markup(f"<b>{number(now)}</b>", "cell"))
        if earlier:
            row.append(
                paragraph(number(comparison_row.earlier if comparison_row else None), "cell")
            )
            change = comparison_row.change if comparison_row else None
            colour = "#1e7b34" if change and change > 0 else (WARN_HEX if change else "#1f2933")
            row.append(markup(f'<font color="{colour}">{change_text(change)}</font>', "cell"))
        data.append(row)
    extra = 2 if earlier else 0
    point_width = 62 * mm
    rest = WIDTH - point_width
    stop_width = min(11 * mm, (rest - (1 + extra) * 17 * mm) / max(1, len(stops)))
    widths = [point_width] + [stop_width] * len(stops) + [17 * mm] * (1 + extra)
    matrix = ContinuedTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    matrix.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *styles,
            ]
        )
    )
    return matrix


def status_text(action: WalkActionRow, today: dt.date) -> str:
    text = _(action.status.label)
    if action.is_closed and action.closed_on:
        text += f" {action.closed_on.isoformat()}"
    elif action.is_overdue(today):
        return f'<font color="{WARN_HEX}">{escape(text)} · {escape(_("overdue"))}</font>'
    return escape(text)


def actions_table(
    actions: Sequence[WalkActionRow],
    today: dt.date,
    numbers: dict[int, int],
    with_responsible: bool = False,
    continued: str | None = None,
) -> Table:
    """What, for which observation, by when, status and the latest note. ``continued``: what
    its part on a next page goes on under, where not the heading above (continued.py)."""
    headers = [_("Action"), _("Obs."), _("Due"), _("Status")]
    widths = [66 * mm, 10 * mm, 21 * mm, 28 * mm]  # the rest, 45 mm, for the latest note
    if with_responsible:
        headers.insert(1, _("Responsible"))
        widths.insert(1, 34 * mm)
        widths[0] = 48 * mm
    widths.append(WIDTH - sum(widths))
    headers.append(_("Latest note"))
    data: list[list[Any]] = [[paragraph(h, "cell_bold") for h in headers]]
    for action in actions:
        row: list[Any] = [markup(f"<b>{escape(action.title)}</b>", "cell")]
        if with_responsible:
            row.append(paragraph(action.responsible or _("not named"), "cell"))
        row += [
            paragraph(str(numbers.get(action.observation_id, "")), "cell"),
            paragraph(action.due_on.isoformat() if action.due_on else EMPTY, "cell"),
            markup(status_text(action, today), "cell"),
            paragraph(action.latest_note or "", "small"),
        ]
        data.append(row)
    result = ContinuedTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.continued = continued
    result.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return result
