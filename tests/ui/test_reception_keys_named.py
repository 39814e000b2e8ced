"""The reception's help line and buttons name their keys as ui.key_guide binds them and as the
platform writes them: they were typed by hand ("↑ ↓", "Page Up/Down", "(F2)"), so a key changed
in the guide, or another platform's names, left the window saying keys that did nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui import key_guide
from ui.context import AppContext


def test_the_help_line_and_buttons_name_the_keys_bound(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    help_line = window.findChild(QLabel, "help")
    assert help_line is not None
    said = help_line.text().split(" · ")
    assert said == [
        f"{key_guide.RECEPTION_CONFIRM.label()}: bekräfta",
        f"{key_guide.RECEPTION_START_OVER.label()}: börja om",
        f"{key_guide.RECEPTION_BORROWER.label()}: annan låntagare",
        f"{key_guide.RECEPTION_TILES.label()}: fler larm",
        f"{key_guide.RECEPTION_UNDO.label()}: ångra",
        f"{key_guide.RECEPTION_FAULT.label()}: anmäl fel",
        f"{key_guide.RECEPTION_LEAVE.label()}: lämna",
    ]
    assert "↑" not in help_line.text() and "Page Up/Down" not in help_line.text()
    # Return and Enter are one key to the receptionist: "Enter", not "Return / Enter".
    assert said[0] == "Enter: bekräfta"
    buttons = {b.text() for b in window.findChildren(QPushButton)}
    for text, keys in (
        ("Byt", key_guide.RECEPTION_INITIALS),
        ("Lämna receptionsläget", key_guide.RECEPTION_LEAVE),
        ("Skriv ut dagens utlåningslogg…", key_guide.RECEPTION_PRINT),
        ("Ångra", key_guide.RECEPTION_UNDO),
        ("Anmäl fel…", key_guide.RECEPTION_FAULT),
    ):
        assert f"{text} ({keys.label()})" in buttons, (text, sorted(buttons))
    charge = key_guide.RECEPTION_CHARGE.label()
    assert window.charge_check.text() == f"Sätt återlämnade larm på laddning ({charge})"
