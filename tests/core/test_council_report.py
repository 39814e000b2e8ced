"""The report to the district council ("Anmälan av information om aktuellt trygghets- och
säkerhetsarbete") gathered from the example district for a period, and printed: the agreement's
priority areas, the groups' written follow-up of the periods within it (not of others), the
exercises held in it, the safety walks, the alarms and who signs it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.models import Loan, UnitKind
from samverkan_desktop.reports.council_report import _alarms_text, build
from samverkan_desktop.services import settings, walk_reading
from samverkan_desktop.services.council_report import (
    CouncilReport,
    GroupPart,
    Signatory,
    council_report,
)
from samverkan_desktop.services.council_safety import AlarmCounts, safety_work
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.core.test_group_structure_printout import group_id, text_of

TODAY = dt.date(2026, 11, 20)  # the demo's texts are then written for T2 2026
VICTIMS = "Arbetsgrupp särskilt utsatta brottsoffer"
WRITTEN_T2 = "Rutin för att slussa brottsutsatta äldre till Brottsofferjouren har tagits fram"
WRITTEN_T1_2025 = "Kontaktlista till pensionärsrådets sekreterare upprättad"
CRISIS_EXERCISE = "Övning för krisledningen: strömavbrott i kyla"  # held 17 February 2021


@pytest.fixture
def district(db: Database) -> Database:
    """The example district as on TODAY, with a text the working group wrote for T1 2025."""
    with db.session() as s:
        demo.load(s, TODAY)
        save_texts(s, group_id(s, VICTIMS), FollowUpPeriod.T1, 2025, WRITTEN_T1_2025, None)
    return db


def _group(report: CouncilReport, name: str) -> GroupPart:
    return next(g for area in report.areas for g in area.groups if g.name == name)


def _written_lines(group: GroupPart) -> list[str]:
    return [line for w in group.written for line in (*w.done, *w.next_steps)]


def test_the_year_so_far_holds_the_agreement_its_areas_and_the_groups_texts(
    district: Database,
) -> None:
    with district.session() as s:
        report = council_report(s, today=TODAY)
    assert (report.first, report.last) == (dt.date(2026, 1, 1), TODAY)
    assert report.agreement is not None
    assert report.agreement.title == "Lokal samverkansöverenskommelse Östermalm"
    areas = (
        "Riktat arbete mot avgränsade platser och utsatta områden",
        "Särskilt utsatta och sårbara brottsoffer",
        "Skolan som brottsplats",
    )
    assert report.agreement.priority_areas == areas
    assert tuple(area.name for area in report.areas) == areas
    victims = _group(report, VICTIMS)
    assert [(w.period, w.year) for w in victims.written] == [(FollowUpPeriod.T2, 2026)]
    assert WRITTEN_T2 in _written_lines(victims)
    assert WRITTEN_T1_2025 not in _written_lines(victims)  # written for a period before
    assert "Lokalpolisområde Norrmalm" in victims.organisations
    assert victims.held_dates and all(d.year == 2026 for d in victims.held_dates)
    # The place collaboration has its own section, named in its area.
    assert [g.name for g in report.place_collaborations] == [
        "Platssamverkan Stureplan/Östermalmstorg"
    ]
    assert "Platssamverkan Stureplan/Östermalmstorg" in [g.name for g in report.areas[0].also]
    # "Deltar" names the organisations taking part with no named person too, with their note.
    (place,) = report.place_collaborations
    assert "MTR Tunnelbanan – vid behov" in place.organisations
    assert place.organisations.index("MTR Tunnelbanan – vid behov") > place.organisations.index(
        "Sturegallerian"
    )
    assert report.signatory is not None
    assert report.signatory.title == "Trygghets- och säkerhetssamordnare"


def test_a_text_is_in_the_report_of_its_own_period_only(district: Database) -> None:
    with district.session() as s:
        spring_2025 = council_report(s, dt.date(2025, 1, 1), dt.date(2025, 4, 30), TODAY)
        autumn_2025 = council_report(s, dt.date(2025, 9, 1), dt.date(2025, 12, 31), TODAY)
    assert WRITTEN_T1_2025 in _written_lines(_group(spring_2025, VICTIMS))
    assert WRITTEN_T2 not in _written_lines(_group(spring_2025, VICTIMS))
    assert _group(autumn_2025, VICTIMS).written == ()


def test_the_exercise_held_in_the_period_is_told_and_not_in_another_year(
    district: Database,
) -> None:
    with district.session() as s:
        year_2021 = council_report(s, dt.date(2021, 1, 1), dt.date(2021, 6, 30), TODAY)
        this_year = council_report(s, today=TODAY)
    assert [e.title for e in year_2021.safety.exercises] == [CRISIS_EXERCISE]
    assert year_2021.safety.exercises[0].date == dt.date(2021, 2, 17)
    assert CRISIS_EXERCISE not in [e.title for e in this_year.safety.exercises]
    # The crisis management plan in force then, not the one adopted since.
    assert [p.version for p in year_2021.safety.crisis_plans] == ["2020"]
    courses = {t.course: t.dates for t in year_2021.safety.training}
    assert courses["Larmutbildning"] == (
        dt.date(2021, 3, 9),
        dt.date(2021, 3, 16),
        dt.date(2021, 3, 23),
    )
    assert this_year.safety.alarms.home_visit_units == 12
    assert this_year.safety.alarms.home_loan_units == 2


def test_a_period_ending_before_it_starts_is_refused(district: Database) -> None:
    with district.session() as s, pytest.raises(ValidationError) as refused:
        council_report(s, dt.date(2026, 5, 1), dt.date(2026, 4, 30), TODAY)
    assert refused.value.message == "Perioden kan inte sluta innan den börjar."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_printout_reads_as_the_paper(district: Database, tmp_path: Path) -> None:
    with district.session() as s:
        pdf = build(s, dt.date(2026, 1, 1), TODAY, TODAY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert words.startswith(
        "Anmälan av information om aktuellt trygghets- och säkerhetsarbete "
        "Östermalms stadsdelsförvaltning · 1 januari – 20 november 2026 · "
        "fredag 20 november 2026 (v. 47)"
    )
    order = [
        "Samverkansöverenskommelse",
        # The areas, numbered, then each area's groups under its heading.
        "1. Riktat arbete mot avgränsade platser och utsatta områden 2. Särskilt",
        "områden Trygghetsråd Östermalm",
        f"2. Särskilt utsatta och sårbara brottsoffer {VICTIMS}",
        f"Vad har vi gjort – T2 (maj–aug) 2026 • {WRITTEN_T2}",
        "3. Skolan som brottsplats Arbetsgrupp skolan som brottsplats",
        "Platser Stureplan/Östermalmstorg",  # the place collaboration's own section
        "Trygghetsvandringar",
        "Säkerhetsarbetet",
        "Krisledningsplan Östermalms stadsdelsförvaltning, version 2025, antogs den 14 december 2025",
        "Det finns 12 larmenheter för lån vid hembesök och 2 för hemlån",
        "Planer och deras revidering",
        "Nätverk",
        "Säkerhetssamordnarnätverket (SLK) varje torsdag förmiddag",
        "Trygghets- och säkerhetssamordnare Anna Berglund",
    ]
    places = [words.index(part) for part in order]
    assert places == sorted(places)
    assert "Ingen övning genomfördes under perioden." in words
    # But when the crisis plan was last exercised (the power-cut exercise, 2021).
    assert (
        "Nästa revidering 14 december 2026. Senast övad den 17 februari 2021. Ingen övning" in words
    )
    assert WRITTEN_T1_2025 not in words
    for raw in ("None", "crisis_management_plan", "t2", "natverk", "home_visit"):
        assert raw not in words.split()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_walks_told_are_those_of_the_period_only(district: Database, tmp_path: Path) -> None:
    """As its meetings and exercises: a walk planned after the period's end is not the council's
    news for it. The prioritised place stays, saying it had no walk in the period."""
    with district.session() as s:
        walks = {w.place: w.date for w in walk_reading.list_walks(s, year=TODAY.year)}
        pdf = build(s, dt.date(2026, 1, 1), TODAY, TODAY)
    assert walks["Gyllenstiernsgatan"] > TODAY >= walks["Stureplan/Östermalmstorg"]
    words = " ".join(text_of(pdf, tmp_path).split())
    assert f"{iso_date(walks['Gyllenstiernsgatan'])} (v." not in words  # the walk's line
    assert "1. Gyllenstiernsgatan Ingen vandring under perioden 2. Tessinparken" in words
    assert f"Stureplan/Östermalmstorg {iso_date(walks['Stureplan/Östermalmstorg'])}" in words


def test_the_signature_is_the_settings_name_and_title_when_given(district: Database) -> None:
    with district.session() as s:
        assert council_report(s, today=TODAY).signatory == Signatory(
            "Anna Berglund", "Trygghets- och säkerhetssamordnare"
        )  # the district's contact of the most groups, as the register has her
        settings.save_settings(s, {"reports.signatory_name": "  Linda   Wikman "})
        assert council_report(s, today=TODAY).signatory == Signatory("Linda Wikman", None)
        settings.save_settings(s, {"reports.signatory_title": "Säkerhetsstrateg"})
        assert council_report(s, today=TODAY).signatory == Signatory(
            "Linda Wikman", "Säkerhetsstrateg"
        )
        with pytest.raises(ValidationError) as refused:
            settings.save_settings(s, {"reports.signatory_title": "x" * 201})
    assert refused.value.message == "Titel i underskriften (över namnet) får vara högst 200 tecken."


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_an_empty_register_prints_no_empty_heading(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        pdf = build(s, dt.date(2026, 1, 1), TODAY, TODAY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert "Stadsdelsförvaltningen · 1 januari – 20 november 2026" in words
    assert "Säkerhetsarbetet Ingen övning genomfördes under perioden." in words
    for heading in (
        "Samverkansöverenskommelse",
        "Platssamverkan",
        "Trygghetsvandringar",
        "Nätverk",
    ):
        assert heading not in words


def test_one_home_loan_in_the_period_reads_one_time(district: Database, tmp_path: Path) -> None:
    """ "1 gång som hemlån", where the sentence said "1 gånger" whatever the number."""
    with district.session() as s:
        first_home_loan = s.scalars(
            select(Loan.out_at).where(Loan.purpose == UnitKind.HOME_LOAN).order_by(Loan.out_at)
        ).first()
        assert first_home_loan is not None
        day = local(first_home_loan).date()
        counts = safety_work(s, day, day, TODAY).alarms
        assert counts.home_loan_loans == 1 and counts.home_visit_loans != 1
        pdf = build(s, day, day, TODAY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert (
        f"Under perioden lånades larmen ut {counts.home_visit_loans} gånger vid hembesök "
        "och 1 gång som hemlån."
    ) in words


@pytest.mark.parametrize(
    ("visits", "home", "said"),
    [
        (12, 0, "Under perioden lånades larmen ut 12 gånger vid hembesök och aldrig som hemlån."),
        (0, 2, "Under perioden lånades larmen ut 2 gånger som hemlån och aldrig vid hembesök."),
        (0, 0, "Inga larm lånades ut under perioden."),
        (1, 1, "Under perioden lånades larmen ut 1 gång vid hembesök och 1 gång som hemlån."),
    ],
)
def test_no_loans_of_a_kind_read_in_words(visits: int, home: int, said: str) -> None:
    """An autumn without a home loan says "aldrig som hemlån", not "0 gånger som hemlån"."""
    text = _alarms_text(AlarmCounts(12, 2, visits, home))
    assert text == (
        "Det finns 12 larmenheter för lån vid hembesök och 2 för hemlån, när en medarbetare som "
        f"blivit hotad i tjänsten behöver larm i hemmiljö. {said}"
    )
