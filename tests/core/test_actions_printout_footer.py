"""The actions list's footer names the district on every page, as the other printouts' footers
do: "Åtgärder per 2026-12-02 · Östermalms stadsdelsförvaltning · Sida 1 av 4"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import actions_list
from tests.core.test_group_structure_printout import text_of


def test_every_page_foot_names_the_district(demo_db: Database, tmp_path: Path) -> None:
    today = dt.date(2026, 12, 2)
    with demo_db.session() as s:
        pdf = actions_list.build(s, today=today)
    pages = [page for page in text_of(pdf, tmp_path).split("\f") if page.strip()]
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        foot = page.strip().splitlines()[-1].split()
        assert foot[:3] == ["Åtgärder", "per", "2026-12-02"]
        assert foot[3:5] == ["Östermalms", "stadsdelsförvaltning"]
        assert foot[5:] == ["Sida", str(number), "av", str(len(pages))]
