"""Organisation numbers: ten digits NNNNNN-NNNN whose last is a Luhn check digit; refused with
a Swedish message naming the problem, stored with the hyphen; an old unchecked number kept as it
is while other fields of its organisation are saved."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Organisation
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import OrganisationInput
from samverkan_desktop.services.organisation_numbers import check_digit, organisation_number

NOT_ADDING_UP = "stämmer inte: sista siffran, kontrollsiffran"

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


def _luhn_valid(digits: str) -> bool:
    """The Luhn test as the tax agency describes it, over all ten digits (an independent
    reading of the rule: the sum of the products' digits ends in 0)."""
    products = [int(d) * (2 - i % 2) for i, d in enumerate(digits)]
    return sum(p // 10 + p % 10 for p in products) % 10 == 0


@given(nine_digits)
def test_a_number_with_its_check_digit_is_stored_with_the_hyphen(first: str) -> None:
    digits = first + str(check_digit(first))
    assert _luhn_valid(digits)
    written = f"{digits[:6]}-{digits[6:]}"
    assert organisation_number(digits) == written
    assert organisation_number(written) == written


@given(nine_digits, st.integers(0, 9), st.integers(1, 9))
def test_one_digit_typed_wrong_is_refused_as_not_adding_up(
    first: str, position: int, change: int
) -> None:
    digits = list(first + str(check_digit(first)))
    digits[position] = str((int(digits[position]) + change) % 10)
    typed = "".join(digits[:6]) + "-" + "".join(digits[6:])
    with pytest.raises(ValidationError) as refused:
        organisation_number(typed)
    assert refused.value.field == "org_number"
    assert refused.value.message.startswith(f"Organisationsnumret ”{typed}” {NOT_ADDING_UP}")


@given(st.text(alphabet="0123456789- ", max_size=14).filter(lambda t: t.count("-") != 1))
def test_text_that_is_not_ten_digits_with_one_hyphen_is_refused_showing_the_form(
    text: str,
) -> None:
    digits = text.replace("-", "")
    if len(digits) == 10 and digits.isdigit() and "-" not in text:
        return  # ten digits without the hyphen: a number
    with pytest.raises(ValidationError) as refused:
        organisation_number(text)
    assert refused.value.message == (
        f"”{text}” är inget organisationsnummer; skriv det som 212000-0142."
    )


@pytest.mark.parametrize("real", ["212000-0142", "202100-0076", "556016-0680"])
def test_real_numbers_pass(real: str) -> None:
    assert organisation_number(real) == real


def test_a_new_organisation_with_12345_is_refused_and_not_saved(db: Database) -> None:
    with db.session() as s, pytest.raises(ValidationError) as refused:
        contacts.create_organisation(s, OrganisationInput("Testbolaget", org_number="12345"))
    assert refused.value.field == "org_number"
    assert refused.value.message == (
        "”12345” är inget organisationsnummer; skriv det som 212000-0142."
    )
    with db.session() as s:
        assert [o.name for o in contacts.list_organisations(s)] == []


def test_a_number_without_hyphen_is_saved_with_it(db: Database) -> None:
    with db.session() as s:
        made = contacts.create_organisation(
            s, OrganisationInput("Stockholms stad", org_number=" 2120000142 ")
        )
    with db.session() as s:
        assert contacts.get_organisation(s, made).org_number == "212000-0142"


def test_an_old_unchecked_number_does_not_block_other_changes_but_a_new_one_is_checked(
    db: Database,
) -> None:
    with db.session() as s:
        # As a database from before the check may hold it.
        s.add(Organisation(name="Gamla bolaget", org_number="12345"))
    with db.session() as s:
        row = contacts.list_organisations(s)[0]
        contacts.update_organisation(
            s,
            row.id,
            OrganisationInput(row.name, row.kind, row.org_number, "08-123 456", None, row.version),
        )
    with db.session() as s:
        row = contacts.get_organisation(s, row.id)
        assert (row.phone, row.org_number) == ("08-123 456", "12345")
        with pytest.raises(ValidationError) as refused:
            contacts.update_organisation(
                s, row.id, OrganisationInput(row.name, org_number="212000-0143")
            )
        assert NOT_ADDING_UP in refused.value.message


def test_the_example_districts_numbers_pass(demo_db: Database) -> None:
    with demo_db.session() as s:
        numbers = [n for n in s.scalars(select(Organisation.org_number)) if n is not None]
    assert numbers
    assert [organisation_number(n) for n in numbers] == numbers
