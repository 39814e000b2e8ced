"""At 1024 × 768 the group form's "Överenskommelse" shows the agreement's name whole: it read
"Lokal samverkansöve" beside its "Överenskommelser…" button while the field column had room."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.text_fit import combo_text_whole
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

STEERING = "Lokal styrgrupp Östermalm"


def test_the_agreement_reads_whole_in_the_form_at_1024(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1024, 768)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        dialog.resize(1024, dialog.height())  # as wide as the screen lets it be there
        settle(qtbot)
        folder = os.environ.get("SAMVERKAN_SHOTS")
        if folder:
            dialog.grab().save(os.path.join(folder, "group_form_1024.png"))
        combo = dialog.agreement_combo
        seen["text"] = combo.currentText()
        seen["whole"] = combo_text_whole(combo)
        # Its arrow too: the combo within its row, not over the column beside it.
        row = combo.parentWidget()
        assert row is not None
        seen["inside"] = combo.geometry().right() < row.width()
        seen["button"] = dialog.agreements_button.isVisible()
        click_button(qtbot, dialog, "Avbryt")

    click_row(qtbot, area.page.table, STEERING)
    modals.answer(look)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert seen == {
        "text": "Lokal samverkansöverenskommelse Östermalm",
        "whole": True,
        "inside": True,
        "button": True,
    }
