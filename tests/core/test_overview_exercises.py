"""The Overview's exercise card keeps the exercises that wait for the coordinator: held and not
yet evaluated (late after 30 days), or planned for a day or month now past and neither marked
as held nor cancelled; then the next exercise. Before, an exercise left the Overview the day
after it was held, evaluated or not."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseStatus, ExerciseType, ObjectiveResult
from samverkan_desktop.services import (
    crisis_nav,
    crisis_overview,
    exercise_objectives,
    exercises,
    overview,
)
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.overview import Urgency

TODAY = dt.date(2026, 12, 1)


def _exercise(session, title, status=ExerciseStatus.PLANNED, **when) -> int:  # type: ignore[no-untyped-def]
    year = when["date"].year if "date" in when else when.pop("year", 2026)
    return exercises.create_exercise(
        session, ExerciseInput(title, ExerciseType.SEMINAR, year, status=status, **when)
    )


def _card(session) -> overview.OverviewSection:  # type: ignore[no-untyped-def]
    sections = overview.gather(session, TODAY)
    return next(s for s in sections if s.key == "next_exercise")


def test_exercises_held_or_past_wait_on_the_overview_before_the_next_one(db: Database) -> None:
    with db.session() as session:
        recent = _exercise(
            session,
            "Seminarium om värmebölja",
            ExerciseStatus.CONDUCTED,
            date=dt.date(2026, 11, 24),
        )
        first, _second = (
            exercise_objectives.add_objective(session, recent, text)
            for text in ("Larmvägar", "Lokaler")
        )
        exercise_objectives.evaluate_objective(session, first, ObjectiveResult.MET)
        _exercise(
            session, "Stabsövning IT-haveri", ExerciseStatus.CONDUCTED, date=dt.date(2026, 9, 8)
        )
        _exercise(session, "Larmprov i november", date=dt.date(2026, 11, 30))
        _exercise(session, "Utrymningsövning", month=10)
        _exercise(session, "Utvärderad", ExerciseStatus.EVALUATED, date=dt.date(2026, 11, 2))
        _exercise(session, "Inställd", ExerciseStatus.CANCELLED, date=dt.date(2026, 11, 3))
        upcoming = _exercise(session, "Larm- och uppringningsprov", date=dt.date(2026, 12, 22))

        card = _card(session)
        assert card.title == "Övningar att utvärdera, och nästa"
        assert card.total == 5
        lines = {item.title: item for item in card.items}
        assert list(lines) == [
            "Stabsövning IT-haveri",  # late first: held 84 days ago
            "Utrymningsövning",
            "Larmprov i november",
            "Seminarium om värmebölja",
            "Larm- och uppringningsprov",  # the next exercise last
        ]
        held = lines["Seminarium om värmebölja"]
        assert held.urgency is Urgency.SOON
        assert held.detail == (
            "Hölls 2026-11-24 (v. 48): utvärdera målen och anteckna lärdomarna · "
            "1 av 2 mål utvärderade"
        )
        assert crisis_nav.decode(held.record_id or 0) == ("exercise", recent)
        assert lines["Stabsövning IT-haveri"].urgency is Urgency.OVERDUE
        past = lines["Larmprov i november"]
        assert past.urgency is Urgency.OVERDUE
        assert past.detail == (
            "Planerad till 2026-11-30 (v. 49): markera den som genomförd eller flytta den"
        )
        assert lines["Utrymningsövning"].detail.startswith("Planerad till oktober 2026:")
        assert crisis_nav.decode(lines["Larm- och uppringningsprov"].record_id or 0) == (
            "exercise",
            upcoming,
        )


def test_with_nothing_waiting_the_card_is_the_next_exercise(db: Database) -> None:
    with db.session() as session:
        _exercise(session, "Utvärderad", ExerciseStatus.EVALUATED, date=dt.date(2026, 11, 2))
        _exercise(session, "Larm- och uppringningsprov", date=dt.date(2026, 12, 22))
        assert _card(session) == crisis_overview.next_exercise(session, TODAY)
        assert _card(session).title == "Nästa övning"
