""" "Ta fram en åtgärd": "Ansvarig person" and "Ansvarig organisation" stand together, without the
empty line that kept room under each picker for whom a typed part of a name stands for; that
line opens while the picker is typed in ("→ Sara Holm — …")."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import cancel_typed
from tests.ui.clicks import close_names, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.walk_photos import observations_tab
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.observation_dialogs import ActionDialog
from ui.widgets.row_note import RowNote


def _gap(dialog: ActionDialog, upper: QWidget, lower: QWidget) -> int:
    """Pixels between the bottom of ``upper`` and the top of ``lower``, as drawn."""
    bottom = upper.mapTo(dialog, QPoint(0, upper.height())).y()
    return lower.mapTo(dialog, QPoint(0, 0)).y() - bottom


def test_person_and_organisation_stand_together(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        settle(qtbot)
        line = dialog.organisation.height()
        seen["apart"] = _gap(dialog, dialog.person, dialog.organisation) < line / 2
        seen["to the date"] = _gap(dialog, dialog.organisation, dialog.due) < line / 2
        dialog.person.setFocus()
        field = dialog.person.lineEdit()
        assert field is not None
        type_text(qtbot, field, "Sara")
        close_names(qtbot, dialog.person)
        settle(qtbot)
        row = dialog.person_picker.parentWidget()
        assert row is not None
        note = row.findChild(RowNote)
        assert note is not None
        seen["note"] = note.text() if note.isVisible() and note.height() > 0 else ""
        seen["note under"] = _gap(dialog, dialog.person, dialog.organisation) >= note.height()
        cancel_typed(qtbot, dialog)

    modals.answer(look)
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    modals.check()
    assert seen["apart"] is True and seen["to the date"] is True
    assert str(seen["note"]).startswith("→ Sara Holm — ")
    assert seen["note under"] is True
