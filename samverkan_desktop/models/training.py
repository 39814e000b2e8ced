"""Training: courses, the sessions when they ran, and who attended. Generic on purpose: the alarm
training uses it now, crisis support training later.

A person's training in a course is valid from their latest attended session for the course's
validity period (``validity_months``; None means it never expires)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin
from samverkan_desktop.models.people import Person


class Course(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "courses"
    __table_args__ = (
        CheckConstraint("validity_months IS NULL OR validity_months > 0", name="validity_positive"),
        # services.training.MAX_VALIDITY_MONTHS; migration 0045 (triggers on SQLite).
        CheckConstraint(
            "validity_months IS NULL OR validity_months <= 240", name="validity_at_most_240"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # A stable key for the courses the program itself relies on ("alarm_training"); None for
    # courses the user adds. The name stays free to edit.
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    validity_months: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)

    sessions: Mapped[list[TrainingSession]] = relationship(
        back_populates="course", order_by="TrainingSession.held_on"
    )


class TrainingSession(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "training_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)

    course: Mapped[Course] = relationship(back_populates="sessions")
    attendances: Mapped[list[TrainingAttendance]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class TrainingAttendance(Base):
    __tablename__ = "training_attendances"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)

    session: Mapped[TrainingSession] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship()
