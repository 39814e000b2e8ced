"""A removal in the meeting editor (an agenda item, a decision, an invitee) that can be undone:
the editor's notice says what went, and "Undo" (Ctrl+Z while it shows) brings it back in its
place through the service's restore, chosen again in its list. A refused undo (another desk
made it impossible meanwhile) says why, as every undo does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

from ui.widgets.notice import NoticeBar

R = TypeVar("R")


class Act(Protocol):
    """The editor's ``act``: run a service call, show a refusal, show the meeting as it is."""

    def __call__(
        self, function: Callable[..., Any] | None, *args: Any, undoing: bool = False
    ) -> bool: ...


def remove_with_undo(
    act: Act,
    notice: NoticeBar,
    text: str,
    remove: Callable[[Session, int], R],
    record_id: int,
    restore: Callable[[Session, R], int],
    select: Callable[[int], object],
) -> bool:
    """``remove`` the record; when done, offer to ``restore`` it and ``select`` it again by
    the id it comes back with. True when removed."""
    removed: list[R] = []
    if not act(lambda session: removed.append(remove(session, record_id))):
        return False

    def undo() -> None:
        restored: list[int] = []
        if act(lambda session: restored.append(restore(session, removed[0])), undoing=True):
            select(restored[0])

    notice.show_message(text, undo)
    return True
