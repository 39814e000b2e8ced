"""The count under a list: "14 larm", and "1 av 14 larm" while a search or a filter narrows it
("1 larm" read as if the register held no more). Shared by ListPage and the Actions area."""

from __future__ import annotations

from collections.abc import Callable


def count_words(
    shown: int,
    total: int | None,
    whole: Callable[[int], str],
    narrowed: Callable[[int, int], str],
) -> str:
    """``whole(shown)`` when nothing narrows the list (``total`` None) or nothing is left out;
    else ``narrowed(shown, total)``, the rows shown out of the whole register's ``total``."""
    if total is None or total == shown:
        return whole(shown)
    return narrowed(shown, total)
