"""Above the tiles, one red line names the units overdue and who has them: on a small screen the
last row of tiles lies below the fold (and the tiles do not scroll from the keyboard), so a late
unit there went unseen. The line goes when the last late unit is back."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.services import alarm_loans, alarms, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_the_late_units_are_named_above_the_tiles(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    lena = next(p.id for p in demo_ctx.call(contacts.list_people, "Lena Persson", staff_only=True))
    unit = demo_ctx.call(alarms.find_unit, "LARM-12")  # the last row of home-visit tiles
    # A week ago: due back by that week's end at the latest, so late whatever the hour and day the
    # test runs (lent "yesterday", a Friday evening, it was due on Monday: not late on Saturday).
    week_ago = clock.utcnow() - dt.timedelta(days=7)
    demo_ctx.call(alarm_loans.lend, LendInput(unit.id, lena, initials="NH"), week_ago)
    late = {row.code: row for row in demo_ctx.call(alarms.list_units) if row.overdue}
    assert sorted(late) == ["LARM-07", "LARM-12"]

    window = open_reception(qtbot, demo_ctx, modals, 1100, 700)
    line = window.late
    assert line.isVisible()
    assert line.text() == (
        "Försenade larm: "
        f"LARM-07 David Karlsson (sedan {display_datetime(late['LARM-07'].due_at)}) · "
        f"LARM-12 Lena Persson (sedan {display_datetime(late['LARM-12'].due_at)})"
    )
    assert line.geometry().bottom() < window.height()

    for code in ("LARM-07", "LARM-12"):  # both handed back
        enter_at_desk(qtbot, window, code)
        assert window.notice.label.text().endswith("Lånet var försenat.")
    assert not line.isVisible()
    window.close()
