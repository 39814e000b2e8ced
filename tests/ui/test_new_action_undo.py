"""A new action, raised from a walk's observation ("Ta fram åtgärd…") or written in Åtgärder
("Ny åtgärd…"), offers "Ångra" as an edit does: the notice's Ångra deletes it. After another
desk changed it or added a note, the undo is refused naming what, and theirs stays. Raising an
action had no undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.services import action_reading, actions
from tests.ui.answers import acknowledge, another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import actions_with_rows
from tests.ui.walk_photos import observations_tab
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext


def _raise(qtbot: QtBot, title: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        settle(qtbot)
        type_text(qtbot, dialog.what, title)  # type: ignore[attr-defined]
        person = dialog.person.lineEdit()  # type: ignore[attr-defined]
        if not dialog.organisation.value():  # type: ignore[attr-defined]
            type_text(qtbot, person, "Sara Holm")
            settle(qtbot)
        button = "Ta fram" if any(b.text() == "Ta fram" for b in _buttons(dialog)) else "Spara"
        click_button(qtbot, dialog, button)
        assert not dialog.isVisible()

    return answer


def _buttons(widget: QWidget) -> list[QPushButton]:
    return widget.findChildren(QPushButton)


def _undo_button(parent: QWidget) -> QPushButton:
    """The notice's "Ångra", as a user sees it."""
    visible = [b for b in _buttons(parent) if b.text() == "Ångra" and b.isVisible()]
    assert len(visible) == 1
    return visible[0]


def _id_of(ctx: AppContext, title: str) -> int:
    return next(a.id for a in ctx.call(action_reading.list_actions) if a.title == title)


def _gone(ctx: AppContext, action_id: int) -> bool:
    try:
        ctx.call(action_reading.get_action, action_id)
    except NotFoundError:
        return True
    return False


def test_undo_takes_an_action_raised_on_a_walk_away(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = observations_tab(qtbot, demo_ctx)
    modals.answer(_raise(qtbot, "Måla bron vit"))
    qtbot.mouseClick(tab.raise_button, Qt.MouseButton.LeftButton)
    modals.check()
    action_id = _id_of(demo_ctx, "Måla bron vit")
    lines = lambda: [tab.actions_list.item(i).text() for i in range(tab.actions_list.count())]  # noqa: E731
    assert any("Måla bron vit" in line for line in lines())
    assert tab.notice.isVisible()
    keep_shot(tab.window(), "raised-action-undo")

    qtbot.mouseClick(_undo_button(tab), Qt.MouseButton.LeftButton)
    assert _gone(demo_ctx, action_id)
    assert not any("Måla bron vit" in line for line in lines())


def test_undo_of_a_new_action_after_another_desk_noted_it_is_refused(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    modals.answer(_raise(qtbot, "Ny belysning i trapphuset"))
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ny åtgärd…
    modals.check()
    action_id = _id_of(demo_ctx, "Ny belysning i trapphuset")
    undo = _undo_button(area)
    keep_shot(area.window(), "new-action-undo")
    with another_desk(demo_ctx.db.url) as desk:
        desk.call(actions.add_action_note, action_id, "Fastighetsägaren är kontaktad")

    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    modals.check()
    assert seen == [
        "”Ny belysning i trapphuset” ändrades vid en annan dator efter att du lade till den "
        "(anteckningarna), så den tas inte bort. Deras ändring visas."
    ]
    assert not _gone(demo_ctx, action_id)


def test_undo_takes_a_new_action_in_actions_away(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1024, 768)
    modals.answer(_raise(qtbot, "Ta bort det dolda hörnet"))
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    action_id = _id_of(demo_ctx, "Ta bort det dolda hörnet")
    qtbot.mouseClick(_undo_button(area), Qt.MouseButton.LeftButton)
    assert _gone(demo_ctx, action_id)
