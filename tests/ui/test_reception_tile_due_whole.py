"""A reception tile keeps a loan's date and its time on one line: at 1024 × 768, with a message
after a lending and the line naming a late unit above them, the tiles are low and narrow, and
"åter senast 2026-12-07" stood over a lone "09.00" ("sedan 2026-12-04" over "17.00")."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import settle
from ui.context import AppContext

DATE_AT_LINE_END = re.compile(r"\d{4}-\d\d-\d\d$")


def test_a_tiles_date_and_time_stay_on_one_line_at_1024(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)
    for typed in ("LARM-03", "lp"):  # LARM-03 lent to Lena Persson: the notice says so
        enter_at_desk(qtbot, window, typed)
    qtbot.waitUntil(lambda: window.notice.isVisible() and window.late.isVisible())
    settle(qtbot)
    for code in ("LARM-03", "LARM-07"):  # due back later; overdue since
        label = window.tiles.tile(code).due_label
        lines = wrapped_lines(label)
        assert label.isVisible() and re.search(r"\d\d\.\d\d", " ".join(lines)), (code, lines)
        assert not any(DATE_AT_LINE_END.search(line) for line in lines), (code, lines)
    window.close()
