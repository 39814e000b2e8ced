"""Safety walks (trygghetsvandringar): places and their yearly priority, walks with their route,
participants, checklist answers, observations and photos.

Remedial actions raised from an observation live in the shared Action entity (models/actions.py),
pointing back here with a source reference.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum
from samverkan_desktop.models.checklists import ChecklistTemplate
from samverkan_desktop.models.groups import Group
from samverkan_desktop.models.people import Organisation, Person


class WalkFormat(enum.Enum):
    ORDINARY = "ordinary"
    ADAPTED = "adapted"  # e.g. small groups outdoors during the pandemic
    YOUTH = "youth"

    @property
    def label(self) -> str:
        return WALK_FORMAT_LABELS[self]


WALK_FORMAT_LABELS = {
    WalkFormat.ORDINARY: N_("Ordinary"),
    WalkFormat.ADAPTED: N_("Adapted format"),
    WalkFormat.YOUTH: N_("Youth walk"),
}


class LightCondition(enum.Enum):
    DAYLIGHT = "daylight"
    DARK = "dark"

    @property
    def label(self) -> str:
        return LIGHT_CONDITION_LABELS[self]


LIGHT_CONDITION_LABELS = {
    LightCondition.DAYLIGHT: N_("In daylight"),
    LightCondition.DARK: N_("In darkness"),
}


class WalkStatus(enum.Enum):
    """The method's steps, in order (cancelled stands aside)."""

    PLANNING = "planning"
    WALKED = "walked"
    CLOSING_MEETING_HELD = "closing_meeting_held"
    FOLLOW_UP_PLANNED = "follow_up_planned"
    FOLLOW_UP_DONE = "follow_up_done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return WALK_STATUS_LABELS[self]


WALK_STATUS_LABELS = {
    WalkStatus.PLANNING: N_("Planning"),
    WalkStatus.WALKED: N_("Walked"),
    WalkStatus.CLOSING_MEETING_HELD: N_("Closing meeting held"),
    WalkStatus.FOLLOW_UP_PLANNED: N_("Follow-up planned"),
    WalkStatus.FOLLOW_UP_DONE: N_("Follow-up done"),
    WalkStatus.CANCELLED: N_("Cancelled"),
}


