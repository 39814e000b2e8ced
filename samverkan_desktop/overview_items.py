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
# The tabs the "Get started" card leads to (services.getting_started).
AGREEMENTS = "agreements"  # Groups & meetings → Agreements…
PEOPLE = "people"  # Contacts → People
ORGANISATIONS = "organisations"  # Contacts → Organisations
ALARM_UNITS = "alarm_units"  # Alarms → Units
CRISIS_ORGANISATION = "crisis_organisation"  # Crisis & exercises → Crisis organisation
PLANS_REGISTER = "plans_register"  # Crisis & exercises → Plans


MAX_ITEMS = 8  # entries a card lists; its "Show all" opens the rest in their area


class Urgency(enum.Enum):
    OVERDUE = "overdue"
    SOON = "soon"
    INFO = "info"


DOT = " · "  # between the parts of an entry's detail, as formatting.dotted joins them


@dataclass(frozen=True)
class OverviewItem:
    """One entry: its name (``title``) and its detail in parts, ``who · head · also · rest``, so
    that a narrow card shortens it by what each part is rather than by reading its text:
    ``rest`` goes first, then ``also`` unless the name keeps its share beside it, then the name,
    then ``who``; ``head`` stays whole as long as anything can give way."""

    title: str
    # The part kept whole: its date or time ("i dag 09.00–10.30", "försenat sedan 2026-11-30
    # 17.00", then ``dated``) or what the entry asks ("Aldrig kontrollerad").
    head: str
    date: dt.date | None
    urgency: Urgency
    area: str  # navigation key of the area that owns the record
    record_id: int | None = None
    who: str = ""  # between the name and the head: a loan's borrower
    rest: str = ""  # after the head: a place, a note, who is responsible
    # ``head`` is a date or time: beside it the name gives way down to a quarter of the line
    # (a date says more than a longer name), else only to half of it.
    dated: bool = False
    subset: str | None = None  # a list of ``area`` to open instead of a record
    # After the head, a second fact kept whole beside it while the name keeps its share of the
    # line (a plan's exercise gap beside its revision day); else the window shows it on a
    # second line of the entry, so it is never seen only on hover.
    also: str = ""

    @property
    def detail(self) -> str:
        """The whole detail, as a script or a tooltip shows it: "David Karlsson · försenat …"."""
        return DOT.join(part for part in (self.who, self.head, self.also, self.rest) if part)


@dataclass(frozen=True)
class OverviewSection:
    key: str
    title: str
    area: str
    total: int  # may exceed len(items): the list is capped for the screen
    items: tuple[OverviewItem, ...]
    empty_text: str
    subset: str | None = None  # what "Show all" opens (above); None: the area as it is
    # The link under a card that shows fewer than ``total``, when the section words it
    # ("och 2 till i planregistret …"); empty: the card's own ("Visa alla 9 …").
    more_text: str = ""
    # The number beside the title when the card lists more than its title counts: what the
    # title names ("Utlånade larm · 1 ur drift": the loans, not the unit out of service beside
    # them, which "3" read as a third loan). None: ``total``.
    badge: int | None = None

    @property
    def count(self) -> int:
        """The number the card shows beside its title."""
        return self.total if self.badge is None else self.badge
