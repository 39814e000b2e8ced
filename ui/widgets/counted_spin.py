"""A number field whose unit follows the number: "1 månad", "2 månader", "1 säkerhetskopia".

QSpinBox's suffix is one text for every value, so a field with a plural suffix read "1
månader". Here the suffix is asked for again whenever the value changes (a unit from
ngettext); the field is as wide as its longest unit, so it does not change width under the
typing hand. A form that refuses a number outside the range may keep it as typed (NumberField)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _, ordinal_number
from ui.widgets.number_field import NumberField


class CountedSpinBox(NumberField):
    """``suffix(n)`` after the number ``n``: " months" etc., with its leading space."""

    def __init__(
        self,
        suffix: Callable[[int], str],
        parent: QWidget | None = None,
        *,
        keep_outside: bool = False,
        unit: Callable[[int], str] | None = None,
    ) -> None:
        super().__init__(parent, keep_outside=keep_outside, unit=unit)
        self._suffix_for = suffix
        self.valueChanged.connect(self._follow)
        self._follow(self.value())

    def _follow(self, value: int) -> None:
        text = self._suffix_for(value)
        if text != self.suffix():
            self.setSuffix(text)

    def _widest_content(self) -> int:
        # Qt measures the suffix shown now; the other forms ("1 månad" shown, "12 månader"
        # to come) are measured here, as Qt measures: 0, 1, 2 and the ends cover every
        # plural form used.
        values = {n for n in (0, 1, 2, self.minimum(), self.maximum())}
        forms = {self._suffix_for(n) for n in values if self.minimum() <= n <= self.maximum()}
        return max(map(self._content_width, forms))


def unit_suffix(unit: Callable[[int], str]) -> Callable[[int], str]:
    """The suffix for a unit word from ngettext ("month"/"months"): a space, then the word."""
    return lambda n: " " + unit(n)


def nth_month_suffix(n: int) -> str:
    """After "every " and the number: "every 2nd month", Swedish "var 2:a månad", "var 3:e
    månad" (the ordinal's ending, which one text ":e månad" got wrong for 2)."""
    return ordinal_number(n).removeprefix(str(n)) + _(" month")
