"""A table kept in Excel, as rows of text: an .xlsx workbook's first sheet or a .csv file.

Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252 without a byte-order mark, and
"CSV UTF-8" with one; the separator is a semicolon, a comma elsewhere, a tab from a copied
sheet. The .xlsx is read with the standard library (a zip of XML), so no spreadsheet package
is needed for one sheet of text."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.os_errors import reason

SEPARATORS = (";", ",", "\t")
# Our own CSV export puts an apostrophe before a cell that begins like a formula (exports/
# table_csv.py), as Excel does: "'+46 70 …" is read back as "+46 70 …".
_QUOTED_FORMULA = re.compile(r"^'(?=[=+\-@])")
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def read_table(path: Path) -> list[list[str]]:
    """The file's rows, each a list of its cells' text (stripped; a blank row is all "")."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".txt", ".xlsx"):
        raise ValidationError(
            _(
                "{file} is not a list Samverkan can read: save it from Excel as .xlsx or .csv."
            ).format(file=path.name)
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            _("Cannot read {file}: {reason}.").format(file=path.name, reason=reason(error))
        ) from error
    rows = _xlsx_rows(data, path.name) if suffix == ".xlsx" else _csv_rows(data)
    return [[_QUOTED_FORMULA.sub("", cell.strip()) for cell in row] for row in rows]


def _csv_rows(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    first = next((line for line in text.splitlines() if line.strip()), "")
    separator = max(SEPARATORS, key=first.count)
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=separator))


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            shared = _shared_strings(book)
            sheet = ElementTree.fromstring(book.read(_first_sheet(book)))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise ValidationError(
            _(
                "{file} cannot be read as an Excel workbook: open it in Excel and save it again as .xlsx or .csv."
            ).format(file=name)
        ) from error
    rows: list[list[str]] = []
    for row in sheet.iter(f"{_MAIN}row"):
        number = int(row.get("r", len(rows) + 1))
        while len(rows) < number - 1:
            rows.append([])  # rows Excel left out are blank ones
        cells: list[str] = []
        for cell in row.iter(f"{_MAIN}c"):
            column = _column_index(cell.get("r", ""), len(cells))
            cells.extend([""] * (column - len(cells)))
            cells.append(_cell_text(cell, shared))
        rows.append(cells)
    return rows


def _first_sheet(book: zipfile.ZipFile) -> str:
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    first = next(workbook.iter(f"{_MAIN}sheet"))
    wanted = first.get(f"{_REL}id")
    links = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = next(
        r.get("Target", "")
        for r in links.iter(f"{_PACKAGE_REL}Relationship")
        if r.get("Id") == wanted
    )
    return target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    strings = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    return [
        "".join(t.text or "" for t in item.iter(f"{_MAIN}t")) for item in strings.iter(f"{_MAIN}si")
    ]


def _column_index(reference: str, fallback: int) -> int:
    letters = "".join(ch for ch in reference if ch.isalpha())
    if not letters:
        return fallback
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _cell_text(cell: ElementTree.Element, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_MAIN}t"))
    value = cell.findtext(f"{_MAIN}v") or ""
    if kind == "s" and value.isdigit() and int(value) < len(shared):
        return shared[int(value)]
    if kind is None and value.endswith(".0"):
        return value[:-2]  # a whole number Excel stored as a float
    return value
