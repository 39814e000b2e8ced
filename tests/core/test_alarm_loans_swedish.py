"""The loans list sorted by borrower reads in Swedish order ("…, Zetterberg, Åberg, Ängby,
Öberg", case aside, "Éva" beside "eva"), both ways, page after page; pseudonymised loans (no
name) first, or last when descending; the same for the few loans still out, sorted in Python.
SQL sorted by the name in byte order: Ä before Å, both after "z", "Éva" after "Öberg"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import (
    alarm_history,
    alarm_loans,
    alarm_usage,
    alarms,
    loans_by_borrower,
    training,
)
from samverkan_desktop.services.alarm_history import LoanFilter, LoanSort
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.contacts import PersonInput, create_person
from tests.core.alarm_data import NOW, at, make

# Lent in this order, a day apart; ties (the same key) come newest first.
CREATED = ["Öberg", "eva", "Zetterberg", "Éva", "Ängby", "adam", "Åberg"]
ASCENDING = [None, None, "adam", "Éva", "eva", "Zetterberg", "Åberg", "Åberg", "Ängby", "Öberg"]
DESCENDING = ["Öberg", "Ängby", "Åberg", "Åberg", "Zetterberg", "Éva", "eva", "adam", None, None]


def _borrowers(s: Session, names: list[str]) -> dict[str, int]:
    data = make(s)
    course = data.course_id
    held = [
        training.create_session(s, training.SessionInput(course, day))
        for day in (dt.date(2023, 1, 10), dt.date(2026, 3, 10))
    ]
    people = {}
    for name in names:
        people[name] = create_person(s, PersonInput(name, is_staff=True), today=NOW.date())
        for session_id in held:
            training.add_attendee(s, session_id, people[name])
    return people


def _unit(s: Session, code: str) -> int:
    return alarms.create_unit(s, alarms.UnitInput(code, UnitKind.HOME_VISIT))


def _history(s: Session) -> None:
    people = _borrowers(s, CREATED)
    unit = _unit(s, "SV-01")
    lent = [(people["adam"], at(9, day=1, year=2023)), (people["adam"], at(9, day=2, year=2023))]
    lent += [(people[name], at(9, day=1 + n)) for n, name in enumerate(CREATED)]
    lent.append((people["Åberg"], at(9, day=20)))
    for borrower, out in lent:
        alarm_loans.lend(s, LendInput(unit, borrower), now=out)
        alarm_loans.return_unit(s, unit, now=out + dt.timedelta(hours=2))
    # The two loans of 2023 are past the retention period: their borrower is removed.
    assert alarm_usage.pseudonymise_old_loans(s, NOW).count == 2


@pytest.mark.parametrize("descending", [False, True])
def test_loans_by_borrower_come_in_swedish_order_page_after_page(
    db: Database, descending: bool
) -> None:
    with db.session() as s:
        _history(s)
    sort = LoanSort("borrower", descending)
    with db.session() as s:
        everything = alarm_history.list_loans(s, sort=sort, now=NOW)
        pages = [
            alarm_history.list_loans(s, sort=sort, now=NOW, limit=3, offset=offset)
            for offset in range(0, 12, 3)
        ]
        past_the_unnamed = alarm_history.list_loans(s, sort=sort, now=NOW, limit=2, offset=3)
    assert [r.borrower for r in everything] == (DESCENDING if descending else ASCENDING)
    ties = [r.out_at for r in everything if r.borrower == "Åberg"]
    assert ties == sorted(ties, reverse=True)  # newest first among equals
    assert [r.id for page in pages for r in page] == [r.id for r in everything]
    assert [r.id for r in past_the_unnamed] == [r.id for r in everything[3:5]]


def test_loans_still_out_by_borrower_come_in_swedish_order(db: Database) -> None:
    """Loans still out are sorted in Python (services.alarm_history): the same order."""
    names = ["Öberg", "Zetterberg", "Ängby", "Åberg", "eva"]
    with db.session() as s:
        people = _borrowers(s, names)
        for n, name in enumerate(names):
            alarm_loans.lend(s, LendInput(_unit(s, f"SV-{n}"), people[name]), now=at(8))
    with db.session() as s:
        for descending in (False, True):
            rows = alarm_history.list_loans(
                s, LoanFilter(open_only=True), now=NOW, sort=LoanSort("borrower", descending)
            )
            expected = ["eva", "Zetterberg", "Åberg", "Ängby", "Öberg"]
            assert [r.borrower for r in rows] == (expected[::-1] if descending else expected)


@pytest.mark.parametrize("walk", [1, 5000])
@pytest.mark.parametrize("descending", [False, True])
def test_a_searched_list_by_borrower_pages_the_same_however_it_is_read(
    db: Database, monkeypatch: pytest.MonkeyPatch, walk: int, descending: bool
) -> None:
    """Pseudonymised loans are looked for among the latest first, else through the units and
    managers found: the pages are the same either way."""
    monkeypatch.setattr(loans_by_borrower, "RECENT_WALK", walk)
    with db.session() as s:
        _history(s)
    sort = LoanSort("borrower", descending)
    flt = LoanFilter(search="sv-01")  # the unit's code: every loan
    with db.session() as s:
        everything = alarm_history.list_loans(s, flt, sort=sort, now=NOW)
        for limit in (1, 2, 3):
            pages = [
                alarm_history.list_loans(s, flt, sort=sort, now=NOW, limit=limit, offset=offset)
                for offset in range(0, 12, limit)
            ]
            assert [r.id for page in pages for r in page] == [r.id for r in everything]
    assert [r.borrower for r in everything] == (DESCENDING if descending else ASCENDING)
