"""Exercises: planning from a template, objectives and their evaluation, participants from the
crisis roles, the conduct log, lessons learned raising shared actions, the annual plan, the
Overview's next exercise, and training gaps per role."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE, local_datetime
from samverkan_desktop.models import (
    ActionSource,
    ActionStatus,
    ExerciseStatus,
    ExerciseType,
    ObjectiveResult,
)
from samverkan_desktop.services import (
    action_filter,
    action_reading,
    actions,
    crisis_nav,
    crisis_org,
    crisis_overview,
    exercise_checklist,
    exercise_lessons,
    exercise_log,
    exercise_objectives,
    exercise_participants,
    exercise_reading,
    exercise_templates,
    exercises,
    training,
    training_gaps,
)
from samverkan_desktop.services.exercise_lessons import LessonInput
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.training_gaps import GapKind
from tests.core.crisis_data import person

DAY = dt.date(2021, 2, 17)
TODAY = dt.date(2021, 3, 15)


def _held(session, title="Övning för krisledningen") -> int:  # type: ignore[no-untyped-def]
    return exercises.create_exercise(
        session,
        ExerciseInput(
            title,
            ExerciseType.SIMULATION,
            2021,
            date=DAY,
            start_time=dt.time(9),
            status=ExerciseStatus.CONDUCTED,
        ),
    )


def test_a_template_gives_the_exercise_its_own_dated_checklist(db: Database) -> None:
    with db.session() as session:
        template = exercise_templates.list_templates(session)[0]  # seeded by the migration
        assert template.item_count == 11
        exercise_id = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2021, date=DAY),
            template.id,
        )
        checklist = exercise_reading.get_exercise(session, exercise_id).checklist
        first = checklist[0]
        assert first.weeks_before == 12 and first.due_on == DAY - dt.timedelta(weeks=12)
        exercise_checklist.set_checklist_done(session, first.id, dt.date(2020, 11, 20))
        # Editing the template later does not change the exercise's copy.
        exercise_templates.save_template_items(
            session, template.id, [exercise_templates.TemplateItemInput("Bara en punkt")]
        )
        row = exercise_reading.get_exercise(session, exercise_id).exercise
        assert (row.checklist_done, row.checklist_total) == (1, 11)
        assert exercise_reading.get_exercise(session, exercise_id).template_name == template.name
        exercise_checklist.move_checklist_item(session, first.id, +1)
        titles = [c.title for c in exercise_reading.get_exercise(session, exercise_id).checklist]
        assert titles[1] == first.title


def test_objectives_are_evaluated_and_summed_up(db: Database) -> None:
    with db.session() as session:
        exercise_id = _held(session)
        ids = [
            exercise_objectives.add_objective(session, exercise_id, f"Mål {n}") for n in (1, 2, 3)
        ]
        exercise_objectives.evaluate_objective(session, ids[0], ObjectiveResult.MET, "Bra")
        exercise_objectives.evaluate_objective(session, ids[1], ObjectiveResult.PARTLY, None)
        row = exercise_reading.list_exercises(session)[0]
        assert (row.objectives, row.objectives_met, row.objectives_partly, row.evaluated) == (
            3,
            1,
            1,
            2,
        )
        exercise_objectives.move_objective(session, ids[2], -2)
        objectives = exercise_reading.get_exercise(session, exercise_id).objectives
        assert [(o.position, o.text) for o in objectives] == [
            (1, "Mål 3"),
            (2, "Mål 1"),
            (3, "Mål 2"),
        ]
        assert objectives[1].result is ObjectiveResult.MET and objectives[1].comment == "Bra"
        exercise_objectives.delete_objective(session, ids[2])
        assert [
            o.position for o in exercise_reading.get_exercise(session, exercise_id).objectives
        ] == [
            1,
            2,
        ]


def test_a_held_exercise_needs_a_date_in_the_service_and_the_database(db: Database) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as no_date:
            exercises.create_exercise(
                session,
                ExerciseInput("X", ExerciseType.SEMINAR, 2021, status=ExerciseStatus.CONDUCTED),
            )
        assert no_date.value.field == "date"
        planned = exercises.create_exercise(
            session, ExerciseInput("Y", ExerciseType.SEMINAR, 2021, month=5)
        )
        with pytest.raises(ValidationError):
            exercises.set_status(session, planned, ExerciseStatus.EVALUATED)
        with pytest.raises(ValidationError) as bad_month:
            exercises.create_exercise(session, ExerciseInput("Z", ExerciseType.SEMINAR, 2021, 13))
        assert bad_month.value.field == "month"
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(text("UPDATE exercises SET status = 'conducted'"))


def test_participants_come_from_the_crisis_roles(db: Database) -> None:
    with db.session() as session:
        leader = crisis_org.create_role(session, crisis_org.RoleInput("Krisledare"))
        staff = crisis_org.create_role(session, crisis_org.RoleInput("Stabschef"))
        karin, per, anna = (person(session, n) for n in ("Karin", "Per", "Anna"))
        crisis_org.add_member(session, leader, karin)
        crisis_org.add_member(session, leader, per)
        crisis_org.add_member(session, staff, anna)
        exercise_id = _held(session)
        assert (
            exercise_participants.add_participants_from_roles(session, exercise_id, deputies=False)
            == 2
        )
        assert (
            exercise_participants.add_participants_from_roles(session, exercise_id) == 1
        )  # Per now
        with pytest.raises(ConflictError):
            exercise_participants.add_participant(session, exercise_id, karin)
        observer = person(session, "Lina")
        exercise_participants.add_participant(
            session, exercise_id, observer, None, "Observatör", True
        )
        rows = exercise_reading.get_exercise(session, exercise_id).participants
        assert [(p.name, p.role, p.function, p.attended) for p in rows] == [
            ("Karin", "Krisledare", None, False),
            ("Per", "Krisledare", None, False),
            ("Anna", "Stabschef", None, False),
            ("Lina", None, "Observatör", True),
        ]


def test_log_entries_keep_the_local_time_they_were_written(db: Database) -> None:
    with db.session() as session:
        exercise_id = _held(session)
        at = dt.datetime.combine(DAY, dt.time(9, 12), LOCAL_ZONE)
        exercise_log.add_log_entry(session, exercise_id, "Krisledningen sammankallas", at)
        exercise_log.add_log_entry(session, exercise_id, "Start", at - dt.timedelta(minutes=12))
    with db.session() as session:
        log = exercise_reading.get_exercise(session, exercise_id).log
        assert [(local_datetime(e.logged_at), e.text) for e in log] == [
            ("2021-02-17 09:00", "Start"),
            ("2021-02-17 09:12", "Krisledningen sammankallas"),
        ]
        with pytest.raises(ValidationError):
            exercise_log.add_log_entry(session, exercise_id, "  ")


def test_each_lesson_raises_an_action_followed_up_like_all_others(db: Database) -> None:
    with db.session() as session:
        anna = person(session, "Anna")
        exercise_id = _held(session)
        objective = exercise_objectives.add_objective(session, exercise_id, "Larma inom en timme")
        lesson_id = exercise_lessons.add_lesson(
            session,
            exercise_id,
            LessonInput(
                "Två nummer i kontaktlistan var fel",
                "Uppdatera kontaktlistan",
                responsible_person_id=anna,
                due_on=dt.date(2021, 3, 31),
                objective_id=objective,
            ),
            TODAY,
        )
        lesson = exercise_reading.get_exercise(session, exercise_id, TODAY).lessons[0]
        assert lesson.id == lesson_id and lesson.objective == "Larma inom en timme"
        assert lesson.action is not None
        assert (lesson.action.title, lesson.action.raised_on, lesson.action.responsible) == (
            "Uppdatera kontaktlistan",
            DAY,  # raised on the exercise day
            "Anna",
        )
        # The Actions area sees it with its source.
        shared = action_reading.list_actions(
            session, action_filter.ActionFilter(source_type=ActionSource.EXERCISE_LESSON), TODAY
        )
        assert [(a.id, a.source_id) for a in shared] == [(lesson.action_id, lesson_id)]
        assert exercise_reading.list_exercises(session)[0].open_actions == 1
        assert exercise_lessons.lesson_sources(session, [lesson_id]) == {
            lesson_id: (exercise_id, "Övning 2021-02-17: Övning för krisledningen")
        }
        assert lesson.action_id is not None
        actions.set_action_status(session, lesson.action_id, ActionStatus.DONE, TODAY)
        assert exercise_reading.list_exercises(session)[0].open_actions == 0


def test_a_lesson_without_anyone_responsible_is_refused_whole(db: Database) -> None:
    with db.session() as session:
        exercise_id = _held(session)
        with pytest.raises(ValidationError) as error:
            exercise_lessons.add_lesson(session, exercise_id, LessonInput("Något att lära"), TODAY)
        assert error.value.field == "responsible"
        assert exercise_reading.get_exercise(session, exercise_id).lessons == ()


def test_what_went_well_is_recorded_without_an_action(db: Database) -> None:
    """A lesson asking nothing to be done needs nobody responsible; it raises no action, and
    the exercise stays deletable (nothing is followed up from it)."""
    with db.session() as session:
        exercise_id = _held(session)
        exercise_lessons.add_lesson(
            session,
            exercise_id,
            LessonInput("Uppringningen gick snabbt", raise_action=False),
            TODAY,
        )
        (lesson,) = exercise_reading.get_exercise(session, exercise_id, TODAY).lessons
        assert (lesson.text, lesson.action_id, lesson.action) == (
            "Uppringningen gick snabbt",
            None,
            None,
        )
        assert action_reading.list_actions(session, action_filter.ActionFilter(), TODAY) == []
        assert exercise_reading.list_exercises(session)[0].open_actions == 0
        exercises.check_deletable(session, exercise_id)


def test_lessons_with_actions_protect_the_exercise_and_are_kept_for_them(db: Database) -> None:
    """An action raised from a lesson stores only the lesson: the lesson deleted, its "Ursprung"
    no longer named the exercise. Deleting the lesson is refused, naming the action."""
    with db.session() as session:
        anna = person(session, "Anna")
        exercise_id = _held(session)
        lesson_id = exercise_lessons.add_lesson(
            session,
            exercise_id,
            LessonInput("Rollerna otydliga", responsible_person_id=anna),
            TODAY,
        )
        action_id = exercise_reading.get_exercise(session, exercise_id).lessons[0].action_id
        assert action_id is not None
        # Asked before the window's "Delete …?", and again at delete time.
        with pytest.raises(InUseError, match="lärdomarna har gett åtgärder"):
            exercises.check_deletable(session, exercise_id)
        with pytest.raises(InUseError, match="lärdomarna har gett åtgärder"):
            exercises.delete_exercise(session, exercise_id)
        with pytest.raises(InUseError) as refused:
            exercise_lessons.check_lesson_deletable(session, lesson_id)
        assert refused.value.message == (
            "Lärdomen kan inte tas bort: åtgärden ”Rollerna otydliga” kom från den och skulle "
            "inte längre visa vilken övning den kommer ifrån. Ändra lärdomens text i stället, "
            "eller ta först bort åtgärden under Åtgärder."
        )
        with pytest.raises(InUseError, match="åtgärden ”Rollerna otydliga” kom från den"):
            exercise_lessons.delete_lesson(session, lesson_id)
        assert action_reading.get_action(session, action_id, TODAY).origin is not None
        # The action deleted (not to be done after all), the lesson and the exercise may go.
        actions.delete_action(session, action_id)
        exercise_lessons.delete_lesson(session, lesson_id)
        exercises.delete_exercise(session, exercise_id)
        assert exercise_reading.list_exercises(session) == []


def test_annual_plan_and_the_next_exercise_on_the_overview(db: Database) -> None:
    with db.session() as session:
        _held(session, "Februariövningen")
        soon = exercises.create_exercise(
            session,
            ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2021, date=dt.date(2021, 3, 23)),
        )
        exercises.create_exercise(
            session, ExerciseInput("Seminarium", ExerciseType.SEMINAR, 2021, month=9)
        )
        exercises.create_exercise(
            session,
            ExerciseInput(
                "Inställd", ExerciseType.FIELD, 2021, month=4, status=ExerciseStatus.CANCELLED
            ),
        )
        plan = exercise_reading.annual_plan(session, 2021)
        assert len(plan) == 12
        by_month = {m.month: [r.title for r in m.exercises] for m in plan}
        assert by_month[2] == ["Februariövningen"]
        assert by_month[3] == ["Larmprov"]
        assert by_month[4] == []  # cancelled ones are left out
        assert by_month[9] == ["Seminarium"]
        section = crisis_overview.next_exercise(session, TODAY)
        assert section.area == "crisis" and section.total == 1
        item = section.items[0]
        assert item.title == "Larmprov" and "v. 12" in item.detail
        assert crisis_nav.decode(item.record_id or 0) == ("exercise", soon)
        # After it, the one planned for a month comes next.
        assert crisis_overview.next_exercise(session, dt.date(2021, 4, 1)).items[0].title == (
            "Seminarium"
        )


def test_training_gaps_per_role(db: Database) -> None:
    with db.session() as session:
        role = crisis_org.create_role(session, crisis_org.RoleInput("Krisstödjare"))
        lena, peter, elsa = (person(session, n) for n in ("Lena", "Peter", "Elsa"))
        for someone in (lena, peter, elsa):
            crisis_org.add_member(session, role, someone)
        course = training.create_course(session, training.CourseInput("Krisstöd del 1", 36))
        old = training.create_session(session, training.SessionInput(course, dt.date(2018, 2, 9)))
        recent = training.create_session(
            session, training.SessionInput(course, dt.date(2020, 4, 20))
        )
        training.add_attendee(session, old, peter)
        training.add_attendee(session, recent, lena)
        training_gaps.set_role_requirements(session, role, [course])
        assert [r.course for r in training_gaps.list_requirements(session)] == ["Krisstöd del 1"]
        gaps = training_gaps.training_gaps(session, TODAY)
        assert [(g.name, g.kind) for g in gaps] == [
            ("Elsa", GapKind.MISSING),
            ("Peter", GapKind.EXPIRED),
        ]
        # Close to the end of Lena's validity she shows as expiring.
        late = dt.date(2023, 3, 15)
        assert ("Lena", GapKind.EXPIRING) in [
            (g.name, g.kind) for g in training_gaps.training_gaps(session, late)
        ]
        training_gaps.set_role_requirements(session, role, [])
        assert training_gaps.training_gaps(session, TODAY) == []


def test_a_planned_exercise_is_not_marked_held_before_its_day(db: Database) -> None:
    """One click made the December call-out test "held" on 1 December, and a second
    "evaluated" with nothing assessed."""
    today = dt.date(2026, 12, 1)
    with db.session() as session:
        later = exercises.create_exercise(
            session,
            ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, 12, date=dt.date(2026, 12, 22)
            ),
        )
        with pytest.raises(ValidationError, match="genomförd från sin dag, 2026-12-22") as refused:
            exercises.set_status(session, later, ExerciseStatus.CONDUCTED, today=today)
        assert refused.value.field == "date"
        exercises.set_status(session, later, ExerciseStatus.CONDUCTED, today=dt.date(2026, 12, 22))
        exercises.set_status(session, later, ExerciseStatus.EVALUATED, today=today)  # held: fine


def test_an_exercise_is_not_marked_held_before_it_starts(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 01.15 "Mark as conducted" was taken for the exercise set for 09.00 that day."""
    day = dt.date(2026, 12, 22)
    with db.session() as session:
        exercise = exercises.create_exercise(
            session,
            ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, 12, date=day, start_time=dt.time(9)
            ),
            today=dt.date(2026, 12, 1),
        )
    monkeypatch.setattr(clock, "today", lambda: day)
    for early in (dt.time(1, 15), dt.time(8, 59)):
        moment = dt.datetime.combine(day, early, LOCAL_ZONE)
        monkeypatch.setattr(clock, "now", lambda moment=moment: moment)
        with pytest.raises(ValidationError) as refused:
            db.call(exercises.set_status, exercise, ExerciseStatus.CONDUCTED)
        assert refused.value.message == (
            "”Larmprov” kan markeras som genomförd från kl. 09.00 i dag. Om den började "
            "tidigare, ändra först dess starttid."
        )
        assert refused.value.field == "start_time"
    assert db.call(exercise_reading.get_exercise, exercise).exercise.status is (
        ExerciseStatus.PLANNED
    )
    started = dt.datetime.combine(day, dt.time(9), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: started)
    db.call(exercises.set_status, exercise, ExerciseStatus.CONDUCTED)
    assert db.call(exercise_reading.get_exercise, exercise).exercise.status is (
        ExerciseStatus.CONDUCTED
    )


