"""What the .ics export last said of each calendar entry, so that its SEQUENCE counts changes.

A calendar takes an entry it has already imported as an update only when SEQUENCE has grown,
and ignores one whose SEQUENCE went down. The entries' own records cannot give such a number:
a group's series has no row of its own that every change touches (its UNTIL rolls with the
planning horizon, its EXDATEs follow meetings deleted with the rule), walks and exercises have
no row version, and SQLite gives a deleted meeting's number to the next one. So the export
remembers each entry's content (a digest) and raises the number when the content differs.

It also keeps what a later export needs to cancel the entry once its meeting (walk, exercise)
is deleted: its title as cancelled, its time, its group and its last day (exports.ics_gone).
For a group's series also its recurrence (RRULE, EXDATE): cancelled without it, the series
reads as one cancelled day and its other meetings stand. A title, a time and a rule only, never
who was invited. Rows from before migration 0038 (0046 for the recurrence) have none.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, CheckConstraint, Date, DateTime, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.models.base import Base


class CalendarSequence(Base):
    __tablename__ = "calendar_sequences"
    __table_args__ = (
        CheckConstraint("sequence >= 0", name="sequence_not_negative"),
        CheckConstraint("ends_at >= starts_at", name="ends_not_before_start"),
    )

    # The entry's UID, and for one occurrence of a series "<UID> <RECURRENCE-ID>".
    entry: Mapped[str] = mapped_column(String(200), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))  # of the content a calendar shows
    sequence: Mapped[int] = mapped_column(Integer)
    # No foreign key: the row outlives its group, to cancel the group's meetings.
    group_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)  # as cancelled: "Inställt: …"
    starts_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    all_day: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The entry's day, or a series' last: cancelled only until ics_gone.RETENTION after it.
    last_day: Mapped[dt.date | None] = mapped_column(Date)
    # A series' RRULE and EXDATE lines as written, so that a cancelled series is still the
    # series a calendar holds; None for single entries (and a series kept before 0046).
    recurrence: Mapped[str | None] = mapped_column(Text)
