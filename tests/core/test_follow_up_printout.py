"""The follow-up printed (read back with pdftotext as a person reads it) and from the command
line: ``samverkan print followup --period t1|t2|vb [--year Y] --out FILE.pdf``."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import local
from samverkan_desktop.models import Decision, Group, GroupType, Meeting
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services.follow_up import FollowUpPeriod, follow_up, last_ended_period
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.core.meeting_data import make_group
from tests.core.test_cli import run_cli
from tests.core.test_follow_up import _action, _follow
from tests.core.test_group_structure_printout import text_of

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def _year_of_the_last_decisions(session: Session) -> int:
    """The year of the demo's latest meeting with decisions: last year's early in January."""
    latest = session.scalars(
        select(Meeting.starts_at).join(Decision).order_by(Meeting.starts_at.desc()).limit(1)
    ).one()
    return local(latest).year


def test_the_follow_up_of_the_year_sums_up_then_shows_each_group(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        year = _year_of_the_last_decisions(s)
        pdf = build_follow_up(s, FollowUpPeriod.VB, year, dt.date(year, 12, 31))
    words = " ".join(text_of(pdf, tmp_path).split())
    assert f"Uppföljning VB (helår) {year}" in words
    assert f"1 januari – 31 december {year} · per 31 december {year} (v. " in words
    assert f"{year}-01-01 – {year}-12-31" not in words  # in words, as the council's
    assert "Grupp Hållna möten Klara åtgärder Öppna Försenade" in words
    # The structure's order: the steering group's section before the preparation group's.
    assert words.index("Lokal styrgrupp Östermalm Styrgrupp") < words.index(
        "Lokal beredningsgrupp Östermalm Beredningsgrupp"
    )
    assert "Beslut" in words and "Åtgärder" in words and "hållna (" in words


def test_no_group_followed_up_says_so(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        assert s.query(Group).count() == 0
        pdf = build_follow_up(s, FollowUpPeriod.T2, 2026, dt.date(2026, 12, 1))
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "Ingen grupp följs upp vid T2 (maj–aug)." in text


def test_printed_from_the_command_line_with_the_period_in_swedish_too(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], today: dt.date
) -> None:
    year = today.year  # the demo's meetings are around today
    url = str(demo_db.engine.url.render_as_string(hide_password=False))
    out = tmp_path / "uppfoljning.pdf"
    code, said, _err = run_cli(
        capsys,
        "--db",
        url,
        "print",
        "followup",
        "--period",
        "VB",
        "--year",
        str(year),
        "--out",
        str(out),
    )
    assert code == 0 and f"Sparade {out}" in said
    assert f"Uppföljning VB (helår) {year}" in text_of(out.read_bytes(), tmp_path)
    code, _said, _err = run_cli(
        capsys, "--db", url, "print", "followup", "--period", "T1 (jan–apr)", "--out", str(out)
    )
    assert code == 0 and "Uppföljning T1 (jan–apr)" in text_of(out.read_bytes(), tmp_path)
    code, _said, err = run_cli(
        capsys, "--db", url, "print", "followup", "--period", "t3", "--out", str(out)
    )
    assert code == 1 and "--period" in err and "t1" in err and "Traceback" not in err


def test_an_action_raised_in_the_period_and_done_after_it_reads_done_not_closed(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Arbetsgrupp brottsoffer")
        _follow(s, group_id, t1=False, t2=True, vb=True)
        _action(s, "Bjud in", dt.date(2026, 6, 4), group_id=group_id, done=dt.date(2026, 9, 3))
        _action(s, "Avslå", dt.date(2026, 6, 4), group_id=group_id, rejected=dt.date(2026, 7, 1))
    with db.session() as s:
        pdf = build_follow_up(s, FollowUpPeriod.T2, 2026, dt.date(2026, 12, 1))
    words = " ".join(text_of(pdf, tmp_path).split())
    assert "Klar 2026-09-03" in words and "Avvisad 2026-07-01" in words
    assert "Avslutad" not in words


def test_what_a_group_wrote_is_printed_under_its_figures_as_bullets(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        written = make_group(s, "Ungdomar – Tobakstillsyn")
        silent = make_group(s, "Platssamverkan Klara", type=GroupType.PLATSSAMVERKAN)
        for group_id in (written, silent):
            _follow(s, group_id, t1=True, t2=False, vb=True)
        save_texts(
            s,
            written,
            FollowUpPeriod.T1,
            2026,
            "- Fyra gemensamma tillsynstillfällen genomförda\n\n• Inga beslag har gjorts på tobak",
            "Fortsätta med samma mötesfrekvens och agenda",
        )
    with db.session() as s:
        pdf = build_follow_up(s, FollowUpPeriod.T1, 2026, dt.date(2026, 5, 10))
    lines = [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]
    lines = [line for line in lines if line]
    done = lines.index("Vad har vi gjort")
    assert lines[done - 1].startswith("Möten")  # under the group's figures
    assert lines[done + 1 : done + 3] == [
        "• Fyra gemensamma tillsynstillfällen genomförda",
        "• Inga beslag har gjorts på tobak",
    ]
    assert lines[done + 3 : done + 5] == [
        "Hur fortsätter vi",
        "• Fortsätta med samma mötesfrekvens och agenda",
    ]
    # Only the group that wrote has the headings; the other prints as before.
    assert lines.count("Vad har vi gjort") == 1 and lines.count("Hur fortsätter vi") == 1
    assert "- Fyra" not in " ".join(lines) and "• •" not in " ".join(lines)


def test_the_demo_has_written_follow_ups_for_the_latest_period_ended(
    demo_db: Database, tmp_path: Path
) -> None:
    period, year = last_ended_period(clock.today())
    assert period.span(year)[1] < clock.today()
    with demo_db.session() as s:
        pdf = build_follow_up(s, period, year)
    text = text_of(pdf, tmp_path)
    assert text.count("Vad har vi gjort") == 3 and text.count("Hur fortsätter vi") == 3
    assert "• Fortsätta med samma mötesfrekvens och agenda" in text


def test_the_demo_groups_have_met_in_each_period_ended_this_year(demo_db: Database) -> None:
    """T1 of all zeros, or "0 hållna" above what a group wrote, would contradict the texts."""
    today = clock.today()
    year = last_ended_period(today)[1]
    ended = [p for p in FollowUpPeriod if p.span(year)[1] < today]
    assert ended
    with demo_db.session() as s:
        for period in ended:
            report = follow_up(s, period, year, today)
            assert report.groups
            for group in report.groups:
                assert group.held_dates, (period, group.name)


@pytest.mark.parametrize(
    ("today", "period", "year"),
    [
        (dt.date(2027, 1, 4), FollowUpPeriod.VB, 2026),
        (dt.date(2027, 4, 30), FollowUpPeriod.VB, 2026),
        (dt.date(2027, 5, 1), FollowUpPeriod.T1, 2027),
        (dt.date(2027, 9, 1), FollowUpPeriod.T2, 2027),
        (dt.date(2027, 12, 31), FollowUpPeriod.T2, 2027),
    ],
)
def test_the_latest_period_ended(today: dt.date, period: FollowUpPeriod, year: int) -> None:
    assert last_ended_period(today) == (period, year)
