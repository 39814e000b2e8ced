"""A meeting rule's start or end written as Swedes write it: "från 14 januari", "fr.o.m. 14/1",
"t.o.m. 30 juni". The reader took only 2027-01-14 ("Förstod inte: ”från”"); a day without a
year is its coming turn, so "från 14 januari" written in December starts next January. A day
no calendar has ("31/2") is named."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.meeting_data import make_group
from tests.ui.openers import read_rule, rule_dialog
from ui.context import AppContext
from ui.groups.rule_dialog import RuleDialog

TODAY = dt.date(2026, 12, 2)
GROUP = "Lokal beredningsgrupp Testtorget"


@pytest.fixture
def dialog(qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> RuleDialog:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    group_id = demo_ctx.call(make_group, GROUP, starts_on=dt.date(2025, 2, 1))
    return rule_dialog(qtbot, demo_ctx, group_id, GROUP)


@pytest.mark.parametrize(
    "phrase", ["varannan torsdag från 14 januari", "varannan torsdag fr.o.m. 14/1"]
)
def test_a_start_without_a_year_is_the_coming_one(
    qtbot: QtBot, dialog: RuleDialog, phrase: str
) -> None:
    read_rule(qtbot, dialog, phrase)
    assert not dialog.phrase_error.isVisible()
    assert dialog.fields.starts_on.date().toString("yyyy-MM-dd") == "2027-01-14"
    qtbot.waitUntil(lambda: dialog.date_texts()[:2] == ["Tor 2027-01-14", "Tor 2027-01-28"])


def test_an_end_without_a_year_follows_the_start(qtbot: QtBot, dialog: RuleDialog) -> None:
    read_rule(qtbot, dialog, "1 gång/månad från 14 januari t.o.m. 30 juni")
    assert dialog.fields.until.value() == dt.date(2027, 6, 30)
    qtbot.waitUntil(
        lambda: "från och med 2027-01-14 till och med 2027-06-30" in dialog.read_back_text()
    )


def test_a_day_no_calendar_has_is_named(qtbot: QtBot, dialog: RuleDialog) -> None:
    read_rule(qtbot, dialog, "varje tisdag från 31/2")
    assert dialog.phrase_error.isVisible()
    assert dialog.phrase_error.text().endswith("”31/2” är inte ett datum.")


@pytest.mark.parametrize(
    "phrase", ["varannan torsdag från 14 januari", "1 gång/månad (ej juli) fr o m 14 januari"]
)
def test_the_start_given_is_read_back(qtbot: QtBot, dialog: RuleDialog, phrase: str) -> None:
    read_rule(qtbot, dialog, phrase)
    qtbot.waitUntil(lambda: "från och med 2027-01-14" in dialog.read_back_text())


def test_an_end_is_read_back_with_the_start(qtbot: QtBot, dialog: RuleDialog) -> None:
    read_rule(qtbot, dialog, "varje tisdag t.o.m. 30 juni")
    qtbot.waitUntil(
        lambda: "från och med 2026-12-02 till och med 2027-06-30" in dialog.read_back_text()
    )
