"""Every window's Alt+letters (underlined letters) lead somewhere and to one place only, in
Swedish as shown: the main window's menus, each area and each of its tabs, what a list's row
opens (a walk, an exercise, a meeting) and the forms their buttons open ("Ny …",
"Redigera …", "Lägg till …", "Låna ut"), and Inställningar."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.mnemonics import menu_problems, problems
from tests.ui.openers import open_meeting
from tests.ui.tables import click_row
from tests.ui.windows import area_of, settle, show_window
from ui.alarms.area import AlarmsArea
from ui.calendar.area import CalendarArea
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea

OPENERS = ("Ny ", "Nytt ", "Redigera", "Lägg till", "Låna ut")


def shown_problems() -> list[str]:
    return [p for w in QApplication.topLevelWidgets() if w.isVisible() for p in problems(w)]


class Sweep:
    """The windows looked at so far: what is wrong with their Alt+letters, the titles of the
    windows opened."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.found: list[str] = []
        self.opened: list[str] = []

    def look(self) -> None:
        self.found += shown_problems()

    def open(self, act: Callable[[], None]) -> None:
        """What ``act`` opens (a form, a question, a window of its own) looked at and closed
        unsaved."""
        before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
        seen: list[str] = []

        def poll() -> None:
            new = [
                w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before
            ]
            if seen or not new:
                return
            settle(self.qtbot)
            seen.append(new[0].windowTitle())
            self.look()
            for window in new:
                ModalDriver._close(window)

        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(poll)
        timer.start()
        try:
            act()
            # None when it changed the window itself (a pane made editable).
            with contextlib.suppress(TimeoutError):
                self.qtbot.waitUntil(lambda: bool(seen), timeout=1500)
            self.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        finally:
            timer.stop()
        # Closed, a dialog is deleted once back in an event loop (a click sent by the test is
        # not in one): gone now, not while the next buttons looked for are gone through.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        settle(self.qtbot)
        self.opened += seen

    def open_each(self, root: QWidget) -> None:
        """What each of ``root``'s visible buttons "Ny …", "Redigera …", ... opens."""
        for button in root.findChildren(QAbstractButton):
            text = button.text().replace("&", "")
            if button.isVisible() and button.isEnabled() and text.startswith(OPENERS):
                self.open(partial(self.qtbot.mouseClick, button, Qt.MouseButton.LeftButton))

    def every_tab(self, root: QWidget, seen: set[int]) -> None:
        """``root``'s forms, then each tab of each visible tab widget under it, theirs too."""
        self.open_each(root)
        for tabs in root.findChildren(QTabWidget):
            if not tabs.isVisible() or id(tabs) in seen:
                continue
            seen.add(id(tabs))
            for index in range(tabs.count()):
                if tabs.isTabVisible(index) and tabs.isTabEnabled(index):
                    tabs.setCurrentIndex(index)
                    settle(self.qtbot)
                    self.look()
                    self.every_tab(tabs.currentWidget(), seen)

    def area(self, window: MainWindow, key: str) -> None:
        window.navigate(key)
        settle(self.qtbot)
        self.look()
        self.every_tab(window.area(key), set())


def test_every_area_tab_and_form(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    sweep = Sweep(qtbot)
    sweep.found += menu_problems(window)
    for key in window.area_keys():
        sweep.area(window, key)
    # What a list's row opens: a walk, an exercise, a meeting; their tabs and forms.
    area_of(window, "walks", WalksArea).open_walk(tessinparken(demo_ctx))
    sweep.area(window, "walks")
    crisis = area_of(window, "crisis", CrisisArea)
    crisis.exercises_page.year_filter.setCurrentIndex(0)  # Alla år
    held = [
        row
        for row in crisis.exercises_page.table.rows()
        if row.status is not ExerciseStatus.PLANNED and row.objectives
    ]
    crisis.open_exercise(held[0].id)  # its evaluation's results: "&1 Uppfyllt", ...
    sweep.area(window, "crisis")
    window.navigate("calendar")
    open_meeting(qtbot, area_of(window, "calendar", CalendarArea))
    sweep.area(window, "calendar")
    # Larm → Låna ut, for a unit in the cupboard.
    window.navigate("alarms")
    alarms = area_of(window, "alarms", AlarmsArea)
    alarms.tabs.setCurrentWidget(alarms.units_page)
    click_row(qtbot, alarms.units_page.table, "LARM-03")
    sweep.open_each(alarms.units_page)
    # Arkiv → Inställningar (Ctrl+,).
    ctrl = Qt.KeyboardModifier.ControlModifier
    window.activateWindow()  # a menu's shortcut works in the active window
    qtbot.waitUntil(window.isActiveWindow)
    sweep.open(lambda: qtbot.keyClick(window.sidebar, Qt.Key.Key_Comma, ctrl))
    # The sweep reached the common forms (an opener lost would let it pass unseen).
    for title in ("Ny grupp", "Nytt möte", "Ny åtgärd", "Ny övning", "Ny iakttagelse"):
        assert title in sweep.opened
    assert "Låna ut LARM-03" in sweep.opened, sweep.opened[-5:] and "Inställningar" in sweep.opened
    assert "Nytt beslut" in sweep.opened  # a meeting's tabs
    found = list(dict.fromkeys(sweep.found))  # a window looked at again says it again
    assert not found, "\n".join(found)


def test_a_collision_and_a_label_without_buddy_are_named(qtbot: QtBot) -> None:
    dialog = QDialog()
    dialog.setWindowTitle("Prov")
    qtbot.addWidget(dialog)
    for text in ("&Spara", "&Stäng", "&Avbryt", "R&&D"):
        QPushButton(text, dialog).move(0, 30 * len(dialog.children()))
    QLabel("&Namn", dialog)
    dialog.show()
    assert problems(dialog) == [
        "Prov: the label '&Namn' has an Alt+letter but no buddy",
        "Prov: Alt+S on 'Spara', 'Stäng'",
    ]
