"""A number field that chooses what a view shows (the year of the annual exercise plan, of a
group's follow-up), behaving as the form's number fields: a number typed outside the range is
kept as typed, in red, and the view stays where it was, saying why on a line the view places
by the field: "Ange 2016–2027 (inte 2030). Visar fortfarande 2026." Qt's spin box dropped
the key past the maximum ("2030" became 203) and put the last year back on leaving, without
a word; the view never said why it did not change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.number_field import NumberField
from ui.widgets.reload_offer import ERROR_STYLE


class ViewNumberField(NumberField):
    """``value()`` and ``valueChanged`` stay with the number shown in the view (in range);
    ``refusal_line`` is for the view to place, beside the field or under its row."""

    def __init__(
        self, parent: QWidget | None = None, *, unit: Callable[[int], str] | None = None
    ) -> None:
        super().__init__(parent, keep_outside=True, unit=unit)
        self.refusal_line = QLabel(parent)
        self.refusal_line.setStyleSheet(ERROR_STYLE)
        self.refusal_line.hide()
        self.lineEdit().textEdited.connect(lambda _text: self.refusal_line.hide())
        self.valueChanged.connect(lambda _value: self.refusal_line.hide())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._say_refusal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if key_guide.FORM_SAVE.matches(event):  # Enter: the number is chosen
            self._say_refusal()

    def _say_refusal(self) -> None:
        refusal = self.refusal()
        if refusal is None:
            return
        shown = self.textFromValue(self.value())
        self.refusal_line.setText(refusal + " " + _("Still showing {value}.").format(value=shown))
        self.refusal_line.show()
