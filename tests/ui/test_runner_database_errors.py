"""Background work hit by the database's refusal outside a unit of work of ours (a raw
statement) reaches the window in Swedish naming the problem, not as "Något gick fel:
(sqlite3.IntegrityError) UNIQUE constraint failed: organisations.name [SQL: INSERT …]"; so does
one that escapes to the window's last resort."""

from __future__ import annotations

import sqlite3

from pytestqt.qtbot import QtBot
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, DomainError
from samverkan_desktop.services import contacts
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from ui.app import _excepthook
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


def test_a_refusal_escaping_to_the_window_is_told_in_swedish(
    qtbot: QtBot, modals: ModalDriver
) -> None:
    """The last resort (sys.excepthook): the database's refusal in the user's words too."""
    raw = sqlite3.connect(":memory:")
    raw.execute(
        "CREATE TABLE memberships (group_id INT, person_id INT, UNIQUE (group_id, person_id))"
    )
    statement = "INSERT INTO memberships (group_id, person_id) VALUES (1, 2)"
    raw.execute(statement)
    try:
        raw.execute(statement)
    except sqlite3.IntegrityError as driver_error:
        error = sa_exc.IntegrityError(statement, {}, driver_error)
    finally:
        raw.close()
    modals.answer(lambda box: click_button(qtbot, box, "OK"))
    _excepthook(type(error), error, None)
    modals.check()
    (shown,) = modals.seen
    assert shown.endswith(": Personen är redan medlem i gruppen.")


def test_a_database_error_escaping_to_the_window_keeps_its_words_and_details(
    qtbot: QtBot, modals: ModalDriver, sqlite_db: Database
) -> None:
    """A view that read outside the runner (the Overview's refresh, a table missing): the
    error's own sentence, its details behind "Detaljer"; it was "Ett oväntat fel inträffade:
    Databasen … saknar en tabell …" with the log file's path and no details."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from samverkan_desktop.errors import DatabaseError

    sqlite_db.call(lambda session: session.execute(text("DROP TABLE fire_inspections")))
    try:
        sqlite_db.call(lambda session: session.execute(text("SELECT * FROM fire_inspections")))
    except DatabaseError as raised:
        error = raised
    details: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        details.append(box.detailedText())
        click_button(qtbot, box, "OK")

    modals.answer(read_and_close)
    _excepthook(type(error), error, None)
    modals.check()
    (shown,) = modals.seen
    assert shown == f"Samverkan: {error.message}"
    assert error.message.startswith("Databasen ") and "saknar en tabell" in error.message
    assert details == ["sqlite3.OperationalError: no such table: fire_inspections"]
