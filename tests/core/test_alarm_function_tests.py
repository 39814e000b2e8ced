"""How often an alarm unit must be function-tested (the setting "alarms.test_interval_days",
90 days unless changed, 0: no rule) and which units are due for a test."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop.cli import main
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import UnitEventKind
from samverkan_desktop.services import alarm_tests, alarms, settings
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from tests.core.alarm_data import at, make

TODAY = dt.date(2026, 11, 23)


def _units(db: Database) -> dict[str, int]:
    """LARM-01 tested today, LARM-02 never, LARM-03 exactly 90 days ago, LARM-13 89 days ago."""
    with db.session() as s:
        units = make(s).units
        for code, days in (("LARM-01", 0), ("LARM-03", 90), ("LARM-13", 89)):
            tested = at(9) - dt.timedelta(days=days)
            alarms.record_event(s, units[code], UnitEventKind.TESTED, now=tested)
        return units


def _due(db: Database, today: dt.date = TODAY) -> list[str]:
    with db.session() as s:
        return [row.code for row in alarm_tests.units_due_for_test(s, today)]


def test_a_unit_is_due_90_days_after_its_last_test_or_at_once_if_never_tested(
    db: Database,
) -> None:
    units = _units(db)
    assert _due(db) == ["LARM-02", "LARM-03"]
    assert _due(db, TODAY + dt.timedelta(days=1)) == ["LARM-02", "LARM-03", "LARM-13"]
    with db.session() as s:
        rule = alarm_tests.function_test_rule(s)
        row = alarms.get_unit(s, units["LARM-13"])
        assert rule.interval_days == 90 and rule.due_on(row) == TODAY + dt.timedelta(days=1)
        # Tested now: no longer due.
        alarms.record_event(s, units["LARM-03"], UnitEventKind.TESTED, now=at(10))
    assert _due(db) == ["LARM-02"]


def test_units_out_of_service_or_retired_are_not_due_and_0_turns_the_rule_off(
    db: Database,
) -> None:
    units = _units(db)
    with db.session() as s:
        alarms.record_event(s, units["LARM-03"], UnitEventKind.FAULT, "Knappen fastnar", now=at(9))
        alarms.retire_unit(s, units["LARM-02"], now=at(9))
    assert _due(db) == []
    with db.session() as s:
        alarms.record_event(s, units["LARM-03"], UnitEventKind.REPAIRED, now=at(10))
    assert _due(db) == ["LARM-03"]  # repaired: test it before it is lent
    with db.session() as s:
        settings.save_settings(s, {TEST_INTERVAL_SETTING: 0})
    assert _due(db) == []
    with (
        db.session() as s,
        pytest.raises(ValidationError, match=r"0–365 \(0 för inget krav\), inte -1\."),
    ):
        settings.save_settings(s, {TEST_INTERVAL_SETTING: -1})


def test_the_rule_from_the_command_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    try:
        with db.session() as s:
            make(s)  # no unit tested yet
    finally:
        db.dispose()
    assert main(["--db", sqlite_url, "settings", "list"]) == 0
    listed = capsys.readouterr().out
    assert (
        "Dagar mellan ett larms funktionstester" in listed and "0–365 (0 för inget krav)" in listed
    )
    assert main(["--db", sqlite_url, "units", "list", "--json"]) == 0
    units = json.loads(capsys.readouterr().out)
    assert all(u["test_due"] and u["next_test_on"] is None for u in units)
    assert main(["--db", sqlite_url, "settings", "set", TEST_INTERVAL_SETTING, "0"]) == 0
    assert capsys.readouterr().out == "Dagar mellan ett larms funktionstester: inget krav\n"
    assert main(["--db", sqlite_url, "units", "list", "--json"]) == 0
    assert not any(u["test_due"] for u in json.loads(capsys.readouterr().out))
