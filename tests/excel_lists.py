"""Contact lists as a district keeps them in Excel, written the way Excel writes them: an .xlsx
(openpyxl) with empty cells and blank rows left out; a CSV saved by Swedish Excel
("CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

# A coordinator's own list: Å/Ä/Ö, a "Telefon" heading with a space after it, numbers with
# spaces, a blank row, the same person twice, and a phone typed as words.
HEADINGS = ["Namn", "Organisation", "Befattning", "Telefon ", "E-post"]
ROWS: list[list[str]] = [
    HEADINGS,
    ["Åsa Öberg", "Polisen Norrmalm", "Kommunpolis", "070-123 45 67", "asa.oberg@polisen.se"],
    ["", "", "", "", ""],
    ["Björn Ängström", "Östermalms sdf", "Fältassistent", "08-508 090 00", ""],
    ["Åsa Öberg", "Polisen Norrmalm", "Kommunpolis", "070-123 45 67", "asa.oberg@polisen.se"],
    ["Karin Ek", "Fastighets AB Stureplan", "Förvaltare", "ring växeln", ""],
]


def write_csv(path: Path, rows: Sequence[Sequence[str]] = ROWS) -> Path:
    text = "".join(";".join(row) + "\r\n" for row in rows)
    path.write_bytes(text.encode("cp1252"))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[str]] = ROWS) -> Path:
    """The rows as a workbook (openpyxl writes shared strings as Excel does); a blank cell left
    out; digits as a number, as Excel keeps them, unless they start with 0: Excel would drop
    that 0 from a number, so a list that keeps it holds the cell as text."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kontakter"
    for number, row in enumerate(rows, start=1):
        for index, text in enumerate(row, start=1):
            if text:
                sheet.cell(
                    number,
                    index,
                    float(text) if text.isdigit() and not text.startswith("0") else text,
                )
    book.save(path)
    return path
