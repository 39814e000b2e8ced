"""Meetings: a group's rule, the meetings it gives (and single ones), invitees and attendance,
the agenda with minutes per item, and decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

# Re-exported: defined without SQLAlchemy for the plain-SQL printouts (see enums.py).
from samverkan_desktop.enums import DEFAULT_TEMPLATE as DEFAULT_TEMPLATE
from samverkan_desktop.enums import STANDING_ACTIONS as STANDING_ACTIONS
from samverkan_desktop.enums import STANDING_DONE_NEXT as STANDING_DONE_NEXT
from samverkan_desktop.enums import STANDING_ROUND_TABLE as STANDING_ROUND_TABLE
from samverkan_desktop.enums import AttendanceStatus, MeetingStatus
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.groups import Group
from samverkan_desktop.models.people import Person
from samverkan_desktop.recurrence.days import HolidayPolicy


class MeetingRule(TimestampMixin, Base):
    """When a group meets: an RFC 5545 RRULE (without DTSTART/UNTIL) plus its columns.

    ``planned_until`` is the rolling horizon: meetings exist up to that day. A rule linked to
    another group (``before_group_id``, "inför chefsamråd") has no RRULE (empty): its meetings
    are ``lead_days`` before that group's. Deleting that group is refused while a rule follows
    it (RESTRICT; the service says which group to change first).
    """

    __tablename__ = "meeting_rules"
    __table_args__ = (
        CheckConstraint("duration_minutes >= 5 AND duration_minutes <= 720", name="duration_range"),
        CheckConstraint("until IS NULL OR until >= starts_on", name="until_after_start"),
        CheckConstraint(
            "before_group_id IS NULL OR (lead_days >= 1 AND lead_days <= 28)", name="lead_days"
        ),
        CheckConstraint(
            "before_group_id IS NULL OR before_group_id <> group_id", name="not_before_itself"
        ),
        CheckConstraint("before_group_id IS NOT NULL OR rrule <> ''", name="rrule_or_link"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), unique=True)
    rrule: Mapped[str] = mapped_column(String(500))
    exdates: Mapped[str] = mapped_column(Text, default="")  # ISO dates, comma separated
    starts_on: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(300))
    holiday_policy: Mapped[HolidayPolicy] = mapped_column(
        str_enum(HolidayPolicy, "holiday_policy"), default=HolidayPolicy.KEEP
    )
    phrase: Mapped[str | None] = mapped_column(String(300))  # the phrase it was read from
    planned_until: Mapped[dt.date | None] = mapped_column(Date)
    before_group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="RESTRICT"), index=True
    )
    lead_days: Mapped[int | None] = mapped_column(Integer)

    group: Mapped[Group] = relationship(foreign_keys=[group_id])
    before_group: Mapped[Group | None] = relationship(foreign_keys=[before_group_id])


class Meeting(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint(
            "from_rule = false OR original_start IS NOT NULL", name="rule_meeting_has_original"
        ),
        # One meeting per occurrence of the rule (RECURRENCE-ID); single meetings have none.
        UniqueConstraint("group_id", "original_start", name="uq_meetings_group_occurrence"),
        Index("ix_meetings_group_start", "group_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    title: Mapped[str | None] = mapped_column(String(200))  # e.g. "Workshop"; None: the group's
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    place: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus, "meeting_status"), default=MeetingStatus.PLANNED, index=True
    )
    from_rule: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # The rule's own start of this occurrence (its RECURRENCE-ID), kept when the meeting moves.
    original_start: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    # Changed by hand (moved, cancelled, edited): survives later changes of the rule.
    is_exception: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Invitees and agenda copied from the group (done when the meeting is first opened).
    prepared: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    note: Mapped[str | None] = mapped_column(Text)  # e.g. why it was cancelled
    minutes_by: Mapped[str | None] = mapped_column(String(200))  # who took the minutes

    group: Mapped[Group] = relationship()
    invitees: Mapped[list[Invitee]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="(AgendaItem.position, AgendaItem.id)",
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="(Decision.position, Decision.id)",
    )


class Invitee(Base):
    """A person invited to a meeting and whether they came."""

    __tablename__ = "meeting_invitees"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint(
            "status <> 'substitute' OR substitute_name IS NOT NULL", name="substitute_named"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(
        str_enum(AttendanceStatus, "attendance_status"), default=AttendanceStatus.INVITED
    )
    substitute_name: Mapped[str | None] = mapped_column(String(200))

    meeting: Mapped[Meeting] = relationship(back_populates="invitees")
    person: Mapped[Person] = relationship()


class AgendaItem(Base):
    """One numbered agenda item; ``notes`` are its minutes. "Vad har vi gjort / Hur fortsätter
    vi" items keep the second half in ``next_steps``."""

    __tablename__ = "agenda_items"
    __table_args__ = (CheckConstraint("position >= 0", name="position_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    standing_key: Mapped[str | None] = mapped_column(String(40))
    presenter: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    next_steps: Mapped[str | None] = mapped_column(Text)
    # How long the item is planned to take; the agenda shows each item's start from them.
    minutes: Mapped[int | None] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")


class AgendaTemplateItem(Base):
    """A group's standing agenda items; a group without any uses ``DEFAULT_TEMPLATE``."""

    __tablename__ = "agenda_template_items"
    __table_args__ = (CheckConstraint("position >= 0", name="position_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    standing_key: Mapped[str | None] = mapped_column(String(40))
    presenter: Mapped[str | None] = mapped_column(String(200))
