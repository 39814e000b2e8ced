"""A dialog that asks "Stänga utan att spara?" before Esc, Avbryt or the window's close throws
away what the user typed, picked or ticked since it was shown; keeping on writing is the
default. Every form (FormDialog) is one; so is a dialog laid out by hand (the meeting rule)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from samverkan_desktop.i18n import _
from ui.widgets.dialogs import confirm
from ui.widgets.one_time_dialog import OneTimeDialog


class AskingDialog(OneTimeDialog):
    """The subclass calls ``remember_as_opened()`` once it is filled (when it is shown): what
    the user changes after that is theirs. ``discard()`` closes without asking."""

    _as_opened: EntriesShown | None = None

    def remember_as_opened(self) -> None:
        self._as_opened = EntriesShown(self)

    def edited(self) -> bool:
        """Whether anything the user can type, pick or tick differs from when the dialog was
        shown (fields made later are not counted)."""
        return self._as_opened is not None and self._as_opened.changed()

    def reject(self) -> None:
        """Cancel, Esc or the window's close: a dialog the user has typed in is closed only
        when they say so (a carefully worded decision is lost to one stray Esc otherwise)."""
        if self.edited() and not discard_asked(self):
            return
        self.discard()

    def discard(self) -> None:
        """Close without saving and without asking."""
        super().reject()


class EntriesShown:
    """What a dialog's input widgets hold when taken: whether the user changed any since."""

    def __init__(self, dialog: QWidget) -> None:
        self._shown = [(widget, _entry(widget)) for widget in _entries(dialog)]

    def changed(self) -> bool:
        return any(_entry(widget) != value for widget, value in self._shown)


def _entries(dialog: QWidget) -> list[QWidget]:
    """The dialog's input widgets (a spin box's or an editable combo's line edit counts as
    its own entry: the same text twice does no harm)."""
    kinds = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if isinstance(widget, kinds)
        and not (isinstance(widget, QAbstractButton) and not widget.isCheckable())
        and not (isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly())
    ]


def _entry(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return None


def discard_asked(parent: QWidget) -> bool:
    """Ask before throwing away what was typed; keeping on writing is the default."""
    return confirm(
        parent,
        _("Close without saving?"),
        _("Close without saving?"),
        _("Close without saving"),
        cancel_text=_("Keep writing"),
        detail=_("What you have written here is not saved."),
        icon=QMessageBox.Icon.Question,
    )
