"""A table kept in Excel, as rows of text: an .xlsx workbook's first sheet or a .csv file.

Swedish Excel saves "CSV (semikolonavgränsad)" in Windows-1252 without a byte-order mark, and
"CSV UTF-8" with one; the separator is a semicolon, a comma elsewhere, a tab from a copied
sheet. The .xlsx is read with openpyxl: shared and inline strings, numbers stored as floats and
days stored as serial numbers are its business, not ours."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.os_errors import reason

SEPARATORS = (";", ",", "\t")
# Our own CSV export puts an apostrophe before a cell that begins like a formula (exports/
# spreadsheet_cell.py), as Excel does: "'+46 70 …" is read back as "+46 70 …".
_QUOTED_FORMULA = re.compile(r"^'(?=[=+\-@\t\r])")


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
    # Imported when a workbook is read: openpyxl is a second of start-up nobody else needs.
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError(
            _(
                "{file} cannot be read as an Excel workbook: open it in Excel and save it again as .xlsx or .csv."
            ).format(file=name)
        ) from error
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a whole number Excel stored as a float
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()  # a day Excel keeps as a midnight
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
