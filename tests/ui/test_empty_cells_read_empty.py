"""A value not given reads as the window's one empty value (ui/widgets/wording.EMPTY, "–") where
a coordinator reads it: an action with no due date in Åtgärder's "Klart senast", a plan with no
revision interval in the plans register's "Nästa revidering", an inspection without remarks in
Brandskydd's "Anmärkningar", a place prioritised without a reason in its pane ("2026: –"). They
once wrote the dash themselves, so a change of the empty value would have left them behind.
(A decision under no agenda item: test_meeting_decisions_readable.)"""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models.crisis import PlanKind
from samverkan_desktop.models.fire_safety import InspectionResult
from samverkan_desktop.services import actions, contacts, fire_inspections, places, plans
from tests.ui.clicks import click_tab
from tests.ui.openers import actions_with_rows, area_in_window, crisis_tab
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.wording import EMPTY

ACTION = "Se över belysningen i gångtunneln"
PLAN = "Plan för höjd beredskap"
PREMISES = "Fältkontoret, Storgatan 1"
PLACE = "Tessinparken"


def test_an_action_without_a_due_date_reads_empty(qtbot: QtBot, ctx: AppContext) -> None:
    who = ctx.call(contacts.create_organisation, contacts.OrganisationInput("Polisen Östermalm"))
    ctx.call(actions.create_action, actions.ActionInput(ACTION, responsible_organisation_id=who))
    area = actions_with_rows(qtbot, ctx)
    assert row_texts(area.table, ACTION)["Klart senast"] == EMPTY


def test_a_plan_without_a_revision_interval_reads_empty(qtbot: QtBot, ctx: AppContext) -> None:
    kind = PlanKind.EXTRAORDINARY_EVENTS_PLAN
    ctx.call(plans.create_plan, plans.PlanInput(kind, PLAN, revision_interval_months=None))
    _window, area = crisis_tab(qtbot, ctx, "plans_page")
    assert row_texts(area.plans_page.table, PLAN)["Nästa revidering"] == EMPTY


def test_an_inspection_without_remarks_reads_empty(qtbot: QtBot, ctx: AppContext) -> None:
    inspected = clock.today() - dt.timedelta(days=30)
    ctx.call(
        fire_inspections.create_inspection,
        fire_inspections.InspectionInput(
            PREMISES, inspected, "Tobias Hedlund", InspectionResult.APPROVED
        ),
    )
    _window, area = crisis_tab(qtbot, ctx, "fire_page")
    table = area.fire_page.table
    assert row_texts(table, inspected.isoformat())["Anmärkningar"] == EMPTY


def test_a_priority_without_a_reason_reads_empty(qtbot: QtBot, ctx: AppContext) -> None:
    year = clock.today().year
    place = ctx.call(places.create_place, places.PlaceInput(PLACE))
    ctx.call(places.set_priority, place, year, None)
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    click_tab(qtbot, area.tabs, area.places_page)
    page = area.places_page
    click_row(qtbot, page.table, PLACE)
    settle(qtbot)
    shown = [page.detail.priorities.item(n).text() for n in range(page.detail.priorities.count())]
    assert shown == [f"{year}: {EMPTY}"]
