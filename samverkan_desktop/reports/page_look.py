"""The page every printout is drawn on: A4 with its margins and frame, the palette and the
fonts (the paragraph styles built from them are in ``style``, which also takes these names)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

PAGE_SIZE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm

# A sober palette: dark blue-grey text accents, light grey table heads.
INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1c4e80")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c8d0d9")
HEAD_FILL = colors.HexColor("#e8eef4")
WARN_HEX = "#b42318"  # for inline <font color=…> markup
WARN = colors.HexColor(WARN_HEX)

FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
TABLE_PADDING = 4  # points, left and right of a table cell
FACTS_RIGHT_PADDING = 6  # ReportLab's default

FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
FRAME_PADDING = 6  # above and below a page's frame (ReportLab's default, set in Document)
# The height a page gives its flowables: a row taller than this fits on no page and is split.
PAGE_ROOM = FRAME_HEIGHT - 2 * FRAME_PADDING
SHORT_BLOCK = FRAME_HEIGHT / 3  # a block no taller than this is moved whole, never split
