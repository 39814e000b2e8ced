"""Two desks editing the same crisis plan: the plan form's save after another desk saved the plan
is refused with a Swedish message; the form stays open with what the user typed and the other
desk's change is kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import PlanKind
from samverkan_desktop.services import plans
from samverkan_desktop.services.plan_versions import VersionInput
from samverkan_desktop.services.plans import PlanInput
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_alone
from tests.ui.tables import click_row
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.plan_dialogs import PlanDialog

MESSAGE = "Någon annan har ändrat revideras var sedan du öppnade formuläret, så inget sparades."


@pytest.fixture
def other_desk(ctx: AppContext) -> Iterator[Database]:
    desk = open_database(ctx.db.url)
    yield desk
    desk.dispose()


def test_a_plan_saved_elsewhere_meanwhile_is_not_overwritten(
    qtbot: QtBot, ctx: AppContext, other_desk: Database, modals: ModalDriver
) -> None:
    plan_id = ctx.call(
        plans.create_plan,
        PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan Östermalm"),
        VersionInput("2.0", clock.today() - dt.timedelta(days=30), "Stadsdelsdirektör"),
    )
    area = area_alone(qtbot, CrisisArea(ctx))
    page = area.plans_page
    click_row(qtbot, page.table, "Krisledningsplan Östermalm")
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        type_text(qtbot, dialog.notes, "Ses över efter övningen i maj")
        # Meanwhile, at another desk:
        theirs = other_desk.call(plans.get_plan, plan_id).plan
        other_desk.call(
            plans.update_plan,
            plan_id,
            PlanInput(
                theirs.kind,
                theirs.name,
                revision_interval_months=24,
                expected_version=theirs.row_version,
            ),
        )
        click_button(qtbot, dialog, "Spara")
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.general_error.text()
        seen["notes"] = dialog.notes.toPlainText()
        cancel_typed(qtbot, dialog)

    modals.answer(edit_while_another_desk_saves)
    click_button(qtbot, page.toolbar, "Redigera…")
    modals.check()
    assert seen["open"] is True and str(seen["error"]).startswith(MESSAGE)
    assert seen["notes"] == "Ses över efter övningen i maj"
    stored = ctx.call(plans.get_plan, plan_id).plan
    assert stored.notes is None and stored.revision_interval_months == 24
