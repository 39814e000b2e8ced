"""Actions (åtgärder): who does what by when, followed up until closed.

One entity for every area: a meeting's action items, a safety walk's remedial actions and an
exercise's lessons learned all point at their origin through ``source_type`` + ``source_id``
rather than one table per source.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

# Re-exported: defined without SQLAlchemy for the plain-SQL printouts (see enums.py).
from samverkan_desktop.enums import CLOSED_STATUSES as CLOSED_STATUSES
from samverkan_desktop.enums import ActionSource, ActionStatus
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.groups import Group, PriorityArea
from samverkan_desktop.models.people import Organisation, Person


class Action(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "actions"
    __table_args__ = (
        CheckConstraint(
            "responsible_person_id IS NOT NULL OR responsible_organisation_id IS NOT NULL",
            name="has_responsible",
        ),
        CheckConstraint("source_type = 'other' OR source_id IS NOT NULL", name="source_has_id"),
        # Closed exactly when done or rejected.
        CheckConstraint(
            "(status IN ('done', 'rejected') AND closed_on IS NOT NULL) OR "
            "(status NOT IN ('done', 'rejected') AND closed_on IS NULL)",
            name="closed_on_matches_status",
        ),
        CheckConstraint("due_on IS NULL OR due_on >= raised_on", name="due_after_raised"),
        CheckConstraint("closed_on IS NULL OR closed_on >= raised_on", name="closed_after_raised"),
        Index("ix_actions_source", "source_type", "source_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))  # what is to be done, in short
    description: Mapped[str | None] = mapped_column(Text)
    source_type: Mapped[ActionSource] = mapped_column(
        str_enum(ActionSource, "action_source"), default=ActionSource.OTHER
    )
    source_id: Mapped[int | None] = mapped_column(Integer)
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    responsible_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    raised_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "action_status"), default=ActionStatus.OPEN, index=True
    )
    closed_on: Mapped[dt.date | None] = mapped_column(Date)
    priority_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("priority_areas.id", ondelete="RESTRICT"), index=True
    )
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="RESTRICT"), index=True
    )

    responsible_person: Mapped[Person | None] = relationship()
    responsible_organisation: Mapped[Organisation | None] = relationship()
    priority_area: Mapped[PriorityArea | None] = relationship()
    group: Mapped[Group | None] = relationship()
    notes: Mapped[list[ActionNote]] = relationship(
        back_populates="action",
        cascade="all, delete-orphan",
        order_by="(ActionNote.noted_on, ActionNote.id)",
    )


class ActionNote(Base):
    """A dated follow-up ("Belysningen beställd, klar v. 12"), possibly recorded at a meeting."""

    __tablename__ = "action_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("actions.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[dt.date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )

    action: Mapped[Action] = relationship(back_populates="notes")
