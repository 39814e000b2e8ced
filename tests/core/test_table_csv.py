"""A list exported for Excel (exports/table_csv)."""

from __future__ import annotations

import csv
import io

from samverkan_desktop.exports.table_csv import table_csv, table_text


def test_excel_reads_semicolons_with_a_byte_order_mark_and_formulas_stay_text() -> None:
    data = table_csv(
        ["Namn", "Organisation", "Telefon"],
        [
            ["Åsa Öberg", "Polisen; Norrmalm", "+46 8 508 10 001"],
            ['=HYPERLINK("http://x")', 'Säger "hej"', "-"],
        ],
    )
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Namn;Organisation;Telefon"
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[1] == ["Åsa Öberg", "Polisen; Norrmalm", "'+46 8 508 10 001"]
    assert rows[2] == ['\'=HYPERLINK("http://x")', 'Säger "hej"', "'-"]


def test_the_clipboard_text_is_one_line_a_row_tab_separated() -> None:
    text = table_text(["Kod", "Anteckning"], [["LARM-01", "Laddas\növer natten"]])
    assert text == "Kod\tAnteckning\nLARM-01\tLaddas över natten"
