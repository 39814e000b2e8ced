"""Fire-safety inspections (brandskyddsbesiktningar) of the district's premises, part of the
systematic fire safety work (SBA): who inspected which premises when, the result and when the
next inspection is due. The remarks (anmärkningar) are actions (``source_type =
fire_inspection``, ``source_id`` = the inspection), followed up to the end in Åtgärder."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin, str_enum


class InspectionResult(enum.Enum):
    APPROVED = "approved"  # Godkänt
    APPROVED_WITH_REMARKS = "approved_with_remarks"  # Godkänt med anmärkningar
    NOT_APPROVED = "not_approved"  # Ej godkänt

    @property
    def label(self) -> str:
        return INSPECTION_RESULT_LABELS[self]


INSPECTION_RESULT_LABELS = {
    InspectionResult.APPROVED: N_("Approved"),
    InspectionResult.APPROVED_WITH_REMARKS: N_("Approved with remarks"),
    InspectionResult.NOT_APPROVED: N_("Not approved"),
}


class FireInspection(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "fire_inspections"
    __table_args__ = (
        CheckConstraint("next_due_on > inspected_on", name="next_due_after_inspection"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    premises: Mapped[str] = mapped_column(String(200), index=True)  # "Garnisonen, Karlavägen 104"
    inspected_on: Mapped[dt.date] = mapped_column(Date, index=True)
    performed_by: Mapped[str] = mapped_column(String(200))  # the fire consultants, a firm or person
    result: Mapped[InspectionResult] = mapped_column(
        str_enum(InspectionResult, "inspection_result")
    )
    summary: Mapped[str | None] = mapped_column(Text)
    next_due_on: Mapped[dt.date] = mapped_column(Date, index=True)
