"""rule before group: a meeting rule may follow another group's meetings

Revision ID: 0022_rule_before_group
Revises: 0021_assessment_when_held
Create Date: 2026-12-02

The papers give the preparation group "4 gånger/år inför chefsamråd": it meets a week before
each meeting of another group. Such a rule has no RRULE (stored empty); ``before_group_id``
names the other group and ``lead_days`` how long before. Deleting the other group is refused
while a rule follows it (RESTRICT: a rule silently gone, or left saying nothing, would be worse;
the service names the group to change first). The database also refuses a rule linked to its
own group, a lead of 0 or over 28 days, and a rule with neither an RRULE nor a link.

A batch on SQLite (a table copy: nothing refers to meeting_rules, so no cascade fires), plain
ALTERs on PostgreSQL. Existing rules have no link. The downgrade deletes linked rules (their
meetings stay as single meetings: from_rule is cleared, as ``clear_rule`` does) and the columns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_rule_before_group"
down_revision: str | None = "0021_assessment_when_held"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKS = {
    "ck_meeting_rules_lead_days": "before_group_id IS NULL OR (lead_days >= 1 AND lead_days <= 28)",
    "ck_meeting_rules_not_before_itself": "before_group_id IS NULL OR before_group_id <> group_id",
    "ck_meeting_rules_rrule_or_link": "before_group_id IS NOT NULL OR rrule <> ''",
}


def upgrade() -> None:
    with op.batch_alter_table("meeting_rules", schema=None) as batch_op:
        batch_op.add_column(sa.Column("before_group_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("lead_days", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_meeting_rules_before_group_id_groups",
            "groups",
            ["before_group_id"],
            ["id"],
            ondelete="RESTRICT",
        )
        batch_op.create_index("ix_meeting_rules_before_group_id", ["before_group_id"])
        for name, condition in CHECKS.items():
            batch_op.create_check_constraint(name, condition)


def downgrade() -> None:
    linked = "SELECT group_id FROM meeting_rules WHERE before_group_id IS NOT NULL"
    op.execute(
        "UPDATE meetings SET from_rule = false, original_start = NULL "
        f"WHERE group_id IN ({linked}) AND from_rule = true"
    )
    op.execute("DELETE FROM meeting_rules WHERE before_group_id IS NOT NULL")
    with op.batch_alter_table("meeting_rules", schema=None) as batch_op:
        for name in CHECKS:
            batch_op.drop_constraint(name, type_="check")
        batch_op.drop_index("ix_meeting_rules_before_group_id")
        batch_op.drop_constraint("fk_meeting_rules_before_group_id_groups", type_="foreignkey")
        batch_op.drop_column("lead_days")
        batch_op.drop_column("before_group_id")
