"""`samverkan print loanlog|notreturned --reception` prints what the reception's window prints:
a home loan without its borrower's name, and the line that says so; without the option the
coordinator's copy names her, as before."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.services import alarm_loans
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make
from tests.core.pdf_boxes import air_above
from tests.core.printed_by_cli import fill, printed_text

DESK_NOTE = "Receptionens exemplar"


def _home_loan(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        p, u = data.people, data.units
        alarm_loans.lend(
            s,
            LendInput(
                u["LARM-13"],
                p["lars"],
                due_at=dt.datetime(2036, 12, 4, 17, 0),  # still out whenever the test runs
                approved_by_id=p["karin"],
                initials="NH",
            ),
            now=at(14, day=17),
        )


@pytest.mark.parametrize(
    "document", [["loanlog", "--from", "2026-11-17", "--to", "2026-11-17"], ["notreturned"]]
)
def test_the_reception_copy_leaves_a_home_loans_borrower_out(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, document: list[str]
) -> None:
    fill(sqlite_url, _home_loan)
    coordinator = printed_text(sqlite_url, capsys, tmp_path, *document)
    reception = printed_text(sqlite_url, capsys, tmp_path, *document, "--reception")
    assert "Lars Ek" in coordinator and DESK_NOTE not in coordinator
    assert "Lars Ek" not in reception
    assert "(hemlån)" in reception and DESK_NOTE in reception


def test_the_desk_note_stands_apart_from_the_table(sqlite_db: Database, tmp_path: Path) -> None:
    """As on the loan log: the note under the list of units still out is not read as a row."""
    from samverkan_desktop.reports import alarm_notreturned

    _home_loan(sqlite_db)
    printed = sqlite_db.call(alarm_notreturned.build, for_desk=True)
    assert air_above(printed, tmp_path, "Receptionens") >= 12  # points: about 4 mm
