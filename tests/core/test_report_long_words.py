"""A word too wide for its column ("samverkansöverenskommelsen" in the actions list's first
column, "Utbildningsförvaltningen" as a responsible organisation) is broken as a reader expects:
after a slash in it, else with a hyphen at each line's end. ReportLab split it anywhere without
a mark ("Sturep" / "lan/Östermalmstorg", "sam" / "verkansöverenskommelsen")."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from samverkan_desktop.reports import style
from samverkan_desktop.reports.style import STYLES
from samverkan_desktop.reports.word_breaks import hyphenated


def _lines(story: list, tmp_path: Path) -> list[str]:  # type: ignore[type-arg]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(style.Document("Test").build(story))
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def test_a_too_long_word_in_a_cell_breaks_with_a_hyphen(tmp_path: Path) -> None:
    rows = [
        ["Förbereda revideringen av samverkansöverenskommelsen"],
        [style.markup("<b>Revidera samverkansöverenskommelsen</b>", "cell")],
        ["Johan Ek · Utbildningsförvaltningen"],
    ]
    lines = _lines([style.table(["Åtgärd"], rows, [28])], tmp_path)
    assert lines[1:-1] == [
        "Förbereda",
        "revideringen av",
        "samverkansöve-",
        "renskommelsen",
        "Revidera",
        "samverkansöve-",
        "renskommelsen",
        "Johan Ek ·",
        "Utbildningsför-",
        "valtningen",
    ]


def test_a_too_long_name_breaks_after_its_slash(tmp_path: Path) -> None:
    lines = _lines(
        [style.table(["Ursprung"], [["Möte, Platssamverkan Stureplan/Östermalmstorg"]], [36])],
        tmp_path,
    )
    assert "Stureplan/" in lines and "Östermalmstorg" in lines, lines


def test_a_word_that_fits_is_left_whole(tmp_path: Path) -> None:
    lines = _lines(
        [style.paragraph("Förbereda revideringen av samverkansöverenskommelsen, Stureplan/Gärdet")],
        tmp_path,
    )
    assert lines[0] == "Förbereda revideringen av samverkansöverenskommelsen, Stureplan/Gärdet"


def test_hyphenation_keeps_a_few_letters_together_and_prefers_a_syllable() -> None:
    cell = STYLES["cell"]
    pieces = hyphenated("Utbildningsförvaltningen", cell.fontName, cell.fontSize, 70)
    assert pieces == ["Utbildningsför-", "valtningen"]
    assert hyphenated("kort", cell.fontName, cell.fontSize, 70) == ["kort"]
    # Not a word of letters (an e-mail address): left to ReportLab.
    address = "ingrid.sjoberg.samordnare@example.se"
    assert hyphenated(address, cell.fontName, cell.fontSize, 70) == [address]


def _footer_words(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """The words on the footer line: text, left and right edge (points)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "footer.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        done.stdout,
    )
    bottom = max(float(y) for _x, y, _x2, _w in words)
    return [(w, float(x), float(x2)) for x, y, x2, w in words if float(y) == bottom]


@pytest.mark.parametrize("issuer", ["Östermalms stadsdelsförvaltning", ""])
def test_a_long_footer_keeps_clear_of_the_issuer_and_the_page_number(
    issuer: str, tmp_path: Path
) -> None:
    place = (
        "Trygghetsvandring Gyllenstiernsgatan och Karlavägen med omnejd inklusive "
        "Ladugårdsgärde och Frihamnen samt områdena runt Värtahamnen · 2021-09-23"
    )
    pdf = style.Document("Test", footer=place, issuer=issuer).build([style.paragraph("Text")])
    words = _footer_words(pdf, tmp_path)
    text = " ".join(w for w, _l, _r in words)
    assert text.endswith("Sida 1 av 1") and "…" in text, text
    assert "Värtahamnen" not in text  # shortened, not drawn off the paper
    width = style.PAGE_SIZE[0]
    assert max(r for _w, _l, r in words) <= width - style.MARGIN_X + 1
    # No word overlaps the next: the footer, the issuer and the page number keep apart.
    edges = sorted((left, right) for _w, left, right in words)
    assert all(a[1] <= b[0] for a, b in zip(edges, edges[1:], strict=False)), words
    if issuer:
        assert issuer in text


