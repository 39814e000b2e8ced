"""The meeting-rule dialog reads "N ggr/termin" (it said "Förstod inte"): the months of each term
are marked in the fields, read back and listed among the next meetings."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.openers import read_rule, rule_dialog
from tests.ui.text_fit import plain
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog
from ui.groups.rule_fields import ONLY_MONTHS

TODAY = dt.date(2026, 12, 2)
GROUP = "Lokal beredningsgrupp Testtorget"


@pytest.fixture
def dialog(qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> RuleDialog:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group_id = demo_ctx.call(make_group, GROUP, starts_on=dt.date(2025, 2, 1))
    return rule_dialog(qtbot, demo_ctx, group_id, GROUP)


def test_twice_a_term_marks_and_reads_back_the_months(qtbot: QtBot, dialog: RuleDialog) -> None:
    read_rule(qtbot, dialog, "2 ggr/termin kl 13-15")
    assert not dialog.phrase_error.isVisible()
    fields = dialog.fields
    assert fields.month_mode.currentIndex() == ONLY_MONTHS
    assert [n + 1 for n, b in enumerate(fields.months) if b.isChecked()] == [3, 6, 9, 11]
    qtbot.waitUntil(
        lambda: plain(dialog.read_back_text()).startswith(
            "Första tisdagen i mars, juni, september och november kl. 13.00–15.00"
        )
    )
    assert {d[4:11] for d in dialog.date_texts()[:4]} == {
        "2027-03",
        "2027-06",
        "2027-09",
        "2027-11",
    }


def test_a_count_a_term_cannot_hold_is_said_beside_the_line(
    qtbot: QtBot, dialog: RuleDialog
) -> None:
    read_rule(qtbot, dialog, "6 ggr/termin")
    assert dialog.phrase_error.isVisible()
    assert dialog.phrase_error.text().endswith("höstterminen har 5 månader med möten.")
