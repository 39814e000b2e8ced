"""The action plan's subtitle keeps "per 2 december 2026 (v. 49)" on one line: the line broke
after "per" and left the day alone under it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.action_plan import build_action_plan
from samverkan_desktop.services.action_plan_reading import agreement_in_force
from tests.core.test_group_structure_printout import text_of

TODAY = dt.date(2026, 12, 2)


def test_the_action_plans_subtitle_keeps_the_day_with_per(
    demo_db: Database, tmp_path: Path
) -> None:
    pdf = demo_db.call(build_action_plan, demo_db.call(agreement_in_force, TODAY), TODAY)
    lines = [line.strip() for line in text_of(pdf, tmp_path).splitlines() if line.strip()]
    assert lines[0] == "Åtgärdsplan"
    subtitle = lines[1:3]
    assert subtitle[0].startswith("Lokal samverkansöverenskommelse Östermalm")
    # The phrase whole on the subtitle's second line, nothing of it left on the first; its
    # dot goes with it (test_printout_subtitle_dots).
    assert subtitle[1] == "· per 2 december 2026 (v. 49)"
