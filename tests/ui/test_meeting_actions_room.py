"""A meeting's Åtgärder tab at 1024 × 768, in the program's own style: the demo's 2016 council
raised five actions and has no open ones from earlier meetings, yet the empty list of those
was as high as the other, which scrolled with four of its five in sight. An empty list is as
high as its sentence, which it still shows whole; the other gets the room."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

COUNCIL_2016 = 1  # the demo's first meeting: Norrmalm's safety council, December 2016


def test_an_empty_list_gives_its_room_to_the_meetings_actions(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        area.open_meeting(COUNCIL_2016)
        editor = area.editor
        editor.tabs.setCurrentWidget(editor.actions_tab)
        settle(qtbot)
        tab = editor.actions_tab
        seen: dict[str, object] = {}
        seen["raised"] = tab.raised.model().rowCount()
        seen["scrolls"] = tab.raised.verticalScrollBar().isVisible()
        empty = tab.earlier.viewport().findChild(QLabel, "emptyText")
        assert empty is not None
        viewport = tab.earlier.viewport()
        seen["empty"] = empty.text() if empty.isVisible() else ""
        seen["empty fits"] = empty.heightForWidth(viewport.width()) <= viewport.height()
        return seen

    seen = look_at_demo((1024, 768), look)
    assert seen["raised"] == 5
    assert seen["scrolls"] is False  # every action raised in sight
    assert seen["empty"] == "Inga öppna åtgärder från gruppens tidigare möten."
    assert seen["empty fits"] is True
