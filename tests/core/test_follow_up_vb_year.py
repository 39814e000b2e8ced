"""The annual follow-up (VB) tells the whole year: what each group wrote at T1 and T2 under its
own annual text (headed with the period, less what the annual text already says), and at the
end the year's crisis preparedness (crisis plans and their revision, exercises held, lessons
still open). Read back from the PDF with pdftotext, as a person reads it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus, ExerciseStatus, ExerciseType, Person, PlanKind
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services import (
    actions,
    exercise_lessons,
    exercise_reading,
    exercises,
    plan_versions,
    plans,
)
from samverkan_desktop.services.follow_up import FollowUpPeriod
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.core.meeting_data import make_group
from tests.core.test_follow_up import _follow
from tests.core.test_group_structure_printout import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

IN_JANUARY = dt.date(2027, 1, 10)  # the annual report of 2026, read after the year


def _lines(pdf: bytes, tmp_path: Path) -> list[str]:
    lines = [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]
    return [line for line in lines if line]


def _bullets_under(lines: list[str], heading: str) -> list[str]:
    start = lines.index(heading) + 1
    end = start
    while end < len(lines) and lines[end].startswith("• "):
        end += 1
    return lines[start:end]


def test_the_annual_report_prints_the_years_tertial_texts_under_its_own(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Arbetsgrupp brottsoffer")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        save_texts(
            s,
            group_id,
            FollowUpPeriod.T1,
            2026,
            "Rutin för Brottsofferjouren framtagen\nFem ärenden genomgångna gemensamt",
            "Följa upp rutinen efter ett halvår",
        )
        save_texts(
            s,
            group_id,
            FollowUpPeriod.T2,
            2026,
            "Informationsblad om bedrägerier utdelat",
            "Bjuda in pensionärsrådet till ett möte",
        )
        save_texts(
            s,
            group_id,
            FollowUpPeriod.VB,
            2026,
            "Fem ärenden genomgångna gemensamt\nÅret sammanfattat för styrgruppen",
            None,
        )
    with db.session() as s:
        vb = _lines(build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY), tmp_path)
        t2 = _lines(build_follow_up(s, FollowUpPeriod.T2, 2026, IN_JANUARY), tmp_path)
    assert _bullets_under(vb, "Vad har vi gjort") == [
        "• Fem ärenden genomgångna gemensamt",
        "• Året sammanfattat för styrgruppen",
    ]
    # The annual text first, then each tertial under its own heading; a line already said in
    # the annual text is not said twice.
    assert vb.index("Vad har vi gjort") < vb.index("Vad har vi gjort – T1 (jan–apr) 2026")
    assert _bullets_under(vb, "Vad har vi gjort – T1 (jan–apr) 2026") == [
        "• Rutin för Brottsofferjouren framtagen"
    ]
    assert _bullets_under(vb, "Vad har vi gjort – T2 (maj–aug) 2026") == [
        "• Informationsblad om bedrägerier utdelat"
    ]
    # How the group goes on: the latest plan written (T2's), not the one it overtook.
    assert _bullets_under(vb, "Hur fortsätter vi – T2 (maj–aug) 2026") == [
        "• Bjuda in pensionärsrådet till ett möte"
    ]
    assert "Följa upp rutinen efter ett halvår" not in " ".join(vb)
    # A tertial's own follow-up keeps to its own texts.
    assert "Vad har vi gjort" in t2 and not any("T1 (jan–apr) 2026" in line for line in t2)


def test_an_annual_text_of_its_own_on_going_on_overtakes_the_tertials(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Stureplan")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        save_texts(s, group_id, FollowUpPeriod.T2, 2026, None, "Följa upp kända platser")
        save_texts(
            s, group_id, FollowUpPeriod.VB, 2026, None, "Starta platssamverkan vid Karlaplan"
        )
    with db.session() as s:
        words = " ".join(_lines(build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY), tmp_path))
    assert "Starta platssamverkan vid Karlaplan" in words
    assert "Följa upp kända platser" not in words and "– T2" not in words


def _person(session: Session, name: str) -> int:
    person = Person(name=name)
    session.add(person)
    session.flush()
    return person.id


def _plan(session: Session, kind: PlanKind, name: str, *adopted: dt.date) -> int:
    plan_id = plans.create_plan(session, plans.PlanInput(kind=kind, name=name))
    for day in adopted:
        plan_versions.add_version(
            session, plan_id, plan_versions.VersionInput(str(day.year), day, "Sdd"), IN_JANUARY
        )
    return plan_id


def _held(session: Session, title: str, day: dt.date, plan_id: int | None) -> int:
    return exercises.create_exercise(
        session,
        exercises.ExerciseInput(
            title=title,
            type=ExerciseType.SIMULATION,
            year=day.year,
            date=day,
            status=ExerciseStatus.CONDUCTED,
            plan_id=plan_id,
        ),
        today=day,
    )


def _lesson(
    session: Session,
    exercise_id: int,
    text: str,
    who: int,
    due: dt.date,
    done: dt.date | None = None,
) -> None:
    exercise_lessons.add_lesson(
        session,
        exercise_id,
        exercise_lessons.LessonInput(text, responsible_person_id=who, due_on=due),
        today=due,
    )
    if done is not None:
        action_id = exercise_reading.get_exercise(session, exercise_id).lessons[-1].action_id
        assert action_id is not None
        actions.set_action_status(session, action_id, ActionStatus.DONE, done, today=IN_JANUARY)


def test_the_annual_report_ends_with_the_years_crisis_preparedness(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp")
        _follow(s, group_id, t1=True, t2=True, vb=True)
        who = _person(s, "Per Almgren")
        crisis_plan = _plan(
            s,
            PlanKind.CRISIS_MANAGEMENT_PLAN,
            "Krisledningsplan",
            dt.date(2025, 12, 14),
            dt.date(2026, 12, 10),
        )
        _plan(s, PlanKind.RISK_ANALYSIS, "Risk- och sårbarhetsanalys", dt.date(2024, 10, 15))
        _plan(s, PlanKind.VIOLENT_EXTREMISM_PLAN, "Handlingsplan mot VBE", dt.date(2026, 5, 4))
        last_year = _held(s, "Larmprov 2025", dt.date(2025, 11, 4), None)
        _lesson(s, last_year, "Växeln utan lista", who, dt.date(2027, 2, 1))
        this_year = _held(s, "Strömavbrott", dt.date(2026, 2, 17), crisis_plan)
        _lesson(s, this_year, "Reservrutin saknas", who, dt.date(2026, 12, 1))
        _lesson(s, this_year, "Listan var inaktuell", who, dt.date(2026, 3, 31))
        _lesson(
            s, this_year, "Krisstödet utan rutin", who, dt.date(2026, 3, 31), dt.date(2026, 3, 15)
        )
        _lesson(s, this_year, "Ersättarna osäkra", who, dt.date(2026, 12, 20), dt.date(2027, 1, 4))
    with db.session() as s:
        vb = _lines(build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY), tmp_path)
        t2 = _lines(build_follow_up(s, FollowUpPeriod.T2, 2026, IN_JANUARY), tmp_path)
    words = " ".join(vb)
    crisis = words[words.index("Krisberedskap") :]
    assert words.index("Lokal beredningsgrupp") < words.index("Krisberedskap")
    # The crisis plans in force at the year's end, revised in it or not; not the other plans.
    assert "Planer för krisberedskap" in crisis
    assert "Krisledningsplan 2026 · 2026-12-10 Ja 2027-12-10 Aktuell" in crisis
    assert "Risk- och sårbarhetsanalys 2024 · 2024-10-15 Nej 2025-10-15 Försenad" in crisis
    assert "Handlingsplan mot VBE" not in words
    # The exercises held in the year: date, title, kind, the plan exercised.
    exercises_part = crisis[crisis.index("Övningar under året") :]
    assert "2026-02-17 Strömavbrott" in exercises_part
    assert "Stabsövning" in exercises_part
    assert "Krisledningsplan" in exercises_part
    assert "Larmprov" not in exercises_part.split("Lärdomar")[0]  # held the year before
    # The lessons open on the year's last day, this year's or older; those done in it are not.
    lessons = crisis[crisis.index("Lärdomar som fortfarande är öppna") :]
    for text in (
        "Reservrutin saknas",
        "Listan var inaktuell",
        "Växeln utan lista",
        "Ersättarna osäkra",  # done on 4 January, after the year
    ):
        assert text in lessons
    assert "Krisstödet utan rutin" not in words
    assert "Öppna på årets sista dag, 31 december 2026" in lessons
    # The tertials' follow-ups keep to the groups.
    assert "Krisberedskap" not in " ".join(t2)


def test_a_year_without_exercises_or_open_lessons_says_so_and_names_the_next(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Lokal beredningsgrupp")
        _follow(s, group_id, t1=False, t2=False, vb=True)
        exercises.create_exercise(
            s,
            exercises.ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, date=dt.date(2026, 12, 22)
            ),
            today=dt.date(2026, 12, 4),
        )
    with db.session() as s:
        words = " ".join(
            _lines(build_follow_up(s, FollowUpPeriod.VB, 2026, dt.date(2026, 12, 4)), tmp_path)
        )
        after_the_year = " ".join(
            _lines(build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY), tmp_path)
        )
    assert "Krisberedskap" in words and "Planer för krisberedskap" not in words
    assert "Ingen övning hölls under året." in words
    # While the year runs, the exercise planned next; the year told after it has ended, not.
    assert "Nästa planerade övning: Larmprov (funktionsövning), 22 december 2026." in words
    assert "Nästa planerade övning" not in after_the_year
    assert "Inga lärdomar från övningarna är öppna." in words