class Severity(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return SEVERITY_LABELS[self]


SEVERITY_LABELS = {
    Severity.LOW: N_("Low"),
    Severity.MEDIUM: N_("Medium"),
    Severity.HIGH: N_("High"),
}


class ObservationCategory(enum.Enum):
    # The default checklist's codes where they match, so observations and ratings line up.
    LIGHTING = "lighting"
    VISIBILITY = "visibility"
    VEGETATION = "vegetation"
    LITTER = "litter"
    SIGNAGE = "signage"
    PATHS = "paths"
    ACTIVITY = "activity"
    TRANSIT_STOPS = "transit_stops"
    TRAFFIC = "traffic"
    OTHER = "other"

    @property
    def label(self) -> str:
        return OBSERVATION_CATEGORY_LABELS[self]


OBSERVATION_CATEGORY_LABELS = {
    ObservationCategory.LIGHTING: N_("Lighting"),
    ObservationCategory.VISIBILITY: N_("Visibility and hiding places"),
    ObservationCategory.VEGETATION: N_("Vegetation"),
    ObservationCategory.LITTER: N_("Litter, graffiti, vandalism"),
    ObservationCategory.SIGNAGE: N_("Signage and orientation"),
    ObservationCategory.PATHS: N_("Paths and accessibility"),
    ObservationCategory.ACTIVITY: N_("People and activity"),
    ObservationCategory.TRANSIT_STOPS: N_("Public transport stops"),
    ObservationCategory.TRAFFIC: N_("Traffic safety"),
    ObservationCategory.OTHER: N_("Other"),
}


place_groups = Table(
    "place_groups",
    Base.metadata,
    Column("place_id", ForeignKey("places.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
)


class Place(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "places"
    __table_args__ = (
        CheckConstraint(
            "(latitude IS NULL) = (longitude IS NULL)", name="coordinates_both_or_neither"
        ),
        CheckConstraint("latitude IS NULL OR latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint(
            "longitude IS NULL OR longitude BETWEEN -180 AND 180", name="longitude_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    area: Mapped[str | None] = mapped_column(String(200))  # part of the district, "Gärdet"
    description: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    groups: Mapped[list[Group]] = relationship(secondary=place_groups, order_by=Group.name)
    priorities: Mapped[list[PlacePriority]] = relationship(
        back_populates="place", cascade="all, delete-orphan", order_by="PlacePriority.year"
    )


class PlacePriority(Base):
    """A place prioritised for safety walks in one year, with the reason."""

    __tablename__ = "place_priorities"
    __table_args__ = (
        UniqueConstraint("place_id", "year"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year_range"),
        CheckConstraint("rank > 0", name="rank_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    rank: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str | None] = mapped_column(Text)

    place: Mapped[Place] = relationship(back_populates="priorities")


class Walk(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "walks"
    __table_args__ = (
        CheckConstraint("resident_count >= 0", name="resident_count_not_negative"),
        CheckConstraint(
            "follow_up_of_id IS NULL OR follow_up_of_id <> id", name="not_follow_up_of_itself"
        ),
        CheckConstraint(
            "closing_meeting_on IS NULL OR closing_meeting_on >= date",
            name="closing_meeting_after_walk",
        ),
        # An end only after a start, later the same day (migration 0032).
        CheckConstraint(
            "end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time)",
            name="end_after_start",
        ),
        # Why it was cancelled, kept while it is (taking the step back clears it).
        CheckConstraint(
            "cancel_reason IS NULL OR status = 'cancelled'", name="cancel_reason_when_cancelled"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id", ondelete="RESTRICT"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    # Wall-clock time in Stockholm, as on the invitation (not an instant: no zone to convert).
    start_time: Mapped[dt.time | None] = mapped_column(Time)
    end_time: Mapped[dt.time | None] = mapped_column(Time)  # None: about two hours assumed
    light: Mapped[LightCondition] = mapped_column(
        str_enum(LightCondition, "light_condition"), default=LightCondition.DARK
    )
    meeting_point: Mapped[str | None] = mapped_column(String(300))
    format: Mapped[WalkFormat] = mapped_column(
        str_enum(WalkFormat, "walk_format"), default=WalkFormat.ORDINARY
    )
    status: Mapped[WalkStatus] = mapped_column(
        str_enum(WalkStatus, "walk_status"), default=WalkStatus.PLANNING, index=True
    )
    follow_up_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("walks.id", ondelete="SET NULL"), index=True
    )
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    resident_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    purpose: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)  # written after the walk
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    closing_meeting_on: Mapped[dt.date | None] = mapped_column(Date)
    closing_meeting_notes: Mapped[str | None] = mapped_column(Text)
    # The closing meeting's date as written before the meeting is recorded (a day agreed with
    # the owners, or one held and not yet recorded): kept on leaving the walk, as the notes
    # are; closing_meeting_on, set when the meeting is recorded, is the day it was held.
    closing_meeting_draft_on: Mapped[dt.date | None] = mapped_column(Date)
    # Which template the checklist was copied from (its name kept should it be deleted).
    checklist_template_id: Mapped[int | None] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="SET NULL"), index=True
    )
    checklist_name: Mapped[str | None] = mapped_column(String(200))

    place: Mapped[Place] = relationship()
    organiser: Mapped[Person | None] = relationship()
    follow_up_of: Mapped[Walk | None] = relationship(remote_side=[id])
    checklist_template: Mapped[ChecklistTemplate | None] = relationship()
    stops: Mapped[list[RouteStop]] = relationship(
        back_populates="walk", cascade="all, delete-orphan", order_by="RouteStop.position"
    )
    checklist_items: Mapped[list[WalkChecklistItem]] = relationship(
        back_populates="walk", cascade="all, delete-orphan", order_by="WalkChecklistItem.position"
    )
    participants: Mapped[list[WalkParticipant]] = relationship(
        back_populates="walk", cascade="all, delete-orphan", order_by="WalkParticipant.id"
    )
    observations: Mapped[list[Observation]] = relationship(
        back_populates="walk", cascade="all, delete-orphan", order_by="Observation.id"
    )


class WalkChecklistItem(Base):
    """One checklist point as it was when the walk was planned (a snapshot of the template)."""

    __tablename__ = "walk_checklist_items"
    __table_args__ = (
        # Named here: the convention names a constraint by its first column only.
        UniqueConstraint("walk_id", "position", name="uq_walk_checklist_items_position"),
        UniqueConstraint("walk_id", "code", name="uq_walk_checklist_items_code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    guidance: Mapped[str | None] = mapped_column(Text)

    walk: Mapped[Walk] = relationship(back_populates="checklist_items")


class RouteStop(Base):
    __tablename__ = "route_stops"
    __table_args__ = (
        UniqueConstraint("walk_id", "position"),
        CheckConstraint("position > 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # Moved by each save of the stop's checklist answers, which is refused when it moved since
    # the answers were shown (another desk saved them meanwhile). Not a row version: renaming
    # or reordering the stop leaves the answers typed at another desk to be saved.
    answers_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    walk: Mapped[Walk] = relationship(back_populates="stops")
    answers: Mapped[list[ChecklistAnswer]] = relationship(
        back_populates="stop", cascade="all, delete-orphan"
    )


class WalkParticipant(Base):
    """A person (from the contacts) or an organisation (represented) taking part in a walk."""

    __tablename__ = "walk_participants"
    __table_args__ = (
        UniqueConstraint("walk_id", "person_id", name="uq_walk_participants_person"),
        UniqueConstraint("walk_id", "organisation_id", name="uq_walk_participants_organisation"),
        CheckConstraint(
            "(person_id IS NULL) <> (organisation_id IS NULL)", name="person_or_organisation"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="RESTRICT"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )

    walk: Mapped[Walk] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class ChecklistAnswer(Base):
    """The rating (0–3) and note for one checklist point at one stop."""

    __tablename__ = "checklist_answers"
    __table_args__ = (
        UniqueConstraint("stop_id", "item_id"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 0 AND 3", name="rating_range"),
        CheckConstraint("rating IS NOT NULL OR note IS NOT NULL", name="rating_or_note"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stop_id: Mapped[int] = mapped_column(ForeignKey("route_stops.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(
        ForeignKey("walk_checklist_items.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)

    stop: Mapped[RouteStop] = relationship(back_populates="answers")
    item: Mapped[WalkChecklistItem] = relationship()


class Observation(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "observations"
    __table_args__ = (
        CheckConstraint("stop_id IS NOT NULL OR location IS NOT NULL", name="stop_or_location"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    walk_id: Mapped[int] = mapped_column(ForeignKey("walks.id", ondelete="CASCADE"), index=True)
    stop_id: Mapped[int | None] = mapped_column(
        ForeignKey("route_stops.id", ondelete="RESTRICT"), index=True
    )
    location: Mapped[str | None] = mapped_column(String(300))  # where, when not at a stop
    category: Mapped[ObservationCategory] = mapped_column(
        str_enum(ObservationCategory, "observation_category"), default=ObservationCategory.OTHER
    )
    description: Mapped[str] = mapped_column(Text)
    severity: Mapped[Severity] = mapped_column(
        str_enum(Severity, "severity"), default=Severity.MEDIUM, index=True
    )
    responsible_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )

    walk: Mapped[Walk] = relationship(back_populates="observations")
    stop: Mapped[RouteStop | None] = relationship()
    responsible_organisation: Mapped[Organisation | None] = relationship()
    photos: Mapped[list[ObservationPhoto]] = relationship(
        back_populates="observation",
        cascade="all, delete-orphan",
        order_by="ObservationPhoto.id",
    )


class ObservationPhoto(TimestampMixin, Base):
    """A photo copied into the data folder: the original as given and a scaled copy to show.

    Paths are relative to the attachments folder, so the data folder can move.
    """

    __tablename__ = "observation_photos"
    __table_args__ = (
        CheckConstraint("width > 0 AND height > 0", name="size_positive"),
        CheckConstraint("byte_size >= 0", name="byte_size_not_negative"),
        # SQLite does not enforce String(300); the CHECK holds the limit on both backends.
        CheckConstraint("caption IS NULL OR length(caption) <= 300", name="caption_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))  # the name it had on the user's disk
    original_path: Mapped[str] = mapped_column(String(500), unique=True)
    display_path: Mapped[str] = mapped_column(String(500), unique=True)
    image_format: Mapped[str] = mapped_column(String(20))  # JPEG, PNG ...
    width: Mapped[int] = mapped_column(Integer)  # of the original
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    caption: Mapped[str | None] = mapped_column(String(300))

    observation: Mapped[Observation] = relationship(back_populates="photos")
