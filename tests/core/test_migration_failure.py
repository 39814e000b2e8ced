"""A migration that crashes at start says the upgrade failed, where the backup taken just before
it is, and the state the database is in (read back: nothing was changed), with the database's
own words as details. It said "Databasfilen är skadad" (SQLite; a sound file) or "Databasen
rapporterade ett fel: …" with the driver's English (PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop import backup
from samverkan_desktop.db import head_revisions, open_database
from samverkan_desktop.errors import MigrationFailedError
from samverkan_desktop.services import contacts
from tests.core.migration_crash import crash_upgrades, one_version_back
from tests.core.migration_steps import revision

FAILED = (
    "Uppgraderingen av databasen {database} till den här versionen av Samverkan misslyckades, "
    "så programmet kan inte öppna den. Ingenting ändrades: databasen är som den var före "
    "uppgraderingen."
)
GO_ON = (
    " Fortsätt arbeta med den version av Samverkan du hade förut, och ge detaljerna nedan till "
    "den som ger stöd för Samverkan."
)


def _older_database(url: str) -> set[str]:
    db = open_database(url)
    db.call(contacts.create_organisation, contacts.OrganisationInput(name="Bostadsbolaget"))
    before = one_version_back(db)
    db.dispose()
    return before


def test_a_crashed_upgrade_names_the_backup_and_leaves_the_file_as_it_was(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = Path(sqlite_url.removeprefix("sqlite:///"))
    before = _older_database(sqlite_url)
    crash_upgrades(monkeypatch)
    with pytest.raises(MigrationFailedError) as failed:
        open_database(sqlite_url)
    (taken,) = backup.list_backups(path)
    assert taken.reason == backup.MIGRATION
    assert failed.value.message == (
        FAILED.format(database=path.resolve())
        + f" En säkerhetskopia som togs precis före uppgraderingen finns i {taken.path}."
        + GO_ON
    )
    assert "IntegrityError" in (failed.value.details or "")  # the database's words, apart

    monkeypatch.undo()  # the program that works: the database opens as it was, and upgrades
    db = open_database(sqlite_url)
    assert revision(db) == head_revisions() != before
    assert [o.name for o in db.call(contacts.list_organisations)] == ["Bostadsbolaget"]
    db.dispose()


@pytest.mark.postgres
def test_a_crashed_upgrade_on_the_server_changes_nothing(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.engine import make_url

    before = _older_database(pg_url)
    crash_upgrades(monkeypatch)
    with pytest.raises(MigrationFailedError) as failed:
        open_database(pg_url)
    shown = make_url(pg_url).render_as_string(hide_password=True)
    assert failed.value.message == FAILED.format(database=shown) + GO_ON
    monkeypatch.undo()
    db = open_database(pg_url, migrate=False)
    assert revision(db) == before
    db.dispose()


def test_an_upgrade_that_stopped_partway_says_to_restore_the_backup(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read back, not assumed: a database whose version changed although the upgrade failed
    (a migration that committed on its own) is not called unchanged."""
    from samverkan_desktop import db_opening

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    _older_database(sqlite_url)
    upgrade = db_opening.upgrade

    def partway(engine: object) -> None:
        upgrade(engine)  # type: ignore[arg-type]
        raise RuntimeError("a migration's own bug, after its commit")

    monkeypatch.setattr(db_opening, "upgrade", partway)
    with pytest.raises(MigrationFailedError) as failed:
        open_database(sqlite_url)
    (taken,) = backup.list_backups(path)
    assert failed.value.message.endswith(
        "Databasen kan ha blivit delvis uppgraderad: använd den inte, återställ "
        f"säkerhetskopian som togs precis före uppgraderingen, {taken.path}, och ge detaljerna "
        "nedan till den som ger stöd för Samverkan."
    )
    assert failed.value.details == "builtins.RuntimeError: a migration's own bug, after its commit"


def test_an_upgrade_kept_waiting_by_another_program_says_the_database_is_locked(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a failed upgrade: it could not begin. Trying again later is the answer; not the busy
    message of a unit of work ("Inget sparades; det du skrev finns kvar": nothing was typed)."""
    import sqlite3

    from samverkan_desktop import db as db_module
    from samverkan_desktop.errors import DatabaseLockedError

    before = _older_database(sqlite_url)
    monkeypatch.setattr(db_module, "SQLITE_BUSY_TIMEOUT_MS", 100)
    blocker = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseLockedError) as locked:
            open_database(sqlite_url)
        assert locked.value.message == (  # nothing typed, nothing saved: only wait, or close
            f"Databasen {Path(sqlite_url.removeprefix('sqlite:///')).resolve()} hålls låst av ett "
            "annat program eller en annan dator, så Samverkan kan inte öppna den nu. Ingenting "
            "ändrades. Försök igen om en stund; förblir den låst, stäng de andra program som har "
            "databasfilen öppen."
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    db = open_database(sqlite_url, migrate=False)
    assert revision(db) == before
    db.dispose()


def test_the_details_name_the_migration_that_failed(sqlite_url: str) -> None:
    """0045 sets a course's validity above 240 months to 240; a trigger another tool put on the
    table refuses that update, so the upgrade fails in 0045: the details say where."""
    import sqlite3

    from tests.core.migration_steps import migrate

    path = Path(sqlite_url.removeprefix("sqlite:///"))
    db = open_database(sqlite_url)
    migrate(db, "0044_walk_closing_draft_date")
    db.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO courses (name, validity_months, version) VALUES ('Kurs 300', 300, 1)"
        )
        conn.execute(
            "CREATE TRIGGER another_tools_rule BEFORE UPDATE ON courses "
            "BEGIN SELECT RAISE(ABORT, 'courses are kept as they are'); END"
        )
    with pytest.raises(MigrationFailedError, match="Ingenting ändrades") as failed:
        open_database(sqlite_url)
    assert failed.value.details == (
        "0045_training_validity_range: sqlite3.IntegrityError: courses are kept as they are"
    )
