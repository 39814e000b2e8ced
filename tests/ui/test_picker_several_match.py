"""A name typed in a picker that several records contain is refused naming them ("Flera
personer matchar ”Anna”: Anna Berglund, Anna Ek – välj en i listan."): it said only that no
single person matched, and the user had to open the list to see whom to pick. The names are
those the text starts a word of, as the field takes them: not Hanna and Johanna for "Anna"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import meeting_editor
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog


def _refusal(qtbot: QtBot, ctx: AppContext, modals: ModalDriver, typed: str) -> str:
    editor = meeting_editor(qtbot, ctx, "actions_tab")
    seen: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.title_edit, "Ta fram lägesbild")
        type_text(qtbot, line_edit(dialog.person), typed)
        click_button(qtbot, dialog, "Lägg till åtgärd")
        seen.append(dialog.error_text("responsible"))
        assert dialog.isVisible()  # the form stays open as typed
        dialog.discard()

    modals.answer(add)
    click_button(qtbot, editor.actions_tab, "Ny åtgärd…")
    modals.check()
    return seen[0]


def test_the_people_a_name_matches_are_named(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    demo_ctx.call(contacts.create_person, contacts.PersonInput("Anna Ek"))
    assert _refusal(qtbot, demo_ctx, modals, "Anna") == (
        "Flera personer matchar ”Anna”: Anna Berglund, Anna Ek – välj en i listan."
    )  # not the demo's Hanna and Johanna, whose names only hold "anna"


def test_only_names_a_word_of_starts_so_are_named(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    assert _refusal(qtbot, demo_ctx, modals, "Ek") == (
        "Flera personer matchar ”Ek”: Johan Ek, Jonas Ekdahl, Malin Ek – välj en i listan."
    )  # not the socialsekreterare and the sekreterare, whose titles hold "ek"


def test_at_most_five_are_named(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    for name in ("Anna Ek", "Anna Falk", "Anna Lund", "Anna Nord", "Anna Öst"):
        demo_ctx.call(contacts.create_person, contacts.PersonInput(name))
    message = _refusal(qtbot, demo_ctx, modals, "anna")
    assert message.startswith("Flera personer matchar ”anna”: ")
    assert message.endswith(", … – välj en i listan.")
    assert message.count(", ") == 5  # five names, then "…"
