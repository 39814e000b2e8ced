"""At the reception, a name typed where the unit's code goes, of someone who has a unit out
(asked on the phone who has what, or a unit back whose label is worn): the line says which
unit, "”David” är inget larm. David Karlsson har LARM-07 (försenat) ute.", rather than only
"scan the unit first". Nothing is taken back by the letters."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import enter_at_desk, open_reception
from ui.context import AppContext


def test_a_name_typed_for_a_code_says_the_units_its_bearer_has_out(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1024, 768)

    enter_at_desk(qtbot, window, "David")
    assert (
        window.notice.label.text()
        == "”David” är inget larm. David Karlsson har LARM-07 (försenat) ute."
    )
    assert window.unit is None and window.input.text() == ""
    late = next(u for u in window.units if u.code == "LARM-07")
    assert late.loan_id is not None  # still out
    window.close()
