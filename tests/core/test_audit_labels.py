"""Every table and field the trail records has a Swedish label: a History heading or a CSV
export never shows a raw name such as ``exercise_lessons`` or ``closing_meeting_notes``."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from samverkan_desktop.audit_entries import PART_FIELDS, SKIP_TABLES, table_plan
from samverkan_desktop.db import Database
from samverkan_desktop.models import Base, ExerciseType
from samverkan_desktop.services import audit, exercise_objectives, exercises
from samverkan_desktop.services.audit_labels import TABLE_LABELS, field_label

# Reviewed: what the trail never records, so needs no label. Primary keys (ids: the record
# itself), created_at/updated_at (bookkeeping, audit_entries.IGNORED_COLUMNS) and a record's row
# version (the mapper's version column, models.base.RowVersioned: a save counter; a plan
# version's "version" is the document's and has a label), and a stop's answers_version (the
# save counter of its checklist answers). _plan leaves them out, and the
# audit_log and alembic_version tables are the trail's own (SKIP_TABLES).
NOT_RECORDED = frozenset({"created_at", "updated_at", "answers_version"})


def _recorded_fields() -> dict[str, tuple[str, ...]]:
    fields = {}
    for mapper in Base.registry.mappers:
        table, columns, collections = table_plan(mapper)
        if table not in SKIP_TABLES:
            fields[table] = (*columns, *sorted(collections), *PART_FIELDS.get(table, ()))
    return fields


def test_every_recorded_table_and_field_has_a_label() -> None:
    fields = _recorded_fields()
    assert "exercise_lessons" in fields and "walks" in fields  # the walk covers them all
    unlabelled = sorted(table for table in fields if table not in TABLE_LABELS)
    assert unlabelled == []
    unlabelled = sorted(
        f"{table}.{field}"
        for table, names in fields.items()
        for field in names
        if field_label(table, field) == field
    )
    assert unlabelled == []


def test_the_reviewed_technical_columns_are_those_the_trail_leaves_out() -> None:
    for mapper in Base.registry.mappers:
        table, columns, _collections = table_plan(mapper)
        left_out = {attr.key for attr in mapper.column_attrs} - set(columns)
        reviewed = set(NOT_RECORDED) | {
            attr.key
            for attr in mapper.column_attrs
            if attr.columns[0].primary_key or attr.columns[0] is mapper.version_id_col
        }
        assert left_out <= reviewed, table


def test_the_export_names_tables_and_fields_as_the_history_does(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        exercise_id = exercises.create_exercise(
            s,
            exercises.ExerciseInput(
                "Stabsövning krisledning",
                ExerciseType.SEMINAR,
                2026,
                date=dt.date(2026, 2, 10),
                scenario="Strömavbrott i hela stadsdelen",
            ),
        )
        exercise_objectives.add_objective(s, exercise_id, "Lägesbild inom en timme")
    with db.session() as s:
        audit.export_csv(s, tmp_path / "trail.csv")
    with (tmp_path / "trail.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    objective = next(
        r for r in rows if r["table"] == "exercise_objectives" and r["field"] == "text"
    )
    assert (objective["table_label"], objective["field_label"]) == ("Övningsmål", "Mål")
    assert objective["new"] == "Lägesbild inom en timme"
    exercise = next(r for r in rows if r["table"] == "exercises" and r["field"] == "scenario")
    assert (exercise["table_label"], exercise["field_label"]) == ("Övning", "Scenario")
    # The raw names stay where they were (a contract), the labels come after them.
    assert list(rows[0])[:9] == [
        "time_utc",
        "user",
        "db_role",
        "table",
        "record_id",
        "action",
        "field",
        "old",
        "new",
    ]
