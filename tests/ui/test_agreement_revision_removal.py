"""Överenskommelser → "Ta bort revidering…": a revision recorded by mistake is taken back after a
question naming it and what comes back in force; Undo records it again. The signing is never
removed: with no later revision the button is greyed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agreement_revisions, agreements
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.agreements_dialog import AgreementsDialog


def test_the_latest_revision_is_removed_after_a_question_and_comes_back_with_undo(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    latest, earlier = before.revisions[-1].revised_on, before.revisions[-2].revised_on
    dialog = show_window(qtbot, AgreementsDialog(demo_ctx), 960, 400)
    click_row(qtbot, dialog.table, before.title)
    asked: list[tuple[str, str]] = []

    def answer(button: str) -> Callable[[QWidget], None]:
        def look(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            asked.append((box.text(), box.informativeText()))
            click_button(qtbot, box, button)

        return look

    modals.answer(answer("Avbryt"))
    click_button(qtbot, dialog, "Ta bort revidering…")
    modals.check()
    assert demo_ctx.call(agreements.get_agreement, before.id).revisions == before.revisions

    modals.answer(answer("Ta bort revidering"))
    click_button(qtbot, dialog, "Ta bort revidering…")
    modals.check()
    question, detail = asked[-1]
    assert question == f"Ta bort revideringen från {latest.isoformat()}?"
    assert detail.startswith(f"Reviderad {latest.isoformat()}: ")
    assert detail.endswith(
        f"De prioriterade områdena blir de från revideringen {earlier.isoformat()}."
    )
    assert demo_ctx.call(agreements.get_agreement, before.id).revisions == before.revisions[:-1]
    assert column_texts(dialog.table, "Senast reviderad") == [earlier.isoformat()]
    assert dialog.notice.label.text() == f"Revideringen från {latest.isoformat()} togs bort."

    click_button(qtbot, dialog.notice, "Ångra")
    assert demo_ctx.call(agreements.get_agreement, before.id).revisions == before.revisions
    assert column_texts(dialog.table, "Senast reviderad") == [latest.isoformat()]


def test_the_signing_alone_cannot_be_removed(qtbot: QtBot, demo_ctx: AppContext) -> None:
    (agreement,) = demo_ctx.call(agreements.list_agreement_details)
    for _later in agreement.revisions[1:]:
        demo_ctx.call(agreement_revisions.remove_latest_revision, agreement.id)
    dialog = show_window(qtbot, AgreementsDialog(demo_ctx), 960, 400)
    click_row(qtbot, dialog.table, agreement.title)
    assert dialog.revise_button.isEnabled()
    assert not dialog.remove_revision_button.isEnabled()
