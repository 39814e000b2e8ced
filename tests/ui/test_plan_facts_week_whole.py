"""Kris och övningar → Planer, the situation picture chosen at 1024 × 768 and at 1280 × 800, in
the program's own style: its adoption and next revision keep each date with its week, and the
days left whole. In the facts' narrow column the next revision read "2027-01-25 (v." over
"4) – om 51" over "dagar" at 1024 px, "… om 51" over "dagar" at 1280 (seen under Xvfb)."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import chosen_plan
from tests.ui.own_style import LookAt
from tests.ui.text_fit import wrapped_lines
from ui.main_window import MainWindow

PLAN = "Lokal lägesbild Östermalm"
WEEK = re.compile(r"\d{4}-\d\d-\d\d \(v\. \d+\)")  # a date with its week, on one line
DAYS = re.compile(r"(om \d+ dagar?|\d+ dagar? försenad|i dag)")


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_a_plans_dates_keep_their_weeks(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
) -> None:
    def look(window: MainWindow) -> dict[str, list[str]]:
        facts = chosen_plan(qtbot, window, PLAN).facts
        return {key: wrapped_lines(facts.value_label(key)) for key in ("adopted", "next")}

    seen = look_at_demo(size, look)
    for key, lines in seen.items():
        assert any(WEEK.search(line) for line in lines), (key, lines)
    assert any(DAYS.search(line) for line in seen["next"]), seen
