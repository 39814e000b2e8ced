"""Checklist templates for safety walks: editable in the database, seeded from
``resources/checklists/default.toml`` by the walks migration.

A walk never points at a template's items: it copies them (``WalkChecklistItem``), so editing or
retiring a template never changes what a recorded walk says.
"""

from __future__ import annotations

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy import true as sa_true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from samverkan_desktop.models.base import Base, TimestampMixin, VersionedMixin

# Ratings run 0..3 (higher is safer), as in Safetipin's audits.
RATING_MIN = 0
RATING_MAX = 3


class ChecklistTemplate(VersionedMixin, TimestampMixin, Base):
    __tablename__ = "checklist_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    # A retired template is kept for the walks that name it but offered no more.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=sa_true())

    items: Mapped[list[ChecklistTemplateItem]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="ChecklistTemplateItem.position",
    )


class ChecklistTemplateItem(Base):
    __tablename__ = "checklist_template_items"
    __table_args__ = (
        # Named here: the convention names a constraint by its first column only.
        UniqueConstraint("template_id", "position", name="uq_checklist_template_items_position"),
        UniqueConstraint("template_id", "code", name="uq_checklist_template_items_code"),
        CheckConstraint("position > 0", name="position_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("checklist_templates.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer)
    # Stable identifier ("lighting"): the same point is compared walk to walk by it.
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    guidance: Mapped[str | None] = mapped_column(Text)

    template: Mapped[ChecklistTemplate] = relationship(back_populates="items")
