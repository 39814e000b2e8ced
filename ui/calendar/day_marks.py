"""How the month and week grids mark a day: today outlined in the house blue; the day gone to
with "Gå till…" with its heading on that blue, so the eye finds it at once and still tells it
from today (the area keeps that day, marked whenever its week or month is shown, until "I dag"
or another "Gå till…")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QFrame, QLabel

MARK_COLOUR = "#1f6fb2"
CHOSEN_FILL = "#e3edf7"  # a day or half hour chosen with the keys or a click, in the blue's frame


def day_marks_style(frame: str, heading: str) -> str:
    """The marks' rules for a grid whose days are ``QFrame#frame`` headed by ``QLabel#heading``;
    placed after the grid's own rules, they win over a holiday's colours."""
    return f"""
QFrame#{frame}[today="true"] {{ border: 2px solid {MARK_COLOUR}; }}
QLabel#{heading}[chosen="true"] {{
    background: {MARK_COLOUR}; color: white; border-radius: 3px; padding: 1px 4px;
}}
"""


def mark_day(
    frame: QFrame, heading: QLabel, day: dt.date, today: dt.date, chosen: dt.date | None = None
) -> None:
    frame.setProperty("today", day == today)
    heading.setProperty("chosen", day == chosen)
