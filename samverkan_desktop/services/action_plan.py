"""The action plan's goal and situation picture of one priority area of an agreement: edited as
a whole (the goal text and the figures' table), read back as tables per source with the
measure and place down the side, the years across and the change from one year to the next.

Figures are typed as in the paper: a number ("274", "23,5"), a year, "antal" or "procent". A
row is refused naming its number in the table ("Rad 3: …"); a measure given twice for the same
place and year is refused too (unique in the database as well)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Agreement,
    AreaGoal,
    FigureUnit,
    PriorityArea,
    SituationFigure,
)
from samverkan_desktop.models.action_plan import FIRST_YEAR, LAST_YEAR
from samverkan_desktop.services.validation import clean, flush_or_conflict, get_or_raise
from samverkan_desktop.swedish_order import sort_key

MAX_GOAL = 2000
MAX_LABEL = 200
NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


@dataclass(frozen=True)
class FigureInput:
    """One row of the figures' table as typed: year and value as text ("2019", "23,5"), the
    unit as chosen or as its Swedish word ("procent")."""

    measure: str
    place: str
    year: str
    value: str
    unit: FigureUnit | str = FigureUnit.COUNT
    source: str | None = None


@dataclass(frozen=True)
class FigureRow:
    id: int
    measure: str
    place: str
    year: int
    value: float
    unit: FigureUnit
    source: str | None


@dataclass(frozen=True)
class AreaPlan:
    agreement_id: int
    priority_area_id: int
    area: str
    goal: str | None
    figures: tuple[FigureRow, ...]


@dataclass(frozen=True)
class Change:
    """From one year to the next: the difference, and for counts also in per cent of the first
    (None from zero)."""

    difference: float
    percent: float | None


@dataclass(frozen=True)
class TableRow:
    measure: str
    place: str
    unit: FigureUnit
    values: tuple[float | None, ...]  # one per year of the table
    changes: tuple[Change | None, ...]  # one per pair of consecutive years


@dataclass(frozen=True)
class FigureTable:
    """The figures of one source: rows measure × place, columns the years."""

    source: str | None
    years: tuple[int, ...]
    rows: tuple[TableRow, ...]


@dataclass(frozen=True)
class AreaPlanSummary:
    """What the agreement's form says of an area's plan: whether it has a goal, how many
    figures."""

    priority_area_id: int
    area: str
    has_goal: bool
    figure_count: int


# --- reading ---------------------------------------------------------------------------------


def _area_of(
    session: Session, agreement_id: int, area_id: int, *, lock: bool = False
) -> PriorityArea:
    agreement = get_or_raise(
        session, Agreement, agreement_id, _("The agreement no longer exists."), for_update=lock
    )
    area = next((a for a in agreement.priority_areas if a.id == area_id), None)
    if area is None:
        raise NotFoundError(
            _("The priority area is no longer part of the agreement."), field="priority_area"
        )
    return area


def _figures(session: Session, agreement_id: int, area_id: int) -> list[SituationFigure]:
    return list(
        session.scalars(
            select(SituationFigure)
            .where(
                SituationFigure.agreement_id == agreement_id,
                SituationFigure.priority_area_id == area_id,
            )
            .order_by(SituationFigure.id)
        )
    )


def _goal(session: Session, agreement_id: int, area_id: int) -> AreaGoal | None:
    return session.scalar(
        select(AreaGoal).where(
            AreaGoal.agreement_id == agreement_id, AreaGoal.priority_area_id == area_id
        )
    )


def get_area_plan(session: Session, agreement_id: int, area_id: int) -> AreaPlan:
    area = _area_of(session, agreement_id, area_id)
    goal = _goal(session, agreement_id, area_id)
    figures = sorted(
        (
            FigureRow(f.id, f.measure, f.place, f.year, f.value, f.unit, f.source)
            for f in _figures(session, agreement_id, area_id)
        ),
        key=lambda f: (sort_key(f.measure), sort_key(f.place), f.year),
    )
    return AreaPlan(agreement_id, area.id, area.name, goal.goal if goal else None, tuple(figures))


def area_plan_summaries(session: Session, agreement_id: int) -> list[AreaPlanSummary]:
    """Each priority area of the agreement, in the areas' order, with what its plan holds."""
    agreement = get_or_raise(session, Agreement, agreement_id, _("The agreement no longer exists."))
    goals = set(
        session.scalars(
            select(AreaGoal.priority_area_id).where(AreaGoal.agreement_id == agreement_id)
        )
    )
    counts = dict(
        session.execute(
            select(SituationFigure.priority_area_id, func.count(SituationFigure.id))
            .where(SituationFigure.agreement_id == agreement_id)
            .group_by(SituationFigure.priority_area_id)
        ).all()
    )
    return [
        AreaPlanSummary(area.id, area.name, area.id in goals, int(counts.get(area.id, 0)))
        for area in agreement.priority_areas
    ]


