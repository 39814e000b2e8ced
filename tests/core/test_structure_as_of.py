"""The structure appendix printed as of an earlier day reads as the structure stood then: the
priority areas of the agreement's revision in force that day (not today's), and in each group
those who sat in it that day (one who has left since is still told, one who joined later is
not). From the window's code path and from `samverkan print structure --date`."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, MemberRole
from samverkan_desktop.reports.group_structure import build_structure
from samverkan_desktop.services import contacts, group_editing, groups, membership_changes
from samverkan_desktop.services.agreement_revisions import RevisionInput, revise_agreement
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.test_agreements import _agreement
from tests.core.test_cli import run_cli
from tests.core.test_group_structure_printout import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

SPRING = dt.date(2026, 3, 2)
JUNE = dt.date(2026, 6, 15)
SEPTEMBER = dt.date(2026, 9, 1)
APRIL = dt.date(2026, 4, 1)
TODAY = dt.date(2026, 12, 3)
GROUP = "Platssamverkan Stureplan"


def _on(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


@pytest.fixture
def history(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """An agreement signed with two areas and revised on 1 September to a third only; a
    group where the centre manager sat from March to mid-June and the operations manager
    joined in September (the appendix names members by function)."""
    agreement, _sdf, _police = _agreement(db)
    with db.session() as s:
        areas = groups.list_priority_areas(s)
        group = group_editing.create_group(
            s, GroupInput(GROUP, GroupType.PLATSSAMVERKAN, starts_on=dt.date(2026, 1, 1))
        )
        lina = contacts.create_person(s, contacts.PersonInput("Lina Ek", title="Centrumchef"))
        omar = contacts.create_person(s, contacts.PersonInput("Omar Saleh", title="Driftchef"))
    _on(monkeypatch, SPRING)
    first = db.call(membership_changes.add_member, group, lina, MemberRole.MEMBER)
    _on(monkeypatch, JUNE)
    db.call(membership_changes.remove_member, first)
    _on(monkeypatch, SEPTEMBER)
    db.call(membership_changes.add_member, group, omar, MemberRole.MEMBER)
    db.call(revise_agreement, agreement, RevisionInput(SEPTEMBER, (areas[5].id,)))
    _on(monkeypatch, TODAY)
    return db


def _words(pdf: bytes, tmp_path: Path) -> str:
    return " ".join(text_of(pdf, tmp_path).split())


def _area_row(words: str) -> str:
    """The agreement's "Prioriterade områden" row (the revision row names dropped areas too)."""
    return words.split("Prioriterade områden", 1)[1].split("Bilagor", 1)[0]


def _areas(db: Database) -> list[str]:
    return [a.name for a in db.call(groups.list_priority_areas)]


def test_an_earlier_day_prints_that_days_priority_areas_and_members(
    history: Database, tmp_path: Path
) -> None:
    names = _areas(history)
    signed, revised = names[:2], names[5]
    spring = _words(history.call(build_structure, APRIL), tmp_path)
    assert "per 1 april 2026 (v. 14)" in spring
    chosen = _area_row(spring)
    assert all(name in chosen for name in signed) and revised not in chosen
    assert "Centrumchef" in spring and "Driftchef" not in spring

    now = _words(history.call(build_structure, TODAY), tmp_path)
    chosen = _area_row(now)
    assert revised in chosen and not any(name in chosen for name in signed)
    assert "Driftchef" in now and "Centrumchef" not in now


def test_samverkan_print_structure_takes_the_day(
    history: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = history.engine.url.render_as_string(hide_password=False)
    out = tmp_path / "struktur.pdf"
    code, _out, _err = run_cli(
        capsys, "--db", url, "print", "structure", "--date", "2026-04-01", "--out", str(out)
    )
    assert code == 0
    spring = _words(out.read_bytes(), tmp_path)
    assert "Centrumchef" in spring and "Driftchef" not in spring
    assert _areas(history)[0] in _area_row(spring)
    code, _out, _err = run_cli(capsys, "--db", url, "print", "structure", "--out", str(out))
    assert code == 0
    assert "Driftchef" in _words(out.read_bytes(), tmp_path)  # today by default
    code, _out, err = run_cli(
        capsys, "--db", url, "print", "structure", "--date", "1 april", "--out", str(out)
    )
    assert code != 0 and "Traceback" not in err
