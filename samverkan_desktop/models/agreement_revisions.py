"""The agreement's yearly revisions (DOMAIN part 1, paper 002): each is dated, names who decided
it and which priority areas it chose, with a note. The first is the agreement as signed; the one
in force on a day is the latest dated on or before it, which the printouts of a period read.
``agreement_priority_areas`` keeps the latest revision's choice, for everything that asks what
the agreement prioritises now (services.agreements writes both in one step)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Date, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.models.base import Base, TimestampMixin
from samverkan_desktop.models.groups import PriorityArea

agreement_revision_priority_areas = Table(
    "agreement_revision_priority_areas",
    Base.metadata,
    Column(
        "revision_id", ForeignKey("agreement_revisions.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "priority_area_id", ForeignKey("priority_areas.id", ondelete="RESTRICT"), primary_key=True
    ),
)


class AgreementRevision(TimestampMixin, Base):
    __tablename__ = "agreement_revisions"
    # One revision a day: a second the same day would leave "the one in force" undecided.
    __table_args__ = (UniqueConstraint("agreement_id", "revised_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    revised_on: Mapped[dt.date] = mapped_column(Date)
    decided_by: Mapped[str | None] = mapped_column(String(300))
    note: Mapped[str | None] = mapped_column(Text)

    priority_areas: Mapped[list[PriorityArea]] = relationship(
        secondary=agreement_revision_priority_areas, order_by=PriorityArea.sort_order
    )
