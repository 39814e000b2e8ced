"""A list as the window shows it, for Excel: the columns' titles, then the rows as text.

Swedish Excel opens a CSV file by a double-click when its fields are separated by semicolons
(its list separator; commas put everything in one column) and, with a byte-order mark, reads
å, ä and ö right. A cell that begins like a formula stays text (exports/spreadsheet_cell)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from samverkan_desktop.exports.spreadsheet_cell import spreadsheet_cell


def table_csv(titles: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(title) for title in titles])
    for row in rows:
        writer.writerow([spreadsheet_cell(text) for text in row])
    return buffer.getvalue().encode("utf-8-sig")


def table_text(titles: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Tab-separated, one line a row: what Excel, Word and a mail take from the clipboard as a
    table (line breaks inside a cell become spaces)."""
    lines = ["\t".join(titles)] if titles else []
    for row in rows:
        lines.append("\t".join(" ".join(text.split()) for text in row))
    return "\n".join(lines)
