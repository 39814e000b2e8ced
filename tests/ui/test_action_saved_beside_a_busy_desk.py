"""An action edited in the window while another desk (a process of its own on the same SQLite
file) lends, returns and writes without a pause: every "Spara" saves. The save reads the
action before it writes it; begun as a reader it could not write once the other desk had
written meanwhile, and the form said "Databasen är låst" (or "sparade en ändring i samma
ögonblick") and kept the dialog open. The other desk is never refused either."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import action_reading
from tests.core.desk_processes import SHARED, Desk, district, lending
from tests.ui.clicks import click_button, type_date
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.actions.action_dialog import ActionDialog
from ui.actions.area import ActionsArea
from ui.context import AppContext

SAVES = 6


def test_an_action_saved_while_another_desk_writes(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _group, action_id = district(ctx.db.url)
    area = show_window(qtbot, ActionsArea(ctx), 1400, 850)
    click_row(qtbot, area.table, "Byta lamporna i trappan")
    days = [clock.today() + dt.timedelta(days=30 + n) for n in range(SAVES)]

    def edit(due: dt.date) -> Callable[[QWidget], None]:
        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, ActionDialog)
            type_date(qtbot, dialog.due, due)
            click_button(qtbot, dialog, "Spara")
            assert not dialog.isVisible(), dialog.general_error.text()

        return answer

    other = lending("PROV-A", "Lena Persson")
    with Desk(ctx.db.url, other, rounds=200) as desk:
        desk.wait_started()
        for due in days:
            modals.answer(edit(due))
            click_button(qtbot, area.detail, "Redigera…")
            modals.check()
            assert ctx.call(action_reading.get_action, action_id).due_on == due
    assert desk.outcomes, "the other desk did nothing meanwhile"
    refused = [o for o in desk.outcomes if o.code != 0 and SHARED not in o.command]
    assert not refused, refused
