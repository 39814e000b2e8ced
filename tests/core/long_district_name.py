"""A district's name just long enough to break a printout's subtitle where the old layout broke
it (a line ending in "·", in "per", inside a date phrase), for the tests that the new layout
does not; the district renamed so in the example district's database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import Organisation
from samverkan_desktop.reports.page_look import MARGIN_X, PAGE_SIZE
from samverkan_desktop.reports.style import STYLES, wrap_words
from samverkan_desktop.services import own_district
from tests.core.test_group_structure_printout import text_of

BASE = "Stadsdelsförvaltningen"
MORE = " för Östermalm med Norra Djurgårdsstaden, Hjorthagen, Ladugårdsgärdet och Frihamnen"
ROOM = PAGE_SIZE[0] - 2 * MARGIN_X  # a paragraph's width between the page's margins


def name_breaking(
    template: str,
    broken: Callable[[list[str]], bool],
    start: str = BASE,
    more: str = MORE,
    style: str = "subtitle",
) -> str:
    """The shortest name, ``start`` and as much of ``more`` as it takes, with which
    ``template``'s words (``{name}`` in it), laid out as a paragraph in ``style`` lays them out,
    give lines ``broken`` says are so (a length where the paragraph would squeeze its spaces
    instead is passed over)."""
    for end in range(len(more) + 1):
        name = (start + more[:end]).rstrip(" ,")
        lines = wrap_words(template.format(name=name).split(" "), STYLES[style], ROOM)
        if lines and broken(lines):
            return name
    raise AssertionError(f"no name length breaks {template!r} so")


def rename_district(db: Database, name: str) -> None:
    """The administration the printouts are issued by renamed ``name``."""

    def rename(s: Session) -> None:
        district = s.get(Organisation, own_district.district_id(s))
        assert district is not None
        district.name = name

    db.call(rename)


def printout_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """The printout's lines of text, white space folded, blank ones left out."""
    return [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines() if line.strip()]
