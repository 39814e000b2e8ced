"""The question before cancelling something planned, with an optional reason kept with it: a
meeting (its note) or a safety walk (shown in its list, its header and the calendar). One form,
so both ask it alike; each kind says what it cancels and which service call keeps the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import pgettext
from ui.context import AppContext
from ui.widgets.fields import TextBox
from ui.widgets.form_dialog import FormDialog


class CancelWithReasonDialog(FormDialog):
    """``what``: the thing cancelled, under ``what_label`` ("Möte", "Trygghetsvandring");
    ``save`` (the subclass's) calls the service with ``reason()``."""

    def __init__(
        self,
        ctx: AppContext,
        texts: tuple[str, str, str],
        what_label: str,
        what: str,
        reason_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        """``texts``: the title, the button that cancels and the one that keeps it."""
        title, cancel_text, keep_text = texts
        super().__init__(title, parent, ok_text=cancel_text, settings=ctx.settings)
        self.buttons.button(self.buttons.StandardButton.Cancel).setText(keep_text)
        self.ctx = ctx
        label = QLabel(what, self)
        label.setWordWrap(True)
        self.add_row("what", what_label, label)
        self.reason_edit = TextBox(self, reason_hint)
        # "Orsak", not the "Motivering" of a prioritised place: why something did not happen.
        self.add_row("reason", pgettext("why cancelled", "Reason"), self.reason_edit)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return self.reason_edit.toPlainText()
