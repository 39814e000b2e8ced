"""The example district's crisis work in the order it happened: the crisis support training the
February 2021 exercise called for is held after that exercise, and its follow-up is closed when
the last part is done (the demo had the first part a week before the exercise)."""

from __future__ import annotations

from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.models.exercises import Exercise, ExerciseLesson
from samverkan_desktop.models.training import Course, TrainingSession


def test_the_training_an_exercise_called_for_follows_it(demo_db: Database) -> None:
    with demo_db.session() as s:
        exercise = s.scalars(select(Exercise).where(Exercise.title.like("Övning för kris%"))).one()
        lesson = next(item for item in exercise.lessons if item.text.startswith("Krisstödsgruppen"))
        assert isinstance(lesson, ExerciseLesson) and lesson.action is not None
        parts = s.scalars(
            select(TrainingSession.held_on)
            .join(Course)
            .where(
                Course.code.like("crisis_support_%"),
                TrainingSession.held_on.between(exercise.date, lesson.action.closed_on),
            )
        ).all()
        earlier = s.scalars(
            select(TrainingSession.held_on)
            .join(Course)
            .where(Course.code.like("crisis_support_%"), TrainingSession.held_on < exercise.date)
        ).all()
    assert exercise.date is not None and lesson.action.closed_on is not None
    assert len(parts) == 3  # the three parts, after the exercise, the last closing the action
    assert max(parts) == lesson.action.closed_on
    assert earlier == []
