"""A held training session chosen at 1024 × 768, in the program's own style, in both areas that
list the sessions (Kris och övningar → Utbildning, Larm → Utbildning): the field that adds an
attendee shows its hint whole. Beside "Lägg till" and "Ta bort" it read "Skriv ett namn och
try…" (seen under Xvfb); "Ta bort" now stands under the list it removes from, and still
removes the chosen attendee."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, line_edit
from tests.ui.openers import sessions_page
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.training.sessions import SessionsListPage

HINT = "Skriv ett namn och tryck Enter"


def _choose_held_session(qtbot: QtBot, page: SessionsListPage) -> str:
    """Click the sessions from the newest until one already held (its attendees can be added)."""
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    for row in range(model.rowCount()):
        date = str(model.index(row, 0).data())
        click_row(qtbot, page.table, date)
        settle(qtbot)
        if page.detail.attendees.person.isVisible():
            return date
    raise AssertionError("no held session in the example district")


def test_the_attendee_hint_is_whole_at_1024_in_both_areas(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    cut: list[str] = []

    def look_at(page: SessionsListPage, where: str) -> None:
        _choose_held_session(qtbot, page)
        edit = line_edit(page.detail.attendees.person)
        assert edit.placeholderText() == HINT
        needed = edit.fontMetrics().horizontalAdvance(HINT)
        if needed > line_edit_text_room(edit):
            cut.append(f"{where}: {needed} px in {line_edit_text_room(edit)}")

    def look(window: MainWindow) -> None:
        look_at(sessions_page(qtbot, window, "crisis"), "Kris och övningar")
        page = sessions_page(qtbot, window, "alarms")
        look_at(page, "Larm")
        # "Ta bort" in its new place removes the attendee chosen in the list.
        attendees = page.detail.attendees
        before = attendees.table.model().rowCount()
        click_row(qtbot, attendees.table, str(attendees.table.model().index(0, 0).data()))
        click_button(qtbot, attendees, "Ta bort")
        qtbot.waitUntil(lambda: attendees.table.model().rowCount() == before - 1)

    look_at_demo((1024, 768), look)
    assert cut == []
