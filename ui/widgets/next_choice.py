"""Which row a list chooses when its chosen row went from under the choice (deleted, or taken
out of the filter by a change): the one that took its place, or the one before it when it
was the last. With nothing chosen after "Ta bort", the pane beside the list went blank and
the next Delete did nothing; now Delete, Delete, Delete works through a list.

``RecordTable.set_rows`` asks ``chosen_after_removal``; a QListWidget refilled from the
database (a walk's stops, an agenda) is refilled inside ``choice_followed``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

K = TypeVar("K", bound=Hashable)


def chosen_after_removal(before: Sequence[K], chosen: K, after: Collection[K]) -> K | None:
    """The record to choose once ``chosen`` is no longer shown: ``before`` are the ids in the
    order shown before, ``after`` those shown now. None when ``chosen`` is still there, or
    when more went than it (another record's rows, a search typed): only a removal moves the
    choice on, a list narrowed by the user leaves nothing chosen as before. Of a list shown a
    page at a time only the rows up to the new ones' count are compared (the pages scrolled
    to are not reloaded)."""
    if chosen in after or chosen not in before:
        return None
    compared = before[: len(after) + 1]
    if chosen not in compared or any(k not in after for k in compared if k != chosen):
        return None
    at = before.index(chosen)
    following = [k for k in before[at + 1 :] if k in after]
    if following:
        return following[0]
    earlier = [k for k in before[:at] if k in after]
    return earlier[-1] if earlier else None


def _identity(data: Any) -> Hashable:
    return data  # type: ignore[no-any-return]


@contextmanager
def choice_followed(
    widget: QListWidget, id_of: Callable[[Any], Hashable] = _identity
) -> Iterator[None]:
    """Refill ``widget`` inside: the item chosen before is chosen again, or when it went, the
    one in its place (``chosen_after_removal``). ``id_of``: an item's record id from its
    ``UserRole`` data (the data itself by default)."""

    def ids() -> list[Hashable]:
        role = Qt.ItemDataRole.UserRole
        return [id_of(widget.item(row).data(role)) for row in range(widget.count())]

    before = ids()
    at = widget.currentRow()
    chosen = before[at] if 0 <= at < len(before) else None
    yield
    after = ids()
    if chosen is None:
        return
    wanted = chosen if chosen in after else chosen_after_removal(before, chosen, set(after))
    if wanted is not None:
        widget.setCurrentRow(after.index(wanted))
