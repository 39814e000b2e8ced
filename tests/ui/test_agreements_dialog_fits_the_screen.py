"""Överenskommelser on a screen narrower than its buttons' line (the test's offscreen screen,
800 px; a 1024-pixel laptop alike), in the program's own style: with its eight buttons on one
line the dialog was some 1000 px wide, edge to edge on a 1024-pixel screen. The record's
buttons wrap onto a second line: the dialog keeps a margin to the screen's edges and shows
every button whole, none over another."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.groups.agreements_dialog import AgreementsDialog
from ui.main_window import MainWindow


def test_the_agreements_dialog_fits_a_narrow_screen_with_every_button(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("groups")
        settle(qtbot)
        dialog = AgreementsDialog(window.ctx, window)
        dialog.show()
        qtbot.wait(50)
        settle(qtbot)
        seen: dict[str, object] = {}
        try:
            seen["room"] = dialog.screen().availableGeometry()
            seen["dialog"] = dialog.frameGeometry()
            seen["buttons"] = {
                b.text(): QRect(b.mapTo(dialog, QPoint(0, 0)), b.size())
                for b in dialog.findChildren(QPushButton)
                if b.isVisible()
            }
            seen["inside"] = dialog.rect()
        finally:
            dialog.close()
        return seen

    seen = look_at_demo((780, 580), look)
    room, frame, inside = seen["room"], seen["dialog"], seen["inside"]
    assert isinstance(room, QRect) and isinstance(frame, QRect) and isinstance(inside, QRect)
    assert room.width() < 1000  # narrower than the buttons on one line
    assert frame.width() <= room.width() - 2 * 40, (frame.width(), room.width())
    buttons = seen["buttons"]
    assert isinstance(buttons, dict)
    assert len(buttons) == 8 and "Revidera överenskommelsen…" in buttons
    for text, place in buttons.items():
        assert inside.contains(place), (text, place, inside)
        for other, elsewhere in buttons.items():
            assert other == text or not place.intersects(elsewhere), (text, other)
