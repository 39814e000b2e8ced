"""Crisis management: the plans register with its version history and attached files, the crisis
organisation (roles with a primary and ordered deputies) and the external crisis contacts.

A plan's next revision is never stored: it is the current version's adoption date plus the
revision interval (services/plan_rows.py), so editing either can never leave a stale due date
behind.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import (
    Base,
    RowVersioned,
    TimestampMixin,
    VersionedMixin,
    str_enum,
    version_column,
)
from samverkan_desktop.models.people import Organisation, Person
from samverkan_desktop.models.training import Course


class PlanKind(enum.Enum):
    # The four documents the law on extraordinary events asks of a municipality each mandate period.
    STEERING_DOCUMENT = "steering_document"
    RISK_ANALYSIS = "risk_analysis"
    EXTRAORDINARY_EVENTS_PLAN = "extraordinary_events_plan"
    TRAINING_EXERCISE_PLAN = "training_exercise_plan"
    # Other plans and routines with a revision cycle.
    CRISIS_MANAGEMENT_PLAN = "crisis_management_plan"
    VIOLENT_EXTREMISM_PLAN = "violent_extremism_plan"
    THREAT_ROUTINE = "threat_routine"
    CONTINUITY_PLAN = "continuity_plan"
    SITUATION_PICTURE = "situation_picture"
    COLLABORATION_AGREEMENT = "collaboration_agreement"
    FIRE_SAFETY = "fire_safety"
    OTHER = "other"

    @property
    def label(self) -> str:
        return PLAN_KIND_LABELS[self]

    @property
    def per_mandate_period(self) -> bool:
        return self in MANDATE_PERIOD_KINDS

    @property
    def exercised(self) -> bool:
        return self in EXERCISED_KINDS


PLAN_KIND_LABELS = {
    PlanKind.STEERING_DOCUMENT: N_("Steering document"),
    PlanKind.RISK_ANALYSIS: N_("Risk and vulnerability analysis (RSA)"),
    PlanKind.EXTRAORDINARY_EVENTS_PLAN: N_("Plan for extraordinary events"),
    PlanKind.TRAINING_EXERCISE_PLAN: N_("Training and exercise plan"),
    PlanKind.CRISIS_MANAGEMENT_PLAN: N_("Crisis management plan"),
    PlanKind.VIOLENT_EXTREMISM_PLAN: N_("Action plan against violent extremism"),
    PlanKind.THREAT_ROUTINE: N_("Routine for threats"),
    PlanKind.CONTINUITY_PLAN: N_("Continuity plan"),
    PlanKind.SITUATION_PICTURE: N_("Situation picture"),
    PlanKind.COLLABORATION_AGREEMENT: N_("Collaboration agreement"),
    PlanKind.FIRE_SAFETY: N_("Fire safety documentation (SBA)"),
    PlanKind.OTHER: N_("Other"),
}
MANDATE_PERIOD_KINDS = frozenset(
    {
        PlanKind.STEERING_DOCUMENT,
        PlanKind.RISK_ANALYSIS,
        PlanKind.EXTRAORDINARY_EVENTS_PLAN,
        PlanKind.TRAINING_EXERCISE_PLAN,
    }
)


# Plans whose use is exercised: the plans register says "never" for one never exercised, as the
# district director asks of them. Not the documents that are read or followed (steering
# document, analyses, the training and exercise plan itself, agreements, action plans); "Other"
# is unknown, so only its exercises' date shows.
EXERCISED_KINDS = frozenset(
    {
        PlanKind.CRISIS_MANAGEMENT_PLAN,
        PlanKind.EXTRAORDINARY_EVENTS_PLAN,
        PlanKind.CONTINUITY_PLAN,
        PlanKind.THREAT_ROUTINE,
        PlanKind.FIRE_SAFETY,  # the evacuation drills of the SBA
    }
)


class Plan(RowVersioned, TimestampMixin, Base):
    __tablename__ = "plans"
    # Optimistic concurrency for the plan form; ``version`` names a plan's adopted versions.
    version_attribute = "row_version"
    __table_args__ = (
        CheckConstraint(
            "revision_interval_months IS NULL OR revision_interval_months BETWEEN 1 AND 120",
            name="revision_interval_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[PlanKind] = mapped_column(str_enum(PlanKind, "plan_kind"), index=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    revision_interval_months: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    # A retired plan keeps its history but is no longer due for revision.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())
    row_version: Mapped[int] = version_column()

    owner: Mapped[Person | None] = relationship()
    versions: Mapped[list[PlanVersion]] = relationship(
        back_populates="plan",
        cascade="all, delete-orphan",
        order_by="(PlanVersion.adopted_on, PlanVersion.id)",
    )
    attachments: Mapped[list[PlanAttachment]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanAttachment.id"
    )


class PlanVersion(TimestampMixin, Base):
    """One adopted version; the plan's current version is the latest adopted."""

    __tablename__ = "plan_versions"
    __table_args__ = (
        UniqueConstraint("plan_id", "version", name="uq_plan_versions_version"),
        # One version a day: two adopted the same day leave "the one in force" to the order
        # they were typed in (services/plan_versions.py refuses it first, with the day's version
        # named).
        # An index, not a constraint: SQLite adds it in place (a batch copy of the table would
        # clear the attachments' version_id on the way).
        Index("uq_plan_versions_adopted_on", "plan_id", "adopted_on", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    version: Mapped[str] = mapped_column(String(40))
    adopted_on: Mapped[dt.date] = mapped_column(Date)
    adopted_by: Mapped[str | None] = mapped_column(String(200))  # "Stadsdelsdirektör"
    notes: Mapped[str | None] = mapped_column(Text)  # what changed

    plan: Mapped[Plan] = relationship(back_populates="versions")


class PlanAttachment(Base):
    """A file copied into the data folder (``stored_path`` is relative to the attachments dir)."""

    __tablename__ = "plan_attachments"
    __table_args__ = (CheckConstraint("byte_size >= 0", name="byte_size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="SET NULL"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(500), unique=True)
    byte_size: Mapped[int] = mapped_column(Integer)
    added_on: Mapped[dt.date] = mapped_column(Date)

    plan: Mapped[Plan] = relationship(back_populates="attachments")
    version: Mapped[PlanVersion | None] = relationship()


class CrisisRole(VersionedMixin, TimestampMixin, Base):
    """A function in the crisis organisation (crisis leader, chief of staff, ...)."""

    __tablename__ = "crisis_roles"
    __table_args__ = (CheckConstraint("position > 0", name="position_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    position: Mapped[int] = mapped_column(Integer, unique=True)
    description: Mapped[str | None] = mapped_column(Text)

    members: Mapped[list[CrisisRoleMember]] = relationship(
        back_populates="role", cascade="all, delete-orphan", order_by="CrisisRoleMember.rank"
    )
    requirements: Mapped[list[CourseRequirement]] = relationship(
        back_populates="role", cascade="all, delete-orphan"
    )


class CrisisRoleMember(Base):
    """Who holds a role: rank 0 is the primary (ordinarie), 1, 2, ... the deputies in order."""

    __tablename__ = "crisis_role_members"
    __table_args__ = (
        UniqueConstraint("role_id", "rank", name="uq_crisis_role_members_rank"),
        UniqueConstraint("role_id", "person_id", name="uq_crisis_role_members_person"),
        CheckConstraint("rank >= 0", name="rank_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("crisis_roles.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    rank: Mapped[int] = mapped_column(Integer)

    role: Mapped[CrisisRole] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()


class CrisisContact(VersionedMixin, TimestampMixin, Base):
    """An external entry on the crisis contact list (police, fire service, the city's duty officer,
    neighbouring districts). With a person, the person's own ``last_verified`` counts; a function
    number without a person is verified here."""

    __tablename__ = "crisis_contacts"
    __table_args__ = (
        CheckConstraint("position > 0", name="position_positive"),
        CheckConstraint("person_id IS NULL OR last_verified IS NULL", name="verified_on_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    function: Mapped[str] = mapped_column(String(200))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(Integer, unique=True)
    last_verified: Mapped[dt.date | None] = mapped_column(Date)

    organisation: Mapped[Organisation] = relationship()
    person: Mapped[Person | None] = relationship()


class CourseRequirement(Base):
    """Training the holders of a crisis role must have (for the training-gap view)."""

    __tablename__ = "course_requirements"
    __table_args__ = (
        UniqueConstraint("role_id", "course_id", name="uq_course_requirements_course"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("crisis_roles.id", ondelete="CASCADE"))
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )

    role: Mapped[CrisisRole] = relationship(back_populates="requirements")
    course: Mapped[Course] = relationship()