def test_a_long_issuer_leaves_the_footer_saying_what_the_paper_is(tmp_path: Path) -> None:
    """A long district name was centred on the line and left only "Krisledningens…" of the
    paper's name; now the paper's name stays whole and the issuer is shortened."""
    issuer = (
        "Hässelby-Vällingby stadsdelsförvaltning, avdelningen för trygghet, säkerhet, "
        "beredskap och krisstöd"
    )
    footer = "Krisledningens kontaktlista"
    pdf = style.Document("Test", footer=footer, issuer=issuer).build([style.paragraph("Text")])
    words = _footer_words(pdf, tmp_path)
    text = " ".join(w for w, _l, _r in words)
    assert text.startswith(footer + " Hässelby-Vällingby"), text
    assert "…" in text and text.endswith("Sida 1 av 1"), text
    edges = sorted((left, right) for _w, left, right in words)
    assert all(a[1] <= b[0] for a, b in zip(edges, edges[1:], strict=False)), words


ADDRESS = "https://intranat.stockholm.se/larm/enheter/LARM-03/servicehistorik?fran=2026-01-01&till=2026-12-31"  # noqa: E501
SERIAL = ("SN" + "0123456789ABCDEF" * 5)[:80]


@pytest.mark.parametrize(
    "cell", [ADDRESS, style.markup(style.escape(ADDRESS), "cell")], ids=["text", "markup"]
)
def test_an_address_breaks_after_a_slash_with_nothing_added(cell: object, tmp_path: Path) -> None:
    """An address in a note broke as "https:/ / intranat.stockholm.se/ larm/": a space was
    added after each slash; and an "&" in it hid it from the breaking, so it was cut anywhere
    ("…till=2026-1" / "2-31")."""
    lines = _lines([style.table(["När", "Vad"], [["2026-12-02 13:00", cell]], [30, 140])], tmp_path)
    assert lines[1:3] == [
        "2026-12-02 13:00 https://intranat.stockholm.se/larm/enheter/LARM-03/",
        "servicehistorik?fran=2026-01-01&till=2026-12-31",
    ]


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[str, float, float]]:
    """Every word drawn: text, left and right edge (points)."""
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<', done.stdout
    )
    return [(word, float(left), float(right)) for left, right, word in found]


def test_a_long_unbroken_serial_stays_in_its_column(tmp_path: Path) -> None:
    """An 80-character serial in a narrow "Vad" column goes on over lines, each within the
    column, and is all there, not cut off nor drawn over "Detaljer"."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    widths = [25, 35, 15, 95]  # mm, the text width
    row = ["2026-12-02 13:00", f"Service {SERIAL}", "AB", f"Batteri bytt, {SERIAL}"]
    pdf = style.Document("Test").build(
        [style.table(["När", "Vad", "Sign", "Detaljer"], [row], widths)]
    )
    edges = [style.MARGIN_X + sum(widths[:n]) * mm for n in range(len(widths) + 1)]
    words = _words(pdf, tmp_path)[:-4]  # not the footer's "Sida 1 av 1"
    for word, left, right in words:
        column = max(n for n, edge in enumerate(edges) if edge <= left + 0.5)
        assert right <= edges[column + 1] - style.TABLE_PADDING + 0.5, (word, column)
    vad = "".join(w for w, left, _r in words if edges[1] <= left < edges[2])
    detaljer = "".join(w for w, left, _r in words if edges[3] <= left < edges[4])
    assert vad == f"VadService{SERIAL}" and detaljer == f"DetaljerBatteribytt,{SERIAL}"


def test_a_bold_label_is_measured_in_bold(tmp_path: Path) -> None:
    """The action plan's group tables print their labels bold: one that fits the column in
    the regular font but not in bold ("Kontaktperson lokalpolisen", 108 against 118 points in
    a room of 117) breaks rather than sticks out past the column."""
    rows = [["Kontaktperson lokalpolisen", "Anna Berg"]]
    lines = _lines([style.table(["Grupp", "Namn"], rows, [44, 60], bold_columns=[0])], tmp_path)
    assert lines[1:3] == ["Kontaktperson", "lokalpolisen"], lines
