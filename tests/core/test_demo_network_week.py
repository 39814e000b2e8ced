"""The example district's Thursday network: whatever day the demo is loaded (a Wednesday, the
Monday after Ascension Day, the Monday after Christmas, when holidays took the Thursdays), the
SLK network has a meeting with minutes this week or the week before, whose items Friday's
summary can import, the decisions under them included."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock, demo
from samverkan_desktop.db import Database
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import brief_imports, weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek


@pytest.mark.parametrize(
    "today",
    [dt.date(2026, 12, 2), dt.date(2026, 5, 18), dt.date(2025, 12, 29)],
    ids=["wednesday", "after-ascension", "after-christmas"],
)
def test_the_demos_network_minutes_can_be_imported(
    db: Database, today: dt.date, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: today)
    with db.session() as s:
        demo.load(s, today)
    week = BriefWeek.of(today)
    found = [
        m
        for w in (week.moved(-1), week)
        for m in db.call(brief_imports.minuted_meetings, w, into=week, today=today)
        if m.source is BriefSource.SLK
    ]
    assert found, "no minuted SLK meeting this week or the week before"
    latest = found[-1]
    assert [i.heading for i in latest.items] == [
        "Information från SLK",
        "Läget i staden inför helgen",
        "Laget runt – bolag och förvaltningar",
    ]
    assert "Beslut:\n- Varje förvaltning anmäler två deltagare" in (latest.items[0].text or "")
    ids = [i.agenda_item_id for i in latest.items]
    result = db.call(brief_imports.import_items, week, latest.meeting_id, ids, today=today)
    assert len(result.added) == 3
    items = db.call(weekly_briefs.get_brief, week).items
    assert [i.source for i in items] == 3 * [BriefSource.SLK]
