"""The Overview's card "Larm att funktionstesta": the units due for a function test in code
order, and "Visa alla N…" opening Larm → Larm with only "Dags att testa" ticked. Before, no
card said that a unit was due; the coordinator had to open the units list and tick it."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import settings
from samverkan_desktop.services.alarm_tests import TEST_INTERVAL_SETTING
from samverkan_desktop.services.overview import gather
from tests.ui.clicks import click_button, type_text
from tests.ui.openers import area_in_window, overview_card
from tests.ui.tables import column_texts
from tests.ui.tested_units import unit_last_tested
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_the_card_lists_the_units_due_and_show_all_ticks_due_for_a_test(
    qtbot: QtBot, ctx: AppContext
) -> None:
    unit_last_tested(ctx, "LARM-03", None)
    unit_last_tested(ctx, "LARM-01", 10)
    unit_last_tested(ctx, "LARM-02", 120)
    window, area = area_in_window(qtbot, ctx, "alarms", AlarmsArea)
    page = area.units_page
    type_text(qtbot, page.search, "LARM-01")  # left typed from an earlier visit
    page.reload()
    card = overview_card(qtbot, window, "alarm_tests")
    assert card.section.title == "Larm att funktionstesta" and card.section.total == 2
    due_since = (clock.today() - dt.timedelta(days=30)).isoformat()
    assert [(i.title, i.detail) for i in card.section.items] == [
        ("LARM-02", f"Dags för funktionstest sedan {due_since}"),
        ("LARM-03", "Aldrig funktionstestat: testa det nu"),
    ]
    # Both are on the card: the link says where it leads, not "Visa alla 2".
    click_button(qtbot, card, "Öppna i Larm…")
    assert window.current_area_key() == "alarms"
    assert area.tabs.currentWidget() is page
    assert page.search.text() == "" and page.test_due_check.isChecked()
    assert column_texts(page.table, "Kod") == ["LARM-02", "LARM-03"]


def test_the_card_is_empty_without_a_rule(ctx: AppContext) -> None:
    unit_last_tested(ctx, "LARM-01", None)
    ctx.call(settings.set_int, TEST_INTERVAL_SETTING, 0)
    card = next(s for s in ctx.call(gather) if s.key == "alarm_tests")
    assert card.total == 0 and not card.items
    assert card.empty_text == "Ingen regel för funktionstest (Larm → Inställningar…)."
    ctx.call(settings.set_int, TEST_INTERVAL_SETTING, 90)
    card = next(s for s in ctx.call(gather) if s.key == "alarm_tests")
    assert [i.title for i in card.items] == ["LARM-01"]
