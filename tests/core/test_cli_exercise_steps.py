"""``exercises plan``, ``exercises held ID [--all-attended]`` and ``exercises log ID TEXT
[--at HH.MM]``: what "Plan exercise", "Mark as conducted" with its "All invited attended" and
the conduct log's field do, for a script. One Swedish line naming the exercise; a refusal is
one line, exit 1, and changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import LOCAL_ZONE, local
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import (
    audit,
    exercise_participants,
    exercise_reading,
    exercise_templates,
)
from samverkan_desktop.services.exercise_rows import ExerciseDetail
from tests.core.crisis_data import person
from tests.core.test_cli import run_cli


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    return sqlite_db


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, "exercises", *args)


def _ids(db: Database, capsys: pytest.CaptureFixture[str]) -> list[int]:
    code, out, _err = _cli(db, capsys, "list", "--json")
    assert code == 0
    return [e["id"] for e in json.loads(out)]


def _planned(db: Database, capsys: pytest.CaptureFixture[str], day: dt.date) -> int:
    args = ("plan", "--title", "Larmprov", "--type", "functional", "--date", day.isoformat())
    assert _cli(db, capsys, *args)[0] == 0
    return max(_ids(db, capsys))


def _detail(db: Database, exercise_id: int) -> ExerciseDetail:
    return db.call(exercise_reading.get_exercise, exercise_id)


def _trail(db: Database, exercise_id: int) -> list[str]:
    with db.session() as s:
        return [row.summary for row in audit.history(s, "exercises", exercise_id)]


def test_plan_takes_the_swedish_type_name_and_the_windows_checklist(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _cli(
        db,
        capsys,
        "plan",
        "--title",
        "Krisledningsövning – strömavbrott",
        "--type",
        "stabsövning med motspel",
        "--date",
        "2027-03-10",
        "--time",
        "9.00",
        "--scenario",
        "Stormen Gudrun slår ut elnätet.",
    )
    assert (code, err) == (0, "")
    [new] = _ids(db, capsys)
    template_id = db.call(exercise_templates.default_template_id)
    assert template_id is not None  # the seeded "standard" template
    name = next(t.name for t in db.call(exercise_templates.list_templates) if t.id == template_id)
    assert out == (
        f"Övningen {new} (”Krisledningsövning – strömavbrott”, 2027-03-10 09.00) är planerad, "
        f"med planeringschecklistan ”{name}”.\n"
    )
    detail = _detail(db, new)
    row = detail.exercise
    assert (row.type, row.status, row.year, row.month) == (
        ExerciseType.SIMULATION,
        ExerciseStatus.PLANNED,
        2027,
        3,
    )
    assert detail.start_time == dt.time(9, 0)
    assert detail.scenario == "Stormen Gudrun slår ut elnätet."
    assert len(detail.checklist) == len(db.call(exercise_templates.get_template_items, template_id))
    assert _trail(db, new)  # written to the audit trail


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("--title", "Larmprov", "--type", "stab"),
            "Fel: --type kan inte vara ”stab”; skriv något av: seminar (Seminarieövning), "
            "simulation (Stabsövning med motspel), functional (Funktionsövning), field "
            "(Fullskaleövning).\n",
        ),
        (("--title", "  ", "--type", "seminar"), "Fel: Övningens namn måste fyllas i.\n"),
        (
            ("--title", "Larmprov", "--type", "field", "--time", "9.75"),
            "Fel: Ogiltig tid: 9.75 – minuterna måste vara 00–59.\n",
        ),
    ],
)
def test_a_wrong_plan_is_one_line_and_plans_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    code, out, err = _cli(db, capsys, "plan", "--date", "2027-03-10", *args)
    assert (code, out, err) == (1, "", message)
    assert _ids(db, capsys) == []


def _invite(db: Database, exercise_id: int, *names: str) -> None:
    with db.session() as session:
        for name in names:
            exercise_participants.add_participant(session, exercise_id, person(session, name))


def test_held_with_all_attended_marks_everyone_invited(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    exercise = _planned(db, capsys, today)
    _invite(db, exercise, "Anna Berglund", "Olle Ek")
    code, out, err = _cli(db, capsys, "held", str(exercise), "--all-attended")
    assert (code, err) == (0, "")
    assert out == (
        f"Övningen {exercise} (”Larmprov”, {today}) är markerad som genomförd.\n"
        "2 inbjudna deltagare är markerade som närvarande.\n"
    )
    detail = _detail(db, exercise)
    assert detail.exercise.status is ExerciseStatus.CONDUCTED
    assert all(p.attended for p in detail.participants)
    trail = _trail(db, exercise)
    assert any("Status: Planerad → Genomförd" in line for line in trail)
    assert any("Deltog: nej → ja" in line for line in trail)
    # Again: said so, nothing changed.
    code, out, _err = _cli(db, capsys, "held", str(exercise), "--all-attended")
    assert code == 0
    assert out.splitlines()[1:] == ["Alla inbjudna var redan markerade som närvarande."]
    assert "var redan markerad som genomförd" in out and _trail(db, exercise) == trail


def test_held_without_all_attended_leaves_attendance_unrecorded(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    exercise = _planned(db, capsys, clock.today())
    _invite(db, exercise, "Anna Berglund")
    code, out, _err = _cli(db, capsys, "held", str(exercise))
    assert code == 0 and len(out.splitlines()) == 1
    assert not any(p.attended for p in _detail(db, exercise).participants)


def test_an_exercise_not_yet_held_is_refused_and_nobody_marked(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    later = clock.today() + dt.timedelta(days=14)
    exercise = _planned(db, capsys, later)
    _invite(db, exercise, "Anna Berglund")
    code, out, err = _cli(db, capsys, "held", str(exercise), "--all-attended")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: ”Larmprov” kan markeras som genomförd från sin dag, {later}. Om den hölls "
        "tidigare, ändra först dess datum.\n"
    )
    detail = _detail(db, exercise)
    assert detail.exercise.status is ExerciseStatus.PLANNED
    assert not any(p.attended for p in detail.participants)


def test_a_cancelled_exercise_not_yet_held_is_refused_in_the_planned_ones_words(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Worded as a planned one's refusal, "from its day, DATE": it read "är inställd och har
    datumet …; den kan markeras som genomförd från den dagen", the planned one's older style."""
    from samverkan_desktop.services import exercises

    later = clock.today() + dt.timedelta(days=14)
    exercise = _planned(db, capsys, later)
    db.call(exercises.set_status, exercise, ExerciseStatus.CANCELLED)
    code, out, err = _cli(db, capsys, "held", str(exercise))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: ”Larmprov” är inställd; den kan markeras som genomförd från sin dag, {later}. "
        "Om den hölls tidigare, ändra först dess datum.\n"
    )
    assert _detail(db, exercise).exercise.status is ExerciseStatus.CANCELLED


