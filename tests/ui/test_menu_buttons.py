"""Every button that opens a menu (Mer, Skriv ut, Brev till ansvariga …) reads "… ▾" and has
room for it: a QToolButton drew the style's arrow over the last letters, a push button beside
them ("Skriv ut▾", "Skriv ut ▾" and "Skriv ut…▾" in one window)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QPushButton, QStyle
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import crisis_nav, exercise_reading, walk_reading
from tests.ui.windows import area_of, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def _needed(button: QAbstractButton) -> int:
    style = button.style()
    return button.fontMetrics().horizontalAdvance(button.text()) + 2 * style.pixelMetric(
        QStyle.PixelMetric.PM_ButtonMargin, None, button
    )


def test_menu_buttons_in_every_area_show_text_and_arrow_apart(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    for key in window.area_keys():
        window.navigate(key)
    crisis = window.area("crisis")
    exercise = demo_ctx.call(exercise_reading.list_exercises)[0]
    crisis.show_record(crisis_nav.exercise_record(exercise.id))
    area_of(window, "walks", WalksArea).open_walk(demo_ctx.call(walk_reading.list_walks)[0].id)
    window.navigate("walks")  # its buttons shown: their laid-out width is checked too

    with_menus = [
        b
        for b in window.findChildren(QAbstractButton)
        if getattr(b, "menu", lambda: None)() and not b.objectName().startswith("qt_")  # Qt's own
    ]
    texts = {button.text() for button in with_menus}
    assert {"Mer ▾", "Skriv ut ▾", "Brev till ansvariga ▾"} <= texts
    for button in with_menus:
        assert isinstance(button, QPushButton), button.text()
        assert button.text().endswith(" ▾"), button.text()
        assert button.sizeHint().width() >= _needed(button), button.text()
        if button.isVisible():  # and as laid out, not only as asked for
            assert button.width() >= _needed(button), button.text()
