"""The fire safety work in the report to the council (the latest inspection up to the period's
end, as the paper's SBA paragraph) and in the Overview (premises due for an inspection)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import prose_date
from samverkan_desktop.models import InspectionResult
from samverkan_desktop.reports.council_report import build
from samverkan_desktop.services import fire_inspections, fire_overview, fire_summary
from samverkan_desktop.services.crisis_nav import decode
from samverkan_desktop.services.fire_inspections import InspectionInput
from tests.core.test_group_structure_printout import text_of

TODAY = dt.date(2026, 11, 20)
PREMISES = "Garnisonen, Karlavägen 104 inkl. receptionen"


@pytest.fixture
def district(db: Database) -> Database:
    with db.session() as s:
        demo.load(s, TODAY)
    return db


def _words(db: Database, first: dt.date, last: dt.date, tmp_path: Path) -> str:
    with db.session() as s:
        pdf = build(s, first, last, TODAY)
    return " ".join(text_of(pdf, tmp_path).split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_council_report_tells_the_latest_inspection_of_the_period(
    district: Database, tmp_path: Path
) -> None:
    words = _words(district, dt.date(2026, 1, 1), TODAY, tmp_path)
    recent = TODAY - dt.timedelta(days=75)
    assert (
        f"Brandskydd (SBA) {PREMISES} besiktigades den {prose_date(recent)} av Brandkonsulterna "
        "Stockholm AB. Resultat: godkänt med anmärkningar. 1 anmärkning följs fortfarande upp. "
        f"Nästa besiktning senast den {prose_date(recent.replace(year=recent.year + 1))}. "
        "3 medarbetare är utrymningsledare."
    ) in words
    # The report on 2021 tells that year's inspection, as the paper did.
    words_2021 = _words(district, dt.date(2021, 1, 1), dt.date(2021, 6, 30), tmp_path)
    assert (
        f"{PREMISES} besiktigades den 11 januari 2021 av Brandkonsulterna Stockholm AB. "
        "Resultat: godkänt. Nästa besiktning senast den 11 januari 2022."
    ) in words_2021


def test_the_page_header_counts_the_evacuation_leaders_and_names_the_network(
    district: Database,
) -> None:
    with district.session() as s:
        summary = fire_summary.summary(s, TODAY)
    assert summary.evacuation_leaders == 3
    assert summary.network == "Nätverk för utrymningsledare"
    assert summary.latest is not None and summary.latest.open_remarks == 1


def test_premises_due_show_in_the_overview_and_lead_to_the_inspection(db: Database) -> None:
    with db.session() as s:
        assert not fire_overview.inspections_due(s, TODAY).items
        inspection_id = fire_inspections.create_inspection(
            s,
            InspectionInput(
                PREMISES, dt.date(2025, 11, 1), "Brandkonsult AB", InspectionResult.APPROVED
            ),
        )
        section = fire_overview.inspections_due(s, TODAY)
    (item,) = section.items
    assert section.title == "Brandskyddsbesiktningar inom 60 dagar"
    assert item.title == PREMISES
    assert item.detail.startswith(
        "Brandskyddsbesiktningen är försenad 19 dagar (skulle göras senast 2026-11-01)"
    )
    assert decode(item.record_id or 0) == ("fire_inspection", inspection_id)
