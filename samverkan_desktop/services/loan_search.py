"""What a search of the loans list finds: the units whose code and the people whose name or
department hold the term, read once per list or count (``LoanMatch``), and whether that narrows
the list at all (``narrowing``: a term in every unit's code matches every loan). Kept apart from
``alarm_history`` (the lists, the filters, the rows), which narrows every searched list and count
with it; ``loans_by_borrower`` reads a match's pseudonymised loans its own way."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from samverkan_desktop.models import AlarmUnit, Loan, Person
from samverkan_desktop.services.text_search import any_contains, contains


@dataclass(frozen=True)
class LoanMatch:
    """What a search term matches: units by code, people by name or department. Read once per
    list or count: the loan queries then use the ids instead of scanning the people table
    again for the borrower, the manager, the density check and the page (two thirds of a
    keystroke's SQL at a million loans)."""

    units: Any  # a subquery of their ids, a list, or None: none matches
    people: Any
    every_unit: bool = False  # the term is in every unit's code: every loan matches

    def condition(self, walk_newest: bool = False) -> Any:
        """Loans of those units, borrowers or approving managers. ``walk_newest``: hide the
        columns from SQLite's index choice (``+ 0``) so that it reads the loans newest first and
        stops at a full page."""
        unit_id: Any = Loan.unit_id
        borrower_id: Any = Loan.borrower_id
        approver_id: Any = Loan.approved_by_id
        if walk_newest:
            unit_id, borrower_id, approver_id = unit_id + 0, borrower_id + 0, approver_id + 0
        parts = [unit_id.in_(self.units)] if self.units is not None else []
        if self.people is not None:
            parts += [borrower_id.in_(self.people), approver_id.in_(self.people)]
        return or_(*parts)


def _search_match(session: Session, term: str) -> LoanMatch | None:
    """The units and people ``term`` finds; None when it finds none (no loan to look for)."""
    people = any_contains(session, [Person.name, Person.department], term)
    found: Sequence[Any] = session.execute(
        union_all(
            select(literal_column("0"), AlarmUnit.id).where(
                contains(session, AlarmUnit.code, term)
            ),
            select(literal_column("1"), Person.id).where(people),
        )
    ).all()
    units = [i for kind, i in found if kind == 0]
    people_ids = [i for kind, i in found if kind == 1]
    if not units and not people_ids:
        return None
    # "L", "LA", "LARM-" (a surname's first letters, or the codes' common part): in every
    # unit's code, so every loan matches, and the list is the list unsearched. Checked here,
    # sorted by borrower Ö–A a million loans' condition took 0.4 s a keystroke.
    every_unit = len(units) == session.scalar(select(func.count()).select_from(AlarmUnit))
    if session.get_bind().dialect.name != "sqlite":
        return LoanMatch(
            _id_list(units),
            select(Person.id).where(people) if people_ids else None,
            every_unit,
        )
    # SQLite: each list is one JSON text read by json_each (a bound value per id costs
    # SQLAlchemy more than the query, and SQLite binds at most 32,766).
    return LoanMatch(_json_ids(units), _json_ids(people_ids), every_unit)


def narrowing(session: Session, term: str | None) -> tuple[bool, LoanMatch | None]:
    """Whether ``term`` leaves any loan to list, and the match that narrows the list (None: a
    term in every unit's code narrows nothing)."""
    if not term:
        return True, None
    match = _search_match(session, term)
    if match is None:
        return False, None
    return True, (None if match.every_unit else match)


def _json_ids(ids: list[int]) -> Any:
    if not ids:
        return None
    return select(literal_column("value")).select_from(func.json_each(json.dumps(ids)))


def _id_list(ids: list[int]) -> Any:
    return ids or None
