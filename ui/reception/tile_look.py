"""How large a unit tile is drawn: full size where the screen has room (1280 × 800 and up), a
few steps smaller where the rows would not fit the height left, so a desk of up to some sixteen
units is seen whole on a 1024 × 768 screen without scrolling. Every size has a floor read at
arm's length; below the smallest step the tiles scroll (PgUp/PgDown)."""

from __future__ import annotations

from dataclasses import dataclass

from ui.alarms.common import Palette
from ui.reception.test_mark import tile_mark_style

SELECTED_BORDER = "#1c3b5a"


@dataclass(frozen=True)
class TileLook:
    scale: float

    def px(self, full: int, least: int) -> int:
        return max(least, round(full * self.scale))

    @property
    def min_width(self) -> int:
        return round(170 * self.scale)

    @property
    def max_height(self) -> int:
        return round(210 * self.scale)

    def margins(self) -> tuple[int, int, int, int]:
        side, top = self.px(14, 8), self.px(10, 5)
        return side, top, side, top

    def style(self, colours: Palette, selected: bool, overdue: bool) -> str:
        border = (
            f"4px solid {SELECTED_BORDER}" if selected else f"2px solid {colours.border.name()}"
        )
        text = colours.text.name()
        return (
            f"QFrame#tile {{ background: {colours.background.name()}; border: {border};"
            " border-radius: 10px; }"
            " QLabel { background: transparent; border: none; }"
            # The code and the state are what she looks for: they stay the largest.
            f" QLabel#tileCode {{ font-size: {self.px(26, 19)}px; font-weight: 700;"
            " color: #1c2733; }"
            f" QLabel#tileState {{ font-size: {self.px(17, 14)}px; font-weight: 600;"
            f" color: {text}; }}"
            f" QLabel#tileBorrower {{ font-size: {self.px(19, 15)}px; color: #1c2733; }}"
            f" QLabel#tileDue {{ font-size: {self.px(15, 12)}px; color: {text};"
            f" font-weight: {700 if overdue else 400}; }}" + tile_mark_style(self.px(14, 12))
        )


FULL = TileLook(1.0)
LOOKS = (FULL, TileLook(0.9), TileLook(0.8), TileLook(0.72))  # tried in turn, largest first
