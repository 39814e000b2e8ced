"""A list as the window shows it, for Excel: the columns' titles, then the rows as text.

Swedish Excel opens a CSV file by a double-click when its fields are separated by semicolons
(its list separator; commas put everything in one column) and, with a byte-order mark, reads
å, ä and ö right. A cell that begins like a formula (= + - @) gets an apostrophe before it, as
Excel itself writes such text, so a name typed as "=HYPERLINK(…)" stays text (OWASP's "CSV
injection")."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def table_csv(titles: Sequence[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([_cell(title) for title in titles])
    for row in rows:
        writer.writerow([_cell(text) for text in row])
    return buffer.getvalue().encode("utf-8-sig")


def table_text(titles: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Tab-separated, one line a row: what Excel, Word and a mail take from the clipboard as a
    table (line breaks inside a cell become spaces)."""
    lines = ["\t".join(titles)] if titles else []
    for row in rows:
        lines.append("\t".join(" ".join(text.split()) for text in row))
    return "\n".join(lines)
