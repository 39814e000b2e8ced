"""The database rules SQLite keeps in triggers survive the migrations. On SQLite a
``batch_alter_table`` rebuilds its table (a copy, DROP TABLE, a rename): the old table's
triggers go with it, silently, and the rename refuses to run while another table's trigger
names the dropped one, so a migration drops those first. Either way a group ended before a
meeting it held, or two overlapping memberships, would then be stored without a word.

After ``upgrade head`` every trigger a migration ever created must be in ``sqlite_master``
(unless listed in RETIRED); a migration that rebuilds ``groups``, ``meetings`` or
``memberships`` and forgets to create a trigger again fails here, naming it."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import event, text

from samverkan_desktop.db import make_engine, upgrade

CREATED = re.compile(
    r"\bCREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)\"?.*?\bON\s+\"?(\w+)",
    re.IGNORECASE | re.DOTALL,
)
# Triggers a migration dropped on purpose, for good: name them here with the migration.
RETIRED: frozenset[str] = frozenset()
TRIGGERS = text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")


@dataclass(frozen=True)
class Migrated:
    path: Path
    created: dict[str, str]  # every trigger a migration created → its table


def _in_database(path: Path) -> dict[str, str]:
    """The triggers in the file → their SQL."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return {str(name): str(sql) for name, sql in conn.execute(TRIGGERS)}
    finally:
        engine.dispose()


def _missing(path: Path, created: dict[str, str]) -> list[str]:
    present = _in_database(path)
    return sorted(
        f"{name} (on {table})"
        for name, table in created.items()
        if name not in present and name not in RETIRED
    )


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Migrated:
    """An empty file brought to head, the triggers created on the way recorded."""
    path = tmp_path_factory.mktemp("triggers") / "samverkan.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    created: dict[str, str] = {}

    def record(_conn: object, _cursor: object, statement: str, *_rest: object) -> None:
        created.update(CREATED.findall(statement))

    event.listen(engine, "before_cursor_execute", record)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # all of it in the file
    finally:
        engine.dispose()
    return Migrated(path, created)


def test_every_trigger_the_migrations_created_is_there_after_upgrade_head(
    migrated: Migrated,
) -> None:
    missing = _missing(migrated.path, migrated.created)
    assert missing == [], (
        "Created by a migration, gone after upgrade head (a batch_alter_table rebuilt its table, "
        "or another's): create it again after the rebuild, or list it in RETIRED: "
        + ", ".join(missing)
    )
    # Nothing unaccounted for either: the recording saw every CREATE TRIGGER.
    assert set(_in_database(migrated.path)) == set(migrated.created) - RETIRED
    # Among them the rules on the days of groups, their meetings and memberships (0037-0043).
    assert {"groups", "meetings", "memberships"} <= set(migrated.created.values())


def test_a_rebuild_of_groups_that_forgets_the_triggers_fails_naming_them(
    migrated: Migrated, tmp_path: Path
) -> None:
    """What a future migration rebuilding ``groups`` with batch_alter_table would leave if it
    dropped the meetings' triggers that name groups (the rename refuses to run beside them)
    and created none again: the rules of migrations 0040, 0042 and 0043, named."""
    path = tmp_path / "samverkan.sqlite3"
    shutil.copyfile(migrated.path, path)
    naming_groups = [
        name
        for name, sql in _in_database(path).items()
        if re.search(r"\bgroups\b", sql) and migrated.created[name] != "groups"
    ]
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            for name in naming_groups:
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            with Operations(MigrationContext.configure(conn)).batch_alter_table(
                "groups", recreate="always"
            ):
                pass
    finally:
        engine.dispose()
    assert _missing(path, migrated.created) == [
        "trg_groups_end_not_before_held_meeting (on groups)",
        "trg_groups_start_not_after_held_meeting (on groups)",
        "trg_meetings_insert_held_not_after_group_end (on meetings)",
        "trg_meetings_insert_held_not_before_group_start (on meetings)",
        "trg_meetings_update_held_not_after_group_end (on meetings)",
        "trg_meetings_update_held_not_before_group_start (on meetings)",
    ]
