"""The agreement's action plan (åtgärdsplan): for each of its priority areas an overall goal
(övergripande mål) and the situation picture's figures (lägesbild): reported crimes per type,
place and year, survey shares. Both belong to the agreement's choice of the area: taking the
area out of the agreement deletes them (the foreign key on agreement_priority_areas)."""

from __future__ import annotations

import enum

from sqlalchemy import (
    CheckConstraint,
    Float,
    ForeignKeyConstraint,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, TimestampMixin, str_enum

AREA_LINK = ("agreement_priority_areas.agreement_id", "agreement_priority_areas.priority_area_id")
FIRST_YEAR = 1990
LAST_YEAR = 2100


class FigureUnit(enum.Enum):
    COUNT = "count"  # antal: reported crimes, incident reports
    PERCENT = "percent"  # procent: a survey's share, 0–100

    @property
    def label(self) -> str:
        return FIGURE_UNIT_LABELS[self]


FIGURE_UNIT_LABELS = {
    FigureUnit.COUNT: N_("number"),
    FigureUnit.PERCENT: N_("percent"),
}


class AreaGoal(TimestampMixin, Base):
    """The overall goal of one priority area in one agreement ("Allmänna platser är trygga och
    välskötta")."""

    __tablename__ = "agreement_area_goals"
    __table_args__ = (
        ForeignKeyConstraint(
            ["agreement_id", "priority_area_id"], list(AREA_LINK), ondelete="CASCADE"
        ),
        UniqueConstraint("agreement_id", "priority_area_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(Integer)
    priority_area_id: Mapped[int] = mapped_column(Integer)
    goal: Mapped[str] = mapped_column(Text)


class SituationFigure(TimestampMixin, Base):
    """One figure of the situation picture: a measure at a place in a year, with its unit and
    source ("Anmälda brott: skadegörelse", "Hässelby torg", 2019, 142, antal, "Polisens
    anmälningsstatistik")."""

    __tablename__ = "situation_figures"
    __table_args__ = (
        ForeignKeyConstraint(
            ["agreement_id", "priority_area_id"], list(AREA_LINK), ondelete="CASCADE"
        ),
        UniqueConstraint("agreement_id", "priority_area_id", "measure", "place", "year"),
        CheckConstraint("value >= 0", name="value_not_negative"),
        CheckConstraint("unit <> 'percent' OR value <= 100", name="percent_at_most_100"),
        CheckConstraint(f"year BETWEEN {FIRST_YEAR} AND {LAST_YEAR}", name="year_plausible"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(Integer)
    priority_area_id: Mapped[int] = mapped_column(Integer)
    measure: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[FigureUnit] = mapped_column(str_enum(FigureUnit, "figure_unit"))
    source: Mapped[str | None] = mapped_column(String(200))
