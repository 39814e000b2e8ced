"""How wide each day of the week's time grid is. A Saturday or Sunday with nothing on it is a
narrow column (its heading "lör 5", still a place to double-click for a meeting): as wide as a
weekday it took a seventh of the week for nothing. A day of meetings at the same time is as many
shares of the width as it has lanes side by side: two at 13.00 each got a sliver ("Norrma…",
"styrgru…") even at 1280 px, while the empty weekend beside them stood as wide as a weekday.
However busy the week, a lane keeps at least its start whole ("13.00"): a wider floor (a lane's
name words whole) pushed Friday out of sight at 1024 px when four days each had three at once."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from samverkan_desktop.services.calendar import DayCell
from ui.calendar.month_view import weekday_short
from ui.calendar.week_block import NARROW_LEFT

WEEKEND = (5, 6)
HEADING_MARGINS = 4 + 4  # WeekDayTop's layout margins
DAY_BORDER = 2  # today's (day_marks), the thickest a day has
FREE_RIGHT = 4  # a strip on the right of a full day stays free for a double or right click
BLOCK_GAP = 1  # between blocks side by side


def holds_nothing(cell: DayCell) -> bool:
    """A Saturday or Sunday without a meeting, walk or exercise: drawn narrow."""
    return cell.date.weekday() in WEEKEND and not (cell.meetings or cell.entries)


def narrow_day_width(heading_font: QFont) -> int:
    """An empty weekend day's width: the heading "lör 5" whole (in bold, as the style sheet
    draws it), inside the thickest border; Saturday and Sunday alike, whatever their dates."""
    font = QFont(heading_font)
    font.setBold(True)
    bold = QFontMetrics(font)
    heading = max(bold.horizontalAdvance(f"{weekday_short(day)} 00") for day in WEEKEND)
    return heading + HEADING_MARGINS + 2 * DAY_BORDER + 2


def narrow_lane_width(block_font: QFont) -> int:
    """A block's least width side by side with others: its start whole ("13.00" after the
    colour bar)."""
    return NARROW_LEFT + QFontMetrics(block_font).horizontalAdvance("00.00") + 1 + BLOCK_GAP


def day_share(lanes: int) -> int:
    """The day's share of the week's width (a stretch factor): one a lane."""
    return max(1, lanes)


def least_day_width(lanes: int, block_font: QFont) -> int:
    """The width under which a lane beside another could not show its start whole (0 for a
    day without meetings side by side)."""
    if lanes < 2:
        return 0
    lane = narrow_lane_width(block_font) + 1  # +1: lane_span rounds down
    return lanes * lane + FREE_RIGHT + 2 * DAY_BORDER
