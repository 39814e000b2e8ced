"""How wide a filter's combo box is: as its "all" item read whole, or as its longest choice
(the registers' filters, Åtgärder's and the calendar's)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def filter_whole(combo: QComboBox, all_text: str) -> None:
    """A filter as narrow as its "all" item read whole (``all_text``: a combo filled later has
    no items yet), not as its widest item: beside the Medlemmar tab at 1024 px the types' and
    statuses' widest names kept their combos wide and cut "Alla prioriterade områden" to "Alla
    prioriterade om". The popup still shows every item whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumWidth(combo_width(combo, [all_text]))


def combo_width(combo: QComboBox, texts: Iterable[str]) -> int:
    """The width of ``combo`` with the widest of ``texts`` whole in its field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    text = QSize(widest, metrics.height())
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    )


def choices_width(combo: QComboBox) -> int:
    """The width of ``combo`` with its longest choice whole."""
    return combo_width(combo, (combo.itemText(i) for i in range(combo.count())))
