"""Översikt → Veckosammanställning… in the program's own style: on a week already sent
"Markera som skickad" says that it notes today's date instead, and once marked today it is
greyed with the reason; "Delas vidare" reads "ja" or "nej" (an empty cell read as undecided).
The button looked the same on a sent week and the column showed "ja" or nothing (seen under
Xvfb)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import weekly_brief
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog


def test_a_sent_week_says_what_marking_it_sent_does(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    modals: ModalDriver,
) -> None:
    seen: dict[str, object] = {}

    def in_dialog(dialog: WeeklyBriefDialog) -> None:
        click_button(qtbot, dialog, "‹ Föregående vecka")  # the demo's last week went out
        settle(qtbot)  # the sent line's room is laid out anew (the kept shot cut it)
        seen["sent"] = dialog.week_bar.sent_label.text()
        seen["passed on"] = set(column_texts(dialog.table, "Delas vidare"))
        button = dialog.sent_button
        seen["before"] = (button.text(), button.isEnabled())
        keep_shot(dialog, "weekly-sent-week")
        click_button(qtbot, dialog, "Markera skickad i dag")
        seen["after"] = (button.text(), button.isEnabled(), button.toolTip())
        seen["sent now"] = dialog.week_bar.sent_label.text()
        click_button(qtbot, dialog, "Stäng")

    look_at_demo((1024, 768), lambda window: weekly_brief(qtbot, window, modals, in_dialog))
    assert str(seen["sent"]).startswith("Skickad till förvaltningsledningen")
    assert seen["passed on"] == {"ja", "nej"}
    assert seen["before"] == ("Markera skickad i dag", True)
    assert seen["after"] == (
        "Markera som skickad",
        False,
        "Redan markerad som skickad i dag",
    )
    assert seen["sent now"] == f"Skickad till förvaltningsledningen {iso_date(clock.today())}"