def test_a_cancelled_exercise_dated_later_is_told_as_cancelled_when_marked_held(
    db: Database,
) -> None:
    """Not "planerad till": the coordinator had cancelled it."""
    today = dt.date(2026, 12, 1)
    with db.session() as session:
        later = exercises.create_exercise(
            session,
            ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, 12, date=dt.date(2026, 12, 22)
            ),
        )
        exercises.set_status(session, later, ExerciseStatus.CANCELLED, today=today)
        with pytest.raises(ValidationError) as refused:
            exercises.set_status(session, later, ExerciseStatus.CONDUCTED, today=today)
    assert str(refused.value) == (
        "”Larmprov” är inställd; den kan markeras som genomförd från sin dag, 2026-12-22. "
        "Om den hölls tidigare, ändra först dess datum."
    )


def test_plans_due_within_a_huge_number_of_days_is_refused_in_swedish(db: Database) -> None:
    from samverkan_desktop.services import plans

    with db.session() as session, pytest.raises(ValidationError, match="för stort"):
        plans.list_plans(session, due_within=99_999_999_999_999_999)  # was an OverflowError


def test_an_exercise_with_objectives_is_evaluated_only_once_one_is_assessed(
    db: Database,
) -> None:
    """ "Mark as evaluated" made an exercise evaluated with none of its objectives assessed."""
    with db.session() as session:
        exercise_id = _held(session)
        first = exercise_objectives.add_objective(
            session, exercise_id, "Gruppen samlas inom en timme"
        )
        with pytest.raises(ValidationError) as one:
            exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
        assert one.value.message == (
            "”Övning för krisledningen” kan inte markeras som utvärderad: målet ”Gruppen samlas "
            "inom en timme” är inte utvärderat. Utvärdera det på fliken Utvärdering först."
        )
        second = exercise_objectives.add_objective(
            session, exercise_id, "Lägesbild delas med staden"
        )
        with pytest.raises(ValidationError, match="inget av dess 2 mål är utvärderat"):
            exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
        # The form's save obeys the same rule.
        with pytest.raises(ValidationError, match="inget av dess 2 mål"):
            exercises.update_exercise(
                session,
                exercise_id,
                ExerciseInput(
                    "Övning för krisledningen",
                    ExerciseType.SIMULATION,
                    2021,
                    date=DAY,
                    status=ExerciseStatus.EVALUATED,
                ),
            )
        assert exercise_reading.get_exercise(session, exercise_id).exercise.status is (
            ExerciseStatus.CONDUCTED
        )
        exercise_objectives.evaluate_objective(
            session, second, ObjectiveResult.NOT_MET, "Ingen lägesbild"
        )
        exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
        # Evaluated, its last result is not taken away (nor its assessed objective deleted).
        with pytest.raises(ValidationError, match="minst ett mål måste behålla sitt resultat"):
            exercise_objectives.evaluate_objective(session, second, None)
        with pytest.raises(ValidationError, match="minst ett mål"):
            exercise_objectives.delete_objective(session, second)
        exercise_objectives.evaluate_objective(
            session, second, ObjectiveResult.PARTLY, "Sent"
        )  # a change
        exercise_objectives.delete_objective(session, first)  # not assessed: fine
        exercises.set_status(session, exercise_id, ExerciseStatus.CONDUCTED, TODAY)
        exercise_objectives.evaluate_objective(session, second, None)  # no longer evaluated: fine
        # Without any objectives an exercise can be evaluated (its lessons say what was learned).
        bare = _held(session, "Larmprov")
        exercises.set_status(session, bare, ExerciseStatus.EVALUATED, TODAY)


