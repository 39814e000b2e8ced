"""A form that edits one versioned record (a unit, a person, a group …) or makes a new one.

It remembers the record it was filled from (``record``; None for a new one): the next save is
checked against that record's version, and when another desk saved the record meanwhile
FormDialog offers to load theirs (F5) through the three methods below. A form says only how
to read its record anew (``read_record``) and how to fill its fields from one (``fill``).
"""

from __future__ import annotations

from typing import Generic, TypeVar

from ui.widgets.form_dialog import FormDialog

R = TypeVar("R")


class RecordForm(FormDialog, Generic[R]):
    record: R | None = None  # set by show_record; a new record's form leaves it None

    def read_record(self, shown: R) -> R:
        """``shown`` as it is saved now (raise DomainError when it is gone)."""
        raise NotImplementedError

    def fill(self, record: R) -> None:
        """Put ``record``'s values in the fields."""
        raise NotImplementedError

    def shown_record(self) -> R | None:
        return self.record

    def saved_record(self) -> R:
        assert self.record is not None  # shown_record: only an existing record is read anew
        return self.read_record(self.record)

    def show_record(self, record: R) -> None:
        self.record = record  # its version: the next save is checked against it
        self.fill(record)
