"""A command's table fitted to the terminal it is shown in. The actions list was 185–257
characters wide in an 80-column terminal, each row broken over three or four lines. On a
terminal the widest columns of free text (a title, a source, a name) are shortened with "…"
until the table fits; numbers, dates and times never are. Piped or redirected, the table is
printed whole, as scripts read it (``--json`` is the whole record in any case)."""

from __future__ import annotations

import re
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

GAP = 2  # spaces between two columns
NARROWEST = 12  # a free-text column is shortened no further (nor below its heading)
ELLIPSIS = "…"
# Three letters in a row: words. "2026-11-30", "18.30–20.00", "kl. 18.30" and "v. 49" have none.
_WORD = re.compile(r"[^\W\d_]{3}")


def text_width(text: str) -> int:
    """Columns on a terminal: an "Å" typed as A and a ring (macOS, a pasted PDF) is one, not two,
    and a wide character two."""
    if text.isascii():
        return len(text)
    return sum(_char_width(c) for c in text)


def _char_width(c: str) -> int:
    return 0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1


def terminal_columns() -> int | None:
    """The width of the terminal the output goes to; None when it goes to a file or a pipe."""
    try:
        if not sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):  # replaced by a stream without one, or closed
        return None
    return shutil.get_terminal_size().columns


def fitted_widths(
    headers: Sequence[str], values: Sequence[Sequence[Any]], cells: Sequence[Sequence[str]]
) -> list[int]:
    """The columns' widths: each as wide as its widest cell; on a terminal too narrow for them,
    the widest free-text column is narrowed a column at a time (the longest title first, a
    short status last) until the table fits or each is at its floor."""
    widths = [text_width(h) for h in headers]
    for row in cells:
        widths = [max(w, text_width(cell)) for w, cell in zip(widths, row, strict=True)]
    columns = terminal_columns()
    if columns is None:
        return widths
    floors = {
        i: min(widths[i], max(text_width(h), NARROWEST))
        for i, h in enumerate(headers)
        if _free_text(row[i] for row in values)
    }
    excess = sum(widths) + GAP * (len(widths) - 1) - columns
    while excess > 0:
        room = [i for i, floor in floors.items() if widths[i] > floor]
        if not room:
            break
        widths[max(room, key=lambda i: widths[i])] -= 1
        excess -= 1
    return widths


def _free_text(values: Any) -> bool:
    """Whether a column holds prose (a title, a name): text, not numbers, dates or paths (those
    are objects until printed), with words and spaces. A column of single tokens is of codes
    and keys a command is given ("LARM-01", "meetings.horizon_months"): never shortened."""
    texts = [v for v in values if v is not None]
    return (
        bool(texts)
        and all(isinstance(v, str) for v in texts)
        and any(" " in v and _WORD.search(v) for v in texts)
    )


def shortened(text: str, width: int) -> str:
    """``text`` in ``width`` columns: cut with "…" when it is wider."""
    if text_width(text) <= width:
        return text
    kept, used = [], 0
    for c in text:
        if used + _char_width(c) > width - 1:
            break
        kept.append(c)
        used += _char_width(c)
    return "".join(kept).rstrip() + ELLIPSIS
