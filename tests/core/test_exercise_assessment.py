"""An exercise's overall assessment ("Samlad bedömning"): saved trimmed, empty means none,
refused with the objectives' Swedish line before the exercise is held, and a second desk's save
based on what it showed before the first desk's is refused, the first desk's text kept whole
(SQLite and PostgreSQL). The trail names the field in Swedish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.audit_labels import FIELD_LABELS
from samverkan_desktop.services.exercise_assessment import save_assessment
from tests.core.database_rules import exercises_of_every_status

WELL = "Krisledningen samlades snabbt och lägesbilden höll.\n\nStödet till berörda brast."


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    desk = open_database(db.url)
    yield desk
    desk.dispose()


def _assessment(db: Database, exercise_id: int) -> str | None:
    return db.call(exercise_reading.get_exercise, exercise_id).assessment


def test_the_assessment_is_saved_trimmed_and_cleared_by_an_empty_text(db: Database) -> None:
    ex = exercises_of_every_status(db)
    assert _assessment(db, ex.held) is None
    db.call(save_assessment, ex.held, f"  {WELL}\n\n", shown="")
    assert _assessment(db, ex.held) == WELL
    db.call(save_assessment, ex.held, " \n ", shown=WELL)
    assert _assessment(db, ex.held) is None


def test_no_assessment_before_the_exercise_is_held(db: Database) -> None:
    ex = exercises_of_every_status(db)
    with pytest.raises(ValidationError) as raised:
        db.call(save_assessment, ex.planned, WELL)
    assert raised.value.message == (
        "Övningen är ännu inte markerad som genomförd: målen utvärderas efter övningen, "
        "när den är det."
    )
    assert raised.value.field == "assessment"
    with pytest.raises(ValidationError, match="är inställd"):
        db.call(save_assessment, ex.cancelled, WELL)
    db.call(save_assessment, ex.planned, "  ")  # nothing recorded: fine
    assert _assessment(db, ex.planned) is None


def test_an_assessment_saved_at_another_desk_refuses_this_desks_save(
    db: Database, other_desk: Database
) -> None:
    ex = exercises_of_every_status(db)
    other_desk.call(save_assessment, ex.held, WELL, shown="")  # both desks showed none
    with pytest.raises(StaleRecordError, match="Någon annan ändrade posten"):
        db.call(save_assessment, ex.held, "Min bedömning.", shown="")
    assert _assessment(db, ex.held) == WELL  # the first desk's text is whole
    # Shown the saved text, this desk adds to it.
    db.call(save_assessment, ex.held, WELL + "\n\nMin bedömning.", shown=WELL)
    assert _assessment(db, ex.held) == WELL + "\n\nMin bedömning."


def test_the_trail_names_the_field_in_swedish() -> None:
    assert _(FIELD_LABELS["exercises"]["assessment"]) == "Samlad bedömning"
