"""The agreement's yearly revision is recorded, not overwritten: the earlier choice stays for the
reports of its period, the council report names the signing and the latest revision, the form
corrects the revision in force, refusals name the date, the trail and `agreements show` have
it; migration 0033 makes the stored agreement its first revision. On SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.reports.action_plan import build_action_plan
from samverkan_desktop.reports.council_report import build
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.reports.group_structure import build_structure
from samverkan_desktop.services import agreements, audit, council_report, groups
from samverkan_desktop.services.agreement_revisions import RevisionInput, revise_agreement
from samverkan_desktop.services.follow_up import FollowUpPeriod, follow_up
from tests.core.database_rules import refused, rows
from tests.core.migration_steps import migrate, revision
from tests.core.test_agreements import _agreement, _input
from tests.core.test_cli import run_cli
from tests.core.test_group_structure_printout import text_of

TODAY = dt.date(2026, 12, 3)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _areas(db: Database) -> dict[str, int]:
    return {a.name: a.id for a in db.call(groups.list_priority_areas)}


def _revise(db: Database, agreement: int, day: dt.date, *names: str, **more: object) -> None:
    ids = tuple(_areas(db)[name] for name in names)
    db.call(revise_agreement, agreement, RevisionInput(day, ids, **more))  # type: ignore[arg-type]


def test_a_revision_keeps_the_earlier_choice_for_its_period(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    signed = db.call(agreements.get_agreement, agreement)
    before = list(signed.priority_areas)
    assert [(r.revised_on, r.first) for r in signed.revisions] == [(dt.date(2020, 2, 21), True)]
    _revise(
        db,
        agreement,
        TODAY,
        *before,
        "Våldsbejakande extremism",
        decided_by="Styrgruppen",
        note="Lägesbilden uppdaterad.",
    )

    detail = db.call(agreements.get_agreement, agreement)
    assert "Våldsbejakande extremism" in detail.priority_areas
    assert detail.signed_on == dt.date(2020, 2, 21)  # the signing stays
    first, latest = detail.revisions
    assert list(first.priority_areas) == before  # not overwritten
    assert latest.added == ("Våldsbejakande extremism",) and latest.removed == ()
    assert latest.line == (
        "Reviderad 2026-12-03: Våldsbejakande extremism tillkom. Lägesbilden uppdaterad."
    )
    assert detail.next_revision == dt.date(2027, 12, 3)

    with db.session() as s:
        spring = council_report.council_report(
            s, dt.date(2026, 1, 1), dt.date(2026, 6, 30), TODAY
        ).agreement
        year = council_report.council_report(s, today=TODAY).agreement
    assert spring is not None and year is not None
    assert list(spring.priority_areas) == before and spring.revised is None
    assert len(year.priority_areas) == len(before) + 1
    assert year.revised is not None and year.revised.decided_by == "Styrgruppen"
    assert year.signed_on == dt.date(2020, 2, 21)


def test_the_council_report_prints_the_signing_and_the_latest_revision(
    db: Database, tmp_path: Path
) -> None:
    agreement, _sdf, _police = _agreement(db)
    _revise(db, agreement, dt.date(2026, 2, 22), "Skolan som brottsplats")
    with db.session() as s:
        pdf = build(s, dt.date(2026, 1, 1), TODAY, TODAY)
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "Signerad den 21 februari 2020 av Stadsdelsdirektör; lokalpolisområdeschef." in text
    assert (
        "Senast reviderad den 22 februari 2026:" in text
        and "Skolan som brottsplats tillkom" in text
    )
    assert "Senast signerad" not in text
    assert "Ett område prioriteras i samverkan" in text


def test_the_structure_appendix_names_the_revision_in_force(db: Database, tmp_path: Path) -> None:
    agreement, _sdf, _police = _agreement(db)
    signed = " ".join(text_of(db.call(build_structure, TODAY), tmp_path).split())
    assert "Revidering var 12:e månad Prioriterade" in signed  # the signing has its own row

    _revise(db, agreement, dt.date(2026, 2, 22), "Skolan som brottsplats", note="Ny lägesbild.")
    text = " ".join(text_of(db.call(build_structure, TODAY), tmp_path).split())
    assert (
        "Revidering var 12:e månad Reviderad 22 februari 2026: Skolan som brottsplats tillkom;"
        in text
    )
    assert "utgick. Ny lägesbild. Prioriterade områden Skolan som brottsplats Bilagor" in text
    # Read as of a day before it, the appendix shows the agreement as signed.
    before = " ".join(text_of(db.call(build_structure, dt.date(2026, 1, 10)), tmp_path).split())
    assert "Reviderad 22 februari 2026" not in before


def test_the_follow_up_names_the_revision_in_force_at_its_end(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    _revise(db, agreement, dt.date(2026, 6, 15), "Ordningsvakter")
    with db.session() as s:
        t1 = follow_up(s, FollowUpPeriod.T1, 2026, TODAY).agreement
        t2 = follow_up(s, FollowUpPeriod.T2, 2026, TODAY).agreement
    assert t1 is not None and t1.revision.first
    assert t2 is not None and t2.revision.revised_on == dt.date(2026, 6, 15)
    assert "Ordningsvakter tillkom" in t2.line


def test_the_action_plan_and_the_follow_up_write_the_revision_s_day_in_words(
    db: Database, tmp_path: Path
) -> None:
    """Their line under the subtitle is running text, as the subtitle is ("per 3 december
    2026"): "Reviderad 22 februari 2026: …", not an ISO date in a sentence. The window's and
    the command line's list of revisions keep the ISO date of their other rows."""
    agreement, _sdf, _police = _agreement(db)
    _revise(db, agreement, dt.date(2026, 2, 22), "Ordningsvakter", note="Ny lägesbild.")
    with db.session() as s:
        plan = build_action_plan(s, agreement, TODAY)
        t1 = build_follow_up(s, FollowUpPeriod.T1, 2026, TODAY)
    for pdf in (plan, t1):
        text = " ".join(text_of(pdf, tmp_path).split())
        assert "Reviderad 22 februari 2026: Ordningsvakter tillkom" in text
        assert "2026-02-22" not in text
    latest = db.call(agreements.get_agreement, agreement).revisions[-1]
    assert latest.line.startswith("Reviderad 2026-02-22: Ordningsvakter tillkom")


def test_refused_revisions_name_the_date(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    with pytest.raises(ValidationError) as future:
        _revise(db, agreement, TODAY + dt.timedelta(days=1))
    assert future.value.field == "revised_on"
    with pytest.raises(ValidationError) as earlier:
        _revise(db, agreement, dt.date(2020, 2, 21))
    assert "2020-02-21" in str(earlier.value) and earlier.value.field == "revised_on"
    with pytest.raises(ValidationError) as missing:
        _revise(db, agreement, None)  # type: ignore[arg-type]
    assert missing.value.field == "revised_on"
    assert len(db.call(agreements.get_agreement, agreement).revisions) == 1  # nothing half-made
    # The database keeps one revision a day, whatever writes to it.
    refused(
        db,
        "INSERT INTO agreement_revisions (agreement_id, revised_on) VALUES (:a, :d)",
        a=agreement,
        d=dt.date(2020, 2, 21),
    )


def test_the_form_corrects_the_revision_in_force_and_not_the_history(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    areas = _areas(db)
    _revise(db, agreement, dt.date(2026, 2, 22), "Ordningsvakter")
    detail = db.call(agreements.get_agreement, agreement)
    first_choice = detail.revisions[0].priority_areas
    corrected = dataclasses.replace(
        _input(None),
        parties=tuple((p.organisation_id, p.case_number) for p in detail.parties),
        priority_area_ids=(areas["Kameraövervakning"],),
        expected_version=detail.version,
    )
    db.call(agreements.update_agreement, agreement, corrected)
    after = db.call(agreements.get_agreement, agreement)
    assert after.revisions[0].priority_areas == first_choice
    assert after.revisions[-1].priority_areas == ("Kameraövervakning",)
    assert len(after.revisions) == 2

    too_late = dataclasses.replace(
        corrected, signed_on=dt.date(2026, 3, 1), expected_version=after.version
    )
    with pytest.raises(ValidationError) as refused:
        db.call(agreements.update_agreement, agreement, too_late)
    assert refused.value.field == "signed_on" and "2026-02-22" in str(refused.value)


def test_a_stale_revision_is_refused(db: Database) -> None:
    agreement, _sdf, _police = _agreement(db)
    version = db.call(agreements.get_agreement, agreement).version
    _revise(db, agreement, dt.date(2026, 2, 22), expected_version=version)
    with pytest.raises(ConflictError):
        _revise(db, agreement, TODAY, expected_version=version)


def test_the_trail_and_the_command_line_show_the_revision(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    agreement, _sdf, _police = _agreement(db)
    _revise(db, agreement, TODAY, "Ordningsvakter", decided_by="Styrgruppen")
    with db.session() as s:
        found = audit.history(s, "agreements", agreement)
    (recorded,) = [row for row in found if "2026-12-03" in row.part]
    assert recorded.part.startswith("Revidering av överenskommelsen")
    fields = {c.label: c.new for c in recorded.changes}
    assert (
        fields["Beslutad av"] == "Styrgruppen"
        and "Ordningsvakter" in fields["Prioriterade områden"]
    )

    code, out, _err = run_cli(
        capsys, "--db", db.url, "agreements", "show", str(agreement), "--json"
    )
    assert code == 0
    shown = json.loads(out)["revisions"]
    assert [r["revised_on"] for r in shown] == ["2020-02-21", "2026-12-03"]
    assert shown[1]["added"] == ["Ordningsvakter"] and shown[1]["decided_by"] == "Styrgruppen"


def test_down_to_0032_and_up_again_makes_the_stored_agreement_its_first_revision(
    db: Database,
) -> None:
    agreement, _sdf, _police = _agreement(db)
    chosen = db.call(agreements.get_agreement, agreement).priority_areas
    _revise(db, agreement, TODAY, "Ordningsvakter")
    migrate(db, "0032_walk_exercise_times")
    assert not {"agreement_revisions", "agreement_revision_priority_areas"} & {
        str(r["name"]) for r in rows(db, _TABLES[db.engine.dialect.name])
    }
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    detail = db.call(agreements.get_agreement, agreement)
    # The agreement as it stood (the latest choice) is its first revision, dated its signing.
    assert [(r.revised_on, r.decided_by, r.first) for r in detail.revisions] == [
        (dt.date(2020, 2, 21), "Stadsdelsdirektör; lokalpolisområdeschef", True)
    ]
    assert detail.revisions[0].priority_areas == ("Ordningsvakter",) != chosen
    assert detail.next_revision == dt.date(2021, 2, 21)


_TABLES = {
    "sqlite": "SELECT name FROM sqlite_master WHERE type = 'table'",
    "postgresql": "SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()",
}
