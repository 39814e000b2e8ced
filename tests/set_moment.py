"""The suite run as if at a chosen moment: ``SAMVERKAN_TEST_NOW=2026-12-05T17:30`` (Stockholm
time; an offset such as ``+00:00`` may be given instead) makes the machine's clock read that
moment for every test. CI runs at any hour of any day, and a test that holds only on weekdays or
before 16.00 UTC lands nothing on a Saturday evening: this finds such a test on any day.

Each test starts at the set moment and the clock runs on from there in real time. Starting each
test afresh keeps a run reproducible (a subset run at 23.30 does not drift into the next day
halfway, so a failure comes back when its one test is run again); running on within a test keeps
what a real clock gives, one event after another (a loan lent and returned in the same test).

A test that holds on some days only is marked with its moment instead
(``@pytest.mark.moment("2026-12-03T10:00")``), which wins over the variable.

Loaded by tests/conftest.py; the program itself never reads the variable."""

from __future__ import annotations

import datetime as dt
import os
import types
from collections.abc import Callable, Iterator

import pytest

from samverkan_desktop.formatting import LOCAL_ZONE

VARIABLE = "SAMVERKAN_TEST_NOW"
_MOMENT = pytest.StashKey[dt.datetime | None]()


def parse_moment(value: str) -> dt.datetime:
    """An ISO date and time, Stockholm time unless it names its offset; aware."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise pytest.UsageError(
            f"{VARIABLE}={value!r} is not a moment: write it as 2026-12-05T17:30 (Stockholm time)"
        ) from None
    return moment.replace(tzinfo=LOCAL_ZONE) if moment.tzinfo is None else moment


def set_moment() -> dt.datetime | None:
    value = os.environ.get(VARIABLE, "")
    return parse_moment(value) if value.strip() else None


def running_from(moment: dt.datetime) -> Callable[[dt.tzinfo | None], dt.datetime]:
    """A ``datetime.now`` that reads ``moment`` now and runs on in real time."""
    return _running_with(moment - dt.datetime.now(dt.UTC))


def _running_with(offset: dt.timedelta) -> Callable[[dt.tzinfo | None], dt.datetime]:
    def now(zone: dt.tzinfo | None = None) -> dt.datetime:
        real = dt.datetime.now(dt.UTC) + offset
        return real.astimezone(zone) if zone is not None else real.astimezone().replace(tzinfo=None)

    return now


_held: dt.timedelta | None = None  # the clock's offset from the machine's while a test holds it


def hold_clock(monkeypatch: pytest.MonkeyPatch, moment: dt.datetime) -> None:
    """Every reader of the machine's clock in the program reads from ``moment``: clock.py and
    the row stamps (models/base.utcnow), which on a real machine agree with it (a group
    registered "today" is one created today)."""
    _hold(monkeypatch.setattr, moment - dt.datetime.now(dt.UTC))


def held_offset() -> dt.timedelta | None:
    """How far the test's clock is from the machine's, None when the test runs at the real
    time: for a process the test starts (``hold_clock_in_process``)."""
    return _held


def hold_clock_in_process(offset: dt.timedelta) -> None:
    """``hold_clock`` for the whole life of a process a test started (another desk, spawned by
    multiprocessing, runs no fixture): the same clock as the test's, to the microsecond, so
    that two desks' stamps keep the order their writes had."""
    _hold(setattr, offset)


def _hold(set_attribute: Callable[[object, str, object], None], offset: dt.timedelta) -> None:
    import sys

    from samverkan_desktop import clock
    from samverkan_desktop.models import base

    now = _running_with(offset)
    set_attribute(clock, "now", lambda: now(LOCAL_ZONE))
    set_attribute(clock, "today", lambda: now(LOCAL_ZONE).date())
    # base.utcnow is bound as the columns' default, so its module's ``dt`` is what can be set.
    machine = types.SimpleNamespace(datetime=types.SimpleNamespace(now=now), UTC=dt.UTC)
    set_attribute(base, "dt", machine)
    set_attribute(sys.modules[__name__], "_held", offset)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_MOMENT] = set_moment()  # a wrong value stops the run before any test


def pytest_report_header(config: pytest.Config) -> str | None:
    moment = config.stash[_MOMENT]
    if moment is None:
        return None
    local = moment.astimezone(LOCAL_ZONE)
    return f"{VARIABLE}: every test starts at {local:%A %Y-%m-%d %H:%M} Stockholm time"


@pytest.fixture(autouse=True)
def _clock_at_set_moment(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Before every other fixture of the test (autouse), so the example district (keyed by the
    day the clock reads) and the ``today`` fixture follow the set moment. A test that holds
    on some days only says which with ``@pytest.mark.moment("2026-12-03T10:00")``: the clock
    is set there before the example district is laid out around it (setting ``clock.today``
    in the test left the district around the real day)."""
    marker = request.node.get_closest_marker("moment")
    moment = parse_moment(marker.args[0]) if marker else request.config.stash[_MOMENT]
    if moment is not None:
        hold_clock(monkeypatch, moment)
    yield
