"""The Friday summary to management (veckosammanställning): one brief per ISO week, its items
from the Thursday networks (SLK's security coordinators, SSR's mailing, the police, own), each
marked whether it may be passed on before the weekend to the field assistants, the police and
the parent walkers."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum


class BriefSource(enum.Enum):
    SLK = "slk"  # the city's security coordinator network, Thursday mornings
    SSR = "ssr"  # Samverkan Stockholmsregionen's mailing, Thursday evenings
    POLICE = "police"
    OTHER = "other"

    @property
    def label(self) -> str:
        return BRIEF_SOURCE_LABELS[self]


BRIEF_SOURCE_LABELS = {
    BriefSource.SLK: N_("The SLK network"),
    BriefSource.SSR: N_("SSR mailing"),
    BriefSource.POLICE: N_("The police"),
    BriefSource.OTHER: N_("Own or other"),
}


class WeeklyBrief(VersionedMixin, TimestampMixin, Base):
    """One ISO week's summary. Every change of an item moves the brief's version, so a save
    from another desk's stale copy is refused (services.weekly_briefs)."""

    __tablename__ = "weekly_briefs"
    __table_args__ = (
        UniqueConstraint("year", "week"),
        CheckConstraint("week BETWEEN 1 AND 53", name="week_of_year"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)  # the ISO year of the week
    week: Mapped[int] = mapped_column(Integer)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)  # sent to management

    items: Mapped[list[WeeklyBriefItem]] = relationship(
        cascade="all, delete-orphan", order_by="WeeklyBriefItem.position"
    )


class WeeklyBriefItem(TimestampMixin, Base):
    __tablename__ = "weekly_brief_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    brief_id: Mapped[int] = mapped_column(
        ForeignKey("weekly_briefs.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    source: Mapped[BriefSource] = mapped_column(str_enum(BriefSource, "brief_source"))
    heading: Mapped[str] = mapped_column(String(200))
    text: Mapped[str | None] = mapped_column(Text)
    # May be passed on before the weekend (field assistants, police, parent walkers).
    shareable: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
