"""``plans revised ID``: what the plans register's "Ny version…" records, for a script that
follows up ``plans list --due-within``. The version gets the name the form offers ("2025" →
"2026"), is adopted today by whoever adopted the one before unless told otherwise, and the plan's
next revision follows from it. One Swedish line says so; a refusal is one line, exit 1, nothing
changed; the audit trail shows the new version."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import audit, plan_versions, plans
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump


def _plans(url: str, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, Any]]:
    code, out, _err = run_cli(capsys, "--db", url, "plans", "list", "--json")
    assert code == 0
    return {row["name"]: row for row in json.loads(out)}


def _plan(url: str, capsys: pytest.CaptureFixture[str], start: str) -> dict[str, Any]:
    return next(row for name, row in _plans(url, capsys).items() if name.startswith(start))


def _revised(url: str, capsys: pytest.CaptureFixture[str], *words: str) -> str:
    code, out, err = run_cli(capsys, "--db", url, "plans", "revised", *words)
    assert (code, err) == (0, "")
    return out


def _refused(url: str, capsys: pytest.CaptureFixture[str], words: list[str], message: str) -> None:
    db = open_database(url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", url, "plans", "revised", *words)
    assert (code, out, err) == (1, "", f"Fel: {message}\n")
    assert dump(db) == before
    db.dispose()


def _new_plan(url: str, name: str, months: int | None, version: str | None) -> int:
    first = (
        None
        if version is None
        else plan_versions.VersionInput(version, dt.date(2024, 3, 1), "Chefen")
    )
    data = plans.PlanInput(PlanKind.OTHER, name, revision_interval_months=months)
    db = open_database(url)
    plan_id = db.call(plans.create_plan, data, first)
    db.dispose()
    return plan_id


def test_an_overdue_plan_revised_today_gets_the_next_name_and_a_year_ahead(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rsa = _plan(demo_url, capsys, "Risk- och")
    # The demo's yearly analysis is late whatever its day, its latest version named by the
    # year of the one before (2025 in December 2026, 2026 in December 2027).
    assert rsa["due_state"] == "overdue"
    today = clock.today()
    name, due = str(max(today.year, int(rsa["version"]) + 1)), today + relativedelta(months=12)
    out = _revised(demo_url, capsys, str(rsa["id"]))
    assert out == (
        f"Planen {rsa['id']} ”{rsa['name']}” har version {name}, fastställd {today}; "
        f"nästa revidering {due}.\n"
    )
    now = _plans(demo_url, capsys)[rsa["name"]]
    assert (now["version"], now["adopted_on"], now["next_revision"]) == (
        name,
        today.isoformat(),
        due.isoformat(),
    )
    assert now["due_state"] == "ok" and now["adopted_by"] == rsa["adopted_by"]
    db = open_database(demo_url)
    with db.session() as s:
        trail = [row.summary for row in audit.history(s, "plans", rsa["id"])]
    db.dispose()
    assert f"Planversion ”{name}”: Version: {name}; Fastställd den: {today}" in trail[0]


def test_the_date_name_adopter_and_note_given_are_kept(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A plan of its own: the demo's two-yearly routine gets a version every other March, so
    # which one is current depends on the day the demo is laid out around.
    routine = _new_plan(demo_url, "Rutin vid inbrott", 24, "3.0")
    day = clock.today() - dt.timedelta(days=10)
    out = _revised(
        demo_url, capsys, str(routine), "--date", day.isoformat(), "--by", "Nämnden",
        "--note", "Nya kontaktvägar",
    )  # fmt: skip
    due = day + relativedelta(months=24)
    assert out.endswith(f"har version 4.0, fastställd {day}; nästa revidering {due}.\n")
    db = open_database(demo_url)
    current = db.call(plans.get_plan, routine).versions[0]
    db.dispose()
    assert (current.version, current.adopted_by, current.notes) == (
        "4.0",
        "Nämnden",
        "Nya kontaktvägar",
    )
    out = _revised(demo_url, capsys, str(routine), "--version", "Rev B")
    assert "har version Rev B, fastställd" in out


def test_a_version_adopted_before_the_current_one_goes_into_the_history_only(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = _plan(demo_url, capsys, "Krisledningsplan")
    out = _revised(demo_url, capsys, str(plan["id"]), "--date", "2019-01-01", "--version", "2019")
    assert out == (
        f"Version 2019 av planen {plan['id']} ”{plan['name']}” är tillagd i historiken; gällande "
        f"version är fortfarande {plan['version']}, fastställd {plan['adopted_on']}.\n"
    )
    assert _plan(demo_url, capsys, "Krisledningsplan") == plan


def test_a_plan_without_a_revision_interval_says_it_has_no_next_revision(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan_id = _new_plan(demo_url, "Rutin för nyckelkvittens", None, "1")
    out = _revised(demo_url, capsys, str(plan_id))
    assert out == (
        f"Planen {plan_id} ”Rutin för nyckelkvittens” har version 2, fastställd "
        f"{clock.today()}; den har inget revideringsintervall och därför ingen nästa revidering.\n"
    )


def test_refusals_are_one_line_and_change_nothing(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
) -> None:
    plan = _plan(demo_url, capsys, "Krisledningsplan")
    number = str(plan["id"])
    tomorrow = clock.today() + dt.timedelta(days=1)
    _refused(
        demo_url, capsys, [number, "--date", tomorrow.isoformat()],
        f"{tomorrow} har inte kommit än: en version förs in när den har fastställts. "
        "Kontrollera året.",
    )  # fmt: skip
    _refused(
        demo_url, capsys, [number, "--version", plan["version"]],
        f"Planen har redan en version ”{plan['version']}”.",
    )  # fmt: skip
    _refused(demo_url, capsys, ["99999"], "Det finns ingen plan med nummer 99999.")
    # An unset variable in a script ("--by $WHO") recorded the version as adopted by the one
    # who adopted the version before.
    _refused(demo_url, capsys, [number, "--by", ""], "--by är tomt.")
    _refused(demo_url, capsys, [number, "--by", "  "], "--by är tomt.")
    _refused(
        demo_url, capsys, [number, "--date", "31/2"],
        f"--date: ”31/2” är inte ett datum (skriv till exempel {today}).",
    )  # fmt: skip
    _refused(
        demo_url, capsys, ["nio"],
        "PLAN_ID: ”nio” är inte ett id-nummer (skriv till exempel 12).",
    )  # fmt: skip
    named = _new_plan(demo_url, "Rutin för larmkort", 12, "Utkast A")
    _refused(
        demo_url, capsys, [str(named)],
        "Ange den nya versionens namn med --version: inget följer efter ”Utkast A”.",
    )  # fmt: skip
    unversioned = _new_plan(demo_url, "Rutin för passerkort", 12, None)
    _refused(demo_url, capsys, [str(unversioned)], "Ange planens första version med --version.")


def test_a_second_revision_the_same_day_is_refused_and_the_days_version_stays(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Twice "Reviderad" the same day added two versions ("2026" and "2027" both adopted today,
    the next revision two years ahead); the window's New version… uses the same service."""
    plan = _plan(demo_url, capsys, "Krisledningsplan")
    number = str(plan["id"])
    _revised(demo_url, capsys, number)
    today = _plan(demo_url, capsys, "Krisledningsplan")["version"]
    _refused(
        demo_url, capsys, [number],
        f"Planen har redan en version fastställd {clock.today()} (”{today}”): ändra den i "
        "stället för att lägga till en till.",
    )  # fmt: skip
    # Moving an older version onto that day is refused alike.
    db = open_database(demo_url)
    older = db.call(plans.get_plan, plan["id"]).versions[1]
    with pytest.raises(ValidationError):
        db.call(
            plan_versions.update_version, older.id,
            plan_versions.VersionInput(older.version, clock.today(), older.adopted_by, older.notes),
        )  # fmt: skip
    db.dispose()
