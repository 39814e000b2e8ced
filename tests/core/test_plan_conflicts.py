"""Two desks editing the same crisis plan: the plan form sends the plan's row version
(``row_version``; ``version`` is the adopted document's), and the second save is refused with a
Swedish message instead of overwriting the first (SQLite and PostgreSQL). Plans stored before
migration 0010 start at row version 1."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import text

from samverkan_desktop.db import Database, _alembic_config, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import Plan, PlanKind
from samverkan_desktop.services import audit, plan_rows, plan_versions, plans
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput

MESSAGE = "Någon annan ändrade posten medan du redigerade den"


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = open_database(db.url)
    yield desk
    desk.dispose()


def _plan(db: Database) -> int:
    with db.session() as s:
        return plans.create_plan(
            s,
            PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan Östermalm"),
            VersionInput("2.0", dt.date(2025, 3, 1), "Stadsdelsdirektör"),
        )


def _edited(row: plan_rows.PlanRow, **changes: object) -> PlanInput:
    data = {
        "kind": row.kind,
        "name": row.name,
        "owner_id": row.owner_id,
        "revision_interval_months": row.revision_interval_months,
        "notes": row.notes,
        "active": row.active,
        "expected_version": row.row_version,
    }
    return PlanInput(**{**data, **changes})  # type: ignore[arg-type]


def test_a_plan_saved_at_another_desk_refuses_this_desks_save(
    db: Database, other_desk: Database
) -> None:
    plan_id = _plan(db)
    mine = db.call(plans.get_plan, plan_id).plan  # this desk's form is filled
    theirs = other_desk.call(plans.get_plan, plan_id).plan
    assert mine.row_version == theirs.row_version == 1 and mine.version == "2.0"
    other_desk.call(plans.update_plan, plan_id, _edited(theirs, notes="Deras anteckning"))
    with pytest.raises(ConflictError, match=MESSAGE):
        db.call(
            plans.update_plan,
            plan_id,
            _edited(mine, notes="Min anteckning", revision_interval_months=24),
        )
    stored = db.call(plans.get_plan, plan_id).plan
    assert (stored.notes, stored.revision_interval_months) == ("Deras anteckning", 12)
    assert stored.row_version == 2 and stored.version == "2.0"
    # Adding a document version is no edit of the plan's own fields: no conflict for its form.
    db.call(plan_versions.add_version, plan_id, VersionInput("2.1", dt.date(2025, 9, 1)))
    db.call(plans.update_plan, plan_id, _edited(stored, notes="Min anteckning"))
    assert db.call(plans.get_plan, plan_id).plan.notes == "Min anteckning"


def test_the_update_itself_checks_the_row_version(db: Database, other_desk: Database) -> None:
    """Between the form's check and the write another desk may save: the UPDATE matches no row
    and the unit of work is refused."""
    plan_id = _plan(db)
    with pytest.raises(ConflictError, match=MESSAGE), db.session() as s:
        mine = s.get(Plan, plan_id)
        assert mine is not None
        s.commit()  # read; no transaction held while the form is open
        other_desk.call(
            plans.update_plan,
            plan_id,
            _edited(other_desk.call(plans.get_plan, plan_id).plan, notes="Deras"),
        )
        mine.notes = "Min"
    assert db.call(plans.get_plan, plan_id).plan.notes == "Deras"


def test_plans_stored_before_the_migration_start_at_row_version_one(db: Database) -> None:
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009_loan_indexes")
        conn.execute(
            text(
                "INSERT INTO plans (kind, name, active, created_at, updated_at) VALUES "
                "('other', 'Gammal plan', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            )
        )
        command.upgrade(_alembic_config(conn), "heads")
    (row,) = db.call(plans.list_plans)
    assert (row.name, row.row_version) == ("Gammal plan", 1)
    db.call(plans.update_plan, row.id, _edited(row, notes="Ändrad"))
    assert db.call(plans.get_plan, row.id).plan.row_version == 2


def test_the_history_leaves_the_row_version_out_and_keeps_the_document_version(
    db: Database,
) -> None:
    plan_id = _plan(db)
    row = db.call(plans.get_plan, plan_id).plan
    db.call(plans.update_plan, plan_id, _edited(row, notes="Ny anteckning"))
    version_id = db.call(
        plan_versions.add_version, plan_id, VersionInput("2.1", dt.date(2025, 9, 1))
    )
    db.call(plan_versions.update_version, version_id, VersionInput("2.2", dt.date(2025, 9, 1)))
    plan_fields = {c.field for h in db.call(audit.history, "plans", plan_id) for c in h.changes}
    assert "notes" in plan_fields and "row_version" not in plan_fields
    (edit, _added) = db.call(audit.history, "plan_versions", version_id)
    assert [(c.field, c.old, c.new) for c in edit.changes] == [("version", "2.1", "2.2")]
