"""A group that has stopped meeting reads so everywhere it is listed or printed: ended
("avslutad 2026-11-30") or past its term ("löptiden slutade 2026-12-24"), in `groups list`, the
structure appendix, the council report and the follow-up, instead of "Möts 2 gånger/år …" as if
it still met; the printouts write the day as their prose does ("avslutad 30 november 2026"). A
report of an earlier period tells the group as it was then."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import prose_date
from samverkan_desktop.reports import council_report, follow_up, group_structure
from samverkan_desktop.services import group_editing, groups
from samverkan_desktop.services.follow_up import FollowUpPeriod
from tests.core.test_cli import run_cli
from tests.core.test_group_structure_printout import group_id, text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

COUNCIL = "Trygghetsråd Östermalm"  # meets "2 gånger/år juni och dec"
SCHOOL = "Arbetsgrupp skolan som brottsplats"  # the demo's term ends three weeks from today
TWICE = "2 gånger/år juni och dec"


def _words(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(text_of(pdf, tmp_path).split())


def _term_of_school(db: Database) -> dt.date:
    with db.session() as s:
        term = groups.get_group(s, group_id(s, SCHOOL)).term_until
    assert term is not None
    return term


def _end_council(db: Database, on: dt.date) -> None:
    with db.session() as s:
        group_editing.end_group(s, group_id(s, COUNCIL), on, today=on)


def test_groups_list_says_ended_and_term_over_in_its_table_and_json(
    demo_db: Database, db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch
) -> None:
    ended = clock.today()
    _end_council(demo_db, ended)
    term = _term_of_school(demo_db)
    monkeypatch.setattr(clock, "today", lambda: term + dt.timedelta(days=17))
    code, out, _err = run_cli(capsys, "--db", db_url, "groups", "list", "--json")
    assert code == 0
    rows = {row["name"]: row for row in json.loads(out)}
    assert rows[SCHOOL]["status"] == "active"  # as stored: nobody ended it
    assert rows[SCHOOL]["standing"] == "term_over"
    assert rows[SCHOOL]["status_text"] == f"Löptiden slutade {term.isoformat()}"
    assert rows[COUNCIL]["standing"] == "ended"
    assert rows[COUNCIL]["ended_on"] == ended.isoformat()
    assert rows["Lokal styrgrupp Östermalm"]["status_text"] == "Aktiv"
    code, out, _err = run_cli(capsys, "--db", db_url, "groups", "list")
    lines = {line.split("  ")[1].strip(): line for line in out.splitlines()[2:]}
    assert f"Löptiden slutade {term.isoformat()}" in lines[SCHOOL]
    assert f"Avslutad {ended.isoformat()}" in lines[COUNCIL]


def test_the_structure_marks_a_group_past_its_term_and_drops_its_frequency(
    demo_db: Database, tmp_path: Path
) -> None:
    term = _term_of_school(demo_db)
    with demo_db.session() as s:
        before = _words(group_structure.build_structure(s, term), tmp_path)
        after = _words(group_structure.build_structure(s, term + dt.timedelta(days=1)), tmp_path)
    assert f"{SCHOOL} (löptiden slutade" not in before
    assert "Möts 1 gång/månad (ej juni–aug)" in before.split(SCHOOL)[1].split("Platssamverkan")[0]
    school = after.split(f"{SCHOOL} (löptiden slutade {prose_date(term)})")[1]
    assert "Möts" not in school.split("Deltagare")[0]


def test_the_council_report_tells_a_group_ended_in_its_period_and_leaves_out_one_ended_before(
    demo_db: Database, tmp_path: Path
) -> None:
    today = clock.today()
    ended = today  # not before: the demo's council held its meetings until yesterday
    _end_council(demo_db, ended)
    with demo_db.session() as s:
        this_year = _words(
            council_report.build(s, dt.date(today.year, 1, 1), today, today), tmp_path
        )
        later = _words(
            council_report.build(s, today + dt.timedelta(days=1), today + dt.timedelta(days=60)),
            tmp_path,
        )
        before = _words(
            council_report.build(s, dt.date(today.year, 1, 1), ended - dt.timedelta(days=1)),
            tmp_path,
        )
    council = this_year.split(f"{COUNCIL} Trygghetsråd (avslutad {prose_date(ended)})")[1]
    assert f"Möts {TWICE}" not in council.split("Arbetar också")[0]
    assert "Möten under perioden" in council
    assert COUNCIL not in later
    # Before its end it still met: told as it was then.
    assert f"{COUNCIL} Trygghetsråd Syfte" in before
    assert f"Möts {TWICE}" in before.split(COUNCIL)[1]


def test_the_follow_up_heads_an_ended_group_with_its_end_and_holds_only_our_groups(
    demo_db: Database, tmp_path: Path
) -> None:
    today = clock.today()
    _end_council(demo_db, today)
    with demo_db.session() as s:
        words = _words(follow_up.build_follow_up(s, FollowUpPeriod.VB, today.year), tmp_path)
    assert f"{COUNCIL} Trygghetsråd (avslutad {prose_date(today)})" in words
    assert "Norrmalms trygghets- och säkerhetsråd" not in words  # Norrmalm's own to follow up


def test_the_council_report_leaves_out_another_districts_council_and_says_where_others_are(
    demo_db: Database, tmp_path: Path
) -> None:
    today = clock.today()
    with demo_db.session() as s:
        words = _words(council_report.build(s, dt.date(today.year, 1, 1), today, today), tmp_path)
    # The demo's Norrmalm council: its "Kontaktperson sdf" works for Norrmalm.
    assert "Norrmalms trygghets- och säkerhetsråd" not in words
    assert (
        "Arbetar också med området: Platssamverkan Stureplan/Östermalmstorg (se Platssamverkan)."
        in words
    )
    assert "se ovan eller nedan" not in words
