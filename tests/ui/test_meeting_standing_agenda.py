"""Mer → "Använd dagordningen för kommande möten…": an item added to this meeting's agenda
stands on the group's next meeting too, once the question (which lists the items) is answered;
"Avbryt" changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agenda
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu
from tests.ui.openers import meeting_editor
from ui.context import AppContext

ITEM = "Medborgarlöften – uppföljning"
ENTRY = "Använd dagordningen för kommande möten…"


def press(button: str, seen: list[str]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        next(b for b in dialog.buttons() if b.text().replace("&", "") == button).click()

    return answer


def test_an_item_added_here_stands_on_the_next_meeting(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="agenda_tab")
    detail = editor.meeting
    assert detail is not None and detail.next_meeting is not None
    demo_ctx.call(agenda.add_agenda_item, detail.id, ITEM)
    editor.reload()
    seen: list[str] = []

    modals.answer(press("Avbryt", seen))
    choose_in_menu(editor.more_menu, ENTRY)
    modals.check()
    standing = demo_ctx.call(agenda.get_agenda_template, detail.group_id)
    assert ITEM not in [t.title for t in standing]

    modals.answer(press("Använd för kommande möten", seen))
    choose_in_menu(editor.more_menu, ENTRY)
    modals.check()
    assert f"\n\n1. {detail.agenda[0].title}\n" in seen[-1]
    assert seen[-1].endswith(f"{len(detail.agenda) + 1}. {ITEM}")

    click_button(qtbot, editor, "Nästa möte ›")  # not opened before: it takes the new agenda
    tab = editor.agenda_tab
    assert tab.items.item(tab.items.count() - 1).text().startswith(f"{tab.items.count()}. {ITEM}")
