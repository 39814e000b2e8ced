"""group end meetings: a group held no meeting after its end

Revision ID: 0042_group_end_meetings
Revises: 0041_template_versions
Create Date: 2026-12-04

Only the services refused a held meeting after a group's end (group_end.check_end for an end
set before one, meeting_group_days.check_day for a meeting marked held, or added, moved, after
the end); another tool, or two desks each doing one half at the same time, could still store
it, and the group would show a held meeting from after it ended. Triggers on both backends now
refuse, as 0040 does for the start:
- an UPDATE of ``groups.ended_on`` to an earlier day (or a first one) while the group has a
  meeting with status 'held' on a later day;
- a meeting INSERTed held after its group's end, or UPDATEd to be held there: marked held, or,
  held, moved to a later day or to another group.
Only the change is checked: a group or a meeting stored so before this revision keeps saving
its other fields (and an end moved later, or taken away, is never refused). Minutes on a
meeting not marked held are the services' alone (they live in four tables).

The day of a meeting is its Stockholm day. PostgreSQL reads it exactly (AT TIME ZONE). SQLite
stores the start as UTC text without zone rules, so its triggers count a meeting as after the
end only when it began at or after midnight UTC the day after, always 01.00 or later that day
in Stockholm: a meeting held in the first hours after the end's Stockholm midnight may pass
(the services refuse that one), and a legitimate end or meeting is never refused.

NOTE for later migrations, as in 0040: an SQLite batch operation that recreates groups or
meetings drops these triggers (or fails while they name the other table): drop them first and
create them again (tests/core/test_group_end_meetings_db.py fails if they are missing).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0042_group_end_meetings"
down_revision: str | None = "0041_template_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The database's words (a tool's log reads them).
REFUSAL = "a group cannot have held a meeting after its end"

# A meeting starting at ``start`` is after the group's end ``end`` (see the docstring).
SQLITE_AFTER = "{start} >= datetime({end}, '+1 day')"
PG_AFTER = "({start} AT TIME ZONE 'Europe/Stockholm')::date > {end}"

# The group's side: an end set, or moved earlier, over a held meeting after it.
ENDED_EARLIER = "NEW.ended_on IS NOT NULL AND (OLD.ended_on IS NULL OR NEW.ended_on < OLD.ended_on)"
HELD_AFTER = """EXISTS (
    SELECT 1 FROM meetings AS m
    WHERE m.group_id = NEW.id AND m.status = 'held' AND {after}
)"""
# The meeting's side: held after its group's end.
GROUP_ENDED_BEFORE = """EXISTS (
    SELECT 1 FROM groups AS g
    WHERE g.id = NEW.group_id AND g.ended_on IS NOT NULL AND {after}
)"""
# An UPDATE that makes it so: not one leaving a held meeting's day and group as they were.
NEWLY_HELD = (
    "OLD.status <> 'held' OR NEW.starts_at <> OLD.starts_at OR NEW.group_id <> OLD.group_id"
)
MEETING_COLUMNS = "status, starts_at, group_id"

SQLITE_GROUP_TRIGGER = "trg_groups_end_not_before_held_meeting"
SQLITE_INSERT_TRIGGER = "trg_meetings_insert_held_not_after_group_end"
SQLITE_UPDATE_TRIGGER = "trg_meetings_update_held_not_after_group_end"

PG_GROUP_FUNCTION = "groups_end_not_before_held_meeting"
PG_GROUP_TRIGGER = "trg_groups_end_not_before_held_meeting"
PG_MEETING_FUNCTION = "meetings_held_not_after_group_end"
PG_MEETING_TRIGGER = "trg_meetings_held_not_after_group_end"


def _raise(record: str) -> str:
    return f"RAISE EXCEPTION '{REFUSAL} ({record} %)', NEW.id USING ERRCODE = 'check_violation';"


PG_GROUP_BODY = f"""
BEGIN
    IF {HELD_AFTER.format(after=PG_AFTER.format(start="m.starts_at", end="NEW.ended_on"))} THEN
        {_raise("group")}
    END IF;
    RETURN NEW;
END
"""
PG_MEETING_BODY = f"""
BEGIN
    IF TG_OP = 'UPDATE' AND NOT ({NEWLY_HELD}) THEN
        RETURN NEW;
    END IF;
    IF {GROUP_ENDED_BEFORE.format(after=PG_AFTER.format(start="NEW.starts_at", end="g.ended_on"))}
    THEN
        {_raise("meeting")}
    END IF;
    RETURN NEW;
END
"""


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _sqlite_upgrade() -> None:
    abort = f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END"
    held_after = HELD_AFTER.format(
        after=SQLITE_AFTER.format(start="m.starts_at", end="NEW.ended_on")
    )
    op.execute(
        f"CREATE TRIGGER {SQLITE_GROUP_TRIGGER} BEFORE UPDATE OF ended_on ON groups "
        f"FOR EACH ROW WHEN {ENDED_EARLIER} AND {held_after} {abort}"
    )
    ended_before = GROUP_ENDED_BEFORE.format(
        after=SQLITE_AFTER.format(start="NEW.starts_at", end="g.ended_on")
    )
    op.execute(
        f"CREATE TRIGGER {SQLITE_INSERT_TRIGGER} BEFORE INSERT ON meetings FOR EACH ROW "
        f"WHEN NEW.status = 'held' AND {ended_before} {abort}"
    )
    op.execute(
        f"CREATE TRIGGER {SQLITE_UPDATE_TRIGGER} BEFORE UPDATE OF {MEETING_COLUMNS} ON meetings "
        f"FOR EACH ROW WHEN NEW.status = 'held' AND ({NEWLY_HELD}) AND {ended_before} {abort}"
    )


def upgrade() -> None:
    if _is_sqlite():
        _sqlite_upgrade()
        return
    op.execute(
        f"CREATE FUNCTION {PG_GROUP_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $${PG_GROUP_BODY}$$"
    )
    op.execute(
        f"CREATE TRIGGER {PG_GROUP_TRIGGER} BEFORE UPDATE OF ended_on ON groups FOR EACH ROW "
        f"WHEN ({ENDED_EARLIER}) EXECUTE FUNCTION {PG_GROUP_FUNCTION}()"
    )
    op.execute(
        f"CREATE FUNCTION {PG_MEETING_FUNCTION}() RETURNS trigger LANGUAGE plpgsql "
        f"AS $${PG_MEETING_BODY}$$"
    )
    # OLD is not readable in the WHEN of an INSERT trigger: the function tells an UPDATE apart.
    op.execute(
        f"CREATE TRIGGER {PG_MEETING_TRIGGER} BEFORE INSERT OR UPDATE OF {MEETING_COLUMNS} "
        f"ON meetings FOR EACH ROW WHEN (NEW.status = 'held') "
        f"EXECUTE FUNCTION {PG_MEETING_FUNCTION}()"
    )


def downgrade() -> None:
    if _is_sqlite():
        for name in (SQLITE_GROUP_TRIGGER, SQLITE_INSERT_TRIGGER, SQLITE_UPDATE_TRIGGER):
            op.execute(f"DROP TRIGGER {name}")
        return
    op.execute(f"DROP TRIGGER {PG_MEETING_TRIGGER} ON meetings")
    op.execute(f"DROP FUNCTION {PG_MEETING_FUNCTION}()")
    op.execute(f"DROP TRIGGER {PG_GROUP_TRIGGER} ON groups")
    op.execute(f"DROP FUNCTION {PG_GROUP_FUNCTION}()")
