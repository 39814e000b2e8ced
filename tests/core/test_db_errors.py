"""The database's own refusals (unique indexes, foreign keys, checks) reach the user as a Swedish
line naming the problem, never as the driver's text with its SQL ("Något gick fel:
(psycopg.errors.UniqueViolation) duplicate key value violates unique constraint …"); nothing of
the refused unit of work is kept. Every unique constraint of the models has its line, so a new
one without a line fails here."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc as sa_exc

from samverkan_desktop import db_errors
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, DatabaseError
from samverkan_desktop.models import Group, GroupType, Meeting, Membership, Organisation
from samverkan_desktop.services import contacts
from samverkan_desktop.services.validation import flush_or_conflict
from tests.core.database_rules import rows

RAW_WORDS = ("UNIQUE", "unique constraint", "INSERT", "psycopg", "sqlite3", "IntegrityError",
             "violates", "constraint failed", "[SQL")  # fmt: skip


def assert_plain_swedish(message: str) -> None:
    assert not any(word.lower() in message.lower() for word in RAW_WORDS), message


def test_every_unique_constraint_of_the_models_has_a_swedish_line() -> None:
    names = {name for name, _table, _columns in db_errors.unique_constraints()}
    assert names - db_errors.UNIQUE_MESSAGES.keys() == set()  # a new one needs its line
    assert db_errors.UNIQUE_MESSAGES.keys() - names == set()  # none left from a removed one
    for name in names:
        assert_plain_swedish(db_errors.conflict_error_for(name).message)
        assert db_errors.conflict_error_for(name).message != db_errors.UNIQUE_MESSAGES[name]


def test_sqlite_s_column_list_finds_each_constraint() -> None:
    """SQLite names the columns, not the constraint: each set of columns leads to one."""
    for name, table, columns in db_errors.unique_constraints():
        listed = ", ".join(f"{table}.{column}" for column in columns)
        assert db_errors.sqlite_constraint(listed) == name


def test_a_name_twice_is_refused_by_the_database_in_the_user_s_words(db: Database) -> None:
    with db.session() as s:
        s.add(Organisation(name="MTR"))
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Organisation(name="Polisen Norrmalm"))  # refused with the rest of the unit
        s.add(Organisation(name="MTR"))
    assert refused.value.message == "Det finns redan en organisation med det namnet."
    assert isinstance(refused.value.__cause__, sa_exc.IntegrityError)
    assert rows(db, "SELECT name FROM organisations ORDER BY name") == [{"name": "MTR"}]


def test_a_pair_twice_names_what_is_doubled(db: Database) -> None:
    with db.session() as s:
        group = Group(name="Trygghetsråd", type=GroupType.TRYGGHETSRAD)
        person = contacts.create_person(s, contacts.PersonInput("Karin Lindqvist"))
        s.add(group)
        s.flush()
        s.add(Membership(group_id=group.id, person_id=person))
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Membership(group_id=group.id, person_id=person))
    assert refused.value.message == "Personen är redan medlem i gruppen."


def test_a_constraint_without_a_line_gives_a_plain_swedish_line(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(db_errors.UNIQUE_MESSAGES, "uq_organisations_name")
    with db.session() as s:
        s.add(Organisation(name="MTR"))
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Organisation(name="MTR"))
    assert refused.value.message.startswith(
        "Ändringen kunde inte sparas eftersom den krockar med något som redan finns i databasen"
    )
    assert "det du skrev finns kvar" in refused.value.message
    assert_plain_swedish(refused.value.message)


def test_a_check_and_a_missing_record_are_told_without_sql(db: Database) -> None:
    with db.session() as s:
        group = Group(name="Trygghetsråd", type=GroupType.TRYGGHETSRAD)
        s.add(group)
    at = dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC)
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Meeting(group_id=group.id, starts_at=at, ends_at=at - dt.timedelta(hours=1)))
    assert refused.value.message.startswith(
        "Ändringen kunde inte sparas eftersom den bryter mot en av databasens regler"
    )
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Meeting(group_id=group.id + 99, starts_at=at, ends_at=at + dt.timedelta(hours=1)))
    assert refused.value.message.startswith(
        "Ändringen kunde inte sparas eftersom den hänvisar till något som just togs bort"
    )
    assert rows(db, "SELECT id FROM meetings") == []


def test_a_database_error_that_reaches_the_window_is_told_without_its_sql() -> None:
    statement = "INSERT INTO organisations (name) VALUES (?)"
    refused = sa_exc.IntegrityError(statement, ("MTR",), Exception("UNIQUE constraint failed"))
    other = sa_exc.OperationalError(statement, ("MTR",), Exception("disk I/O error"))
    explained = db_errors.user_error(refused)
    assert isinstance(explained, ConflictError)
    assert_plain_swedish(explained.message)
    explained = db_errors.user_error(other)
    assert isinstance(explained, DatabaseError)
    assert explained.message.startswith("Databasen kunde inte genomföra ändringen")
    assert_plain_swedish(explained.message)
    assert db_errors.user_error(ValueError("x")) is None


def test_a_service_s_already_there_line_is_kept_for_a_value_given_twice_only(
    db: Database,
) -> None:
    with db.session() as s:
        s.add(Organisation(name="MTR"))
        group = Group(name="Trygghetsråd", type=GroupType.TRYGGHETSRAD)
        s.add(group)
    with pytest.raises(ConflictError, match="^Finns redan$"), db.session() as s:
        s.add(Organisation(name="MTR"))
        flush_or_conflict(s, "Finns redan")
    at = dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC)
    with pytest.raises(ConflictError) as refused, db.session() as s:
        s.add(Meeting(group_id=group.id, starts_at=at, ends_at=at - dt.timedelta(hours=1)))
        flush_or_conflict(s, "Finns redan")  # a check, not a value given twice
    assert "bryter mot en av databasens regler" in refused.value.message
