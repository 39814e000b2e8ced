"""meetings: meeting rules, meetings, invitees, agenda, decisions, agenda templates, actions

Revision ID: 0003_meetings
Revises: 0002_alarms
Create Date: 2026-11-22

The action tables are shared: meetings, safety walks and exercises all record their actions in
``actions`` (source_type + source_id) with dated follow-up notes in ``action_notes``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0003_meetings'
down_revision: str | None = '0002_alarms'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('source_type', sa.Enum('meeting', 'walk_observation', 'exercise_lesson', 'other', name='action_source', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('responsible_person_id', sa.Integer(), nullable=True),
    sa.Column('responsible_organisation_id', sa.Integer(), nullable=True),
    sa.Column('raised_on', sa.Date(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'requested', 'in_progress', 'done', 'rejected', name='action_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('priority_area_id', sa.Integer(), nullable=True),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint("(status IN ('done', 'rejected') AND closed_on IS NOT NULL) OR (status NOT IN ('done', 'rejected') AND closed_on IS NULL)", name=op.f('ck_actions_closed_on_matches_status')),
    sa.CheckConstraint("source_type = 'other' OR source_id IS NOT NULL", name=op.f('ck_actions_source_has_id')),
    sa.CheckConstraint('closed_on IS NULL OR closed_on >= raised_on', name=op.f('ck_actions_closed_after_raised')),
    sa.CheckConstraint('due_on IS NULL OR due_on >= raised_on', name=op.f('ck_actions_due_after_raised')),
    sa.CheckConstraint('responsible_person_id IS NOT NULL OR responsible_organisation_id IS NOT NULL', name=op.f('ck_actions_has_responsible')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_actions_group_id_groups'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['priority_area_id'], ['priority_areas.id'], name=op.f('fk_actions_priority_area_id_priority_areas'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['responsible_organisation_id'], ['organisations.id'], name=op.f('fk_actions_responsible_organisation_id_organisations'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['responsible_person_id'], ['people.id'], name=op.f('fk_actions_responsible_person_id_people'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actions'))
    )
    op.create_index(op.f('ix_actions_due_on'), 'actions', ['due_on'], unique=False)
    op.create_index(op.f('ix_actions_group_id'), 'actions', ['group_id'], unique=False)
    op.create_index(op.f('ix_actions_priority_area_id'), 'actions', ['priority_area_id'], unique=False)
    op.create_index(op.f('ix_actions_responsible_organisation_id'), 'actions', ['responsible_organisation_id'], unique=False)
    op.create_index(op.f('ix_actions_responsible_person_id'), 'actions', ['responsible_person_id'], unique=False)
    op.create_index('ix_actions_source', 'actions', ['source_type', 'source_id'], unique=False)
    op.create_index(op.f('ix_actions_status'), 'actions', ['status'], unique=False)
    op.create_table('agenda_template_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('standing_key', sa.String(length=40), nullable=True),
    sa.Column('presenter', sa.String(length=200), nullable=True),
    sa.CheckConstraint('position >= 0', name=op.f('ck_agenda_template_items_position_not_negative')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_agenda_template_items_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_template_items'))
    )
    op.create_index(op.f('ix_agenda_template_items_group_id'), 'agenda_template_items', ['group_id'], unique=False)
    op.create_table('meeting_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('rrule', sa.String(length=500), nullable=False),
    sa.Column('exdates', sa.Text(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('duration_minutes', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('holiday_policy', sa.Enum('keep', 'skip', 'move', name='holiday_policy', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('phrase', sa.String(length=300), nullable=True),
    sa.Column('planned_until', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint('duration_minutes >= 5 AND duration_minutes <= 720', name=op.f('ck_meeting_rules_duration_range')),
    sa.CheckConstraint('until IS NULL OR until >= starts_on', name=op.f('ck_meeting_rules_until_after_start')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meeting_rules_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_rules')),
    sa.UniqueConstraint('group_id', name=op.f('uq_meeting_rules_group_id'))
    )
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=True),
    sa.Column('starts_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('ends_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=True),
    sa.Column('status', sa.Enum('planned', 'held', 'cancelled', name='meeting_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('from_rule', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('original_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('is_exception', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('prepared', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('minutes_by', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_meetings_ends_after_start')),
    sa.CheckConstraint('from_rule = false OR original_start IS NOT NULL', name=op.f('ck_meetings_rule_meeting_has_original')),
    sa.ForeignKeyConstraint(['group_id'], ['groups.id'], name=op.f('fk_meetings_group_id_groups'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings')),
    sa.UniqueConstraint('group_id', 'original_start', name='uq_meetings_group_occurrence')
    )
    op.create_index('ix_meetings_group_start', 'meetings', ['group_id', 'starts_at'], unique=False)
    op.create_index(op.f('ix_meetings_starts_at'), 'meetings', ['starts_at'], unique=False)
    op.create_index(op.f('ix_meetings_status'), 'meetings', ['status'], unique=False)
    op.create_table('action_notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['action_id'], ['actions.id'], name=op.f('fk_action_notes_action_id_actions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_action_notes_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_notes'))
    )
    op.create_index(op.f('ix_action_notes_action_id'), 'action_notes', ['action_id'], unique=False)
    op.create_index(op.f('ix_action_notes_meeting_id'), 'action_notes', ['meeting_id'], unique=False)
    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('standing_key', sa.String(length=40), nullable=True),
    sa.Column('presenter', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('next_steps', sa.Text(), nullable=True),
    sa.CheckConstraint('position >= 0', name=op.f('ck_agenda_items_position_not_negative')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    op.create_index(op.f('ix_agenda_items_meeting_id'), 'agenda_items', ['meeting_id'], unique=False)
    op.create_table('meeting_invitees',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('invited', 'present', 'absent', 'substitute', name='attendance_status', native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column('substitute_name', sa.String(length=200), nullable=True),
    sa.CheckConstraint("status <> 'substitute' OR substitute_name IS NOT NULL", name=op.f('ck_meeting_invitees_substitute_named')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_invitees_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_meeting_invitees_person_id_people'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_invitees')),
    sa.UniqueConstraint('meeting_id', 'person_id', name=op.f('uq_meeting_invitees_meeting_id'))
    )
    op.create_index(op.f('ix_meeting_invitees_person_id'), 'meeting_invitees', ['person_id'], unique=False)
    op.create_table('decisions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_items.id'], name=op.f('fk_decisions_agenda_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_decisions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    op.create_index(op.f('ix_decisions_agenda_item_id'), 'decisions', ['agenda_item_id'], unique=False)
    op.create_index(op.f('ix_decisions_meeting_id'), 'decisions', ['meeting_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_decisions_meeting_id'), table_name='decisions')
    op.drop_index(op.f('ix_decisions_agenda_item_id'), table_name='decisions')
    op.drop_table('decisions')
    op.drop_index(op.f('ix_meeting_invitees_person_id'), table_name='meeting_invitees')
    op.drop_table('meeting_invitees')
    op.drop_index(op.f('ix_agenda_items_meeting_id'), table_name='agenda_items')
    op.drop_table('agenda_items')
    op.drop_index(op.f('ix_action_notes_meeting_id'), table_name='action_notes')
    op.drop_index(op.f('ix_action_notes_action_id'), table_name='action_notes')
    op.drop_table('action_notes')
    op.drop_index(op.f('ix_meetings_status'), table_name='meetings')
    op.drop_index(op.f('ix_meetings_starts_at'), table_name='meetings')
    op.drop_index('ix_meetings_group_start', table_name='meetings')
    op.drop_table('meetings')
    op.drop_table('meeting_rules')
    op.drop_index(op.f('ix_agenda_template_items_group_id'), table_name='agenda_template_items')
    op.drop_table('agenda_template_items')
    op.drop_index(op.f('ix_actions_status'), table_name='actions')
    op.drop_index('ix_actions_source', table_name='actions')
    op.drop_index(op.f('ix_actions_responsible_person_id'), table_name='actions')
    op.drop_index(op.f('ix_actions_responsible_organisation_id'), table_name='actions')
    op.drop_index(op.f('ix_actions_priority_area_id'), table_name='actions')
    op.drop_index(op.f('ix_actions_group_id'), table_name='actions')
    op.drop_index(op.f('ix_actions_due_on'), table_name='actions')
    op.drop_table('actions')
