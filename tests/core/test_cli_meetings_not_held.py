"""``meetings list --not-held``: the past meetings still "planned" that the calendar's
"Passerade, ej genomförda" shows, of any date, for a script; with --from or --to it says why not."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.models import Meeting, MeetingStatus
from samverkan_desktop.services.meeting_common import to_utc
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli


def test_not_held_lists_the_past_planned_meetings_of_any_date(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        gid = make_group(s, starts_on=dt.date(2023, 1, 1))
        for day, status in (
            (dt.date(2023, 5, 3), MeetingStatus.PLANNED),
            (dt.date(2024, 5, 8), MeetingStatus.HELD),
            (clock.today() + dt.timedelta(days=7), MeetingStatus.PLANNED),
        ):
            start = to_utc(at(day, 9))
            s.add(Meeting(group_id=gid, starts_at=start, ends_at=start + dt.timedelta(hours=1),
                          status=status))  # fmt: skip
    db.dispose()
    code, out, err = run_cli(capsys, "--db", sqlite_url, "meetings", "list", "--not-held", "--json")
    assert (code, err) == (0, "")
    assert [(m["start"][:10], m["status"]) for m in json.loads(out)] == [("2023-05-03", "planned")]
    code, out, err = run_cli(
        capsys, "--db", sqlite_url, "meetings", "list", "--not-held", "--from", "2023-01-01"
    )
    assert code == 1
    assert "--not-held visar alla passerade datum: utelämna --from och --to." in err
