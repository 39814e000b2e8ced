"""membership overlap: a person's memberships of one group never run at the same time

Revision ID: 0037_membership_overlap
Revises: 0036_calendar_sequences
Create Date: 2026-12-04

Only the services (membership_dates.check_joined) kept a person's memberships of a group apart
in time; 0034's partial unique index holds only that one of them runs *now*. Another tool, or
two desks at once on PostgreSQL, could store a former membership that overlaps another one, and
a report of that period would then count the person twice. Triggers on both backends now refuse
a row whose days (``joined_on`` NULL: since ever; ``left_on`` NULL: still running) share a day
with another row of the same person and group (two still running are the unique index's). An
exclusion constraint over a daterange would need btree_gist on PostgreSQL and does not exist on
SQLite: one trigger rule reads alike on both. On PostgreSQL the trigger first takes a
transaction lock on the (group, person) pair, so two desks writing the same pair wait for each
other and the second sees the first's row.

Existing data: memberships of a person and group that overlap (possible before this revision)
are merged into one, the way the coordinator would read them: from the earliest first day
(NULL if either had none) to the latest last day (NULL if either still runs), with the role of
the one begun last (the role the person held most recently). The others are deleted; nothing
refers to a membership row. A chain (A overlaps B, B overlaps C) becomes one membership. Rows
that only touch (one ends the day before the other begins) stay apart. The merge is logged.
The downgrade removes the triggers and leaves the merged rows as they are.

The services check first and explain in Swedish; a refusal that reaches the database anyway
gets the service's own line (services/membership_overlap.py). NOTE for later migrations: an
SQLite batch operation that recreates memberships drops these triggers: create them again
(tests/core/test_membership_overlap_db.py fails if they are missing).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from itertools import groupby

import sqlalchemy as sa
from alembic import op

revision: str = "0037_membership_overlap"
down_revision: str | None = "0036_calendar_sequences"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger("alembic.runtime.migration")

# The database's words (a tool's log reads them; services/membership_overlap.py looks for them).
OVERLAP = "memberships of a person in a group overlap in time"

# Another row of the pair shares a day with NEW (NULL days are open-ended). Two running now
# are left to 0034's unique index, which waits for the other desk and has its own line ("is
# already a member").
OVERLAPS = """EXISTS (
    SELECT 1 FROM memberships AS other
    WHERE other.group_id = NEW.group_id AND other.person_id = NEW.person_id
        AND other.id {not_same} NEW.id
        AND (NEW.left_on IS NOT NULL OR other.left_on IS NOT NULL)
        AND (NEW.joined_on IS NULL OR other.left_on IS NULL OR NEW.joined_on <= other.left_on)
        AND (other.joined_on IS NULL OR NEW.left_on IS NULL OR other.joined_on <= NEW.left_on)
)"""
SQLITE_OVERLAPS = OVERLAPS.format(not_same="IS NOT")
SQLITE_TRIGGERS = {
    "trg_memberships_no_overlap": "BEFORE INSERT ON memberships FOR EACH ROW",
    "trg_memberships_no_overlap_on_update": (
        "BEFORE UPDATE OF group_id, person_id, joined_on, left_on ON memberships FOR EACH ROW"
    ),
}

PG_FUNCTION = "memberships_no_overlap"
PG_BODY = f"""
BEGIN
    PERFORM pg_advisory_xact_lock(
        hashtextextended('memberships:' || NEW.group_id || ':' || NEW.person_id, 0));
    IF {OVERLAPS.format(not_same="IS DISTINCT FROM")} THEN
        RAISE EXCEPTION '{OVERLAP} (group %, person %)', NEW.group_id, NEW.person_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
"""
PG_TRIGGER = "trg_memberships_no_overlap"

memberships = sa.table(
    "memberships",
    sa.column("id", sa.Integer),
    sa.column("group_id", sa.Integer),
    sa.column("person_id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("joined_on", sa.Date),
    sa.column("left_on", sa.Date),
)


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _merge_overlapping() -> None:
    """Merge each chain of overlapping memberships of a pair into its last-begun row."""
    bind = op.get_bind()
    found = bind.execute(
        sa.select(memberships).order_by(memberships.c.group_id, memberships.c.person_id)
    ).all()
    merged = deleted = 0
    for _pair, pair_rows in groupby(found, key=lambda r: (r.group_id, r.person_id)):
        ordered = sorted(pair_rows, key=lambda r: (r.joined_on or dt.date.min, r.id))
        chains: list[list[sa.Row]] = [[ordered[0]]]
        end = ordered[0].left_on
        for row in ordered[1:]:
            if end is not None and row.joined_on is not None and row.joined_on > end:
                chains.append([row])
                end = row.left_on
            else:
                chains[-1].append(row)
                end = None if end is None or row.left_on is None else max(end, row.left_on)
        for chain in (c for c in chains if len(c) > 1):
            kept, others = chain[-1], chain[:-1]
            lefts = [r.left_on for r in chain]
            # Delete first: the kept row may become the current one, which is unique.
            bind.execute(memberships.delete().where(memberships.c.id.in_([r.id for r in others])))
            bind.execute(
                memberships.update()
                .where(memberships.c.id == kept.id)
                .values(
                    joined_on=chain[0].joined_on,
                    left_on=None if None in lefts else max(d for d in lefts if d is not None),
                )
            )
            merged += 1
            deleted += len(others)
    if merged:
        log.warning(
            "Merged %d overlapping memberships into %d (one per person, group and period).",
            merged + deleted,
            merged,
        )


def upgrade() -> None:
    _merge_overlapping()
    if _is_sqlite():
        for name, timing in SQLITE_TRIGGERS.items():
            op.execute(
                f"CREATE TRIGGER {name} {timing} WHEN {SQLITE_OVERLAPS} "
                f"BEGIN SELECT RAISE(ABORT, '{OVERLAP}'); END"
            )
        return
    op.execute(f"CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $${PG_BODY}$$")
    op.execute(
        f"CREATE TRIGGER {PG_TRIGGER} BEFORE INSERT OR UPDATE OF group_id, person_id, joined_on, "
        f"left_on ON memberships FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
    )


def downgrade() -> None:
    if _is_sqlite():
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
        return
    op.execute(f"DROP TRIGGER {PG_TRIGGER} ON memberships")
    op.execute(f"DROP FUNCTION {PG_FUNCTION}()")
