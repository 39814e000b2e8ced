"""Översikt → Veckosammanställning… on a 1024 × 768 screen, in the program's own style: the
week's title never breaks its line beside the dash of its days. A sent week's title, beside the
week's buttons and "Skickad till förvaltningsledningen …", the dialog narrowed, broke as "Vecka
49, 30 nov –" over "6 dec 2026" and "Vecka 53, 28 dec 2026" over "– 3 jan 2027"; the days are
now held whole (formatting.span_held), on the next line where the title has no room for them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.models.weekly_briefs import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.brief_reading import BriefWeek
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import weekly_brief
from tests.ui.own_style import LookAt
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

DASH = "–"
FIRST = BriefWeek(2026, 48)  # six weeks to week 53: across a month ("30 nov – 6 dec"), a year
WEEKS = 6
WIDER, STEP = 200, 20  # the dialog's widths from its least to 200 px wider


def test_no_line_of_the_week_title_starts_or_ends_with_the_dash(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str, modals: ModalDriver
) -> None:
    # Each week sent: "Skickad till förvaltningsledningen …" beside the title leaves it less room
    db = open_database(sqlite_url)
    for step in range(WEEKS):
        week = FIRST.moved(step)
        if not db.call(weekly_briefs.get_brief, week).items:
            item = weekly_briefs.ItemInput(BriefSource.SLK, "Helgens läge vid Stureplan")
            db.call(weekly_briefs.add_item, week, item)
        db.call(weekly_briefs.mark_sent, week, week.monday + dt.timedelta(days=4))
    db.dispose()
    titles: list[list[str]] = []

    def in_dialog(dialog: WeeklyBriefDialog) -> None:
        for week in range(WEEKS):
            least = dialog.minimumSizeHint()
            for wider in range(0, WIDER, STEP):  # as the dialog is narrowed on the screen
                for _round in range(2):  # its wrapped lines ask their height at the width
                    dialog.resize(least.width() + wider, least.height())
                    settle(qtbot)
                    qtbot.wait(50)  # layout requests are posted
                titles.append(wrapped_lines(dialog.week_bar.week_label))
            if week == 1:
                keep_shot(dialog, "weekly-brief-title-dash")
            qtbot.mouseClick(dialog.week_bar.next_button, Qt.MouseButton.LeftButton)
        click_button(qtbot, dialog, "Stäng")

    look_at_demo((1024, 768), lambda window: weekly_brief(qtbot, window, modals, in_dialog, FIRST))
    assert [" ".join(lines) for lines in titles][-1] == "Vecka 53, 28 dec 2026 – 3 jan 2027"
    for lines in titles:
        for line in lines:
            assert not line.startswith(DASH) and not line.endswith(DASH), lines
    assert any(len(lines) > 1 for lines in titles)  # it wraps here: where is what matters
    spaced = [lines for lines in titles if f" {DASH} " in " ".join(lines)]
    assert len(spaced) >= 2, titles  # weeks across a month's or a year's end were seen
    for lines in titles:  # the days whole on one line, alone or after the week
        days = " ".join(lines).split(", ", 1)[1]
        assert lines[-1].endswith(days), lines
