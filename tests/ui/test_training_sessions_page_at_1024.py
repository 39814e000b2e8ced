"""A training session chosen at 1024 × 768, in the program's own style, in both areas that list
the sessions: every action of the tool bar shows (none behind its » arrow) and the search field
shows its whole hint. Beside the chosen session "Ny kurs" and "Redigera kurs(en)" were behind
the arrow and the hint read "Sök kurs, plats eller ant…" (seen under Xvfb)."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.ui.openers import sessions_page
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.main_window import MainWindow
from ui.training.sessions import SessionsListPage


def _look_at(qtbot: QtBot, page: SessionsListPage, where: str, hidden: list[str]) -> None:
    model = page.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    click_row(qtbot, page.table, str(model.index(0, 0).data()))
    settle(qtbot)
    assert page.detail.isVisible()
    arrows = [
        b
        for b in page.toolbar.findChildren(QToolButton)
        if b.objectName() == "qt_toolbar_ext_button" and b.isVisible()
    ]
    if arrows:
        hidden.append(f"{where}: actions behind »")
    hint = page.search.placeholderText()
    if page.search.fontMetrics().horizontalAdvance(hint) > line_edit_text_room(page.search):
        hidden.append(f"{where}: {hint!r} cut")


def test_a_chosen_session_leaves_the_actions_and_the_search_whole_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        hidden: list[str] = []
        for key, where in (("crisis", "Kris och övningar"), ("alarms", "Larm")):
            _look_at(qtbot, sessions_page(qtbot, window, key), where, hidden)
        return hidden

    assert look_at_demo((1024, 768), look) == []
