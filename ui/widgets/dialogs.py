"""Message boxes and button rows in Swedish (Qt's own catalog may be missing on a machine)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _

if TYPE_CHECKING:  # the classes load when first used: the window opens before any dialog
    from pathlib import Path

    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

SHOWN_LETTERS = 60  # the width of ask_text's field: a name or a caption read whole as typed


def button_box(ok_text: str | None = None, cancel: bool = True) -> QDialogButtonBox:
    """OK/Cancel with our own texts; OK is the default button (Enter)."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox.StandardButton.Ok
    if cancel:
        buttons |= QDialogButtonBox.StandardButton.Cancel
    box = QDialogButtonBox(buttons)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text or _("OK"))
    ok.setDefault(True)
    if cancel:
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
    return box


def show_error(
    parent: QWidget | None,
    error: DomainError | str,
    title: str | None = None,
    *,
    paths: Sequence[Path] = (),
) -> None:
    """``paths``: those the message names on lines of their own, kept whole (``whole_lines``)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.widgets.one_time_dialog import exec_once

    message = error.message if isinstance(error, DomainError) else error
    box = QMessageBox(QMessageBox.Icon.Warning, title or _("Samverkan"), message, parent=parent)
    box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole)
    whole_lines(box, [str(path) for path in paths])
    details = getattr(error, "details", None)  # the database's own words (DatabaseError)
    if details:
        box.setDetailedText(details)  # behind "Visa detaljer…", not in the message
    exec_once(box)  # not kept as a hidden child of ``parent`` (ui.widgets.one_time_dialog)


def show_info(
    parent: QWidget | None,
    message: str,
    title: str | None = None,
    *,
    warning: bool = False,
    folder: Path | None = None,
    paths: Sequence[Path] = (),
) -> None:
    """``warning``: done, but with something the user must hear (the warning's icon).
    ``folder``: where the file the message names was saved, on a line of its own under it
    (selectable, to copy) with a button that opens it in the file manager. ``paths``: those
    the message names on lines of their own, kept whole (``whole_lines``)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.widgets.one_time_dialog import exec_once

    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    box = QMessageBox(icon, title or _("Samverkan"), message, parent=parent)
    opener = None
    lines = [str(path) for path in paths]
    if folder is not None:
        where = f"{_('Folder:')} {folder}"
        box.setInformativeText(where)
        lines.append(where)
        opener = box.addButton(_("Open the folder"), QMessageBox.ButtonRole.ActionRole)
    whole_lines(box, lines)
    box.setDefaultButton(box.addButton(_("OK"), QMessageBox.ButtonRole.AcceptRole))
    exec_once(box)  # not kept as a hidden child of ``parent`` (ui.widgets.one_time_dialog)
    if folder is not None and box.clickedButton() is opener:
        from ui.widgets.folder_opening import open_folder

        open_folder(parent, folder)


def whole_lines(box: QMessageBox, lines: Sequence[str]) -> None:
    """The message's ``lines`` (a path on a line of its own) read whole and can be selected, to
    copy: the box as wide as the widest (up to most of the screen). Qt wraps a text wider than
    500 pixels, a path at a "/" mid-way."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    if not lines:
        return
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    room = box.screen().availableGeometry().width() - 160  # beside the icon, within margins
    for label in box.findChildren(QLabel):
        shown = [line for line in label.text().split("\n") if line in lines]
        if shown:
            metrics = label.fontMetrics()
            widest = max(metrics.horizontalAdvance(line) for line in shown)
            label.setMinimumWidth(min(widest + 2, room))


def confirm(
    parent: QWidget | None,
    title: str,
    message: str,
    confirm_text: str,
    destructive: bool = True,
    *,
    cancel_text: str | None = None,
    detail: str | None = None,
    icon: Any = None,
    paths: Sequence[Path] = (),
) -> bool:
    """Ask before anything destructive; the safe choice (Cancel, or ``cancel_text``) is the
    default. ``detail``: a line under the question. ``paths``: those the question names on
    lines of their own, kept whole (``whole_lines``)."""
    chosen = choose(
        parent,
        title,
        message,
        (confirm_text,),
        destructive,
        cancel_text=cancel_text,
        detail=detail,
        icon=icon,
        paths=paths,
    )
    return chosen == 0


def choose(
    parent: QWidget | None,
    title: str,
    message: str,
    choices: Sequence[str],
    destructive: bool = False,
    *,
    cancel_text: str | None = None,
    detail: str | None = None,
    icon: Any = None,
    paths: Sequence[Path] = (),
) -> int | None:
    """As ``confirm`` with several ways on: the index of the choice clicked, None for the safe
    one (Cancel, or ``cancel_text``), which is the default."""
    from PySide6.QtWidgets import QMessageBox

    from ui.widgets.one_time_dialog import exec_once

    if icon is None:
        icon = QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, message, parent=parent)
    if detail:
        box.setInformativeText(detail)
    role = (
        QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    )
    buttons = [box.addButton(text, role) for text in choices]
    cancel = box.addButton(cancel_text or _("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    whole_lines(box, [str(path) for path in paths])
    exec_once(box)  # deleted once this event is handled: the button clicked is read first
    clicked = box.clickedButton()
    return next((index for index, button in enumerate(buttons) if button is clicked), None)


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str, max_length: int
) -> str | None:
    """A one-line text asked for, or None when cancelled. The field stops at ``max_length``
    (QInputDialog.getText has no limit: a longer text would only be refused after OK)."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from ui.widgets.one_time_dialog import exec_once

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(_("OK"))
    dialog.setCancelButtonText(_("Cancel"))
    edit = dialog.findChild(QLineEdit)
    if edit is not None:
        edit.setMaxLength(max_length)
        # Qt's own width showed some 25 letters: a template's name scrolled out of sight at
        # its start while typed ("för krisledningen – standard").
        shown = min(max_length, SHOWN_LETTERS)
        edit.setMinimumWidth(shown * edit.fontMetrics().averageCharWidth())
    dialog.setTextValue(text)
    return dialog.textValue() if exec_once(dialog) else None
