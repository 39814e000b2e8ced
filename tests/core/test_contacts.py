"""Contacts register: organisations and people, verification, protection of data in use."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import (
    ConflictError,
    FieldErrors,
    InUseError,
    NotFoundError,
    ValidationError,
)
from samverkan_desktop.models import OrganisationKind
from samverkan_desktop.services import (
    contact_deletion,
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput

TODAY = dt.date(2026, 11, 22)


def _org(db: Database, name: str = "Trafikkontoret") -> int:
    with db.session() as s:
        return contacts.create_organisation(s, OrganisationInput(name, OrganisationKind.CITY))


def test_create_and_search_people_by_name_title_or_organisation(db: Database) -> None:
    org = _org(db)
    with db.session() as s:
        contacts.create_person(s, PersonInput("Erik Sandberg", "Trafikplanerare", org))
        contacts.create_person(s, PersonInput("Sara Holm", "Kommunpolis"))
    with db.session() as s:
        assert [p.name for p in contacts.list_people(s)] == ["Erik Sandberg", "Sara Holm"]
        assert [p.name for p in contacts.list_people(s, "kommunpol")] == ["Sara Holm"]
        found = contacts.list_people(s, "trafikkontoret")
        assert [(p.name, p.organisation) for p in found] == [("Erik Sandberg", "Trafikkontoret")]


def test_empty_name_and_bad_email_are_refused_with_field_and_swedish_text(db: Database) -> None:
    with db.session() as s:
        with pytest.raises(ValidationError) as empty:
            contacts.create_person(s, PersonInput("   "))
        assert empty.value.field == "name"
        assert empty.value.message == "Namn måste fyllas i."
        with pytest.raises(ValidationError) as email:
            contacts.create_person(s, PersonInput("Anna", email="anna.example.se"))
        assert email.value.field == "email"
        assert "e-postadress" in email.value.message


def test_duplicate_organisation_name_is_refused_case_insensitively(db: Database) -> None:
    _org(db, "Trafikkontoret")
    with pytest.raises(ConflictError) as refused, db.session() as s:
        contacts.create_organisation(s, OrganisationInput("trafikkontoret"))
    # The existing organisation as it is written, not what was typed.
    assert refused.value.message == "Det finns redan en organisation som heter ”Trafikkontoret”."
    with db.session() as s:
        assert [o.name for o in contacts.list_organisations(s)] == ["Trafikkontoret"]


def test_duplicate_name_with_swedish_letters_is_refused_in_any_case(db: Database) -> None:
    # SQLite's built-in lower() leaves Å/Ä/Ö alone; the database must fold them like PostgreSQL.
    _org(db, "Östermalms stadsdelsförvaltning")
    with pytest.raises(ConflictError, match="Det finns redan en organisation"), db.session() as s:
        contacts.create_organisation(s, OrganisationInput("ÖSTERMALMS STADSDELSFÖRVALTNING"))


def test_organisation_with_people_cannot_be_deleted(db: Database) -> None:
    org = _org(db)
    with db.session() as s:
        contacts.create_person(s, PersonInput("Erik Sandberg", organisation_id=org))
    with pytest.raises(InUseError, match="1 person"), db.session() as s:
        contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        assert len(contacts.list_organisations(s)) == 1


def test_unused_organisation_can_be_deleted(db: Database) -> None:
    org = _org(db)
    with db.session() as s:
        contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        assert contacts.list_organisations(s) == []
        with pytest.raises(NotFoundError):
            contact_deletion.delete_organisation(s, org)


def test_people_not_verified_in_six_months_are_listed_for_verification(db: Database) -> None:
    with db.session() as s:
        fresh = contacts.create_person(
            s, PersonInput("Fresh", last_verified=dt.date(2026, 10, 1)), today=TODAY
        )
        stale = contacts.create_person(
            s, PersonInput("Stale", last_verified=dt.date(2026, 5, 21)), today=TODAY
        )
        never = contacts.create_person(s, PersonInput("Never"), today=TODAY)
        contacts.update_person(s, never, PersonInput("Never"), today=TODAY)  # date cleared
    with db.session() as s:
        due = [p.name for p in contacts.list_people(s, unverified_on=TODAY)]
        assert due == ["Never", "Stale"]
        contacts.mark_verified(s, stale, on=TODAY)
    with db.session() as s:
        assert [p.name for p in contacts.list_people(s, unverified_on=TODAY)] == ["Never"]
        assert contacts.get_person(s, fresh).verification_due(TODAY) is False


def test_a_new_person_is_verified_the_day_it_is_added_unless_a_day_is_given(
    db: Database,
) -> None:
    """The coordinator just typed the details: not "never verified" in red, nor on the
    Overview's card of contacts to verify."""
    with db.session() as s:
        new = contacts.create_person(s, PersonInput("Eva Strand"), today=TODAY)
        given = contacts.create_person(
            s, PersonInput("Sara Holm", last_verified=dt.date(2026, 5, 1)), today=TODAY
        )
    with db.session() as s:
        assert contacts.get_person(s, new).last_verified == TODAY
        assert contacts.get_person(s, given).last_verified == dt.date(2026, 5, 1)
        assert [p.name for p in contacts.list_people(s, unverified_on=TODAY)] == ["Sara Holm"]


