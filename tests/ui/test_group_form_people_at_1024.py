"""At 1024 × 768 the group form's convener and contacts read whole: in the right column they
were cut after the title's first word ("Karin Lindqvist — Stadsdelsdirek…", whole only on
hover). They sit under both columns, across the form, and the form still fits the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.test_actions_area import choose
from tests.ui.text_fit import combo_text_whole
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

STEERING = "Lokal styrgrupp Östermalm"
LONGEST = "Helena Wikström"  # "— Sekreterare pensionärs- och funktionshinderråden, Östermalms …"


def test_the_people_read_whole_in_the_form_at_1024(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1024, 768)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        dialog.resize(1024, dialog.height())  # as wide as the screen lets it be there
        combo = dialog.district_combo
        longest = combo.itemText(combo.findText(LONGEST, Qt.MatchFlag.MatchStartsWith))
        choose(qtbot, combo, longest)
        settle(qtbot)
        combos = (dialog.convener_combo, dialog.district_combo, dialog.police_combo)
        seen["texts"] = [combo.currentText().split(" — ")[0] for combo in combos]
        seen["titled"] = all(" — " in combo.currentText() for combo in combos)
        seen["whole"] = [combo_text_whole(combo) for combo in combos]
        seen["fits"] = dialog.frameGeometry().height() <= 768
        cancel_typed(qtbot, dialog)

    click_row(qtbot, area.page.table, STEERING)
    modals.answer(look)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert seen == {
        "texts": ["Karin Lindqvist", LONGEST, "Mikael Ström"],
        "titled": True,
        "whole": [True, True, True],
        "fits": True,
    }
