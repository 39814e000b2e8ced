"""What the Overview shows: sections of items, each leading to a record in its area.

Plain data without SQLAlchemy, so the window can show a saved Overview before the database
layer has loaded (``overview_snapshot``); ``services.overview`` gathers them."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

# The lists a card's "Show all" link opens in its area, filtered to what the card counts
# (``Area.show_subset`` in the window knows them).
UNVERIFIED_CONTACTS = "unverified_contacts"
OVERDUE_ACTIONS = "overdue_actions"
NOT_HELD_MEETINGS = "meetings_not_held"  # the calendar's "Past, not held"
UNITS_DUE_FOR_TEST = "units_due_for_test"  # Alarms → Units with "Due for a test"


class Urgency(enum.Enum):
    OVERDUE = "overdue"
    SOON = "soon"
    INFO = "info"


@dataclass(frozen=True)
class OverviewItem:
    title: str
    detail: str
    date: dt.date | None
    urgency: Urgency
    area: str  # navigation key of the area that owns the record
    record_id: int | None = None


@dataclass(frozen=True)
class OverviewSection:
    key: str
    title: str
    area: str
    total: int  # may exceed len(items): the list is capped for the screen
    items: tuple[OverviewItem, ...]
    empty_text: str
    subset: str | None = None  # what "Show all" opens (above); None: the area as it is
