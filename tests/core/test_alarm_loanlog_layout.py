"""The printed loan log gives a home loan's purpose room: "Hemlån" over "godk. Karin Lindqvist"
on one line, where it wrapped to three ("Hemlån / godk. Ingrid / Sjöberg"); and its closing
note stands apart from the table, not tight under the last row as if part of it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import alarm_loanlog
from samverkan_desktop.services import alarm_loans, contacts
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.contacts import PersonInput
from tests.core.alarm_data import at, make
from tests.core.pdf_boxes import air_above
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

DAY = dt.date(2026, 11, 17)
NOTE_START = "Tider"  # "Tider i svensk tid. Skälen till hemlån skrivs aldrig ut. …"


def _printed(db: Database, approver: str | None = None) -> bytes:
    with db.session() as s:
        data = make(s)
        p, u = data.people, data.units
        if approver is not None:
            p = {**p, "karin": contacts.create_person(s, PersonInput(approver, is_staff=True))}
        alarm_loans.lend(s, LendInput(u["LARM-02"], p["leif"], initials="TH"), now=at(10, day=17))
        alarm_loans.lend(
            s,
            LendInput(
                u["LARM-13"],
                p["lars"],
                due_at=dt.datetime(2026, 12, 4, 17, 0),
                approved_by_id=p["karin"],
                initials="NH",
            ),
            now=at(14, day=17),
        )
        return alarm_loanlog.build(s, DAY, DAY, now=at(16, day=17))


def test_a_home_loans_approver_is_on_one_line(db: Database, tmp_path: Path) -> None:
    lines = [" ".join(line.split()) for line in text_of(_printed(db), tmp_path).splitlines()]
    home = next(n for n, line in enumerate(lines) if "LARM-13" in line)
    assert "Hemlån" in lines[home]
    assert "godk. Karin Lindqvist" in lines[home + 1]


def test_a_long_approver_breaks_between_the_parts_of_the_name(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Under the column's unchanged width: "godk. Karl-Johan" over the surname, and a surname
    too wide for the column after its hyphen, never mid-letter ("… Karl-Johan An" / "dersson-")."""
    printed = _printed(sqlite_db, "Karl-Johan Andersson-Lindqvist-Sjöström")
    lines = [" ".join(line.split()) for line in text_of(printed, tmp_path).splitlines()]
    home = next(n for n, line in enumerate(lines) if "LARM-13" in line)
    assert "Hemlån" in lines[home]
    assert lines[home + 1].startswith("godk. Karl-Johan ")  # then the due time, another column
    assert lines[home + 2] == "Andersson-Lindqvist-"
    assert lines[home + 3] == "Sjöström"


def test_the_closing_note_stands_apart_from_the_table(db: Database, tmp_path: Path) -> None:
    assert air_above(_printed(db), tmp_path, NOTE_START) >= 12  # points: about 4 mm, it had 2
