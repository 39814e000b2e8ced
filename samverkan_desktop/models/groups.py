"""The collaboration structure: agreements with the police, priority areas, groups, members."""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.enums import FollowUpPeriod, GroupType
from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.people import Organisation, Person

if TYPE_CHECKING:
    from samverkan_desktop.models.agreement_revisions import AgreementRevision


class GroupStatus(enum.Enum):
    PLANNED = "planned"
    ACTIVE = "active"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return GROUP_STATUS_LABELS[self]


GROUP_STATUS_LABELS = {
    GroupStatus.PLANNED: N_("Planned"),
    GroupStatus.ACTIVE: N_("Active"),
    GroupStatus.ENDED: N_("Ended"),
}


class MemberRole(enum.Enum):
    CONVENER = "convener"
    MEMBER = "member"
    SECRETARY = "secretary"
    CO_OPTED = "co_opted"  # adjungerad

    @property
    def label(self) -> str:
        return MEMBER_ROLE_LABELS[self]


MEMBER_ROLE_LABELS = {
    MemberRole.CONVENER: N_("Convener"),
    MemberRole.MEMBER: N_("Member"),
    MemberRole.SECRETARY: N_("Secretary"),
    MemberRole.CO_OPTED: N_("Co-opted"),
}


class PriorityArea(Base):
    """One of the ten central priority areas (seeded by the first migration)."""

    __tablename__ = "priority_areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


