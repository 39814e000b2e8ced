"""group start meetings: a group's start is not moved later than a meeting it held

Revision ID: 0040_group_start_meetings
Revises: 0039_form_record_versions
Create Date: 2026-12-04

Only the service (services/group_start.check_start) refused a start moved later than a meeting
the group held; another tool, or a desk whose meeting was marked held at another desk meanwhile,
could still store it, and the group would show a held meeting from before it began. Triggers on
both backends now refuse an UPDATE of ``groups.starts_on`` to a later day (or a first one) while
the group has a meeting with status 'held' on an earlier day. Only the move is checked: a save
that leaves the start alone, or moves it earlier, is never refused, so groups stored so before
this revision keep saving. Minutes on a meeting not marked held are the service's alone (they
live in four tables).

The day of a meeting is its Stockholm day. PostgreSQL reads it exactly (AT TIME ZONE). SQLite
stores the start as UTC text without zone rules, so its trigger counts a meeting as before the
start only when it began before 22.00 UTC the day before, the earliest the Stockholm midnight
ever is: it may let a meeting held in the last hour before a winter midnight through (the
service refuses that one), and never refuses a legitimate start.

NOTE for later migrations: an SQLite batch operation that recreates groups drops these
triggers, and one that recreates meetings fails while they name it: drop them first and create
them again (tests/core/test_group_start_meetings_db.py fails if they are missing).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0040_group_start_meetings"
down_revision: str | None = "0039_form_record_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The database's words (a tool's log reads them).
REFUSAL = "a group cannot start later than a meeting it held"

MOVED_LATER = (
    "NEW.starts_on IS NOT NULL AND (OLD.starts_on IS NULL OR NEW.starts_on > OLD.starts_on)"
)
HELD_BEFORE = """EXISTS (
    SELECT 1 FROM meetings AS m
    WHERE m.group_id = NEW.id AND m.status = 'held' AND {before}
)"""
SQLITE_BEFORE = "m.starts_at < datetime(NEW.starts_on, '-2 hours')"
PG_BEFORE = "(m.starts_at AT TIME ZONE 'Europe/Stockholm')::date < NEW.starts_on"

SQLITE_TRIGGER = "trg_groups_start_not_after_held_meeting"

PG_FUNCTION = "groups_start_not_after_held_meeting"
PG_BODY = f"""
BEGIN
    IF {HELD_BEFORE.format(before=PG_BEFORE)} THEN
        RAISE EXCEPTION '{REFUSAL} (group %)', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
"""
PG_TRIGGER = "trg_groups_start_not_after_held_meeting"


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    if _is_sqlite():
        held = HELD_BEFORE.format(before=SQLITE_BEFORE)
        op.execute(
            f"CREATE TRIGGER {SQLITE_TRIGGER} BEFORE UPDATE OF starts_on ON groups FOR EACH ROW "
            f"WHEN {MOVED_LATER} AND {held} BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
        )
        return
    op.execute(f"CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $${PG_BODY}$$")
    op.execute(
        f"CREATE TRIGGER {PG_TRIGGER} BEFORE UPDATE OF starts_on ON groups FOR EACH ROW "
        f"WHEN ({MOVED_LATER}) EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def downgrade() -> None:
    if _is_sqlite():
        op.execute(f"DROP TRIGGER {SQLITE_TRIGGER}")
        return
    op.execute(f"DROP TRIGGER {PG_TRIGGER} ON groups")
    op.execute(f"DROP FUNCTION {PG_FUNCTION}()")