def figure_tables(figures: Sequence[FigureRow]) -> list[FigureTable]:
    """The figures as tables, one per source (in Swedish order, a figure without a source
    last): a row per measure and place, a column per year any of its figures has."""
    by_source: dict[str | None, list[FigureRow]] = {}
    for figure in figures:
        by_source.setdefault(figure.source, []).append(figure)
    tables = []
    for source in sorted(by_source, key=lambda s: (s is None, sort_key(s or ""))):
        found = by_source[source]
        years = tuple(sorted({f.year for f in found}))
        cells: dict[tuple[str, str, FigureUnit], dict[int, float]] = {}
        for figure in found:
            cells.setdefault((figure.measure, figure.place, figure.unit), {})[figure.year] = (
                figure.value
            )
        rows = []
        for (measure, place, unit), by_year in sorted(
            cells.items(), key=lambda item: (sort_key(item[0][0]), sort_key(item[0][1]))
        ):
            values = tuple(by_year.get(year) for year in years)
            changes = tuple(
                change(before, after, unit) for before, after in itertools.pairwise(values)
            )
            rows.append(TableRow(measure, place, unit, values, changes))
        tables.append(FigureTable(source, years, tuple(rows)))
    return tables


def change(before: float | None, after: float | None, unit: FigureUnit) -> Change | None:
    if before is None or after is None:
        return None
    percent = None
    if unit is FigureUnit.COUNT and before:
        percent = (after - before) / before * 100
    return Change(after - before, percent)


# --- writing ---------------------------------------------------------------------------------


def parse_year(text: str, row: int) -> int:
    cleaned = (text or "").strip()
    if not cleaned.isdigit() or not FIRST_YEAR <= int(cleaned) <= LAST_YEAR:
        raise ValidationError(
            _("Row {row}: give the year as four digits, {first}–{last}.").format(
                row=row, first=FIRST_YEAR, last=LAST_YEAR
            ),
            field="figures",
        )
    return int(cleaned)


def parse_value(text: str, unit: FigureUnit, row: int) -> float:
    cleaned = (text or "").strip().removesuffix("%").strip().replace("\u00a0", "").replace(" ", "")
    if cleaned.startswith(("-", "−")):
        raise ValidationError(
            _("Row {row}: a figure cannot be negative.").format(row=row), field="figures"
        )
    if not NUMBER.match(cleaned):
        raise ValidationError(
            _("Row {row}: “{text}” is not a number (write for example 142 or 23,5).").format(
                row=row, text=(text or "").strip()
            ),
            field="figures",
        )
    value = float(cleaned.replace(",", "."))
    if unit is FigureUnit.PERCENT and value > 100:
        raise ValidationError(
            _("Row {row}: a percentage is at most 100.").format(row=row), field="figures"
        )
    return value


def _label(text: str | None, row: int, missing: str) -> str:
    cleaned = clean(text, one_line=True)  # a table cell: one line
    if cleaned is None:
        raise ValidationError(missing.format(row=row), field="figures")
    if len(cleaned) > MAX_LABEL:
        raise ValidationError(
            _("Row {row}: a text is too long (at most {count} characters).").format(
                row=row, count=MAX_LABEL
            ),
            field="figures",
        )
    return cleaned


