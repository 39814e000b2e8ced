"""What the date and time fields share while they keep a text as typed (one a user is still
typing, or one refused): which keys type into them, and the red of a refused text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

REFUSED_STYLE = "color: #b42318;"  # as the form's error texts


def is_shortcut(event: QKeyEvent) -> bool:
    """Ctrl, Alt or Meta held: a shortcut (Ctrl+A), not a character typed into the field."""
    held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    return bool(event.modifiers() & (held | Qt.KeyboardModifier.MetaModifier))
