"""Two desks edit the same agenda item's heading or the same decision in the meeting editor:
desk B saves, desk A's save is refused naming what B changed, F5 loads B's change into the
fields A left alone while what A typed stays, and A's save then stores both (before, A's save
wrote over B's unseen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.models import AgendaItem, Decision
from samverkan_desktop.services import agenda, meetings
from tests.ui.answers import another_desk, refused_then_reloaded
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from ui.context import AppContext
from ui.meetings.dialogs import AgendaItemDialog, DecisionDialog

REFUSED = "Någon annan har ändrat {fields} sedan du öppnade formuläret, så inget sparades. "
LOAD = "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."


def _first_decision(ctx: AppContext) -> tuple[int, int]:
    """The demo's first decision and its meeting."""
    with ctx.db.session() as s:
        decision_id = s.scalars(select(Decision.id).order_by(Decision.id)).first()
        assert decision_id is not None
        return decision_id, s.get_one(Decision, decision_id).meeting_id


def test_agenda_item_heading(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    with demo_ctx.db.session() as s:
        item_id = s.scalars(select(AgendaItem.id).order_by(AgendaItem.id)).first()
        assert item_id is not None
        meeting_id = s.get_one(AgendaItem, item_id).meeting_id
    shown = demo_ctx.call(agenda.agenda_item_row, item_id)
    dialog = AgendaItemDialog(demo_ctx, meeting_id, shown)

    def hers() -> None:
        dialog.title_edit.clear()
        type_text(qtbot, dialog.title_edit, "Lägesbild från polisen")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(agenda.update_agenda_item, item_id, shown.title, "Kommunpolisen")

    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs)
    assert seen["refusal"] == REFUSED.format(fields="föredragande") + LOAD
    assert seen["open"] is True and seen["closed"] is True
    stored = demo_ctx.call(agenda.agenda_item_row, item_id)
    assert (stored.title, stored.presenter) == ("Lägesbild från polisen", "Kommunpolisen")


def test_decision_text(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    decision_id, meeting_id = _first_decision(demo_ctx)
    detail = demo_ctx.call(meetings.get_meeting, meeting_id)
    shown = demo_ctx.call(agenda.decision_row, decision_id)
    dialog = DecisionDialog(demo_ctx, detail, shown)
    theirs_text = shown.text + " Ansvarig: Anna Berglund."

    def hers() -> None:
        dialog.text_edit.clear()
        type_text(qtbot, dialog.text_edit, "Vandringen genomförs den 3 mars.")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(agenda.update_decision, decision_id, theirs_text)

    seen: dict[str, object] = {}

    def edit(shown_dialog: QWidget) -> None:
        assert shown_dialog is dialog
        hers()
        theirs()
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        seen["kept"] = dialog.text_edit.toPlainText()
        dialog.discard()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    # The text is the only field: hers is kept and theirs is not written over unseen.
    assert seen["refusal"] == REFUSED.format(fields="beslut") + LOAD
    assert seen["kept"] == "Vandringen genomförs den 3 mars."
    assert demo_ctx.call(agenda.decision_row, decision_id).text == theirs_text


def test_nothing_typed_is_not_promised_to_stay(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Saved without typing after another desk's change: the refusal and its button offer their
    change only, not "what you typed stays" / "keep my text"."""
    decision_id, meeting_id = _first_decision(demo_ctx)
    detail = demo_ctx.call(meetings.get_meeting, meeting_id)
    shown = demo_ctx.call(agenda.decision_row, decision_id)
    dialog = DecisionDialog(demo_ctx, detail, shown)
    seen: dict[str, object] = {}

    def edit(shown_dialog: QWidget) -> None:
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(agenda.update_decision, decision_id, "Ändrat vid den andra datorn.")
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        seen["button"] = dialog.reload_button.text()
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_F5)
        seen["loaded"] = dialog.text_edit.toPlainText()
        dialog.discard()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    assert seen["refusal"] == REFUSED.format(fields="beslut") + "Hämta ändringen så ser du den."
    assert seen["button"] == "Hämta ändringen (F5)"
    assert seen["loaded"] == "Ändrat vid den andra datorn."
