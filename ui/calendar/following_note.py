"""The note in a dialog changing one meeting that other groups meet before ("inför
chefsamråd"): which of their meetings will follow, as the core foresees it
(``meeting_following``); hidden when none follow."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.services.meeting_following import Following, following_lines
from ui.context import AppContext
from ui.widgets.notice import NOTE_LABEL_STYLE


def following_text(ctx: AppContext, foresee: Callable[..., list[Following]], /, *args: Any) -> str:
    """The sentences saying what follows ("" when nothing does, or the meeting is gone
    meanwhile: the change itself then says so)."""
    try:
        return "\n".join(following_lines(ctx.call(foresee, *args)))
    except DomainError:
        return ""


class FollowingNote(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWordWrap(True)
        self.setStyleSheet(NOTE_LABEL_STYLE)
        self.hide()

    def foresee(self, foresee: Callable[..., list[Following]], /, *args: Any) -> None:
        text = following_text(self.ctx, foresee, *args)
        self.setText(text)
        self.setVisible(bool(text))
