"""The walk's "Ta fram åtgärd…" asked "Ansvarig organisation" before "Ansvarig person";
Åtgärder's "Ny åtgärd…" the person first. One order in both (one piece, ui/actions/
responsible_rows): the person, then the organisation, and Tab goes from "Vad som ska göras" to the
person, then to the organisation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.helpers import keep_shot, settle
from tests.ui.openers import actions_with_rows
from tests.ui.walk_photos import observations_tab
from ui.context import AppContext

ORDER = ["Vad som ska göras", "Ansvarig person", "Ansvarig organisation"]


def _labels(dialog: QWidget) -> list[str]:
    form = dialog.form  # type: ignore[attr-defined]
    texts = []
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            texts.append(item.widget().text().rstrip(":"))
    return texts


def _look(qtbot: QtBot, seen: dict[str, object], name: str) -> Callable[[QWidget], None]:
    def look(dialog: QWidget) -> None:
        settle(qtbot)
        seen[f"{name} labels"] = _labels(dialog)[:3]
        dialog.what.setFocus()  # type: ignore[attr-defined]
        stops = []
        for _ in range(2):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focused = QApplication.focusWidget()
            stops.append(
                "person"
                if dialog.person_picker.isAncestorOf(focused)  # type: ignore[attr-defined]
                else "organisation"
                if dialog.organisation_picker.isAncestorOf(focused)  # type: ignore[attr-defined]
                else type(focused).__name__
            )
        seen[f"{name} tab"] = stops
        keep_shot(dialog, f"action-form-{name}")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # nothing typed

    return look


def test_the_walks_and_the_actions_forms_ask_who_in_one_order(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}
    tab = observations_tab(qtbot, demo_ctx)
    modals.answer(_look(qtbot, seen, "walk"))
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    modals.check()

    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    modals.answer(_look(qtbot, seen, "actions"))
    area.new_action.trigger()  # "Ny åtgärd…" (Ctrl+N)
    modals.check()

    assert seen["walk labels"] == ORDER
    assert seen["actions labels"] == ORDER
    assert seen["walk tab"] == ["person", "organisation"]
    assert seen["actions tab"] == ["person", "organisation"]
