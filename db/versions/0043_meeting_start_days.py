"""meeting start days: a meeting is not held before its group's start

Revision ID: 0043_meeting_start_days
Revises: 0042_group_end_meetings
Create Date: 2026-12-04

0040 refuses the group's side of the start (a start moved later than a held meeting); the
meeting's side was the services' alone (meeting_group_days.check_day for a meeting marked held,
or added, moved, before the start). Another tool, or two desks each doing one half at the same
time, could still store it, and the group would show a held meeting from before it began.
Triggers on both backends now refuse, as 0042 does for the end, a meeting INSERTed held before
its group's start, or UPDATEd to be held there: marked held, or, held, moved to an earlier day or
to another group.
Only the change is checked: a meeting stored so before this revision keeps saving its other
fields (0040 kept such meetings when it refused only the group's move). Minutes on a meeting
not marked held are the services' alone (they live in four tables).

The day of a meeting is its Stockholm day. PostgreSQL reads it exactly (AT TIME ZONE). SQLite
stores the start as UTC text without zone rules, so, as in 0040, its triggers count a meeting as
before the start only when it began before 22.00 UTC the day before, the earliest the Stockholm
midnight ever is: a meeting held in the last hour before a winter midnight may pass (the
services refuse that one), and a legitimate meeting is never refused.

The statements repeat 0042's rather than import them: a revision stays as it was applied.

NOTE for later migrations, as in 0040 and 0042: an SQLite batch operation that recreates groups
or meetings drops these triggers (or fails while they name the other table): drop them first and
create them again (tests/core/test_meeting_start_days_db.py fails if they are missing).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0043_meeting_start_days"
down_revision: str | None = "0042_group_end_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The database's words (a tool's log reads them).
REFUSAL = "a group cannot have held a meeting before its start"

# A meeting starting at ``start`` is before the group's start ``day`` (see the docstring).
SQLITE_BEFORE = "{start} < datetime({day}, '-2 hours')"
PG_BEFORE = "({start} AT TIME ZONE 'Europe/Stockholm')::date < {day}"

# Held before its group's start.
GROUP_STARTS_AFTER = """EXISTS (
    SELECT 1 FROM groups AS g
    WHERE g.id = NEW.group_id AND g.starts_on IS NOT NULL AND {before}
)"""
# An UPDATE that makes it so: not one leaving a held meeting's day and group as they were.
NEWLY_HELD = (
    "OLD.status <> 'held' OR NEW.starts_at <> OLD.starts_at OR NEW.group_id <> OLD.group_id"
)
MEETING_COLUMNS = "status, starts_at, group_id"

SQLITE_INSERT_TRIGGER = "trg_meetings_insert_held_not_before_group_start"
SQLITE_UPDATE_TRIGGER = "trg_meetings_update_held_not_before_group_start"

PG_FUNCTION = "meetings_held_not_before_group_start"
PG_TRIGGER = "trg_meetings_held_not_before_group_start"

PG_BODY = f"""
BEGIN
    IF TG_OP = 'UPDATE' AND NOT ({NEWLY_HELD}) THEN
        RETURN NEW;
    END IF;
    IF {GROUP_STARTS_AFTER.format(before=PG_BEFORE.format(start="NEW.starts_at", day="g.starts_on"))}
    THEN
        RAISE EXCEPTION '{REFUSAL} (meeting %)', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
"""


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _sqlite_upgrade() -> None:
    abort = f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    starts_after = GROUP_STARTS_AFTER.format(
        before=SQLITE_BEFORE.format(start="NEW.starts_at", day="g.starts_on")
    )
    op.execute(
        f"CREATE TRIGGER {SQLITE_INSERT_TRIGGER} BEFORE INSERT ON meetings FOR EACH ROW "
        f"WHEN NEW.status = 'held' AND {starts_after} {abort}"
    )
    op.execute(
        f"CREATE TRIGGER {SQLITE_UPDATE_TRIGGER} BEFORE UPDATE OF {MEETING_COLUMNS} ON meetings "
        f"FOR EACH ROW WHEN NEW.status = 'held' AND ({NEWLY_HELD}) AND {starts_after} {abort}"
    )


def upgrade() -> None:
    if _is_sqlite():
        _sqlite_upgrade()
        return
    op.execute(f"CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $${PG_BODY}$$")
    # OLD is not readable in the WHEN of an INSERT trigger: the function tells an UPDATE apart.
    op.execute(
        f"CREATE TRIGGER {PG_TRIGGER} BEFORE INSERT OR UPDATE OF {MEETING_COLUMNS} "
        f"ON meetings FOR EACH ROW WHEN (NEW.status = 'held') EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def downgrade() -> None:
    if _is_sqlite():
        for name in (SQLITE_INSERT_TRIGGER, SQLITE_UPDATE_TRIGGER):
            op.execute(f"DROP TRIGGER {name}")
        return
    op.execute(f"DROP TRIGGER {PG_TRIGGER} ON meetings")
    op.execute(f"DROP FUNCTION {PG_FUNCTION}()")
