"""``actions done|postpone|reopen ID``: what the Actions area's "Markera klar", a meeting's "Skjut
upp…" and the status Öppen do, for a script working through ``actions list``. One Swedish line
says what happened; a refusal is one line, exit 1, with nothing changed; the audit trail shows
the change as it shows the window's."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import open_database
from samverkan_desktop.services import audit
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump

ORIGINS = ["meeting", "walk_observation", "exercise_lesson"]


def _actions(url: str, capsys: pytest.CaptureFixture[str]) -> dict[int, dict[str, Any]]:
    code, out, _err = run_cli(capsys, "--db", url, "actions", "list", "--json")
    assert code == 0
    return {row["id"]: row for row in json.loads(out)}


def _open_one(url: str, capsys: pytest.CaptureFixture[str], origin: str) -> dict[str, Any]:
    return next(
        row
        for row in _actions(url, capsys).values()
        if row["source_type"] == origin and row["status"] != "done" and row["due_on"]
    )


def _trail(url: str, action_id: int) -> list[str]:
    db = open_database(url)
    with db.session() as s:
        rows = [row.summary for row in audit.history(s, "actions", action_id)]
    db.dispose()
    return rows


def _refused(url: str, capsys: pytest.CaptureFixture[str], words: list[str], message: str) -> None:
    db = open_database(url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", url, "actions", *words)
    assert (code, out, err) == (1, "", f"Fel: {message}\n")
    assert dump(db) == before
    db.dispose()


@pytest.mark.parametrize("origin", ORIGINS)
def test_done_closes_an_action_of_each_origin_today_with_its_note(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    origin: str,
) -> None:
    action = _open_one(demo_url, capsys, origin)
    number, title = action["id"], action["title"]
    code, out, err = run_cli(
        capsys, "--db", demo_url, "actions", "done", str(number), "--note", "Klart enligt ägaren"
    )
    assert (code, err) == (0, "")
    assert out == f"Åtgärden {number} ”{title}” är markerad som klar.\n"
    done = _actions(demo_url, capsys)[number]
    assert (done["status"], done["closed_on"]) == ("done", clock.today().isoformat())
    trail = _trail(demo_url, number)
    assert any(
        "→ Klar" in line and f"Avslutad: – → {clock.today().isoformat()}" in line for line in trail
    )
    assert any("Anteckning: Klart enligt ägaren" in line for line in trail)

    # Again: said so, exit 0, nothing written.
    db = open_database(demo_url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "done", str(number))
    assert (code, err) == (0, "")
    assert out == f"Åtgärden {number} ”{title}” var redan markerad som klar.\n"
    assert dump(db) == before
    db.dispose()
    # Again with a note: the note is kept and said (it was dropped without a word).
    code, out, err = run_cli(
        capsys, "--db", demo_url, "actions", "done", str(number), "--note", "Kontrollerat igen"
    )
    assert (code, err) == (0, "")
    assert out == (
        f"Åtgärden {number} ”{title}” var redan markerad som klar; anteckningen är tillagd.\n"
    )
    assert any("Anteckning: Kontrollerat igen" in line for line in _trail(demo_url, number))
    assert _actions(demo_url, capsys)[number]["status"] == "done"


@pytest.mark.parametrize("origin", ORIGINS)
def test_postpone_moves_the_due_date_and_notes_that_it_slipped(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    origin: str,
) -> None:
    action = _open_one(demo_url, capsys, origin)
    number, title, old = action["id"], action["title"], action["due_on"]
    new = (dt.date.fromisoformat(old) + dt.timedelta(days=30)).isoformat()
    code, out, err = run_cli(
        capsys, "--db", demo_url, "actions", "postpone", str(number), "--to", new,
        "--note", "Väntar på leverantören",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == f"Åtgärden {number} ”{title}” ska nu vara klar senast {new} (var {old}).\n"
    assert _actions(demo_url, capsys)[number]["due_on"] == new
    trail = _trail(demo_url, number)
    assert any(f"Klart senast: {old} → {new}" in line for line in trail)
    assert any(
        f"Anteckning: Nytt klart senast {new} (var {old}). Väntar på leverantören" in line
        for line in trail
    )


def test_postpone_refuses_an_earlier_date_and_a_closed_action(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    action = _open_one(demo_url, capsys, "meeting")
    number, due = str(action["id"]), action["due_on"]
    _refused(
        demo_url, capsys, ["postpone", number, "--to", due],
        f"Skjuta upp betyder senare än nuvarande klart senast ({due}).",
    )  # fmt: skip
    closed = next(r for r in _actions(demo_url, capsys).values() if r["status"] == "done")
    later = (clock.today() + dt.timedelta(days=30)).isoformat()
    _refused(
        demo_url, capsys, ["postpone", str(closed["id"]), "--to", later],
        "Bara en öppen åtgärd kan skjutas upp; den här är klar.",
    )  # fmt: skip


def test_postpone_to_a_passed_day_later_than_the_due_date_is_taken_as_the_window_takes_it(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    yesterday = clock.today() - dt.timedelta(days=1)
    overdue = next(
        r
        for r in _actions(demo_url, capsys).values()
        if r["overdue"] and dt.date.fromisoformat(r["due_on"]) < yesterday
    )
    code, _out, err = run_cli(
        capsys, "--db", demo_url, "actions", "postpone", str(overdue["id"]),
        "--to", yesterday.isoformat(),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert _actions(demo_url, capsys)[overdue["id"]]["due_on"] == yesterday.isoformat()


def test_reopen_opens_a_done_action_and_leaves_an_open_one(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    closed = next(r for r in _actions(demo_url, capsys).values() if r["status"] == "done")
    number, title = closed["id"], closed["title"]
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "reopen", str(number))
    assert (code, err) == (0, "")
    assert out == f"Åtgärden {number} ”{title}” är öppen igen.\n"
    reopened = _actions(demo_url, capsys)[number]
    assert (reopened["status"], reopened["closed_on"]) == ("open", None)
    assert "Status: Klar → Öppen" in _trail(demo_url, number)[0]

    db = open_database(demo_url)
    before = dump(db)
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "reopen", str(number))
    assert (code, err) == (0, "")
    assert out == f"Åtgärden {number} ”{title}” är redan öppen (status Öppen).\n"
    assert dump(db) == before
    db.dispose()


@pytest.mark.parametrize(
    "words", [["done"], ["reopen"], ["postpone", "--to", "2030-01-01"]], ids=lambda w: w[0]
)
def test_an_unknown_or_unreadable_action_number_is_one_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    words: list[str],
) -> None:
    command, *options = words
    _refused(
        demo_url, capsys, [command, "99999", *options], "Det finns ingen åtgärd med nummer 99999."
    )
    _refused(
        demo_url, capsys, [command, "nio", *options],
        "ÅTGÄRDS_ID: ”nio” är inte ett id-nummer (skriv till exempel 12).",
    )  # fmt: skip


def test_postpone_to_a_date_that_is_not_one_is_one_line(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
    today: dt.date,
) -> None:
    action = _open_one(demo_url, capsys, "meeting")
    _refused(
        demo_url, capsys, ["postpone", str(action["id"]), "--to", "2027-13-01"],
        f"--to: ”2027-13-01” är inte ett datum (skriv till exempel {today}).",
    )  # fmt: skip
