"""A home loan's borrower's card is worded for the alarm kept at home: it printed the home
visit's texts ("Innan du går", "under hela besöket", "Efteråt"). Now: within reach at home and
at night too, charged and tested weekly, returned by the loan's end (a longer loan approved by
the manager, who is named), whom to call. The home visit's card is unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_card
from tests.core.test_alarms_reports import REASON, _history, text_of
from tests.core.test_cli import run_cli

HOME_LOAN, HOME_VISIT = 3, 4  # LARM-13 lent to Lars Ek until 4 December; LARM-03 for a visit
VISIT_ONLY = ("Innan du går", "under hela besöket", "Efteråt")


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_a_home_loans_card_speaks_of_the_alarm_at_home(db: Database, tmp_path: Path) -> None:
    _history(db)
    with db.session() as s:
        home = text_of(alarm_card.build(s, HOME_LOAN), tmp_path, "home")
        visit = text_of(alarm_card.build(s, HOME_VISIT), tmp_path, "visit")
    flat = _flat(home)
    assert "Personlarm i hemmet: så använder du det" in flat
    assert "LARM-13 (hemlån)" in flat and "Lars Ek" in flat
    assert "bredvid sängen på natten" in flat
    assert "Tryck på testknappen en gång i veckan" in flat
    assert "Lämna tillbaka larmet i receptionen senast 4 december 2026 kl. 17.00." in flat
    assert "ett längre lån godkänns av chefen" in flat
    assert re.search(r"Godkänt av +Karin Lindqvist", home), home
    assert re.search(r"Min chef +Karin Lindqvist", home), home  # whom to call
    assert "din hemadress" in flat
    assert "112" in flat and "114 14" in flat and "08-508 10 000" in flat
    assert not [words for words in VISIT_ONLY if words in flat]
    assert REASON not in flat  # the threat is never printed
    # The home visit's card as it was.
    assert all(words in _flat(visit) for words in VISIT_ONLY)
    assert "Personlarm: så använder du det" in visit and "hemmet" not in visit


def test_the_home_loans_card_is_one_page_with_the_card_to_cut_out_whole(
    db: Database, tmp_path: Path
) -> None:
    _history(db)
    with db.session() as s:
        pages = text_of(alarm_card.build(s, HOME_LOAN), tmp_path).split("\f")
    assert len([p for p in pages if p.strip()]) == 1
    assert "Tillbaka senast 4 december 2026 kl. 17.00." in _flat(pages[0])


def test_print_borrowercard_of_a_home_loan(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from samverkan_desktop.db import open_database

    db = open_database(sqlite_url)
    try:
        _history(db)
    finally:
        db.dispose()
    out = tmp_path / "larmkort.pdf"
    code, _out, _err = run_cli(
        capsys, "--db", sqlite_url, "print", "borrowercard", "--loan", str(HOME_LOAN),
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    text = _flat(text_of(out.read_bytes(), tmp_path, "cli"))
    assert "Personlarm i hemmet" in text and "Innan du går" not in text
