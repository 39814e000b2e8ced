"""The dates decide a group's standing, not the status it was saved with: a group saved
"Planerad" reads "Aktiv" from its start day (it kept reading "Planerad" until someone changed
it), and a group ended before its start day came reads "Avslutad", not "Planerad" (an explicit
end wins). One rule for the list, its filter, `groups list` and the printouts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.reports import group_structure
from samverkan_desktop.reports.action_plan import build_action_plan
from samverkan_desktop.services import agreements, council_report, group_editing, groups
from samverkan_desktop.services.action_plan_reading import agreement_in_force
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.group_standing import Standing, standing
from tests.core.test_cli import run_cli
from tests.core.test_group_structure_printout import group_id, text_of
from tests.core.test_walks_cli import needs_pdftotext

START = dt.date(2026, 12, 18)
PLANNED = "Arbetsgrupp våldsbejakande extremism"  # the demo's group saved "Planerad"


def test_a_planned_group_is_active_from_its_start_day() -> None:
    before = standing(GroupStatus.PLANNED, START, None, None, START - dt.timedelta(days=1))
    assert before.label() == "Planerad, startar 2026-12-18"
    for day in (START, START + dt.timedelta(days=40)):
        now = standing(GroupStatus.PLANNED, START, None, None, day)
        assert (now.standing, now.label()) == (Standing.ACTIVE, "Aktiv")
    # Past its term it stopped as any other group does.
    over = standing(GroupStatus.PLANNED, START, dt.date(2027, 1, 31), None, dt.date(2027, 2, 1))
    assert over.label() == "Löptiden slutade 2027-01-31"


def test_a_planned_group_without_a_start_day_stays_planned() -> None:
    assert standing(GroupStatus.PLANNED, None, None, None, START).label() == "Planerad"


def test_a_group_ended_before_its_start_reads_ended() -> None:
    now = standing(GroupStatus.ENDED, START, None, START, START - dt.timedelta(days=5))
    assert (now.standing, now.label()) == (Standing.ENDED, "Avslutad 2026-12-18")
    # An end set ahead for a group that has started: it still meets until then.
    later = standing(GroupStatus.ENDED, START, None, dt.date(2027, 3, 31), dt.date(2027, 1, 10))
    assert later.standing is Standing.ACTIVE


def _groups_list(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> list[dict]:
    code, out, _err = run_cli(capsys, "--db", db_url, "groups", "list", "--json", *args)
    assert code == 0
    return json.loads(out)


def test_groups_list_and_its_filter_read_the_dates(
    db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_on = START - dt.timedelta(days=10)
    with db.session() as s:
        group_editing.create_group(
            s,
            GroupInput("Trygghetsvandring Gärdet", GroupType.ARBETSGRUPP, GroupStatus.PLANNED,
                       starts_on=START),
            today=saved_on,
        )  # fmt: skip
        ended = group_editing.create_group(
            s, GroupInput("Arbetsgrupp Tessinparken", GroupType.ARBETSGRUPP, starts_on=START),
            today=saved_on,
        )  # fmt: skip
        # Called off before it began: "End group…" offers its start day.
        group_editing.end_group(s, ended, START, today=saved_on)
    monkeypatch.setattr(clock, "today", lambda: START + dt.timedelta(days=3))
    rows = {row["name"]: row for row in _groups_list(capsys, db_url)}
    assert [(row["status"], row["standing"], row["status_text"]) for row in rows.values()] == [
        ("ended", "ended", "Avslutad 2026-12-18"),
        ("planned", "active", "Aktiv"),
    ]
    assert [r["name"] for r in _groups_list(capsys, db_url, "--standing", "active")] == [
        "Trygghetsvandring Gärdet"
    ]
    assert _groups_list(capsys, db_url, "--standing", "planned") == []
    # Before its start day the ended one is ended still, not planned.
    monkeypatch.setattr(clock, "today", lambda: saved_on)
    planned = _groups_list(capsys, db_url, "--standing", "planned")
    assert [r["name"] for r in planned] == ["Trygghetsvandring Gärdet"]
    (ended_row,) = _groups_list(capsys, db_url, "--standing", "ended")
    assert ended_row["status_text"] == "Avslutad 2026-12-18"


@needs_pdftotext
def test_the_printouts_say_a_planned_group_past_its_start_is_no_longer_planned(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        group = group_id(s, PLANNED)
        start = groups.get_group(s, group).starts_on
        assert start is not None
        after_start = start + dt.timedelta(days=1)
        agreement = agreement_in_force(s, after_start)
        # Under the agreement, to be among the action plan's groups of its area.
        saved = groups.get_group(s, group).to_input()
        areas = agreements.get_agreement(s, agreement).priority_area_ids[:1]
        group_editing.update_group(
            s, group, dataclasses.replace(saved, agreement_id=agreement, priority_area_ids=areas)
        )
        structure = group_structure.build_structure(s, after_start)
        members = group_structure.build_members(s, group, after_start)
        plan = build_action_plan(s, agreement, after_start)
    for pdf in (structure, members, plan):
        words = " ".join(text_of(pdf, tmp_path).split())
        assert PLANNED in words
        assert "planerad" not in words.lower()


def test_the_council_report_tells_a_group_to_start_as_planned_however_saved(
    db: Database, today: dt.date
) -> None:
    start = today + dt.timedelta(days=20)
    names = ("Platssamverkan Gärdet", "Platssamverkan Hjorthagen")
    with db.session() as s:
        for name, status in zip(names, (GroupStatus.ACTIVE, GroupStatus.PLANNED), strict=True):
            group_editing.create_group(
                s, GroupInput(name, GroupType.PLATSSAMVERKAN, status, starts_on=start), today
            )
        report = council_report.council_report(s, today=today)
    told = [(part.name, part.standing.label()) for part in report.place_collaborations]
    assert told == [(name, f"Planerad, startar {start}") for name in names]
