"""The one guard for every cell Samverkan writes into a file Excel opens (a CSV export).

A cell that begins like a formula (= + - @, or a tab or carriage return before one) would run
as a formula when Excel opens the file: a name typed as "=HYPERLINK(…)" becomes a link, a
command in an old Excel (OWASP's "CSV injection"). An apostrophe before it keeps it text, as
Excel itself writes such text; Excel shows the text without the apostrophe, and our import
(imports/table_file.py) takes it away again."""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(text: str) -> str:
    """``text`` as a cell that Excel reads as text, never as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
