"""A walk's letter to an owner. It opens with a whole sentence when no participants are recorded.
With actions both done and open it asks for the open ones: it read "Vi ber
er att genomföra åtgärderna nedan ... Den första önskas klar senast 2026-12-25." over a table
whose first line was already 'Klar', so the date seemed to belong to the finished action. An
action whose day has passed is a reminder asking for a new date, not "önskas klar senast" a day
before the letter's."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.reports import walk_letter
from samverkan_desktop.services import actions, walk_actions
from tests.core.test_walks_cli import needs_pdftotext
from tests.core.walk_letters import walked_with_observation

DAY = dt.date(2026, 3, 10)


def _letter(
    db: Database, tmp_path: Path, done: int, still_open: int, written: dt.date = DAY
) -> str:
    walk_id, seen, owner = walked_with_observation(db, "Karlaplan", DAY)
    for n in range(done + still_open):
        due = DAY + dt.timedelta(days=30 * (n + 1))
        action = db.call(
            walk_actions.raise_action,
            seen,
            walk_actions.WalkActionInput(f"Åtgärd {n + 1}", owner, due_on=due),
            DAY,
        )
        if n < done:
            db.call(actions.set_action_status, action, ActionStatus.DONE, DAY, None)
    path = tmp_path / "brev.pdf"
    path.write_bytes(db.call(walk_letter.build, walk_id, owner, written))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@needs_pdftotext
def test_done_and_open_actions_ask_for_the_open_ones(db: Database, tmp_path: Path) -> None:
    text = _letter(db, tmp_path, done=1, still_open=2)
    assert "Vi ber er att genomföra de öppna åtgärderna nedan" in text
    # The open ones' nearest date (the done one's was 2026-04-09), said without "den första".
    assert "Närmaste önskade klardatum är den 9 maj 2026." in text
    assert "Den första" not in text


@needs_pdftotext
def test_only_open_actions_are_asked_for_as_before(db: Database, tmp_path: Path) -> None:
    text = _letter(db, tmp_path, done=0, still_open=2)
    assert "Vi ber er att genomföra åtgärderna nedan" in text
    assert "Närmaste önskade klardatum är den 9 april 2026." in text


@needs_pdftotext
def test_one_open_action_beside_a_done_one(db: Database, tmp_path: Path) -> None:
    text = _letter(db, tmp_path, done=1, still_open=1)
    assert "Vi ber er att genomföra den öppna åtgärden nedan" in text
    assert "Den önskas klar senast den 9 maj 2026." in text


@needs_pdftotext
def test_an_overdue_action_is_a_reminder_asking_for_a_new_date(
    db: Database, tmp_path: Path
) -> None:
    """Written after its day (2026-04-09), the letter does not wish it done by then."""
    text = _letter(db, tmp_path, done=0, still_open=1, written=dt.date(2026, 4, 20))
    assert "Datum: 20 april 2026" in text
    assert (
        "Den önskades klar senast den 9 april 2026, ett datum som har passerat: vi är tacksamma för "
        "ett nytt datum då den blir klar."
    ) in text
    assert "önskas klar senast" not in text


@needs_pdftotext
def test_overdue_and_coming_actions_each_get_their_sentence(db: Database, tmp_path: Path) -> None:
    # Due 2026-04-09, 2026-05-09 and 2026-06-08; written on 2026-05-20.
    text = _letter(db, tmp_path, done=0, still_open=3, written=dt.date(2026, 5, 20))
    assert (
        "2 av dem önskades klara senast datum som har passerat (det första den 9 april 2026): vi är "
        "tacksamma för ett nytt datum för var och en."
    ) in text
    assert "Närmaste önskade klardatum är den 8 juni 2026." in text


@needs_pdftotext
def test_a_letter_from_a_walk_without_participants_opens_with_a_whole_sentence(
    db: Database, tmp_path: Path
) -> None:
    """It read "... vid Karlaplan tillsammans med . Vi gick rutten ..."."""
    text = _letter(db, tmp_path, done=0, still_open=1)
    assert "Den 10 mars 2026 genomförde vi en trygghetsvandring vid Karlaplan. Vi gick" in text
    assert "tillsammans med" not in text


@needs_pdftotext
def test_the_letters_title_writes_the_day_as_its_first_sentence(
    db: Database, tmp_path: Path
) -> None:
    """The title read "... vid Karlaplan den 2026-03-10" above "Den 10 mars 2026 genomförde
    vi ..."."""
    text = _letter(db, tmp_path, done=0, still_open=1)
    assert "Åtgärder efter trygghetsvandringen vid Karlaplan den 10 mars 2026" in text
    assert "den 2026-03-10" not in text
