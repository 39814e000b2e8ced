"""A search term in every unit's code ("L", "LA", "LARM-": a surname's first letters while
typing) matches every loan, so the loans list answers it as the list unsearched: the same rows
and count, without a condition over the million loans (sorted by borrower Ö–A it cost 0.4 s a
keystroke at city scale). A term in some codes or names still narrows the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from samverkan_desktop.db import Database
from samverkan_desktop.services import alarm_history, alarm_loans
from samverkan_desktop.services.alarm_history import LoanFilter, LoanSort
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make


@contextmanager
def _statements(db: Database) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        seen.append(statement)

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", note)


def _loans(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        borrowers = [data.people["lena"], data.people["lars"]]
        for n, code in enumerate(["LARM-01", "LARM-02", "LARM-03"]):
            out = at(9, day=1 + n)
            alarm_loans.lend(s, LendInput(data.units[code], borrowers[n % 2]), now=out)
            alarm_loans.return_unit(s, data.units[code], now=out + dt.timedelta(hours=2))


def _ids(db: Database, search: str | None, sort: LoanSort) -> list[int]:
    with db.session() as s:
        rows = alarm_history.list_loans(s, LoanFilter(search=search), limit=50, sort=sort)
        return [row.id for row in rows]


@pytest.mark.parametrize(
    "sort", [LoanSort("borrower", True), LoanSort("borrower", False), LoanSort()], ids=str
)
def test_a_term_in_every_units_code_lists_what_no_term_lists(db: Database, sort: LoanSort) -> None:
    _loans(db)
    everything = _ids(db, None, sort)
    assert len(everything) == 3
    with _statements(db) as sql:
        assert _ids(db, "larm", sort) == everything
    # The loans are read without the search's condition on units, borrowers and managers.
    assert not any("alarm_loans.unit_id IN" in s or "json_each" in s for s in sql), sql
    with db.session() as s:
        assert alarm_history.count_loans(s, LoanFilter(search="L")) == 3


def test_a_term_in_some_codes_or_names_still_narrows(db: Database) -> None:
    _loans(db)
    assert len(_ids(db, "LARM-02", LoanSort("borrower", True))) == 1
    assert len(_ids(db, "Lena", LoanSort("borrower", True))) == 2
    with db.session() as s:
        assert alarm_history.count_loans(s, LoanFilter(search="LARM-03")) == 1
