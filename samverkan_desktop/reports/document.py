"""One printout built into a PDF (``Document``): its frame on the page, and the footer drawn on
every page once the page count is known: the owner, the issuer, "Sida x av y"."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from samverkan_desktop.i18n import _
from samverkan_desktop.reports.continued import label_continued_tables
from samverkan_desktop.reports.page_flow import keep_headings_with_next
from samverkan_desktop.reports.page_look import (
    FONT,
    FRAME_HEIGHT,
    FRAME_PADDING,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
)


def fit_text(text: str, font: str, size: float, room: float) -> str:
    """``text``, or as much of it as fits ``room`` with "…" after it (whole words if it can)."""
    if stringWidth(text, font, size) <= room:
        return text
    ellipsis = "…"
    room -= stringWidth(ellipsis, font, size)
    cut = len(text)
    while cut > 0 and stringWidth(text[:cut], font, size) > room:
        cut -= 1
    words = text[:cut].rsplit(" ", 1)
    short = words[0] if len(words) == 2 and len(words[0]) > cut // 2 else text[:cut]
    return short.rstrip(" ·,–-") + ellipsis


class _NumberedCanvas(rl_canvas.Canvas):
    """Draws "Sida x av y" and the footer text once the page count is known."""

    footer_text = ""
    issuer = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width, _height = PAGE_SIZE
        y = 11 * mm
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 4 * mm, width - MARGIN_X, y + 4 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        page = _("Page {page} of {total}").format(page=self._pageNumber, total=total)
        self.drawRightString(width - MARGIN_X, y, page)
        right = width - MARGIN_X - stringWidth(page, FONT, 8) - FOOTER_GAP
        footer, issuer, issuer_x = footer_parts(self.footer_text, self.issuer, right)
        self.drawString(MARGIN_X, y, footer)
        if issuer:
            self.drawCentredString(issuer_x, y, issuer)
        self.restoreState()


FOOTER_GAP = 4 * mm


def footer_parts(footer: str, issuer: str, right: float) -> tuple[str, str, float]:
    """The footer's text and the issuer as drawn on the line from MARGIN_X to ``right``, and
    where the issuer is centred. Each keeps to its own part (a long place or group name was
    drawn over the issuer and the page number, and off the paper). The issuer is centred on
    the page when both fit so, else it moves right of the footer's text; when the two do not
    fit at all, the footer keeps at least half the line: a long district name left only
    "Krisledningens…" of what the paper is."""
    font_size = 8
    centre = PAGE_SIZE[0] / 2
    footer_w = stringWidth(footer, FONT, font_size)
    issuer_w = stringWidth(issuer, FONT, font_size)
    if not issuer:
        return fit_text(footer, FONT, font_size, right - MARGIN_X), "", centre
    centred_left = centre - issuer_w / 2
    if centre + issuer_w / 2 <= right and MARGIN_X + footer_w + FOOTER_GAP <= centred_left:
        return footer, issuer, centre
    line = right - MARGIN_X
    footer_room = max(line - FOOTER_GAP - issuer_w, min(footer_w, line / 2))
    footer = fit_text(footer, FONT, font_size, footer_room)
    start = MARGIN_X + stringWidth(footer, FONT, font_size) + FOOTER_GAP
    issuer = fit_text(issuer, FONT, font_size, right - start)
    return footer, issuer, (start + right) / 2


class Document:
    """One printout. ``footer`` names its owner on every page (e.g. the group)."""

    def __init__(self, title: str, footer: str = "", issuer: str = "") -> None:
        self.title = title
        self.footer = footer
        self.issuer = issuer

    def build(self, story: Sequence[Flowable]) -> bytes:
        buffer = io.BytesIO()
        template = BaseDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=self.title,
            author="Samverkan",
            lang="sv-SE",
        )
        # No side padding: text, headings and the full-width tables (facts, lists) share one
        # left and right edge with the footer's rule. ReportLab's default 6 pt indented the
        # text and let the tables stick out by as much on either side.
        frame = Frame(
            MARGIN_X,
            MARGIN_BOTTOM,
            PAGE_SIZE[0] - 2 * MARGIN_X,
            FRAME_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=FRAME_PADDING,
            bottomPadding=FRAME_PADDING,
            id="normal",
        )
        template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        page_canvas = type(
            "PageCanvas",
            (_NumberedCanvas,),
            {"footer_text": self.footer, "issuer": self.issuer},
        )
        label_continued_tables(story)
        template.build(keep_headings_with_next(story), canvasmaker=page_canvas)
        return buffer.getvalue()
