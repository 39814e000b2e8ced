"""The command line's tables count what a terminal shows: a name with "Å" typed as A and a ring
(as macOS and many PDFs give it) pushed the columns after it one step left per letter. Names are
composed when saved now (composed_text), but one saved before that is still decomposed."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import update

from samverkan_desktop.db import Database
from samverkan_desktop.models import Person
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import PersonInput
from tests.core.test_cli import run_cli


def _column_of(line: str, text: str) -> int:
    """Where ``text`` starts on the screen (combining marks take no column)."""
    before = line[: line.index(text)]
    return sum(1 for c in before if not unicodedata.combining(c))


def test_a_decomposed_name_keeps_the_columns_after_it_in_line(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    decomposed = unicodedata.normalize("NFD", "Åsa Öberg-Ärlig")
    assert len(decomposed) == len("Åsa Öberg-Ärlig") + 3
    with db.session() as s:
        asa_id = contacts.create_person(s, PersonInput(decomposed, title="Socialsekreterare"))
        contacts.create_person(s, PersonInput("Bo Ek", title="Kommunpolis"))
        # As saved before names were composed: the service would store "Å" now.
        s.execute(update(Person).where(Person.id == asa_id).values(name=decomposed))
    code, out, err = run_cli(capsys, "--db", db.url, "contacts", "list")
    assert (code, err) == (0, "")
    header, _rule, *lines = out.splitlines()
    column = _column_of(header, "Befattning")
    (asa,) = [line for line in lines if decomposed in line]
    (bo,) = [line for line in lines if "Bo Ek" in line]
    assert _column_of(asa, "Socialsekreterare") == column == _column_of(bo, "Kommunpolis")
