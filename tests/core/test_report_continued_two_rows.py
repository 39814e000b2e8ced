"""A block going on over a page break under its heading again ("… (forts.)") takes at least
two of its rows there: the follow-up's "Arbetsgrupp särskilt utsatta brottsoffer (forts.)"
stood at the top of page 2 over its one line "Inga beslut eller åtgärder under perioden.". The
card is laid out at every height on page 1, so every place its break can fall is tried."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Spacer

from samverkan_desktop.reports.style import (
    PAGE_ROOM,
    ContinuedBlock,
    Document,
    facts,
    markup,
    paragraph,
)
from tests.core.test_walks_cli import needs_pdftotext
from tests.core.test_walks_report_page_foot import _pages

NOTE = "Inga beslut eller åtgärder under perioden."


def _group_card() -> ContinuedBlock:
    """A group's part as the follow-up prints it: its name, four facts and a closing line."""
    rows = [
        ("Medlemmar", "Anna Berglund (sammankallande), Helena Wikström; Lokalpolisområde"),
        ("Prioriterade områden", "Särskilt utsatta och sårbara brottsoffer"),
        ("Möten", "1 hållet (4 december 2025)"),
        ("Löptid", "Tills vidare"),
    ]
    continued = markup("Gruppen (forts.)", "h3")
    return ContinuedBlock(
        [markup("Gruppen", "h3"), facts(rows, 38), paragraph(NOTE, "small")], lambda: continued
    )


def _rows_under_continued(pages: list[list[str]]) -> list[list[str]]:
    """For each page starting "… (forts.)", the lines under it (its footer left out)."""
    return [page[1:-1] for page in pages if page and page[0].endswith("(forts.)")]


@needs_pdftotext
def test_a_block_goes_on_with_two_rows_or_moves_on_whole(tmp_path: Path) -> None:
    went_on = whole = 0
    # The card starts lower and lower on page 1: every place its break can fall.
    for above in range(int(PAGE_ROOM) - 130, int(PAGE_ROOM) - 10, 3):
        pdf = Document("Uppföljning").build([Spacer(1, above), _group_card()])
        pages = [page for page in _pages(pdf, tmp_path / "c.pdf") if page]
        for rows in _rows_under_continued(pages):
            assert len(rows) >= 2, (above, rows)
            went_on += 1
        whole += pages[1][:1] == ["Gruppen"] if len(pages) > 1 else 0
        assert NOTE in " ".join(pages[-1]), above  # the card is printed in full
    # Both ways are taken: the card goes on where two rows can, else moves on whole.
    assert went_on and whole
