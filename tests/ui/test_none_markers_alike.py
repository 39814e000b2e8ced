"""A form's "no choice" reads one way in every area, "– ingen … –": a review found
"(ingen namngiven)" and "(ingen organisation)" in Åtgärder's and a walk's forms beside
"– ingen namngiven –" in Kris och övningar's, and "(ingen vald)", "(inte vid ett stopp)" and
"(inte känd ännu)" in a walk's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_reading
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.observation_dialogs import ObservationDialog
from ui.walks.walk_dialog import WalkDialog


def _none_said(combo: QComboBox) -> str:
    """What the picker says while nothing is chosen: its empty field's grey text, or its first
    item."""
    line = combo.lineEdit()
    return line.placeholderText() if line is not None else combo.itemText(0)


def test_a_walks_forms_say_no_choice_as_the_other_forms(qtbot: QtBot, demo_ctx: AppContext) -> None:
    walk = next(w for w in demo_ctx.call(walk_reading.list_walks) if w.place == "Tessinparken")
    walk_form = WalkDialog(demo_ctx)
    qtbot.addWidget(walk_form)
    observation_form = ObservationDialog(demo_ctx, walk.id)
    qtbot.addWidget(observation_form)
    settle(qtbot)
    said = [
        _none_said(walk_form.organiser),
        _none_said(observation_form.stop),
        _none_said(observation_form.owner),
    ]
    assert said == ["– ingen vald –", "– inte vid ett stopp –", "– inte känd ännu –"]
