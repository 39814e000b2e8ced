"""The Overview's groups and contacts cards name the horizon their rules use: the texts said "30
dagar" and "6 månader" whatever GROUP_HORIZON_DAYS and VERIFY_AFTER_MONTHS were."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import contact_rows, contacts, overview

TODAY = dt.date(2026, 11, 22)


def _cards(db: Database) -> dict[str, overview.OverviewSection]:
    with db.session() as s:
        return {section.key: section for section in overview.gather(s, TODAY)}


def test_the_cards_say_the_horizons_the_rules_use(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.session() as s:  # a contact, verified (an empty register says it is empty)
        contacts.create_person(s, contacts.PersonInput("Eva Strand", last_verified=TODAY))
    cards = _cards(db)
    assert cards["groups_changing"].title == "Grupper som startar eller slutar inom 30 dagar"
    assert cards["groups_changing"].empty_text == (
        "Ingen grupp startar eller slutar de kommande 30 dagarna."
    )
    assert cards["contacts_to_verify"].title == "Kontakter som inte kontrollerats på 6 månader"
    assert cards["contacts_to_verify"].empty_text == (
        "Alla kontakter har kontrollerats de senaste 6 månaderna."
    )

    monkeypatch.setattr(overview, "GROUP_HORIZON_DAYS", 14)
    monkeypatch.setattr(contact_rows, "VERIFY_AFTER_MONTHS", 1)
    cards = _cards(db)
    assert cards["groups_changing"].title == "Grupper som startar eller slutar inom 14 dagar"
    assert cards["contacts_to_verify"].title == "Kontakter som inte kontrollerats på en månad"
    assert cards["contacts_to_verify"].empty_text == (
        "Alla kontakter har kontrollerats den senaste månaden."
    )
