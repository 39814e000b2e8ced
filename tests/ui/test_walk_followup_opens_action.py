"""A walk's Uppföljning: an action in "Fortfarande öppet" or "Avslutat sedan" opens "Följ upp
åtgärden" on a double-click or Enter, as on Iakttagelser och åtgärder; the note saved there is
read in the list at once. Before, the follow-up step's lists could only be looked at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.list_choice import click_item, item_texts
from tests.ui.record_tabs import walk_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.observation_dialogs import ActionFollowUpDialog
from ui.widgets.table_model import WARNING_COLOUR

NOTE = "Beställt av Trafikkontoret, klart v. 12"


def _follow_up(qtbot: QtBot, about: list[str], note: str | None) -> Callable[[QWidget], None]:
    """Read which action the dialog is of; type ``note`` and save, or cancel without one."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionFollowUpDialog)
        about.append(dialog.about.text())
        if note is None:
            click_button(qtbot, dialog, "Avbryt")
            return
        type_text(qtbot, dialog.note, note)
        click_button(qtbot, dialog, "Spara")

    return answer


def _title(items: QListWidget, row: int) -> str:
    return items.item(row).text().split(" — ")[0]


def test_a_double_click_on_an_open_action_follows_it_up(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "followup_tab", 1024, 768).followup_tab
    still_open = tab.still_open
    assert still_open.count() > 1
    title = _title(still_open, 1)
    about: list[str] = []

    modals.answer(_follow_up(qtbot, about, NOTE))
    rect = still_open.visualItemRect(still_open.item(1))
    # A double-click, as the mouse sends it: a click, then the second press.
    qtbot.mouseClick(still_open.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(still_open.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot)
    modals.check()
    assert len(about) == 1 and about[0].startswith(title)
    qtbot.waitUntil(lambda: any(NOTE in text for text in item_texts(tab.still_open)))
    line = next(text for text in item_texts(tab.still_open) if NOTE in text)
    assert line.startswith(title)


def test_enter_on_a_closed_action_opens_its_follow_up(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "followup_tab", 1024, 768).followup_tab
    closed = tab.closed
    shown = item_texts(closed)
    click_item(qtbot, closed, 0)
    about: list[str] = []
    modals.answer(_follow_up(qtbot, about, None))
    qtbot.keyClick(closed, Qt.Key.Key_Return)
    settle(qtbot)
    modals.check()
    assert len(about) == 1 and about[0].startswith(_title(closed, 0))
    assert item_texts(tab.closed) == shown  # cancelled: nothing changed
    assert closed.toolTip() == (
        "Dubbelklicka på en åtgärd för att följa upp den: ändra status eller lägg till en "
        "daterad notering"
    )


def test_an_overdue_open_action_is_red_as_on_the_observations_tab(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Öppen · försenad" stood in black on Uppföljning, red beside its observation."""
    tab = walk_tab(qtbot, demo_ctx, "followup_tab", 1024, 768).followup_tab
    still_open = tab.still_open
    red = {
        still_open.item(row).text(): still_open.item(row).foreground().color() == WARNING_COLOUR
        for row in range(still_open.count())
    }
    overdue = {text: "försenad" in text for text in red}
    assert any(overdue.values()) and not all(overdue.values()), red  # the demo has both
    assert red == overdue
