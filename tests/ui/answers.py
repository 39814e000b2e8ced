"""Answering what the program asks as a user does: message boxes (read, then OK; with their path
lines), the question on closing with typed text, a refusal, a form refused because another desk saved first, the
reception's initials, the file dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.path_lines import path_on_its_own_line

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from tests.ui.conftest import ModalDriver
    from ui.widgets.form_dialog import FormDialog


def answer_initials(qtbot: QtBot, typed: str | None = None) -> Callable[[QWidget], None]:
    """Answer the reception's "who is at the desk?" question, optionally typing initials."""
    from ui.reception.initials_dialog import InitialsDialog

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, InitialsDialog)
        if typed is not None:
            dialog.edit.selectAll()
            qtbot.keyClicks(dialog.edit, typed)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    return answer


def acknowledge(qtbot: QtBot, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer a message box as a user does: read its text (into ``seen``) and press OK."""

    def answer(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "OK")

    return answer


BoxSaid = tuple[str | bool, ...]


def read_box(said: list[BoxSaid], *paths: Path) -> Callable[[QWidget], None]:
    """Answer a message box after reading what it said into ``said``: its title, its text and,
    for each of ``paths``, whether it stands whole on a line of its own (path_lines), as
    ``(title, text, *wholes)``; then OK."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        wholes = [path_on_its_own_line(box, path) for path in paths]
        said.append((box.windowTitle(), box.text(), *wholes))
        box.accept()

    return answer


STAY = "Stanna kvar"


CLOSE_ANYWAY = "Stäng ändå (det du skrivit förloras)"
LEAVE_ANYWAY = "Lämna ändå (det du skrivit förloras)"  # a walk left, asked "Lämna vandringen?"


def answer_close_question(qtbot: QtBot, button: str, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer "Stänga fönstret?" (typed text could not be saved on closing), or "Lämna
    vandringen?" (on leaving a walk), with ``button`` (STAY, CLOSE_ANYWAY or LEAVE_ANYWAY), its
    text read into ``seen``; staying is the default."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        default = box.defaultButton()  # the safe choice; none: another box (what it said)
        assert default is not None and default.text() == STAY, box.text()
        click_button(qtbot, box, button)

    return answer


def refusal_on_click(qtbot: QtBot, modals: ModalDriver, parent: QWidget, button: str) -> str:
    """Click ``button`` in ``parent`` expecting a refusal: the message box's text, read and
    answered with OK as a user does."""
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, parent, button)
    modals.check()
    assert seen, f"{button!r} showed no message"
    return seen[0]


def refused_then_reloaded(
    qtbot: QtBot,
    modals: ModalDriver,
    dialog: FormDialog,
    hers: Callable[[], None],
    theirs: Callable[[], None],
    save: str = "Spara",
    fields: Callable[[], object] | None = None,
) -> dict[str, object]:
    """Run ``dialog``: the user types (``hers``), another desk saves (``theirs``), she saves
    and is refused, presses F5 and saves again. What she saw, by step: the refusal, the form
    still open after it with the offer to load, the message after loading, closed after the
    second save; with ``fields`` (what the form shows) also that when refused and loaded."""
    seen: dict[str, object] = {}

    def edit(shown: QWidget) -> None:
        assert shown is dialog
        hers()
        theirs()
        click_button(qtbot, dialog, save)
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["offered"] = dialog.reload_button.isVisibleTo(dialog)
        if fields is not None:
            seen["kept"] = fields()
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        if fields is not None:
            seen["fields"] = fields()
        seen["loaded"] = dialog.general_error.text()
        click_button(qtbot, dialog, save)
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    return seen


@contextmanager
def another_desk(url: str) -> Iterator[Database]:
    """A second program on the same database (its own engine and connections)."""
    from samverkan_desktop.db import open_database

    desk = open_database(url)
    try:
        yield desk
    finally:
        desk.dispose()


def answer_nested_question(questions: list[str], answer: Callable[[QMessageBox], None]) -> None:
    """Answer the question a form asks on saving (asked from within a modal driver's handler,
    which the driver's poll is running: it does not see the question); its text goes to
    ``questions``."""

    def poll(tries: int = 1000) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            questions.append(box.text())
            answer(box)
        elif tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)


def cancel_typed(qtbot: QtBot, dialog: QWidget, button: str = "Avbryt") -> None:
    """Close a form the user has typed in as they would: Avbryt, then "Stäng utan att spara"
    when asked "Stänga utan att spara?" (which must be asked)."""
    asked: list[str] = []

    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.windowTitle() == "Stänga utan att spara?":
            asked.append(box.informativeText())
            next(b for b in box.buttons() if b.text() == "Stäng utan att spara").click()
        elif tries:
            QTimer.singleShot(10, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    click_button(qtbot, dialog, button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ["Det du har skrivit här är inte sparat."]


def answer_file_dialogs(
    monkeypatch: pytest.MonkeyPatch, choose: Callable[[QFileDialog], str | list[str]]
) -> None:
    """The file dialogs (ui.widgets.file_dialogs) answered without being shown: ``choose`` gets
    each one (its title, ``nameFilters()``, ``selectedFiles()`` the name offered) and returns
    the path chosen, or the paths (of one folder), "" or [] for Cancel."""

    def run(dialog: QFileDialog) -> int:
        chosen = choose(dialog)
        named = [chosen] if isinstance(chosen, str) else chosen
        paths = [Path(name) for name in named if name]
        if not paths:
            return QDialog.DialogCode.Rejected.value
        dialog.setDirectory(str(paths[0].parent))
        dialog.selectFile(
            " ".join(f'"{p.name}"' for p in paths) if len(paths) > 1 else str(paths[0])
        )
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", run)
