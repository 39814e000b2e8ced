"""An area's list as an Overview card's link left it ("Öppna i Åtgärder…": the overdue actions
alone): choosing the area in the sidebar (or the View menu) afterwards brings back the area's
own view, as Kalender goes back from a meeting opened elsewhere. The link's filters are the
card's, not the user's: Åtgärder from the sidebar showed "Försenade åtgärder" for good. Filters
the user changed since are theirs, and stay."""

from __future__ import annotations

from collections.abc import Callable


class LinkedView:
    """``state``: what the area's filters and search are now, compared as a whole."""

    def __init__(self, state: Callable[[], object]) -> None:
        self._state = state
        self._left: object | None = None  # as the last link left the filters

    def shown(self) -> None:
        """A link has just set the filters (the end of the area's ``show_subset``)."""
        self._left = self._state()

    def ends(self) -> bool:
        """The area is chosen: whether it still shows the link's list, to be left for the
        area's own view. Asked once per link."""
        left, self._left = self._left, None
        return left is not None and self._state() == left
