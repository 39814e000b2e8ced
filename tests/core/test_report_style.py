"""The faster table cells of reports/style.py must look exactly like the paragraphs they
replace: plain text is broken into the very lines a Paragraph makes, and anything a paragraph
would draw differently stays a paragraph."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from samverkan_desktop.reports import style
from samverkan_desktop.reports.style import STYLES, Para, cell_text, escape, wrap_words

WORDS = st.text(
    alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzåäöÅÄÖ0123456789·–-.,:()/&<>"),
    min_size=1,
    max_size=14,
)


def _paragraph_lines(text: str, room: float, name: str) -> list[tuple[str, float]]:
    """The lines a Paragraph makes, each with its spare width (negative: spaces squeezed)."""
    paragraph = Paragraph(escape(text), STYLES[name])
    paragraph.wrap(room, 10_000)
    lines = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # one run of text
            lines.append((" ".join(line[1]), line[0]))
        else:  # several runs (the parser splits text at & < >)
            words = "".join(f.text for f in line.words).split()
            lines.append((" ".join(words), line.extraSpace))
    return lines


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(WORDS, min_size=1, max_size=14),
    room=st.floats(min_value=20, max_value=300),
    name=st.sampled_from(["cell", "cell_bold"]),
)
def test_plain_cells_break_where_a_paragraph_breaks(
    words: list[str], room: float, name: str
) -> None:
    text = " ".join(words)
    cell = cell_text(text, room, name)
    lines = _paragraph_lines(text, room, name)
    if isinstance(cell, str):
        assert cell.split("\n") == [line for line, _spare in lines]
        # Drawn with natural spaces, as the paragraph draws a line that fits.
        assert all(spare >= -1e-9 for _line, spare in lines)
    else:  # left to a paragraph: a squeezed line or a word wider than the column
        assert isinstance(cell, Paragraph)


def test_what_a_paragraph_draws_differently_stays_a_paragraph() -> None:
    cell = STYLES["cell"]
    assert isinstance(cell_text("ett\ntvå", 100), Paragraph)  # a line break
    assert isinstance(cell_text("10\xa0000 kr", 100), Paragraph)  # a non-breaking space
    assert isinstance(cell_text("Trygghets\xadvandring", 100), Paragraph)  # a soft hyphen
    assert isinstance(cell_text("Trygghetsvandring", 20), Paragraph)  # the word is split
    assert isinstance(cell_text("kort", None), Paragraph)  # no known width
    assert wrap_words(["Trygghetsvandring"], cell, 20) is None
    # Spaces collapse as in a paragraph; short text stays on one line.
    assert cell_text("  Lena   Persson ", 100) == "Lena Persson"
    assert cell_text(None, 100) == ""


def test_a_paragraph_breaks_its_lines_once_per_width(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = []
    original = Paragraph.breakLines

    def counted(self, width):  # type: ignore[no-untyped-def]
        calls.append(width)
        return original(self, width)

    monkeypatch.setattr(Paragraph, "breakLines", counted)
    paragraph = Para("Uppföljning av åtgärder från förra mötet", STYLES["body"])
    first = paragraph.wrap(80, 500)
    assert paragraph.wrap(80, 300) == first  # a table or KeepTogether asking again
    assert len(calls) == 1
    narrower = paragraph.wrap(40, 500)
    assert narrower[1] > first[1] and len(calls) == 2
    assert paragraph.wrap(80, 500) == first and len(calls) == 3


def test_tables_draw_plain_text_in_the_paragraph_look() -> None:
    """Plain cells get the font, size, leading and colour of the "cell" paragraphs (bold in the
    header): the same glyphs at the same baselines."""
    table = style.table(["Namn", "Organisation"], [("Lena Persson", "Polisen")], [40, 40])
    data = table._cellvalues
    assert data[0] == ["Namn", "Organisation"] and data[1] == ["Lena Persson", "Polisen"]
    cell, bold = STYLES["cell"], STYLES["cell_bold"]
    styles = table._cellStyles
    assert styles[1][0].fontname == cell.fontName and styles[1][0].fontsize == cell.fontSize
    assert styles[1][0].leading == cell.leading and styles[1][0].color == cell.textColor
    assert styles[0][0].fontname == bold.fontName


def _page_texts(pdf: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")


@pytest.mark.parametrize(("left_mm", "heading_page"), [(120, 0), (25, 1)])
def test_keep_or_flow_starts_a_long_table_here_unless_too_little_is_left(
    left_mm: float, heading_page: int, tmp_path: Path
) -> None:
    frame = style.PAGE_SIZE[1] - style.MARGIN_TOP - style.MARGIN_BOTTOM
    rows = [(str(n), f"Åtgärd {n}") for n in range(1, 80)]
    story = [
        Spacer(1, frame - left_mm * mm - 12),  # the page is full but for left_mm
        style.KeepOrFlow(
            [style.heading("Uppföljning"), style.table(["Nr", "Åtgärd"], rows, [20, 100])],
            35 * mm,
        ),
    ]
    pages = _page_texts(style.Document("Test").build(story), tmp_path)
    headed = ["Uppföljning" in page.splitlines() for page in pages]
    assert headed[heading_page] and not headed[1 - heading_page]  # "(forts.)" on the next
    assert "Åtgärd 1\n" in pages[heading_page] + "\n"  # the table starts under its heading


def test_keep_or_flow_moves_a_short_card_whole_rather_than_leave_its_last_line_alone(
    tmp_path: Path,
) -> None:
    """A group's card in the collaboration structure (its name over ten facts) with room for
    all but its last fact started at the page's foot: "Deltagare (3)" stood alone at the top of
    the next page, under no group's name."""
    frame = style.PAGE_SIZE[1] - style.MARGIN_TOP - style.MARGIN_BOTTOM
    rows = [(f"Rad {n}", f"Värde {n}") for n in range(1, 10)] + [("Deltagare (3)", "Polisen")]
    name, facts = style.markup("Lokal styrgrupp Östermalm", "h3"), style.facts(rows, 38)
    width = style.PAGE_SIZE[0] - 2 * style.MARGIN_X
    height = sum(f.wrap(width, frame)[1] for f in (name, facts))
    height += name.getSpaceBefore() + name.getSpaceAfter()
    # The page full but for the card less half its last line.
    story = [Spacer(1, frame - height + 6), style.KeepOrFlow([name, facts], room=120)]
    pages = _page_texts(style.Document("Test").build(story), tmp_path)
    assert "Lokal styrgrupp" not in pages[0] and "Deltagare (3)" not in pages[0]
    assert "Lokal styrgrupp" in pages[1] and "Deltagare (3)" in pages[1]


def test_keep_or_flow_starting_with_a_long_table_starts_it_here(tmp_path: Path) -> None:
    """A block that starts with its table (the action plan's first figure table, a group's
    table) and is too tall for the room left, but has its room to start: the table starts
    here and goes on over the page. It was handed to the page unsplit, and the printout
    failed ("ett oväntat fel inträffade (LayoutError …)")."""
    frame = style.PAGE_SIZE[1] - style.MARGIN_TOP - style.MARGIN_BOTTOM
    rows = [(str(n), f"Anmälda brott {n}") for n in range(1, 40)]
    story = [
        Spacer(1, frame - 60 * mm),  # 60 mm left: room to start, too little for the table
        style.KeepOrFlow(
            [style.table(["Nr", "Mått"], rows, [20, 100]), style.paragraph("Källa: BRÅ")],
            style.HEADING_ROOM,
        ),
    ]
    pages = _page_texts(style.Document("Test").build(story), tmp_path)
    assert "Anmälda brott 1\n" in pages[0] and "Anmälda brott 39" in pages[1]
    assert "Källa: BRÅ" in pages[1]
