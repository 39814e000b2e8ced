"""The search of the Actions area's list: the title or description contains the text, or the
responsible's name does.

A search first asks which actions may match, up to ``FEW_MATCHES``, from indexes (on SQLite the
trigram index ``action_search`` kept by triggers, migration 0011; on PostgreSQL GIN trigram
indexes serve the same ILIKE). Few: exactly those are checked and sorted. Many: the list is read
in the order shown and stops once a page is full, which is quick because matches are everywhere
(``action_list``).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Integer, column, func, or_, select, table
from sqlalchemy.orm import Session

from samverkan_desktop.models import Action, Organisation, Person
from samverkan_desktop.services.text_search import any_contains, contains, trigram_phrase

# A search matching at most this many actions sorts them; more are read in the order shown.
FEW_MATCHES = 3000
# The SQLite trigram index over the titles and descriptions (migration 0011_action_search).
_search_index = table("action_search", column("rowid", Integer), column("action_search"))


def search_condition(session: Session, term: str) -> ColumnElement[bool]:
    """The title or description contains ``term``, or the responsible's name (a person's, their
    organisation's, or an organisation's). The few matching people and organisations are found
    first: joining them to every action costs three lookups a row on 100,000 actions."""
    return or_(text_contains(session, term), _responsible_matches(session, term))


def text_contains(session: Session, term: str) -> ColumnElement[bool]:
    return any_contains(session, [Action.title, Action.description], term)


def _responsible_matches(session: Session, term: str) -> ColumnElement[bool]:
    organisations = select(Organisation.id).where(contains(session, Organisation.name, term))
    people = select(Person.id).where(
        or_(contains(session, Person.name, term), Person.organisation_id.in_(organisations))
    )
    return or_(
        Action.responsible_person_id.in_(people),
        Action.responsible_organisation_id.in_(organisations),
    )


def candidates(session: Session, term: str, scan: bool = True) -> list[int] | None:
    """The ids of every action that may match ``term`` when there are at most ``FEW_MATCHES``
    (a superset: ``search_condition`` decides), else None. Read from indexes: the trigram index for the
    text (a scan for terms it cannot serve, which stops early when many match; None without
    ``scan``), the people's and organisations' indexes for the responsible."""
    cap = FEW_MATCHES + 1
    connection = session.connection()  # Core: up to thousands of ids, no ORM per row
    phrase = trigram_phrase(session, term)
    if phrase is not None:
        by_index = select(_search_index.c.rowid).where(_search_index.c.action_search.match(phrase))
        # Counted first: while the first letters are typed most terms match many, and then
        # their ids are not needed.
        counted = select(func.count()).select_from(by_index.limit(cap).subquery())
        if connection.execute(counted).scalar_one() > FEW_MATCHES:
            return None
        by_text = connection.execute(by_index).scalars().all()
    elif session.get_bind().dialect.name == "sqlite" and not scan:
        return None
    else:
        # PostgreSQL's trigram indexes serve this very condition. On SQLite a scan (a term of
        # one or two letters), which stops early when many match, as short terms do.
        scanned = select(Action.id).where(text_contains(session, term)).limit(cap)
        by_text = connection.execute(scanned).scalars().all()
        if len(by_text) > FEW_MATCHES:
            return None
    room = cap - len(by_text)
    responsible = select(Action.id).where(_responsible_matches(session, term)).limit(room)
    by_responsible = connection.execute(responsible).scalars().all()
    if len(by_responsible) >= room:  # perhaps more than FEW_MATCHES in all
        return None
    return sorted({*by_text, *by_responsible})