agreement_priority_areas = Table(
    "agreement_priority_areas",
    Base.metadata,
    Column("agreement_id", ForeignKey("agreements.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "priority_area_id", ForeignKey("priority_areas.id", ondelete="RESTRICT"), primary_key=True
    ),
)

group_priority_areas = Table(
    "group_priority_areas",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "priority_area_id", ForeignKey("priority_areas.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class Agreement(VersionedMixin, TimestampMixin, Base):
    """A local collaboration agreement (samverkansöverenskommelse) with the police."""

    __tablename__ = "agreements"
    __table_args__ = (
        CheckConstraint("revision_interval_months > 0", name="revision_interval_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), unique=True)
    police_area: Mapped[str | None] = mapped_column(String(200))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)  # None: until further notice
    revision_interval_months: Mapped[int] = mapped_column(Integer, default=12)
    signed_on: Mapped[dt.date | None] = mapped_column(Date)
    signed_by: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    parties: Mapped[list[AgreementParty]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementParty.id"
    )
    appendices: Mapped[list[AgreementAppendix]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementAppendix.number"
    )
    # The choice of the latest revision (models.agreement_revisions).
    priority_areas: Mapped[list[PriorityArea]] = relationship(
        secondary=agreement_priority_areas, order_by=PriorityArea.sort_order
    )
    revisions: Mapped[list[AgreementRevision]] = relationship(
        cascade="all, delete-orphan", order_by="AgreementRevision.revised_on"
    )


class AgreementParty(Base):
    __tablename__ = "agreement_parties"
    __table_args__ = (UniqueConstraint("agreement_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    case_number: Mapped[str | None] = mapped_column(String(100))  # diarienummer

    organisation: Mapped[Organisation] = relationship()


class AgreementAppendix(Base):
    __tablename__ = "agreement_appendices"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(10))  # "1", "3a"
    title: Mapped[str] = mapped_column(String(300))


class Group(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "groups"
    __table_args__ = (
        CheckConstraint(
            "term_until IS NULL OR starts_on IS NULL OR term_until >= starts_on",
            name="term_after_start",
        ),
        CheckConstraint(
            "ended_on IS NULL OR starts_on IS NULL OR ended_on >= starts_on",
            name="ended_after_start",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    type: Mapped[GroupType] = mapped_column(str_enum(GroupType, "group_type"), index=True)
    status: Mapped[GroupStatus] = mapped_column(
        str_enum(GroupStatus, "group_status"), default=GroupStatus.ACTIVE, index=True
    )
    purpose: Mapped[str | None] = mapped_column(Text)
    goal: Mapped[str | None] = mapped_column(Text)
    agreement_id: Mapped[int | None] = mapped_column(
        ForeignKey("agreements.id", ondelete="SET NULL"), index=True
    )
    convener_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    district_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    police_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    meeting_frequency: Mapped[str | None] = mapped_column(String(200))
    starts_on: Mapped[dt.date | None] = mapped_column(Date)
    term_until: Mapped[dt.date | None] = mapped_column(Date)  # None: standing (tills vidare)
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    follow_up_t1: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    follow_up_t2: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    follow_up_vb: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    notes: Mapped[str | None] = mapped_column(Text)

    agreement: Mapped[Agreement | None] = relationship()
    convener: Mapped[Person | None] = relationship(foreign_keys=[convener_id])
    district_contact: Mapped[Person | None] = relationship(foreign_keys=[district_contact_id])
    police_contact: Mapped[Person | None] = relationship(foreign_keys=[police_contact_id])
    priority_areas: Mapped[list[PriorityArea]] = relationship(
        secondary=group_priority_areas, order_by=PriorityArea.sort_order
    )
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan"
    )
    organisations: Mapped[list[GroupOrganisation]] = relationship(
        cascade="all, delete-orphan", order_by="GroupOrganisation.id"
    )


# A membership still running; the others are the group's history (migration 0034).
CURRENT_MEMBERSHIP = "left_on IS NULL"


class Membership(Base):
    """A person's membership of a group, from ``joined_on`` (None: since before the register
    kept it) to ``left_on`` (None: still a member; else the last day as one). Removing a member
    sets ``left_on``, so a report of an earlier period still finds who sat in the group then;
    joining again is a new row. Who is a member when: services.memberships."""

    __tablename__ = "memberships"
    __table_args__ = (
        # One current membership per person and group, also when two desks add at once.
        # Its WHERE on PostgreSQL is the migration's (see alarms.Loan on why not named here).
        Index(
            "uq_memberships_current",
            "group_id",
            "person_id",
            unique=True,
            sqlite_where=text(CURRENT_MEMBERSHIP),
        ),
        CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
            name="left_after_joined",
        ),
        # A person's memberships of a group never share a day: triggers of migration 0037 on
        # both backends (a rule across rows, which neither a CHECK nor, without btree_gist, an
        # exclusion constraint holds); services.membership_overlap tells their refusal.
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[MemberRole] = mapped_column(
        str_enum(MemberRole, "member_role"), default=MemberRole.MEMBER
    )
    joined_on: Mapped[dt.date | None] = mapped_column(Date)
    left_on: Mapped[dt.date | None] = mapped_column(Date)

    group: Mapped[Group] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship()


class GroupOrganisation(Base):
    """An organisation taking part in a group without a named person ("MTR takes part"), with
    an optional note such as "vid behov" or "adjungerad". One row per group and organisation;
    deleting the group deletes them, an organisation taking part cannot be deleted."""

    __tablename__ = "group_organisations"
    __table_args__ = (UniqueConstraint("group_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    note: Mapped[str | None] = mapped_column(String(200))

    organisation: Mapped[Organisation] = relationship()


class GroupFollowUpText(VersionedMixin, TimestampMixin, Base):
    """What a group wrote for the preparation group's follow-up of one period of a year: "Vad
    har vi gjort" and "Hur fortsätter vi", one bullet a line. One row per group, year and
    period; deleting the group deletes its texts (services.group_deletion, in the trail)."""

    __tablename__ = "group_follow_up_texts"
    __table_args__ = (UniqueConstraint("group_id", "year", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    period: Mapped[FollowUpPeriod] = mapped_column(str_enum(FollowUpPeriod, "follow_up_period"))
    done_text: Mapped[str | None] = mapped_column(Text)
    next_text: Mapped[str | None] = mapped_column(Text)
