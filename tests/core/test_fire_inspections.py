"""Fire-safety inspections (SBA): the rules, what is due, deleting, the remarks as actions."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.models import ActionSource, ActionStatus, InspectionResult
from samverkan_desktop.services import action_filter, action_reading, actions, fire_inspections
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.fire_inspections import InspectionInput, RemarkInput

GARNISONEN = "Garnisonen, Karlavägen 104 inkl. receptionen"
TODAY = dt.date(2021, 12, 1)


def _inspection(
    on: dt.date,
    result: InspectionResult = InspectionResult.APPROVED,
    premises: str = GARNISONEN,
    next_due_on: dt.date | None = None,
) -> InspectionInput:
    return InspectionInput(premises, on, "Brandkonsult AB", result, next_due_on=next_due_on)


def test_the_next_inspection_is_due_a_year_after_by_default(db: Database) -> None:
    inspection_id = db.call(fire_inspections.create_inspection, _inspection(dt.date(2021, 1, 11)))
    row = db.call(fire_inspections.get_inspection, inspection_id, TODAY)
    assert row.next_due_on == dt.date(2022, 1, 11)
    assert row.result is InspectionResult.APPROVED


def test_not_approved_without_a_remark_is_refused_in_swedish(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        db.call(
            fire_inspections.create_inspection,
            _inspection(dt.date(2021, 1, 11), InspectionResult.NOT_APPROVED),
        )
    assert refused.value.field == "remarks"
    assert "anmärkning" in refused.value.message
    assert db.call(fire_inspections.list_inspections, TODAY) == []


def test_approved_with_an_open_remark_is_allowed_and_the_remark_is_an_action(
    db: Database,
) -> None:
    org = db.call(create_organisation, OrganisationInput("Fastighetsägaren Garnisonen"))
    remark = RemarkInput("Skylt för utrymningsväg saknas plan 3", None, org, dt.date(2021, 3, 1))
    inspection_id = db.call(
        fire_inspections.create_inspection, _inspection(dt.date(2021, 1, 11)), [remark]
    )
    found = db.call(
        action_reading.list_actions,
        action_filter.ActionFilter(source_type=ActionSource.FIRE_INSPECTION),
        TODAY,
    )
    assert [(a.title, a.source_id, a.raised_on) for a in found] == [
        ("Skylt för utrymningsväg saknas plan 3", inspection_id, dt.date(2021, 1, 11))
    ]
    assert found[0].source_text == "Brandskyddsbesiktning 2021-01-11, " + GARNISONEN
    row = db.call(fire_inspections.get_inspection, inspection_id, TODAY)
    assert (row.remarks, row.open_remarks) == (1, 1)


def test_the_next_inspection_must_come_after_this_one(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        db.call(
            fire_inspections.create_inspection,
            _inspection(dt.date(2021, 1, 11), next_due_on=dt.date(2021, 1, 11)),
        )
    assert refused.value.field == "next_due_on"


def test_the_database_refuses_an_unknown_result(db: Database) -> None:
    with pytest.raises(ConflictError), db.session() as session:
        session.execute(
            text(
                "INSERT INTO fire_inspections (premises, inspected_on, performed_by, result, "
                "next_due_on, version) VALUES ('G', '2021-01-11', 'X', 'okay', '2022-01-11', 1)"
            )
        )


def test_due_means_the_latest_per_premises_within_60_days_or_past(db: Database) -> None:
    old = db.call(fire_inspections.create_inspection, _inspection(dt.date(2020, 1, 10)))
    latest = db.call(fire_inspections.create_inspection, _inspection(dt.date(2021, 1, 11)))
    soon = db.call(
        fire_inspections.create_inspection,
        _inspection(dt.date(2021, 3, 1), premises="Förskolan Tessin"),
    )
    far = db.call(
        fire_inspections.create_inspection,
        _inspection(dt.date(2021, 11, 1), premises="Fältkontoret"),
    )
    due = db.call(fire_inspections.due_inspections, dt.date(2021, 12, 1))
    # Garnisonen's 2020 inspection was due long ago, but a later one replaced it.
    assert [r.id for r in due] == [latest]
    due_later = db.call(fire_inspections.due_inspections, dt.date(2022, 1, 20))
    assert [r.id for r in due_later] == [latest, soon]
    assert old not in {r.id for r in due_later} and far not in {r.id for r in due_later}
    row = db.call(fire_inspections.get_inspection, latest, dt.date(2022, 1, 20))
    assert row.is_overdue(dt.date(2022, 1, 20))


def test_an_inspection_with_remarks_is_not_deleted_and_says_how_many(db: Database) -> None:
    org = db.call(create_organisation, OrganisationInput("Fastighetsägaren Garnisonen"))
    remarks = [
        RemarkInput("Brandcellsgräns plan 2", None, org),
        RemarkInput("Nödbelysning", None, org),
    ]
    inspection_id = db.call(
        fire_inspections.create_inspection,
        _inspection(dt.date(2021, 1, 11), InspectionResult.NOT_APPROVED),
        remarks,
    )
    with pytest.raises(InUseError) as refused:
        db.call(fire_inspections.delete_inspection, inspection_id)
    assert "2 anmärkningar" in refused.value.message
    plain = db.call(fire_inspections.create_inspection, _inspection(dt.date(2022, 1, 10)))
    db.call(fire_inspections.delete_inspection, plain)
    assert [r.id for r in db.call(fire_inspections.list_inspections, TODAY)] == [inspection_id]


def test_a_stale_save_is_refused(db: Database) -> None:
    inspection_id = db.call(fire_inspections.create_inspection, _inspection(dt.date(2021, 1, 11)))
    row = db.call(fire_inspections.get_inspection, inspection_id, TODAY)
    changed = InspectionInput(
        GARNISONEN, row.inspected_on, "Brandskydd Öst", row.result, expected_version=row.version
    )
    db.call(fire_inspections.update_inspection, inspection_id, changed)
    with pytest.raises(ConflictError):
        db.call(fire_inspections.update_inspection, inspection_id, changed)


def test_a_remark_closed_in_actions_is_counted_closed(db: Database) -> None:
    org = db.call(create_organisation, OrganisationInput("Fastighetsägaren Garnisonen"))
    inspection_id = db.call(
        fire_inspections.create_inspection,
        _inspection(dt.date(2021, 1, 11), InspectionResult.APPROVED_WITH_REMARKS),
        [RemarkInput("Nödbelysning", None, org)],
    )
    (remark,) = db.call(fire_inspections.remarks_of, inspection_id, TODAY)
    db.call(actions.set_action_status, remark.id, ActionStatus.DONE, today=TODAY)
    row = db.call(fire_inspections.get_inspection, inspection_id, TODAY)
    assert (row.remarks, row.open_remarks) == (1, 0)


def test_an_inspection_dated_after_today_is_refused(db: Database) -> None:
    """The page's header says "Senast besiktigat …": a day to come typed by mistake would read
    as the latest inspection."""
    with pytest.raises(ValidationError) as refused:
        db.call(
            fire_inspections.create_inspection,
            _inspection(TODAY + dt.timedelta(days=1)),
            today=TODAY,
        )
    assert refused.value.field == "inspected_on"
    assert refused.value.message == (
        "Besiktningen förs in när den är gjord: 2021-12-02 är efter i dag."
    )
    assert db.call(fire_inspections.list_inspections, TODAY) == []
    assert db.call(fire_inspections.create_inspection, _inspection(TODAY), today=TODAY) > 0
