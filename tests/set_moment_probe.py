"""Run by tests/test_set_moment.py in a pytest of its own, with SAMVERKAN_TEST_NOW set (not
collected by the suite: its name is not test_*). Each test says what it saw as "now"."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import Group, GroupType, Loan
from tests.demo_files import load_demo


def _report(**seen: object) -> None:
    print("SEEN", " ".join(f"{name}={value}" for name, value in seen.items()))


def test_clock(today: dt.date) -> None:
    _report(now=clock.now().isoformat(), utcnow=clock.utcnow().isoformat(), today=today)


def test_example_district_and_row_stamps(
    sqlite_db: Database, request: pytest.FixtureRequest
) -> None:
    load_demo(sqlite_db, request)
    with sqlite_db.session() as session:
        lent = session.scalar(select(func.max(Loan.out_at)))
        session.add(Group(name="Registrerad nu", type=GroupType.ARBETSGRUPP))
        session.flush()
        created = session.scalar(select(Group.created_at).where(Group.name == "Registrerad nu"))
    assert lent is not None and created is not None
    _report(
        last_lent=lent.astimezone(LOCAL_ZONE).date(), created=created.astimezone(dt.UTC).isoformat()
    )
