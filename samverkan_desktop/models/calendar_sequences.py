"""What the .ics export last said of each calendar entry, so that its SEQUENCE counts changes.

A calendar takes an entry it has already imported as an update only when SEQUENCE has grown,
and ignores one whose SEQUENCE went down. The entries' own records cannot give such a number:
a group's series has no row of its own that every change touches (its UNTIL rolls with the
planning horizon, its EXDATEs follow meetings deleted with the rule), walks and exercises have
no row version, and SQLite gives a deleted meeting's number to the next one. So the export
remembers each entry's content (a digest) and raises the number when the content differs.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.models.base import Base


class CalendarSequence(Base):
    __tablename__ = "calendar_sequences"
    __table_args__ = (CheckConstraint("sequence >= 0", name="sequence_not_negative"),)

    # The entry's UID, and for one occurrence of a series "<UID> <RECURRENCE-ID>".
    entry: Mapped[str] = mapped_column(String(200), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))  # of the content a calendar shows
    sequence: Mapped[int] = mapped_column(Integer)
