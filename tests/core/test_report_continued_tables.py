"""A table going on over a page break says so on the next page, in every printout: its header
row again under the heading it stands under, "Externa kontakter (forts.)" (a page of rows under
no heading said nothing of the list it continues), at least two rows on either side of the
break, and a note closing a table (the contact list's "Kontrollerad: …") never alone on the
last page."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import crisis_contacts, style
from samverkan_desktop.services import crisis_external, crisis_org
from tests.core.crisis_data import organisation, person
from tests.core.test_walks_cli import needs_pdftotext

TODAY = dt.date(2021, 3, 15)


def page_lines(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    """Each page's lines as laid out (pdftotext -layout), the footer last."""
    path = tmp_path / "t.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in text.split("\f")
    ]
    return [page for page in pages if page]


@needs_pdftotext
def test_the_contact_lists_note_never_stands_alone_on_the_last_page(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as session:
        police = organisation(session, "Lokalpolisområde Norrmalm", "114 14")
        leader = crisis_org.create_role(session, crisis_org.RoleInput("Krisledare"))
        crisis_org.add_member(session, leader, person(session, "Karin Lindqvist", TODAY))
        continued = 0
        for n in range(45):  # one line more each time: the list's end at every place of page 1
            crisis_external.create_external(
                session,
                crisis_external.ExternalInput(police, f"Kontaktcenter {n}", None, None, TODAY),
            )
            pages = page_lines(crisis_contacts.build(session, TODAY), tmp_path)
            last = pages[-1]
            assert last[0].startswith("Kontrollerad") or any(
                line.startswith("Kontrollerad") for line in last
            )
            assert any("Kontaktcenter" in line for line in last), n
            if len(pages) > 1:
                continued += 1
                # The list goes on under its heading and its header row again.
                assert last[0] == "Externa kontakter (forts.)", n
                assert last[1].startswith("Organisation Funktion Namn Telefon Kontrollerad"), n
                # Its first row names the organisation again (it was blank, as under it).
                assert last[2].startswith("Lokalpolisområde Kontaktcenter"), n
                rows = [line for line in last if "Kontaktcenter" in line]
                assert len(rows) >= 2, n  # never one row alone
        assert continued


def _rows(count: int) -> list[list[str]]:
    return [[f"rad {n}", "text"] for n in range(count)]


@needs_pdftotext
def test_every_data_table_goes_on_under_its_heading_and_header(tmp_path: Path) -> None:
    story = [
        style.paragraph("Åtgärdslista", "title"),
        style.table(["Åtgärd", "Ansvarig"], _rows(70), [80, 90]),
        style.heading("Lån under veckan", 3),
        style.table(["Larm", "Låntagare"], _rows(70), [80, 90]),
    ]
    pages = page_lines(style.Document("Test").build(story), tmp_path)
    starts = [page[:2] for page in pages[1:]]
    assert ["Åtgärdslista (forts.)", "Åtgärd Ansvarig"] in starts
    assert ["Lån under veckan (forts.)", "Larm Låntagare"] in starts


@needs_pdftotext
def test_a_table_in_a_block_that_repeats_its_heading_is_not_captioned_twice(
    tmp_path: Path,
) -> None:
    item = style.markup("<b>3.&nbsp;&nbsp;Uppföljning</b>", "h3")
    block = style.ContinuedBlock(
        [item, style.table(["Åtgärd", "Ansvarig"], _rows(70), [80, 90])],
        lambda: style.markup("<b>3.&nbsp;&nbsp;Uppföljning (forts.)</b>", "h3"),
    )
    pages = page_lines(style.Document("Test").build([block]), tmp_path)
    assert pages[1][:2] == ["3. Uppföljning (forts.)", "Åtgärd Ansvarig"]
    assert not any(line.count("(forts.)") > 1 for page in pages for line in page)


@needs_pdftotext
def test_a_row_taller_than_a_page_starts_under_the_rows_before_it(tmp_path: Path) -> None:
    """A 1500-word decision among short ones: it starts under the rows before it and goes on
    at the next pages' tops under "(forts.)"; its rest went on on the same page under the
    caption and the header again, as if the table began anew."""
    words = " ".join(f"ord{n}" for n in range(1500))
    rows = [[str(n), words if n == 3 else f"rad {n}"] for n in range(8)]
    story = [style.heading("Beslut"), style.table(["Nr", "Text"], rows, [20, 150])]
    pages = page_lines(style.Document("Test").build(story), tmp_path)
    assert pages[0][:3] == ["Beslut", "Nr Text", "0 rad 0"]
    assert pages[0][5].startswith("3 ord0 ord1")
    for page in pages[1:]:
        assert page[:2] == ["Beslut (forts.)", "Nr Text"]
    assert all("(forts.)" not in line for page in pages for line in page[1:])
    assert "7 rad 7" in pages[-1] and len(pages) <= 4


@needs_pdftotext
def test_a_group_card_going_on_names_its_group_again(tmp_path: Path) -> None:
    """The collaboration structure's page 4 began with "Kontaktperson polisen", "Möts" … under
    no group's name: the card going on says whose it is."""
    facts = [(f"Uppgift {n}", f"värde {n}") for n in range(90)]
    story = [
        style.paragraph("Samverkansstruktur", "title"),
        style.markup("Platssamverkan Stureplan/Östermalmstorg", "h3"),
        style.facts(facts),
    ]
    pages = page_lines(style.Document("Test").build(story), tmp_path)
    assert pages[1][0] == "Platssamverkan Stureplan/Östermalmstorg (forts.)"
    assert pages[1][1].startswith("Uppgift ")