def test_held_before_the_start_time_that_day_is_refused_as_in_the_window(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date(2026, 12, 22)
    monkeypatch.setattr(clock, "today", lambda: day)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.combine(day, dt.time(1, 15), LOCAL_ZONE))
    args = ("plan", "--title", "Larmprov", "--type", "functional", "--date", day.isoformat())
    assert _cli(db, capsys, *args, "--time", "9.00")[0] == 0
    exercise = max(_ids(db, capsys))
    code, out, err = _cli(db, capsys, "held", str(exercise))
    assert (code, out) == (1, "")
    assert err == (
        "Fel: ”Larmprov” kan markeras som genomförd från kl. 09.00 i dag. Om den började "
        "tidigare, ändra först dess starttid.\n"
    )
    assert _detail(db, exercise).exercise.status is ExerciseStatus.PLANNED


def test_log_stamps_a_note_at_the_time_given_on_the_exercises_day(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    today = clock.today()
    exercise = _planned(db, capsys, today)
    code, out, err = _cli(db, capsys, "log", str(exercise), "Larm inkom", "--at", "9.15")
    assert (code, err) == (0, "")
    assert out == (
        f"Antecknat kl. 09.15 den {today} i övningsloggen för övningen {exercise} "
        f"(”Larmprov”, {today}).\n"
    )
    [entry] = _detail(db, exercise).log
    assert entry.text == "Larm inkom"
    logged = local(entry.logged_at)
    assert (logged.date(), logged.time()) == (today, dt.time(9, 15))

    code, out, _err = _cli(db, capsys, "log", str(exercise), "Räddningstjänsten på plats")
    assert code == 0
    # By its text: the log is in time order, and before 09.15 the earlier note sorts after it.
    [noted] = [e for e in _detail(db, exercise).log if e.text == "Räddningstjänsten på plats"]
    now = local(noted.logged_at)
    assert f"Antecknat kl. {now:%H.%M} den {now.date()}" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--at", "25.00"), "Fel: Ogiltig tid: 25.00 – timmen måste vara 0–23.\n"),
        (
            (),
            "Fel: ”Larmprov” är planerad till {later}: övningsloggen förs från den dagen. Om den "
            "hålls i dag, ändra först dess datum.\n",
        ),
    ],
)
def test_a_note_refused_is_one_line_and_not_logged(
    db: Database, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    later = clock.today() + dt.timedelta(days=14)
    exercise = _planned(db, capsys, later)
    code, out, err = _cli(db, capsys, "log", str(exercise), "Larm inkom", *args)
    assert (code, out, err) == (1, "", message.format(later=later))
    assert _detail(db, exercise).log == ()


@pytest.mark.parametrize("command", [("held",), ("log", "Larm inkom")])
def test_an_unknown_exercise_is_one_line(
    db: Database, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    name, *rest = command
    code, out, err = _cli(db, capsys, name, "9999", *rest)
    assert (code, out, err) == (1, "", "Fel: Det finns ingen övning med nummer 9999.\n")
    code, out, err = _cli(db, capsys, name, "nio", *rest)
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "”nio”" in err


def test_plan_names_the_crisis_plan_it_exercises(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from samverkan_desktop.models import PlanKind
    from samverkan_desktop.services import plans

    plan_id = db.call(
        plans.create_plan, plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisplan")
    )
    day = (clock.today() + dt.timedelta(days=30)).isoformat()
    base = ("plan", "--title", "Stabsläge", "--type", "seminar", "--date", day)
    code, _out, err = _cli(db, capsys, *base, "--plan", str(plan_id + 1))
    assert code == 1 and err.strip() == f"Fel: Det finns ingen plan med nummer {plan_id + 1}."
    assert _ids(db, capsys) == []  # nothing planned
    assert _cli(db, capsys, *base, "--plan", str(plan_id))[0] == 0
    code, out, _err = _cli(db, capsys, "list", "--json")
    assert [e["plan"] for e in json.loads(out)] == ["Krisplan"]


def test_an_exercise_with_only_its_month_is_told_where_its_day_is_given(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from samverkan_desktop.services import exercises

    month_only = exercises.ExerciseInput("Utrymningsövning", ExerciseType.FIELD, 2026, month=3)
    exercise = db.call(exercises.create_exercise, month_only, today=clock.today())
    code, out, err = _cli(db, capsys, "held", str(exercise))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Övningen {exercise} (”Utrymningsövning”, 2026-03) har ingen dag än, bara sin månad i "
        "övningsplanen: ge den en dag i fönstret (Redigera…) innan den markeras som genomförd.\n"
    )
    assert _detail(db, exercise).exercise.status is ExerciseStatus.PLANNED