def test_a_first_objective_takes_an_evaluated_exercise_back_to_conducted(db: Database) -> None:
    """Adding a first objective to an exercise evaluated without objectives left it "evaluated"
    with nothing assessed; now it needs the new objective assessed before it is evaluated again."""
    with db.session() as session:
        exercise_id = _held(session)
        exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
        first = exercise_objectives.add_objective(
            session, exercise_id, "Gruppen samlas inom en timme"
        )
        row = exercise_reading.get_exercise(session, exercise_id).exercise
        assert row.status is ExerciseStatus.CONDUCTED
        assert (row.objectives, row.evaluated) == (1, 0)
        exercise_objectives.evaluate_objective(session, first, ObjectiveResult.MET)
        exercises.set_status(session, exercise_id, ExerciseStatus.EVALUATED, TODAY)
        # With one objective assessed a further one keeps it evaluated (one left to assess).
        exercise_objectives.add_objective(session, exercise_id, "Lägesbild delas med staden")
        row = exercise_reading.get_exercise(session, exercise_id).exercise
        assert row.status is ExerciseStatus.EVALUATED
        assert (row.objectives, row.evaluated) == (2, 1)


def test_a_held_exercise_is_not_moved_to_a_day_still_to_come(db: Database) -> None:
    """ "Edit" moved a held exercise to 2027 (a year typed wrong): held on a day not yet come,
    which "mark as held" refuses."""
    today = dt.date(2026, 12, 1)
    with db.session() as session:
        held = _held(session)

        def moved(day: dt.date, status: ExerciseStatus = ExerciseStatus.CONDUCTED) -> None:
            exercises.update_exercise(
                session,
                held,
                ExerciseInput(
                    "Övning för krisledningen",
                    ExerciseType.SIMULATION,
                    day.year,
                    date=day,
                    status=status,
                ),
                today,
            )

        with pytest.raises(ValidationError) as refused:
            moved(dt.date(2027, 2, 17))
        assert refused.value.field == "date"
        assert refused.value.message == (
            "”Övning för krisledningen” är markerad som genomförd, så dess datum kan inte vara "
            "senare än i dag (2026-12-01). Ska den hållas igen, ta först tillbaka steget."
        )
        moved(today)  # today: fine
        moved(dt.date(2027, 2, 17), ExerciseStatus.PLANNED)  # planned again: fine
        with pytest.raises(ValidationError, match="kan inte vara senare än i dag"):
            exercises.create_exercise(
                session,
                ExerciseInput(
                    "Larmprov",
                    ExerciseType.FUNCTIONAL,
                    2027,
                    date=dt.date(2027, 1, 5),
                    status=ExerciseStatus.CONDUCTED,
                ),
                today=today,
            )
