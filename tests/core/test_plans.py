"""The plans register: versions, the computed next revision, the due filter, attached files copied
into the data folder, and the Overview's plans to revise."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import (
    crisis_nav,
    crisis_overview,
    plan_attachments,
    plan_versions,
    plans,
)
from samverkan_desktop.services.plan_rows import DueState
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput

TODAY = dt.date(2021, 3, 15)


def _plan(session, name="Krisledningsplan", adopted=dt.date(2020, 12, 14), months=12) -> int:  # type: ignore[no-untyped-def]
    return plans.create_plan(
        session,
        PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, name, revision_interval_months=months),
        VersionInput("1.0", adopted, "Stadsdelsdirektör") if adopted else None,
    )


def test_next_revision_is_the_current_version_plus_the_interval(db: Database) -> None:
    with db.session() as session:
        plan_id = _plan(session)
        row = plans.list_plans(session, TODAY)[0]
        assert (row.version, row.adopted_by) == ("1.0", "Stadsdelsdirektör")
        assert row.next_revision == dt.date(2021, 12, 14)
        assert row.due_state is DueState.OK
        # A newer adopted version becomes current; the history keeps both, newest first.
        plan_versions.add_version(session, plan_id, VersionInput("2.0", dt.date(2021, 3, 1)))
        detail = plans.get_plan(session, plan_id, TODAY)
        assert detail.plan.version == "2.0"
        assert detail.plan.next_revision == dt.date(2022, 3, 1)
        assert [(v.version, v.is_current) for v in detail.versions] == [
            ("2.0", True),
            ("1.0", False),
        ]
        # Changing the interval moves the due date at once (nothing stored to go stale).
        plans.update_plan(
            session,
            plan_id,
            PlanInput(
                PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan", revision_interval_months=1
            ),
        )
        row = plans.get_plan(session, plan_id, TODAY).plan
        assert row.next_revision == dt.date(2021, 4, 1)
        assert row.due_state is DueState.DUE_SOON and row.days_left == 17


def test_plans_without_a_version_or_interval_have_no_date(db: Database) -> None:
    with db.session() as session:
        _plan(session, "Ny rutin", adopted=None)  # type: ignore[arg-type]
        row = plans.list_plans(session, TODAY)[0]
        assert row.version is None and row.next_revision is None
        assert row.due_state is DueState.NO_DATE


def test_mistakes_are_refused_with_the_field_named(db: Database) -> None:
    with db.session() as session:
        plan_id = _plan(session)
    # A refused change rolls back its unit of work: one per attempt, as the window does.
    with pytest.raises(ConflictError) as dup_version, db.session() as session:
        plan_versions.add_version(session, plan_id, VersionInput("1.0", dt.date(2021, 1, 1)))
    assert dup_version.value.field == "version"
    with pytest.raises(ConflictError) as dup_name, db.session() as session:
        _plan(session, "Krisledningsplan")
    assert dup_name.value.field == "name"
    with pytest.raises(ValidationError) as bad_interval, db.session() as session:
        plans.create_plan(session, PlanInput(PlanKind.OTHER, "Annan", revision_interval_months=0))
    assert bad_interval.value.field == "revision_interval_months"
    with pytest.raises(ValidationError) as no_name, db.session() as session:
        plans.create_plan(session, PlanInput(PlanKind.OTHER, "  "))
    assert no_name.value.field == "name"
    with db.session() as session:
        assert [p.version for p in plans.list_plans(session, TODAY)] == ["1.0"]


def test_the_database_refuses_a_zero_interval_and_duplicate_versions(db: Database) -> None:
    with db.session() as session:
        plan_id = _plan(session)
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE plans SET revision_interval_months = 0"))
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO plan_versions (plan_id, version, adopted_on, created_at, updated_at) "
                "VALUES (:p, '1.0', '2021-01-01', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"p": plan_id},
        )


def test_due_within_lists_overdue_and_soon_but_not_later_or_retired(db: Database) -> None:
    with db.session() as session:
        _plan(session, "Försenad", adopted=dt.date(2019, 1, 1))
        _plan(session, "Snart", adopted=dt.date(2020, 4, 20))
        _plan(session, "Senare", adopted=dt.date(2021, 1, 1))
        retired = _plan(session, "Avvecklad", adopted=dt.date(2019, 1, 1))
        plans.update_plan(
            session, retired, PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Avvecklad", active=False)
        )
        due = plans.list_plans(session, TODAY, due_within=60)
        assert [(r.name, r.due_state) for r in due] == [
            ("Försenad", DueState.OVERDUE),
            ("Snart", DueState.DUE_SOON),
        ]
        assert len(plans.list_plans(session, TODAY)) == 4
        with pytest.raises(ValidationError):
            plans.list_plans(session, TODAY, due_within=-1)


def test_overview_shows_plans_due_in_the_crisis_area(db: Database) -> None:
    with db.session() as session:
        late = _plan(session, "Försenad", adopted=dt.date(2019, 1, 1))
        _plan(session, "Senare", adopted=dt.date(2021, 1, 1))
        section = crisis_overview.plans_due(session, TODAY)
        assert section.area == "crisis"
        # One entry: the overdue revision, and beside it that the plan, in force for over a
        # year, was never exercised (tests/core/test_plans_to_exercise.py); "Senare", adopted
        # this January, is not a gap yet.
        (item,) = section.items
        assert item.title == "Försenad" and item.area == "crisis"
        assert crisis_nav.decode(item.record_id or 0) == ("plan", late)
        assert "2020-01-01" in item.head and item.also == "aldrig övad"
        assert item.detail.endswith(" · aldrig övad · version 1.0")


def test_attached_files_are_copied_into_the_data_folder_and_removed_with_the_plan(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "Krisledningsplan 2020.pdf"
    source.write_bytes(b"%PDF-1.4 plan")
    root = tmp_path / "attachments"
    with db.session() as session:
        plan_id = _plan(session)
        attachment_id = plan_attachments.attach_file(session, plan_id, source, root, today=TODAY)
        copy = plan_attachments.attachment_path(session, attachment_id, root)
        assert copy.read_bytes() == b"%PDF-1.4 plan" and copy.parent == root / "plans" / str(
            plan_id
        )
        source.unlink()  # the original may go: the copy stays
        detail = plans.get_plan(session, plan_id, TODAY)
        assert [(a.file_name, a.byte_size) for a in detail.attachments] == [
            ("Krisledningsplan 2020.pdf", 13)
        ]
        assert detail.plan.attachment_count == 1
        with pytest.raises(ValidationError) as missing:
            plan_attachments.attach_file(session, plan_id, tmp_path / "nope.pdf", root)
        assert missing.value.field == "file"
        second = tmp_path / "bilaga.docx"
        second.write_bytes(b"x")
        other = plan_attachments.attach_file(session, plan_id, second, root)
        other_copy = plan_attachments.attachment_path(session, other, root)
    with db.session() as session:
        plan_attachments.remove_attachment(session, other, root)
        assert other_copy.exists()  # the copy goes only with the commit
    assert not other_copy.exists()
    with pytest.raises(RuntimeError), db.session() as session:
        plans.delete_plan(session, plan_id, root)
        raise RuntimeError("the unit of work fails after the deletion")
    assert copy.exists()  # nothing committed: the file is kept with its record
    with db.session() as session:
        plans.delete_plan(session, plan_id, root)
    assert not copy.exists()
    with db.session() as session, pytest.raises(NotFoundError):
        plans.get_plan(session, plan_id)


def test_a_version_deleted_meanwhile_is_named_gone_by_each_change_to_it(
    db: Database, tmp_path: Path
) -> None:
    """Another desk deleted the version: editing it, deleting it and attaching a file to it
    each say so, in the same words."""
    source = tmp_path / "bilaga.pdf"
    source.write_bytes(b"%PDF-1.4")
    with db.session() as session:
        plan_id = _plan(session)
        version_id = plans.get_plan(session, plan_id, TODAY).versions[0].id
        plan_versions.delete_version(session, version_id)
        changes = (
            lambda: plan_versions.update_version(
                session, version_id, VersionInput("1.1", TODAY), TODAY
            ),
            lambda: plan_versions.delete_version(session, version_id),
            lambda: plan_attachments.attach_file(
                session, plan_id, source, tmp_path, version_id, TODAY
            ),
        )
        for change in changes:
            with pytest.raises(NotFoundError) as gone:
                change()
            assert gone.value.message == "Versionen finns inte längre."
