"""crisis: plans register, crisis organisation, external contacts

Revision ID: 0006_crisis
Revises: 0005_walks
Create Date: 2026-11-30

Plans with their version history and attached files; crisis roles with a primary and ordered
deputies; the external entries of the crisis contact list.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_crisis"
down_revision: str | None = "0005_walks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "crisis_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint("position > 0", name=op.f("ck_crisis_roles_position_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_roles")),
        sa.UniqueConstraint("name", name=op.f("uq_crisis_roles_name")),
        sa.UniqueConstraint("position", name=op.f("uq_crisis_roles_position")),
    )
    op.create_table(
        "crisis_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("function", sa.String(length=200), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("last_verified", sa.Date(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "person_id IS NULL OR last_verified IS NULL",
            name=op.f("ck_crisis_contacts_verified_on_person"),
        ),
        sa.CheckConstraint("position > 0", name=op.f("ck_crisis_contacts_position_positive")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_crisis_contacts_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_crisis_contacts_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_contacts")),
        sa.UniqueConstraint("position", name=op.f("uq_crisis_contacts_position")),
    )
    with op.batch_alter_table("crisis_contacts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crisis_contacts_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_crisis_contacts_person_id"), ["person_id"], unique=False
        )
    op.create_table(
        "crisis_role_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.CheckConstraint("rank >= 0", name=op.f("ck_crisis_role_members_rank_not_negative")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_crisis_role_members_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["crisis_roles.id"],
            name=op.f("fk_crisis_role_members_role_id_crisis_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_role_members")),
        sa.UniqueConstraint("role_id", "person_id", name="uq_crisis_role_members_person"),
        sa.UniqueConstraint("role_id", "rank", name="uq_crisis_role_members_rank"),
    )
    with op.batch_alter_table("crisis_role_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crisis_role_members_person_id"), ["person_id"], unique=False
        )
    op.create_table(
        "plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "steering_document",
                "risk_analysis",
                "extraordinary_events_plan",
                "training_exercise_plan",
                "crisis_management_plan",
                "violent_extremism_plan",
                "threat_routine",
                "continuity_plan",
                "situation_picture",
                "collaboration_agreement",
                "fire_safety",
                "other",
                name="plan_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("revision_interval_months", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "revision_interval_months IS NULL OR revision_interval_months BETWEEN 1 AND 120",
            name=op.f("ck_plans_revision_interval_range"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["people.id"], name=op.f("fk_plans_owner_id_people"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("name", name=op.f("uq_plans_name")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_plans_owner_id"), ["owner_id"], unique=False)
    op.create_table(
        "plan_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=False),
        sa.Column("adopted_by", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_versions_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_versions")),
        sa.UniqueConstraint("plan_id", "version", name="uq_plan_versions_version"),
    )
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_versions_plan_id"), ["plan_id"], unique=False)
    op.create_table(
        "plan_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("stored_path", sa.String(length=500), nullable=False),
        sa.Column("byte_size", sa.Integer(), nullable=False),
        sa.Column("added_on", sa.Date(), nullable=False),
        sa.CheckConstraint(
            "byte_size >= 0", name=op.f("ck_plan_attachments_byte_size_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_attachments_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["plan_versions.id"],
            name=op.f("fk_plan_attachments_version_id_plan_versions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_attachments")),
        sa.UniqueConstraint("stored_path", name=op.f("uq_plan_attachments_stored_path")),
    )
    with op.batch_alter_table("plan_attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_attachments_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_attachments_version_id"), ["version_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("plan_attachments")
    op.drop_table("plan_versions")
    op.drop_table("plans")
    op.drop_table("crisis_role_members")
    op.drop_table("crisis_contacts")
    op.drop_table("crisis_roles")
