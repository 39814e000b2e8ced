"""An earlier action closed at a meeting stays in its list (its closing is reported there), but
no longer counts as open: the tab, the list's heading and the agenda's follow-up line say how
many are still open, so the coordinator sees the close took."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models.meetings import STANDING_ACTIONS
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import calendar_window, first_coming_meeting, open_meeting
from tests.ui.tables import click_row
from tests.ui.text_fit import plain
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog


def _actions_title(raised: int, still_open: int) -> str:
    """ "Åtgärder (1 ny, 2 öppna sedan tidigare)", a part with nothing to count left out."""
    parts = [f"{raised} {'ny' if raised == 1 else 'nya'}"] if raised else []
    parts.append(f"{still_open} {'öppen' if still_open == 1 else 'öppna'} sedan tidigare")
    return f"Åtgärder ({', '.join(parts)})"


def test_an_action_closed_at_the_meeting_is_no_longer_counted_open(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    meeting_id = first_coming_meeting(  # one that carries at least two open actions
        area, lambda detail: sum(a.is_open for a in detail.carried_actions) >= 2
    )
    editor = open_meeting(qtbot, area, meeting_id, "actions_tab")
    detail = editor.meeting
    assert detail is not None
    carried = [a for a in detail.carried_actions if a.is_open]
    assert len(carried) == len(detail.carried_actions) >= 2
    raised, count = len(detail.actions), len(carried)
    tab = editor.actions_tab
    assert editor.tabs.tabText(4) == _actions_title(raised, count)
    assert tab.earlier_heading.text() == f"Öppna från tidigare möten ({count})"

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.note_edit, "Klart, redovisat på mötet.")
        type_text(qtbot, dialog.status_combo, "Klar")
        click_button(qtbot, dialog, "Spara")

    click_row(qtbot, tab.earlier, carried[0].title)
    modals.answer(close)
    click_button(qtbot, tab, "Följ upp…")
    modals.check()

    assert tab.earlier.model().rowCount() == count  # still reported at this meeting
    assert editor.tabs.tabText(4) == _actions_title(raised, count - 1)
    assert tab.earlier_heading.text() == f"Från tidigare möten ({count}; öppna: {count - 1})"
    agenda = editor.agenda_tab
    editor.tabs.setCurrentWidget(agenda)
    agenda.select_item(next(i.id for i in detail.agenda if i.standing_key == STANDING_ACTIONS))
    assert plain(agenda.carried_label.text()) == (
        f"{count} åtgärder från tidigare möten (fortfarande öppna: {count - 1})"
    )
