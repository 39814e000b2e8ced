"""Kontakter → Organisationer → Ny organisation: a name that is one already in the register spelt
another way ("Trafik kontoret") is asked about before saving: use the one there, save a second
anyway, or change the name (the field then says why nothing was saved)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.contacts.area import ContactsArea
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.context import AppContext

QUESTION = (
    "”Trafik kontoret” liknar ”Trafikkontoret”, som redan finns i registret. "
    "Är det samma organisation?"
)


def _answer(qtbot: QtBot, button: str, asked: list[str]) -> Callable[[QWidget], None]:
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(f"{box.text()} | {', '.join(b.text() for b in box.buttons())}")
        click_button(qtbot, box, button)

    return press


def _trafikkontoret(ctx: AppContext) -> list[str]:
    return [
        row.name for row in ctx.call(contacts.list_organisations) if "trafik" in row.name.lower()
    ]


def test_a_lookalike_is_asked_about_then_changed_or_saved_anyway(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    asked: list[str] = []
    dialog = show_window(qtbot, OrganisationDialog(demo_ctx), 560, 500)
    type_text(qtbot, dialog.name_edit, "Trafik kontoret")
    modals.answer(_answer(qtbot, "Ändra namnet", asked))
    click_button(qtbot, dialog, "Lägg till organisation")
    modals.check()
    (question,) = asked
    assert question.startswith(f"{QUESTION} | ")
    assert sorted(question.split(" | ")[1].split(", ")) == [
        "Använd ”Trafikkontoret”",
        "Spara ändå",
        "Ändra namnet",
    ]
    assert dialog.isVisible()  # nothing saved, the typing kept
    assert dialog.error_text("name") == "Finns redan i registret som ”Trafikkontoret”."
    assert _trafikkontoret(demo_ctx) == ["Trafikkontoret"]

    modals.answer(_answer(qtbot, "Spara ändå", asked))
    click_button(qtbot, dialog, "Lägg till organisation")
    modals.check()
    assert not dialog.isVisible()
    assert sorted(_trafikkontoret(demo_ctx)) == ["Trafik kontoret", "Trafikkontoret"]


def test_using_the_one_there_shows_it_in_the_register_and_adds_none(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = ContactsArea(demo_ctx)
    show_window(qtbot, area)
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    before = column_texts(area.organisations.table, "Namn")
    asked: list[str] = []

    press = _answer(qtbot, "Använd ”Trafikkontoret”", asked)

    def answer_question(tries: int = 300) -> None:
        # Asked inside the form's own answer: the modal driver, busy answering the form,
        # cannot answer it too (Qt does not fire a timer inside its own slot).
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            press(box)
        elif tries:
            QTimer.singleShot(10, lambda: answer_question(tries - 1))

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, OrganisationDialog)
        type_text(qtbot, dialog.name_edit, "Trafik-kontoret")
        QTimer.singleShot(0, answer_question)
        click_button(qtbot, dialog, "Lägg till organisation")  # asked, answered: closed

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert len(asked) == 1
    assert column_texts(area.organisations.table, "Namn") == before
    assert area.organisations.detail.title.text() == "Trafikkontoret"  # shown, to go on with


def test_an_edit_renaming_to_a_lookalike_may_only_be_saved_anyway_or_changed(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    row = next(r for r in demo_ctx.call(contacts.list_organisations) if r.name == "Sturegallerian")
    asked: list[str] = []
    dialog = show_window(qtbot, OrganisationDialog(demo_ctx, row), 560, 500)
    dialog.name_edit.clear()
    type_text(qtbot, dialog.name_edit, "Trafik kontoret")
    modals.answer(_answer(qtbot, "Ändra namnet", asked))
    click_button(qtbot, dialog, "Spara")
    modals.check()
    assert sorted(asked[0].split(" | ")[1].split(", ")) == ["Spara ändå", "Ändra namnet"]
    assert dialog.error_text("name") == "Finns redan i registret som ”Trafikkontoret”."
