"""A number outside its range is refused by the services in one pattern with the window's (core
number_range): the window asks under the field "Ange 1–120 månader (inte 150).", the command
line, which prints the service's refusal, names the field first: "Revideringsintervall: 1–120
månader, inte 150.", without a unit the name already says ("Veckor före: 0–104, inte 150.").
Before, each service had older words of its own ("Ange hur ofta den revideras: 1 till 120
månader."), then "Veckor före: 0–104, inte 150.", the unit twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseType, PlanKind
from samverkan_desktop.services import exercises, plans
from samverkan_desktop.services.exercise_checklist import add_checklist_item
from samverkan_desktop.services.exercises import ExerciseInput
from tests.conftest import DemoCopier
from tests.core.test_cli import run_cli


@pytest.mark.parametrize(
    ("words", "said"),
    [
        (
            ["agreements", "edit", "1", "--revised-every", "150"],
            "Fel: Revideringsintervall: 1–120 månader, inte 150.\n",
        ),
        (
            ["settings", "set", "backups.keep", "0"],
            "Fel: Antal säkerhetskopior att spara: 1–365, inte 0.\n",
        ),
        (
            ["settings", "set", "alarms.test_interval_days", "400"],
            "Fel: Dagar mellan ett larms funktionstester: 0–365 (0 för inget krav), inte 400.\n",
        ),
        (["rule", "var 60:e vecka"], "Fel: Veckor mellan mötena: 1–52, inte 60.\n"),
        (["rule", "var 14:e månad"], "Fel: Månader mellan mötena: 1–12, inte 14.\n"),
    ],
    ids=["agreement revision", "backups kept", "test interval", "every n weeks", "every n months"],
)
def test_the_command_line_refuses_a_number_in_the_windows_words(
    words: list[str],
    said: str,
    sqlite_url: str,
    sqlite_demo_files: DemoCopier,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sqlite_demo_files(sqlite_url.removeprefix("sqlite:///"))
    code, out, err = run_cli(capsys, "--db", sqlite_url, *words)
    assert (code, out, err) == (1, "", said)


def test_plans_and_checklists_refuse_in_the_windows_words(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        with pytest.raises(ValidationError) as refused:
            plans.create_plan(
                session,
                plans.PlanInput(
                    kind=PlanKind.RISK_ANALYSIS,
                    name="Krisledningsplan",
                    revision_interval_months=150,
                ),
            )
        assert refused.value.message == "Revideringsintervall: 1–120 månader, inte 150."
        exercise_id = exercises.create_exercise(
            session, ExerciseInput("Seminarium om IT-attack", ExerciseType.SEMINAR, 2027, month=3)
        )
        with pytest.raises(ValidationError) as refused:
            add_checklist_item(session, exercise_id, "Kalla deltagarna", weeks_before=150)
        assert refused.value.message == "Veckor före: 0–104, inte 150."
        with pytest.raises(ValidationError) as refused:
            exercises.create_exercise(
                session, ExerciseInput("Stabsövning", ExerciseType.SEMINAR, 2027, month=13)
            )
        assert refused.value.message == "Månad: 1–12, inte 13."


def test_every_number_setting_says_its_unit_once() -> None:
    """A label that counts in the unit ("Antal säkerhetskopior …") is not followed by it again;
    one that does not ("Övningsintervall …") is."""
    from samverkan_desktop.services import settings

    said = {}
    for key, spec in settings.SPECS.items():
        if isinstance(spec, settings.SettingSpec):
            with pytest.raises(ValidationError) as refused:
                settings.check_int(key, spec.maximum + 1)
            said[key] = refused.value.message
    assert said == {
        "meetings.horizon_months": (
            "Antal månader framåt som möten planeras utifrån mötesregler: 18–60, inte 61."
        ),
        "meetings.default_weekday": "Veckodag för mötesregler som inte anger någon: 1–7, inte 8.",
        "alarms.retention_months": (
            "Månader innan låntagaren i ett återlämnat larmlån pseudonymiseras: 1–120, inte 121."
        ),
        "alarms.test_interval_days": (
            "Dagar mellan ett larms funktionstester: 0–365 (0 för inget krav), inte 366."
        ),
        "alarms.long_loan_days": (
            "Längsta lån utan fråga om återlämningsdagen: 1–365 dagar, inte 366."
        ),
        "crisis.exercise_interval_months": "Övningsintervall för krisplaner: 1–60 månader, inte 61.",
        "crisis.plan_next_year_from_month": (
            "Månad från vilken övningsplanen öppnar på nästa år: 1–12, inte 13."
        ),
        "backups.keep": "Antal säkerhetskopior att spara: 1–365, inte 366.",
    }