def test_verification_date_in_the_future_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError, match="framtiden"), db.session() as s:
        contacts.create_person(
            s, PersonInput("X", last_verified=TODAY + dt.timedelta(days=1)), today=TODAY
        )


def test_person_who_is_a_group_member_cannot_be_deleted(db: Database) -> None:
    with db.session() as s:
        person = contacts.create_person(s, PersonInput("Sara Holm"))
        group = group_editing.create_group(
            s, group_rows.GroupInput("Beredningsgrupp", groups.GroupType.BEREDNINGSGRUPP)
        )
        membership_changes.add_member(s, group, person)
    with pytest.raises(InUseError, match="Sara Holm"), db.session() as s:
        contact_deletion.delete_person(s, person)
    with db.session() as s:
        assert contacts.get_person(s, person).name == "Sara Holm"


@pytest.mark.parametrize("number", ["112", "1177", "114 14", "08-508 000 00", "+46 8 508 000 00"])
def test_swedish_short_numbers_and_ordinary_ones_are_phone_numbers(number: str) -> None:
    from samverkan_desktop.services.validation import optional_phone

    assert optional_phone(number) == number


@pytest.mark.parametrize("typed", ["12", "--- / ---", "08-ring mig", "+ + +"])
def test_what_is_not_a_phone_number_is_refused_in_swedish(typed: str) -> None:
    from samverkan_desktop.errors import ValidationError
    from samverkan_desktop.services.validation import optional_phone

    with pytest.raises(ValidationError, match="är inte ett telefonnummer"):
        optional_phone(typed)


def test_every_field_a_person_form_gets_wrong_is_refused_at_once(db: Database) -> None:
    """A wrong phone number and a wrong e-mail: both said at once, not the e-mail only once the
    phone had been put right; nothing saved."""
    with db.session() as s:
        with pytest.raises(FieldErrors) as refused:
            contacts.create_person(
                s,
                PersonInput(
                    "Zlatan Qvist",
                    phone="ring mig",
                    email="zlatan@",
                    last_verified=TODAY + dt.timedelta(days=1),
                ),
                today=TODAY,
            )
        assert [(e.field, e.message) for e in refused.value.errors] == [
            ("phone", "”ring mig” är inte ett telefonnummer."),
            ("email", "”zlatan@” är inte en e-postadress."),
            ("last_verified", "Kontrolldatumet kan inte ligga i framtiden."),
        ]
        assert contacts.list_people(s, "Zlatan") == []


def test_every_field_an_organisation_form_gets_wrong_is_refused_at_once(db: Database) -> None:
    with db.session() as s, pytest.raises(FieldErrors) as refused:
        contacts.create_organisation(s, OrganisationInput("  ", phone="växeln"))
    assert [e.field for e in refused.value.errors] == ["name", "phone"]