def checked_figures(rows: Sequence[FigureInput]) -> list[FigureRow]:
    """The rows typed, checked in order (id 0: not saved); an empty row is left out."""
    found: list[FigureRow] = []
    seen: set[tuple[str, str, int]] = set()
    for number, row in enumerate(rows, start=1):
        if not any(clean(part) for part in (row.measure, row.place, row.year, row.value)):
            continue
        measure = _label(row.measure, number, _("Row {row}: say what is measured."))
        place = _label(row.place, number, _("Row {row}: give the place or area."))
        year = parse_year(row.year, number)
        unit = row.unit if isinstance(row.unit, FigureUnit) else unit_of_label(row.unit)
        if unit is None:
            raise ValidationError(
                _("Row {row}: choose the unit, number or percent.").format(row=number),
                field="figures",
            )
        value = parse_value(row.value, unit, number)
        source = clean(row.source, one_line=True)
        if source is not None:
            source = _label(source, number, "")
        key = (measure.casefold(), place.casefold(), year)
        if key in seen:
            raise ConflictError(
                _("Row {row}: “{measure}” at {place} in {year} is given twice.").format(
                    row=number, measure=measure, place=place, year=year
                ),
                field="figures",
            )
        seen.add(key)
        found.append(FigureRow(0, measure, place, year, value, unit, source))
    return found


def _as_stored(plan: AreaPlan) -> tuple[object, ...]:
    """What a save compares: the goal and the figures, not their ids or order."""
    figures = sorted(
        (f.measure, f.place, f.year, f.value, f.unit.value, f.source or "") for f in plan.figures
    )
    return (plan.goal or "", figures)


def save_area_plan(
    session: Session,
    agreement_id: int,
    area_id: int,
    goal: str | None,
    figures: Sequence[FigureInput],
    *,
    expected: AreaPlan | None = None,
) -> None:
    """The area's goal and its whole table of figures, as the dialog shows them. A figure kept
    (same measure, place and year) is updated in place, so the trail shows what changed.
    ``expected``: the plan the dialog was opened on (None: no check, e.g. a script); when
    another desk saved the area meanwhile the save is refused (StaleRecordError), not written
    over theirs. The agreement's row is locked meanwhile, so two saves cannot both pass."""
    _area_of(session, agreement_id, area_id, lock=True)
    if expected is not None and _as_stored(
        get_area_plan(session, agreement_id, area_id)
    ) != _as_stored(expected):
        raise stale_record_error()
    goal_text = clean(goal)
    if goal_text is not None and len(goal_text) > MAX_GOAL:
        raise ValidationError(
            _("The goal is too long (at most {count} characters).").format(count=MAX_GOAL),
            field="goal",
        )
    wanted = {
        (f.measure.casefold(), f.place.casefold(), f.year): f for f in checked_figures(figures)
    }

    stored = _goal(session, agreement_id, area_id)
    if goal_text is None and stored is not None:
        session.delete(stored)
    elif goal_text is not None and stored is None:
        session.add(AreaGoal(agreement_id=agreement_id, priority_area_id=area_id, goal=goal_text))
    elif goal_text is not None and stored is not None:
        stored.goal = goal_text

    for figure in _figures(session, agreement_id, area_id):
        row = wanted.pop((figure.measure.casefold(), figure.place.casefold(), figure.year), None)
        if row is None:
            session.delete(figure)
            continue
        figure.measure, figure.place = row.measure, row.place
        figure.value, figure.unit, figure.source = row.value, row.unit, row.source
    session.flush()  # deletions first: a row typed anew may take a deleted one's key
    for row in wanted.values():
        session.add(
            SituationFigure(
                agreement_id=agreement_id,
                priority_area_id=area_id,
                measure=row.measure,
                place=row.place,
                year=row.year,
                value=row.value,
                unit=row.unit,
                source=row.source,
            )
        )
    flush_or_conflict(session, _("A figure is given twice for the same place and year."), "figures")


def unit_of_label(text: str) -> FigureUnit | None:
    """The unit a user typed or picked ("procent", "%", "antal"), None when none matches."""
    cleaned = (text or "").strip().casefold()
    for unit in FigureUnit:
        if cleaned in {unit.value, _(unit.label).casefold()}:
            return unit
    return FigureUnit.PERCENT if cleaned == "%" else None
