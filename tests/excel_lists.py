"""Contact lists as a district keeps them in Excel, written the way Excel writes them: an .xlsx
with its strings shared, empty cells and blank rows left out; a CSV saved by Swedish Excel
("CSV (semikolonavgränsad)": Windows-1252, semicolons, CRLF)."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"

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


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def write_xlsx(path: Path, rows: Sequence[Sequence[str]] = ROWS) -> Path:
    strings: list[str] = []
    sheet_rows = []
    for number, row in enumerate(rows, start=1):
        if not any(row):
            continue  # Excel writes no element for a blank row
        cells = []
        for index, text in enumerate(row):
            if not text:
                continue
            reference = f"{_column(index)}{number}"
            if text.isdigit():
                cells.append(f'<c r="{reference}"><v>{text}</v></c>')
                continue
            if text not in strings:
                strings.append(text)
            cells.append(f'<c r="{reference}" t="s"><v>{strings.index(text)}</v></c>')
        sheet_rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Kontakter" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        book.writestr("xl/sharedStrings.xml", f'<sst xmlns="{MAIN}">{shared}</sst>')
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>',
        )
    return path
