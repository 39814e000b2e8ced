"""A number field that keeps a number typed outside its range, for the form to refuse.

QSpinBox dropped the key that took a number past its maximum ("150" months became 15, saved
without a word) and put the last number back over one below its minimum when the field was
left ("5" became 18 again). Here such a number stays as typed, in red, and ``typed_value()``
gives it to the form, whose service refuses it naming the range; the arrows, or typing a
number in range, take the field back."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from samverkan_desktop.number_range import range_refusal
from ui import key_guide

_OUTSIDE_STYLE = "color: #b00020;"


class NumberField(QSpinBox):
    """``keep_outside``: only in a form that reads ``typed_value()`` and refuses it (the
    settings; a FormDialog turns it on for the fields of its rows and refuses with
    ``refusal()``); elsewhere the red number would not be the one saved, so Qt's way stays."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        keep_outside: bool = False,
        unit: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._keeps = keep_outside
        self.unit = unit  # the unit after the range in a refusal ("månader")
        self._outside: str | None = None  # the digits typed, outside the range
        self._off_number = False  # the minimum shown as a word is a number one types too
        self.lineEdit().textEdited.connect(lambda _text: self._show_outside(None))
        self.valueChanged.connect(lambda _value: self._show_outside(None))

    def typed_value(self) -> int:
        """The number shown, also one outside the range (for the form to refuse)."""
        typed = self._outside or self._typed_outside()
        return int(typed) if typed is not None else self.value()

    def keep_outside(self) -> None:
        """From now on a number typed outside the range stays, for the form to refuse."""
        self._keeps = True
        self.updateGeometry()  # room for such a number

    def sizeHint(self) -> QSize:  # noqa: N802
        return self._widened(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._widened(super().minimumSizeHint())

    def _widened(self, hint: QSize) -> QSize:
        # Qt measures the range's ends with the suffix shown now: a digit typed past the
        # maximum ("150 dagar före" where 28 is the most) was cut at the field's edge.
        extra = self._widest_content() - self._content_width(self.suffix(), typed=False)
        return QSize(hint.width() + max(0, extra), hint.height())

    def _widest_content(self) -> int:
        """The width of the widest text the field may show (CountedSpinBox: any unit form)."""
        return self._content_width(self.suffix())

    def _content_width(self, suffix: str, typed: bool = True) -> int:
        """As Qt measures a spin box's text (prefix, number, suffix and a space): the ends of
        the range, the special text, and (``typed``) the widest number kept as typed."""
        numbers = [self.textFromValue(self.minimum()), self.textFromValue(self.maximum())]
        if typed and self._keeps:
            numbers.append(self._widest_typed())
        metrics = self.fontMetrics()
        texts = [self.prefix() + number + suffix + " " for number in numbers]
        return max(metrics.horizontalAdvance(t) for t in [*texts, self.specialValueText()])

    def _widest_typed(self) -> str:
        metrics = self.fontMetrics()
        widest = max("0123456789", key=metrics.horizontalAdvance)
        return widest * self._most_digits()

    def _most_digits(self) -> int:
        """A number kept as typed has at most one digit more than the maximum ("150" where 90
        is the most): a key past that is dropped, as Qt drops one past the maximum."""
        return len(str(abs(self.maximum()))) + 1

    def set_off_number(self, text: str) -> None:
        """Show the minimum as ``text`` ("inget krav") where it is a number one types as well
        (a setting's 0, as the command line takes it): a refusal names it with its meaning."""
        self.setSpecialValueText(text)
        self._off_number = True

    def refusal(self) -> str | None:
        """Why the number shown is refused (None: it is in range), said beside the field, whose
        label names it. The minimum shown as a word ("aldrig", "inget datum") is no number to
        name, unless it is one (set_off_number)."""
        if self.minimum() <= self.typed_value() <= self.maximum():
            return None
        if self._off_number:
            return range_refusal(
                self.typed_value(),
                self.minimum(),
                self.maximum(),
                unit=self.unit,
                off=self.specialValueText(),
            )
        lowest = self.minimum() + (1 if self.specialValueText() else 0)
        return range_refusal(self.typed_value(), lowest, self.maximum(), unit=self.unit)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._number_outside(text) is not None:  # kept as typed, not a key dropped
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        typed = self._typed_outside()
        super().focusOutEvent(event)  # Qt puts the last number in range back
        if typed is not None:
            self._show_outside(typed)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        typed = self._typed_outside()
        super().keyPressEvent(event)  # Enter: Qt puts the last number back, then the form saves
        if typed is not None and key_guide.FORM_SAVE.matches(event):
            self._show_outside(typed)

    def _typed_outside(self) -> str | None:
        return self._number_outside(self.lineEdit().text())

    def _number_outside(self, text: str) -> str | None:
        if not self._keeps:
            return None
        core = text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()
        if len(core) > self._most_digits():
            return None  # the field has no room for it
        if core.isdigit() and not self.minimum() <= int(core) <= self.maximum():
            return core
        return None

    def _show_outside(self, typed: str | None) -> None:
        if typed is None and self._outside is None:
            return
        self._outside = typed
        line = self.lineEdit()
        line.setStyleSheet(_OUTSIDE_STYLE if typed is not None else "")
        shown = self.prefix() + (typed or "") + self.suffix()
        if typed is not None and line.text() != shown:  # over the number Qt put back
            blocked = line.blockSignals(True)
            line.setText(shown)
            line.blockSignals(blocked)


def refused_number(widgets: Iterable[QWidget]) -> tuple[NumberField, str] | None:
    """The first shown, enabled number field in ``widgets`` (or inside them) whose typed number
    is outside its range, with the refusal."""
    for widget in widgets:
        for field in [widget, *widget.findChildren(NumberField)]:
            if not isinstance(field, NumberField) or not field.isEnabled():
                continue
            if not field.isVisibleTo(widget.window()) and field is not widget:
                continue  # a page of a stack not shown (the weekly page of a monthly rule)
            refusal = field.refusal()
            if refusal is not None:
                return field, refusal
    return None
