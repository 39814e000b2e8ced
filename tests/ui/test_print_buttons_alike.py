"""Every area's printouts are under one button that reads the same: a review at 1024 × 768
found "Skriv ut▾" (a walk, an exercise), "Skriv ut…▾" (Kalender, its arrow over the "…"),
"Skriv ut lista" (Åtgärder), "Utskrifter▾" (Larm) and "Skriv ut ▾" (Grupper och möten)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QPushButton, QStyle, QToolButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import crisis_nav, exercise_reading, walk_reading
from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.main_window import MainWindow

AREAS = ("groups", "calendar", "actions", "alarms")


def _print_buttons(window: MainWindow) -> list[QAbstractButton]:
    return [
        b
        for b in window.findChildren(QAbstractButton)
        if b.isVisible() and b.text().startswith(("Skriv ut", "Utskrifter"))
    ]


def _opens_a_menu(button: QAbstractButton) -> bool:
    """Its own menu (a push button) or its action's (a tool bar's button)."""
    if isinstance(button, QToolButton) and button.defaultAction() is not None:
        return button.defaultAction().menu() is not None
    return isinstance(button, (QPushButton, QToolButton)) and button.menu() is not None


def _room(button: QAbstractButton) -> int:
    margin = button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    return button.fontMetrics().horizontalAdvance(button.text()) + 2 * margin


def test_every_areas_print_button_reads_skriv_ut_and_opens_a_menu(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, list[tuple[str, bool, bool]]]:
        seen: dict[str, list[tuple[str, bool, bool]]] = {}

        def read(place: str) -> None:
            settle(qtbot)
            qtbot.wait(50)  # layout requests are posted
            seen[place] = [
                (
                    b.text(),
                    _opens_a_menu(b),
                    b.width() >= _room(b),
                )
                for b in _print_buttons(window)
            ]

        for key in AREAS:
            window.navigate(key)
            read(key)
        ctx = window.ctx
        window.navigate("walks", ctx.call(walk_reading.list_walks)[0].id)
        read("a walk")
        exercise = ctx.call(exercise_reading.list_exercises)[0]
        window.navigate("crisis", crisis_nav.exercise_record(exercise.id))
        read("an exercise")
        return seen

    seen = look_at_demo((1024, 768), look)
    texts = {place: [text for text, _menu, _fits in buttons] for place, buttons in seen.items()}
    assert texts == {place: ["Skriv ut ▾"] for place in seen}
    for place, buttons in seen.items():
        assert all(fits for _text, _menu, fits in buttons), place
        assert all(menu for _text, menu, _fits in buttons), place
