"""Crisis exercises: type in MSB's formats, objectives and their evaluation, participants by crisis
role, a planning checklist copied from an editable template, a conduct log and lessons learned.

Each lesson raises one shared Action (``source_type = exercise_lesson``, ``source_id`` = the
lesson), followed up like every other action.

Triggers (migration 0017, both backends; tests/core/test_exercise_rules_db.py) hold what spans
two tables: a lesson's objective belongs to the lesson's exercise, and a new lesson or evaluation
(an objective's result or comment) needs the exercise held (conducted or evaluated). An overall
assessment needs it held too (migration 0021; tests/core/test_assessment_when_held_db.py).
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import false as sa_false
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.actions import Action
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.crisis import CrisisRole, Plan
from samverkan_desktop.models.people import Person


class ExerciseType(enum.Enum):
    """MSB's exercise formats, in the words the domain uses: seminarieövning, stabsövning (a
    simulation with counterplay), funktionsövning (an alarm or call-out test), fullskaleövning."""

    SEMINAR = "seminar"
    SIMULATION = "simulation"
    FUNCTIONAL = "functional"  # e.g. an alarm or call-out test
    FIELD = "field"

    @property
    def label(self) -> str:
        return EXERCISE_TYPE_LABELS[self]


EXERCISE_TYPE_LABELS = {
    ExerciseType.SEMINAR: N_("Seminar exercise"),
    ExerciseType.SIMULATION: N_("Simulation exercise with counterplay"),
    ExerciseType.FUNCTIONAL: N_("Functional exercise"),
    ExerciseType.FIELD: N_("Exercise with field units"),
}


class ExerciseStatus(enum.Enum):
    PLANNED = "planned"
    CONDUCTED = "conducted"
    EVALUATED = "evaluated"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return EXERCISE_STATUS_LABELS[self]


EXERCISE_STATUS_LABELS = {
    ExerciseStatus.PLANNED: N_("Planned"),
    ExerciseStatus.CONDUCTED: N_("Conducted"),
    ExerciseStatus.EVALUATED: N_("Evaluated"),
    ExerciseStatus.CANCELLED: N_("Cancelled"),
}


class ObjectiveResult(enum.Enum):
    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"

    @property
    def label(self) -> str:
        return OBJECTIVE_RESULT_LABELS[self]


OBJECTIVE_RESULT_LABELS = {
    ObjectiveResult.MET: N_("Met"),
    ObjectiveResult.PARTLY: N_("Partly met"),
    ObjectiveResult.NOT_MET: N_("Not met"),
}


class ExerciseTemplate(VersionedMixin, TimestampMixin, Base):
    """A planning checklist template, seeded from ``resources/exercises/default.toml``."""

    __tablename__ = "exercise_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())

    items: Mapped[list[ExerciseTemplateItem]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="ExerciseTemplateItem.position",
    )


class ExerciseTemplateItem(Base):
    __tablename__ = "exercise_template_items"
    __table_args__ = (
        UniqueConstraint("template_id", "position", name="uq_exercise_template_items_position"),
        CheckConstraint("position > 0", name="position_positive"),
        CheckConstraint(
            "weeks_before IS NULL OR weeks_before BETWEEN 0 AND 104", name="weeks_before_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("exercise_templates.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str | None] = mapped_column(Text)
    weeks_before: Mapped[int | None] = mapped_column(Integer)  # when it should be done

    template: Mapped[ExerciseTemplate] = relationship(back_populates="items")


class Exercise(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "exercises"
    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
        CheckConstraint("month IS NULL OR month BETWEEN 1 AND 12", name="month_range"),
        # Conducted or evaluated exercises happened on a day.
        CheckConstraint(
            "status IN ('planned', 'cancelled') OR date IS NOT NULL", name="held_has_date"
        ),
        # The overall assessment is written after the exercise (services.exercise_assessment).
        # On SQLite two triggers of migration 0021 hold it: a copy of the table to add a CHECK
        # would cascade into everything recorded in the exercises.
        CheckConstraint(
            "assessment IS NULL OR status IN ('conducted', 'evaluated')",
            name="assessment_when_held",
        ),
        # An end only after a start, later the same day (migration 0032).
        CheckConstraint(
            "end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time)",
            name="end_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    type: Mapped[ExerciseType] = mapped_column(str_enum(ExerciseType, "exercise_type"))
    status: Mapped[ExerciseStatus] = mapped_column(
        str_enum(ExerciseStatus, "exercise_status"), default=ExerciseStatus.PLANNED, index=True
    )
    # The annual exercise plan: the year and month it is planned for (follows ``date`` once set).
    year: Mapped[int] = mapped_column(Integer, index=True)
    month: Mapped[int | None] = mapped_column(Integer)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)  # None: about two hours assumed
    location: Mapped[str | None] = mapped_column(String(200))
    scenario: Mapped[str | None] = mapped_column(Text)
    leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)
    # "Samlad bedömning": how the exercise went as a whole, written after the objectives'
    # evaluation; the evaluation report opens with it (services.exercise_assessment).
    assessment: Mapped[str | None] = mapped_column(Text)
    template_name: Mapped[str | None] = mapped_column(String(200))  # the checklist it copied
    # The plan it exercises (the plans register's "Senast övad"); a deleted plan leaves the
    # exercise unlinked (plans.delete_plan clears it through the Session, for the trail).
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("plans.id", ondelete="SET NULL"), index=True
    )

    leader: Mapped[Person | None] = relationship()
    plan: Mapped[Plan | None] = relationship()
    objectives: Mapped[list[ExerciseObjective]] = relationship(
        back_populates="exercise",
        cascade="all, delete-orphan",
        order_by="ExerciseObjective.position",
    )
    participants: Mapped[list[ExerciseParticipant]] = relationship(
        back_populates="exercise", cascade="all, delete-orphan", order_by="ExerciseParticipant.id"
    )
    checklist: Mapped[list[ExerciseChecklistItem]] = relationship(
        back_populates="exercise",
        cascade="all, delete-orphan",
        order_by="ExerciseChecklistItem.position",
    )
    log: Mapped[list[ExerciseLogEntry]] = relationship(
        back_populates="exercise",
        cascade="all, delete-orphan",
        order_by="(ExerciseLogEntry.logged_at, ExerciseLogEntry.id)",
    )
    lessons: Mapped[list[ExerciseLesson]] = relationship(
        back_populates="exercise", cascade="all, delete-orphan", order_by="ExerciseLesson.id"
    )


class ExerciseObjective(Base):
    __tablename__ = "exercise_objectives"
    __table_args__ = (
        UniqueConstraint("exercise_id", "position", name="uq_exercise_objectives_position"),
        CheckConstraint("position > 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    result: Mapped[ObjectiveResult | None] = mapped_column(
        str_enum(ObjectiveResult, "objective_result")
    )
    comment: Mapped[str | None] = mapped_column(Text)

    exercise: Mapped[Exercise] = relationship(back_populates="objectives")


class ExerciseParticipant(Base):
    __tablename__ = "exercise_participants"
    __table_args__ = (
        UniqueConstraint("exercise_id", "person_id", name="uq_exercise_participants_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role_id: Mapped[int | None] = mapped_column(
        ForeignKey("crisis_roles.id", ondelete="SET NULL"), index=True
    )
    function: Mapped[str | None] = mapped_column(String(200))  # "Motspel", "Observatör"
    attended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())

    exercise: Mapped[Exercise] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()
    role: Mapped[CrisisRole | None] = relationship()


class ExerciseChecklistItem(Base):
    __tablename__ = "exercise_checklist_items"
    __table_args__ = (
        UniqueConstraint("exercise_id", "position", name="uq_exercise_checklist_items_position"),
        CheckConstraint("position > 0", name="position_positive"),
        CheckConstraint(
            "weeks_before IS NULL OR weeks_before BETWEEN 0 AND 104", name="weeks_before_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    guidance: Mapped[str | None] = mapped_column(Text)
    weeks_before: Mapped[int | None] = mapped_column(Integer)
    done_on: Mapped[dt.date | None] = mapped_column(Date)

    exercise: Mapped[Exercise] = relationship(back_populates="checklist")


class ExerciseLogEntry(Base):
    """A time-stamped note written while the exercise runs."""

    __tablename__ = "exercise_log_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(
        ForeignKey("exercises.id", ondelete="CASCADE"), index=True
    )
    logged_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    text: Mapped[str] = mapped_column(Text)

    exercise: Mapped[Exercise] = relationship(back_populates="log")


class ExerciseLesson(Base):
    __tablename__ = "exercise_lessons"

    id: Mapped[int] = mapped_column(primary_key=True)
    exercise_id: Mapped[int] = mapped_column(
        ForeignKey("exercises.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int | None] = mapped_column(
        ForeignKey("exercise_objectives.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    # The action it raised; the action outlives the lesson (SET NULL) and is followed up alone.
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("actions.id", ondelete="SET NULL"), unique=True
    )

    exercise: Mapped[Exercise] = relationship(back_populates="lessons")
    objective: Mapped[ExerciseObjective | None] = relationship()
    action: Mapped[Action | None] = relationship()
