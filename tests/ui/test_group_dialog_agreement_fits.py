"""The group dialog's agreement choice shows its text whole: the form squeezed it beside its
"Överenskommelser…" button to "Ingen överenskomme". It now says "– ingen –", as the form's other
pickers do (widening the row for the long text squeezed the right-hand column to nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog


def text_room(combo: QComboBox) -> int:
    """The width the combo draws its current text in."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def test_the_agreement_choice_shows_its_text_whole(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        combo = dialog.agreement_combo
        seen["text"] = combo.currentText()
        seen["fits"] = text_room(combo) >= combo.fontMetrics().horizontalAdvance(
            combo.currentText()
        )
        click_button(qtbot, dialog, "Avbryt")

    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen == {"text": "– ingen –", "fits": True}


def test_a_long_agreement_title_cut_short_reads_whole_in_its_tooltip(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    row = next(
        g for g in demo_ctx.call(groups.list_groups) if g.name == "Lokal styrgrupp Östermalm"
    )
    dialog = GroupDialog(demo_ctx, demo_ctx.call(groups.get_group, row.id))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.agreement_combo
    assert combo.currentText().startswith("Lokal samverkansöverenskommelse")
    assert combo.toolTip() == combo.currentText()
