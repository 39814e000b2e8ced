"""SAMVERKAN_TEST_NOW (tests/set_moment.py): a run of the suite as if at a chosen moment sees
that moment in the program's clock, its row stamps and the example district; the variable is
checked before any test runs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from tests.set_moment import parse_moment, running_from

ROOT = Path(__file__).resolve().parent.parent
PROBE = "tests/set_moment_probe.py"


def _pytest(moment: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", PROBE, "-s", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env={**os.environ, "SAMVERKAN_TEST_NOW": moment},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _seen(output: str) -> dict[str, str]:
    lines = [line.split("SEEN ", 1)[1] for line in output.splitlines() if "SEEN " in line]
    return dict(pair.split("=", 1) for line in lines for pair in line.split())


def test_a_run_at_a_set_moment_sees_it_everywhere() -> None:
    # Midsummer's eve's eve 2027, 23.30 in Stockholm: 21.30 UTC, neither today nor this year.
    run = _pytest("2027-06-24T23:30")
    assert run.returncode == 0, run.stdout + run.stderr
    assert "SAMVERKAN_TEST_NOW: every test starts at Thursday 2027-06-24 23:30" in run.stdout
    seen = _seen(run.stdout)
    now = dt.datetime.fromisoformat(seen["now"])
    assert now.utcoffset() == dt.timedelta(hours=2)
    start = dt.datetime(2027, 6, 24, 23, 30, tzinfo=LOCAL_ZONE)
    assert start <= now < start + dt.timedelta(minutes=1)
    utcnow = dt.datetime.fromisoformat(seen["utcnow"])
    assert utcnow.utcoffset() == dt.timedelta(0)
    assert dt.timedelta(0) <= utcnow - now < dt.timedelta(seconds=1)
    assert seen["today"] == "2027-06-24"
    # The example district is laid out around that day, not the real one.
    last_lent = dt.date.fromisoformat(seen["last_lent"])
    assert dt.date(2027, 6, 10) <= last_lent <= dt.date(2027, 6, 24)
    # A row written now is stamped then, as on a machine whose clock reads it.
    created = dt.datetime.fromisoformat(seen["created"])
    assert start <= created < start + dt.timedelta(minutes=2)


@pytest.mark.moment("2026-12-28T07:00")
def test_a_marked_test_starts_at_its_moment_whatever_the_run(today: dt.date) -> None:
    # Monday of week 53, before the reception opens.
    start = dt.datetime(2026, 12, 28, 7, tzinfo=LOCAL_ZONE)
    assert today == dt.date(2026, 12, 28) == clock.today()
    assert start <= clock.now() < start + dt.timedelta(minutes=1)


def test_a_moment_that_is_not_one_stops_the_run_before_any_test() -> None:
    run = _pytest("lördag kväll")
    assert run.returncode == pytest.ExitCode.USAGE_ERROR, run.stdout + run.stderr
    assert "SAMVERKAN_TEST_NOW='lördag kväll' is not a moment" in run.stderr
    assert "SEEN" not in run.stdout


def test_a_moment_is_stockholm_time_unless_it_names_its_offset() -> None:
    assert parse_moment("2026-12-05T17:30") == dt.datetime(2026, 12, 5, 17, 30, tzinfo=LOCAL_ZONE)
    assert parse_moment("2026-12-05T17:30+00:00").astimezone(LOCAL_ZONE).hour == 18


def test_the_clock_runs_on_from_the_moment() -> None:
    start = dt.datetime(2026, 12, 31, 23, 59, 59, 999000, tzinfo=LOCAL_ZONE)
    now = running_from(start)
    first = now(LOCAL_ZONE)
    assert start <= first < start + dt.timedelta(seconds=1)
    later = first
    while later.date() == first.date():  # a few milliseconds
        later = now(LOCAL_ZONE)
    assert later.date() == dt.date(2027, 1, 1)
