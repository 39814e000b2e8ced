"""Background work hit by the database's refusal outside a unit of work of ours (a raw
statement) reaches the window in Swedish naming the problem, not as "Något gick fel:
(sqlite3.IntegrityError) UNIQUE constraint failed: organisations.name [SQL: INSERT …]"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, DomainError
from samverkan_desktop.services import contacts
from ui.runner import run_in_background


def test_a_refusal_in_background_work_is_told_in_swedish(qtbot: QtBot, sqlite_db: Database) -> None:
    for name in ("MTR", "SL"):
        sqlite_db.call(contacts.create_organisation, contacts.OrganisationInput(name))

    def rename_as_the_other() -> None:
        with sqlite_db.engine.begin() as conn:
            conn.execute(text("UPDATE organisations SET name = 'MTR' WHERE name = 'SL'"))

    failures: list[DomainError] = []
    run_in_background(rename_as_the_other, lambda _result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], ConflictError)
    assert failures[0].message == "Det finns redan en organisation med det namnet."
