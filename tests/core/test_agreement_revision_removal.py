"""A revision saved by mistake is removed: the latest only, never the signing; the agreement's
priority areas go back to the revision before (an area it added takes its goal along), and
the removed revision can be recorded again as it was (the window's Undo)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.services import action_plan, agreements
from samverkan_desktop.services.agreement_revisions import (
    latest_revision,
    remove_latest_revision,
    revise_agreement,
)
from tests.core.test_agreement_revisions import _areas, _revise
from tests.core.test_agreements import _agreement

TODAY = dt.date(2026, 12, 3)
VBE = "Våldsbejakande extremism"


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def test_the_latest_revision_is_removed_and_the_areas_go_back(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    signed = db.call(agreements.get_agreement, agreement)
    _revise(db, agreement, dt.date(2025, 2, 22), *signed.priority_areas, decided_by="Styrgruppen")
    _revise(db, agreement, TODAY, *signed.priority_areas, VBE, note="Fel överenskommelse.")
    db.call(action_plan.save_area_plan, agreement, _areas(db)[VBE], "Ett mål", [])
    assert db.call(latest_revision, agreement).revised_on == TODAY

    removed = db.call(remove_latest_revision, agreement)

    after = db.call(agreements.get_agreement, agreement)
    assert [r.revised_on for r in after.revisions] == [dt.date(2020, 2, 21), dt.date(2025, 2, 22)]
    assert after.priority_areas == signed.priority_areas  # as the revision before chose
    assert VBE not in [s.area for s in db.call(action_plan.area_plan_summaries, agreement)]
    # Recorded again as it was (Undo): the same date, areas and note.
    db.call(revise_agreement, agreement, removed)
    again = db.call(agreements.get_agreement, agreement).revisions[-1]
    assert (again.revised_on, again.added, again.note) == (TODAY, (VBE,), "Fel överenskommelse.")


def test_the_signing_is_not_removed_nor_a_stale_revision(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    with pytest.raises(ValidationError) as refused:
        db.call(remove_latest_revision, agreement)
    assert refused.value.message == (
        "Överenskommelsen har ingen revidering efter undertecknandet att ta bort; "
        "undertecknandet rättas i överenskommelsens formulär."
    )
    assert len(db.call(agreements.get_agreement, agreement).revisions) == 1
    version = db.call(agreements.get_agreement, agreement).version
    _revise(db, agreement, TODAY, *db.call(agreements.get_agreement, agreement).priority_areas)
    with pytest.raises(ConflictError):
        db.call(remove_latest_revision, agreement, version)  # another desk revised meanwhile
    assert len(db.call(agreements.get_agreement, agreement).revisions) == 2
