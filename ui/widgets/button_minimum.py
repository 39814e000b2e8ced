"""A push button that may get narrower than the style's usual least width (80 px in Fusion) down
to what its text needs, where its row has no more room: a row of short buttons ("I dag",
"Månad") no longer holds the window wider than 900 px, and where there is room each keeps its
usual width."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QStyle


def minimum_to_text(button: QPushButton) -> None:
    """The style's own margin and frame either side of the text, without its 80 px floor."""
    style = button.style()
    around = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    need = text + 2 * (around + frame)
    button.setMinimumWidth(min(need, button.sizeHint().width()))
