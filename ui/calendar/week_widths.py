"""How wide each day of the week's time grid is. A Saturday or Sunday with nothing on it is a
narrow column (its heading "lör 5", still a place to double-click for a meeting): as wide as a
weekday it took a seventh of the week for nothing. A day of meetings at the same time is as many
shares of the width as it has lanes side by side: two at 13.00 each got a sliver ("Norrma…",
"styrgru…") even at 1280 px, while the empty weekend beside them stood as wide as a weekday.
However busy the week, a lane keeps at least its blocks' initials whole ("NTS"), its start
("13.00") where there is room: the days then scroll sideways in the view (week_scroll). A floor
of the start made the window 1320 px wide with five at once every weekday, past a 1024 px
screen; a wider floor still (a lane's name words whole) pushed Friday out of sight."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetrics

from samverkan_desktop.services.calendar import DayCell
from ui.calendar.month_view import weekday_short
from ui.calendar.week_block import NARROW_LEFT

WEEKEND = (5, 6)
HEADING_MARGINS = 4 + 4  # WeekDayTop's layout margins
DAY_BORDER = 2  # today's (day_marks), the thickest a day has
FREE_RIGHT = 4  # a strip on the right of a full day stays free for a double or right click
BLOCK_GAP = 1  # between blocks side by side
INITIALS_AT_MOST = "MMM"  # a lane's room for a name: three of the widest letters


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


def lane_width(names: Iterable[str], block_font: QFont) -> int:
    """A lane's least width: the widest of its blocks' ``names`` (their initials, "NTS", "SLK":
    week_block.narrow_name) whole in bold after the colour bar, as wide as INITIALS_AT_MOST at
    most (a walk's "Vandring" reads "Vand" there). Narrower, a block read two letters ("No"),
    as good as nothing; the tooltip holds the whole."""
    bold = QFont(block_font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
    return NARROW_LEFT + min(widest, metrics.horizontalAdvance(INITIALS_AT_MOST)) + BLOCK_GAP


def day_share(lanes: int) -> int:
    """The day's share of the week's width (a stretch factor): one a lane."""
    return max(1, lanes)


def least_day_width(blocks: Iterable[tuple[int, str]], block_font: QFont) -> int:
    """The width under which a day's lanes could not show their blocks' initials (``blocks``:
    each one's lanes side by side, week_lanes.Placed.lanes, and its initials); 0 for a day
    without meetings. The days scroll sideways rather than be narrower."""
    by_lanes: dict[int, list[str]] = {}
    for lanes, name in blocks:
        by_lanes.setdefault(lanes, []).append(name)
    if not by_lanes:
        return 0
    # lane_span gives each lane at least its share rounded down: a lane's width each
    lanes_width = max(lanes * lane_width(names, block_font) for lanes, names in by_lanes.items())
    return lanes_width + FREE_RIGHT + 2 * DAY_BORDER
