"""Who takes part in an exercise, in which crisis role, and whether they attended."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import CrisisRole, ExerciseParticipant, Person
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_positions import lock
from samverkan_desktop.services.validation import (
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_text,
)


def _function(value: str | None) -> str | None:
    """What the person does in the exercise ("Motspel"), typed freely."""
    return optional_text(
        value, "function", _("Function"), column_length(ExerciseParticipant.function)
    )


def _check_role(session: Session, role_id: int | None) -> None:
    if role_id is not None:
        get_or_raise(session, CrisisRole, role_id, _("The crisis role no longer exists."))


def add_participant(
    session: Session,
    exercise_id: int,
    person_id: int,
    role_id: int | None = None,
    function: str | None = None,
    attended: bool = False,
) -> int:
    lock(session, exercise_id)  # another desk inviting the crisis organisation waits
    exercise = exercise_reading.load(session, exercise_id)
    person = get_or_raise(session, Person, person_id, _("The person no longer exists."))
    _check_role(session, role_id)
    if any(p.person_id == person_id for p in exercise.participants):
        raise ConflictError(
            _("{name} already takes part in the exercise.").format(name=person.name),
            field="person_id",
        )
    participant = ExerciseParticipant(
        person_id=person_id, role_id=role_id, function=_function(function), attended=attended
    )
    exercise.participants.append(participant)
    flush_or_conflict(
        session, _("{name} already takes part in the exercise.").format(name=person.name)
    )
    return participant.id


def update_participant(
    session: Session, participant_id: int, role_id: int | None, function: str | None, attended: bool
) -> None:
    participant = get_or_raise(
        session, ExerciseParticipant, participant_id, _("The participant no longer exists.")
    )
    _check_role(session, role_id)
    participant.role_id = role_id
    participant.function = _function(function)
    participant.attended = attended
    session.flush()


def remove_participant(session: Session, participant_id: int) -> None:
    participant = get_or_raise(
        session, ExerciseParticipant, participant_id, _("The participant no longer exists.")
    )
    session.delete(participant)
    session.flush()


def add_participants_from_roles(
    session: Session, exercise_id: int, role_ids: Iterable[int] | None = None, deputies: bool = True
) -> int:
    """Invite the holders of crisis roles (all roles when ``role_ids`` is None); people already
    taking part are left as they are. Returns how many were added."""
    # Another desk adding someone meanwhile waits, or is seen here: both added the same person
    # and the unique index refused this desk in the database's own words.
    lock(session, exercise_id)
    exercise = exercise_reading.load(session, exercise_id)
    present = {p.person_id for p in exercise.participants}
    query = (
        select(CrisisRole).options(selectinload(CrisisRole.members)).order_by(CrisisRole.position)
    )
    if role_ids is not None:
        query = query.where(CrisisRole.id.in_(list(role_ids)))
    added = 0
    for role in session.scalars(query):
        for member in role.members:
            if member.person_id in present or (member.rank > 0 and not deputies):
                continue
            exercise.participants.append(
                ExerciseParticipant(person_id=member.person_id, role_id=role.id)
            )
            present.add(member.person_id)
            added += 1
    session.flush()
    return added


def mark_all_attended(session: Session, exercise_id: int) -> int:
    """Everyone invited attended (the usual case, offered when the exercise is marked held):
    the coordinator then corrects the few who did not come. Returns how many were marked."""
    lock(session, exercise_id)
    exercise = exercise_reading.load(session, exercise_id)
    marked = 0
    for participant in exercise.participants:
        if not participant.attended:
            participant.attended = True
            marked += 1
    session.flush()
    return marked
