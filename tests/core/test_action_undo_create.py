"""Undo of a new action (action_undo.undo_create): deleted while as made; after another desk
changed it, refused naming what changed, the action kept. On both databases."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ChangedSinceError, NotFoundError
from samverkan_desktop.services import action_reading, action_undo, actions, contacts


def _new(db: Database) -> int:
    owner = db.call(contacts.create_organisation, contacts.OrganisationInput("Stockholmshem"))
    return db.call(
        actions.create_action,
        actions.ActionInput("Byt lampor i trappan", responsible_organisation_id=owner),
    )


def test_a_new_action_is_taken_away(db: Database) -> None:
    action_id = _new(db)
    made = db.call(action_reading.get_action, action_id)
    db.call(action_undo.undo_create, action_id, made)
    with pytest.raises(NotFoundError):
        db.call(action_reading.get_action, action_id)


def test_a_new_action_changed_since_stays(db: Database) -> None:
    action_id = _new(db)
    made = db.call(action_reading.get_action, action_id)
    db.call(
        actions.update_action,
        action_id,
        dataclasses.replace(actions.input_of(made, made.version), due_on=dt.date(2032, 1, 9)),
    )
    with pytest.raises(ChangedSinceError) as refused:
        db.call(action_undo.undo_create, action_id, made)
    assert refused.value.message == (
        "”Byt lampor i trappan” ändrades vid en annan dator efter att du lade till den "
        "(Klart senast), så den tas inte bort. Deras ändring visas."
    )
    assert db.call(action_reading.get_action, action_id).due_on == dt.date(2032, 1, 9)
