"""Every action at once: ``samverkan print actions`` reads all of them (100,000 in a city), and
``samverkan actions list`` names where each came from. A single SQL IN list of that many ids is
refused (SQLite's default limit is 32,766 bound values, PostgreSQL's protocol 65,535), so the
print or the list failed instead of showing the actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import insert

from samverkan_desktop.db import Database
from samverkan_desktop.models import Action, ActionSource
from samverkan_desktop.services import action_list, action_reading, action_sources, contacts
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list_rows import action_list_rows
from tests.core.sqlite_limits import DEFAULT_LIMIT, bound_value_limit

TODAY = dt.date(2026, 12, 1)
MANY = 40_000  # more than a default SQLite build accepts in one IN list


@pytest.fixture
def default_limit_db(sqlite_db: Database) -> Iterator[Database]:
    with bound_value_limit(sqlite_db, DEFAULT_LIMIT) as db:
        yield db


def test_printing_every_action_reads_all_of_them(default_limit_db: Database) -> None:
    with default_limit_db.session() as s:
        police = contacts.create_organisation(s, contacts.OrganisationInput("Polisen"))
        s.execute(
            insert(Action),
            [
                {
                    "title": f"Åtgärd {n}",
                    "source_type": ActionSource.OTHER,
                    "raised_on": TODAY,
                    "responsible_organisation_id": police,
                }
                for n in range(MANY)
            ],
        )
        # What the printed list of every action reads (reports.actions_list.build).
        ids = action_list.action_ids(s, ActionFilter(), "due_on", False, TODAY)
        rows = action_list_rows(s, ids, TODAY)
    assert len(ids) >= MANY
    assert [r.id for r in rows] == ids
    assert rows[-1].title.startswith("Åtgärd ")


def test_naming_the_origin_of_actions_from_many_meetings(default_limit_db: Database) -> None:
    """The city has 34,366 meetings with actions: ``samverkan actions list`` names them all."""
    with default_limit_db.session() as s:
        meeting_ids = [m for m in range(1, MANY + 1)]
        texts = action_sources.source_texts(s, [(ActionSource.MEETING, m) for m in meeting_ids])
        listed = action_reading.list_actions(s, ActionFilter(), TODAY)
    known = {r.source_id for r in listed if r.source_type is ActionSource.MEETING}
    # Every meeting that exists is named; the ids that do not are left out.
    assert {m for _kind, m in texts} == known & set(meeting_ids)
