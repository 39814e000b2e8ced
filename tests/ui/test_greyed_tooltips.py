"""A control greyed with the core's refusal gets its own tooltip back when the refusal goes, and
a tooltip given to it later (the key named once the editor's actions are bound) is not replaced
by the one it had before: "Spara anteckningar (Ctrl+S)" read empty in the meeting editor."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ui.widgets.greyed import grey_for


def test_a_tooltip_given_after_an_ungreyed_pass_is_kept(qtbot: QtBot) -> None:
    button = QPushButton("Spara anteckningar")
    qtbot.addWidget(button)
    grey_for([button], None)  # the tab shown before its keys are bound
    button.setToolTip("Spara anteckningar (Ctrl+S)")
    grey_for([button], None)  # another agenda item chosen
    assert button.toolTip() == "Spara anteckningar (Ctrl+S)"


def test_greyed_says_why_and_gives_its_own_tooltip_back(qtbot: QtBot) -> None:
    button = QPushButton("Alla närvarande")
    button.setToolTip("Markera alla som närvarande")
    qtbot.addWidget(button)
    grey_for([button], "Mötet kan inte få närvaron antecknad.")
    assert not button.isEnabled()
    assert button.toolTip() == "Mötet kan inte få närvaron antecknad."
    grey_for([button], None)
    assert button.toolTip() == "Markera alla som närvarande"
