""" "Ångra" after a crisis plan's "New version…" and after "Mark verified" on the crisis contact
list: the change taken back exactly, or refused with what changed since (the undo would lose
it). On both databases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import (
    contacts,
    crisis_verification,
    plan_attachments,
    plan_versions,
    plans,
    verified_undo,
)
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput
from tests.core.crisis_data import person

TODAY = dt.date(2021, 3, 15)
ADDED = VersionInput("2.0", dt.date(2021, 3, 1), "Stadsdelsdirektör", "Nya larmvägar")


def _plan_with_new_version(db: Database) -> tuple[int, int]:
    """ "Krisledningsplan" 1.0, and 2.0 just added: their ids."""
    with db.session() as session:
        plan_id = plans.create_plan(
            session,
            PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan", None, 12),
            VersionInput("1.0", dt.date(2020, 12, 14), "Stadsdelsdirektör"),
        )
        return plan_id, plan_versions.add_version(session, plan_id, ADDED, TODAY)


def _history(db: Database, plan_id: int) -> list[tuple[str, bool]]:
    with db.session() as session:
        return [(v.version, v.is_current) for v in plans.get_plan(session, plan_id, TODAY).versions]


def _refusal(db: Database, version_id: int) -> str:
    with pytest.raises(ConflictError) as refused, db.session() as session:
        plan_versions.undo_new_version(session, version_id, ADDED)
    return refused.value.message


def test_undo_removes_the_version_just_added(db: Database) -> None:
    plan_id, added = _plan_with_new_version(db)
    with db.session() as session:
        plan_versions.undo_new_version(session, added, ADDED)
    assert _history(db, plan_id) == [("1.0", True)]  # the earlier version is current again


def test_undo_is_refused_once_the_version_is_edited(db: Database) -> None:
    plan_id, added = _plan_with_new_version(db)
    with db.session() as session:
        plan_versions.update_version(
            session, added, VersionInput("2.0", dt.date(2021, 3, 2)), TODAY
        )
    assert _refusal(db, added) == (
        "Version ”2.0” av ”Krisledningsplan” tas inte bort: versionen har ändrats sedan dess. "
        "Ta bort den ur versionshistoriken om den inte ska vara kvar."
    )
    assert _history(db, plan_id) == [("2.0", True), ("1.0", False)]


def test_undo_is_refused_once_a_file_is_attached_to_it(db: Database, tmp_path: Path) -> None:
    plan_id, added = _plan_with_new_version(db)
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF-1.4")
    with db.session() as session:
        plan_attachments.attach_file(session, plan_id, source, tmp_path / "store", added, TODAY)
    assert "en fil har bifogats till den sedan dess" in _refusal(db, added)
    assert _history(db, plan_id) == [("2.0", True), ("1.0", False)]


def test_undo_is_refused_once_a_later_version_is_added(db: Database) -> None:
    plan_id, added = _plan_with_new_version(db)
    with db.session() as session:
        plan_versions.add_version(
            session, plan_id, VersionInput("2.1", dt.date(2021, 3, 10)), TODAY
        )
    assert "version ”2.1” har lagts till efter den sedan dess" in _refusal(db, added)


def test_undo_of_mark_verified_gives_back_the_earlier_date(db: Database) -> None:
    earlier, marked = dt.date(2020, 6, 1), TODAY
    with db.session() as session:
        sara = person(session, "Sara", earlier)
        key = f"person:{sara}"
        mark = crisis_verification.mark_verified(session, key, marked)
        assert (mark.marked, mark.before) == (marked, earlier)
    with db.session() as session:
        verified_undo.take_back(session, [mark])
        assert contacts.get_person(session, sara).last_verified == earlier
        # Marked again, then changed in the person's form: the undo would lose that date.
        mark = crisis_verification.mark_verified(session, key, marked)
        person_row = contacts.get_person(session, sara)
    with db.session() as session:
        data = contacts.PersonInput(
            name="Sara", is_staff=True, phone=person_row.phone, last_verified=dt.date(2021, 3, 1)
        )
        contacts.update_person(session, person_row.id, data, TODAY)
    with pytest.raises(ConflictError) as refused, db.session() as session:
        verified_undo.take_back(session, [mark])
    assert refused.value.message == (
        "Sara: kontrolldatumet har ändrats sedan det markerades (2021-03-15), så det tas inte "
        "tillbaka."
    )


def test_undo_of_mark_verified_after_the_phone_changed_is_refused_naming_it(
    db: Database,
) -> None:
    earlier = dt.date(2020, 6, 1)
    with db.session() as session:
        sara = person(session, "Sara", earlier)
        mark = crisis_verification.mark_verified(session, f"person:{sara}", TODAY)
        row = contacts.get_person(session, sara)
    with db.session() as session:  # another desk: a new number, the verified date left as it is
        data = contacts.PersonInput(
            name="Sara", is_staff=True, phone="070-111 22 33", last_verified=TODAY
        )
        contacts.update_person(session, row.id, data, TODAY)
    with pytest.raises(ConflictError) as refused, db.session() as session:
        verified_undo.take_back(session, [mark])
    assert refused.value.message == (
        "Sara: telefonnumret har ändrats sedan raden markerades som kontrollerad (2021-03-15), "
        "så kontrolldatumet tas inte tillbaka."
    )
    with db.session() as session:
        assert contacts.get_person(session, sara).last_verified == TODAY
