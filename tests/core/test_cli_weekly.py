"""``weekly show|add|edit|remove|move|sent``: the Friday summary's items written from a script as
the Weekly summary window writes them, in the order given, each passed on or not; ``print
weekly --shared`` then holds only those passed on. A refusal is one line, nothing changed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.core.test_cli import run_cli
from tests.core.test_cli_bad_input import dump


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the service these commands call is tested on both backends."""
    return sqlite_db


def _cli(db: Database, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    return run_cli(capsys, "--db", db.url, *words)


def _items(db: Database, capsys: pytest.CaptureFixture[str], week: str) -> dict[str, Any]:
    code, out, err = _cli(db, capsys, "weekly", "show", "--week", week, "--json")
    assert code == 0, err
    return json.loads(out)


def test_items_are_added_changed_moved_removed_and_the_week_sent(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    next_week = BriefWeek.of(clock.today()).moved(1)
    week = str(next_week)  # as scripts give it: "2026-W50"
    said = f"vecka {next_week.week}, {next_week.year}"  # as a Swedish sentence says it
    add = ("weekly", "add", "--week", week)
    code, out, err = _cli(db, capsys, *add, "--source", "slk", "--heading", "Demonstration på lördag", "--shared")  # fmt: skip
    assert (code, err) == (0, "")
    assert out.startswith("Punkten ") and out.endswith(
        f"”Demonstration på lördag” ({said}) är tillagd.\n"
    )
    _cli(db, capsys, *add, "--source", "polisen", "--heading", "Lägesbild", "--text", "Lugnt.")
    items = _items(db, capsys, week)["items"]
    assert [(i["heading"], i["source"], i["shared"]) for i in items] == [
        ("Demonstration på lördag", "slk", True),
        ("Lägesbild", "police", False),
    ]
    second = items[1]["id"]
    code, out, err = _cli(db, capsys, "weekly", "move", str(second), "--up")
    assert out.endswith("är nu nummer 1 av 2.\n"), err
    code, out, err = _cli(db, capsys, "weekly", "edit", str(second), "--shared", "--clear", "text")
    assert code == 0, err
    items = _items(db, capsys, week)["items"]
    assert [(i["heading"], i["text"], i["shared"]) for i in items] == [
        ("Lägesbild", None, True),
        ("Demonstration på lördag", None, True),
    ]
    code, out, err = _cli(db, capsys, "weekly", "sent", "--week", week)
    assert (
        out
        == f"Sammanställningen för {said} är markerad som skickad till ledningen {clock.today()}.\n"
    )
    assert _items(db, capsys, week)["sent_on"] == clock.today().isoformat()
    code, out, err = _cli(db, capsys, "weekly", "remove", str(second))
    assert [i["heading"] for i in _items(db, capsys, week)["items"]] == ["Demonstration på lördag"]


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (
            ["sent", "--week", "2027-W10"],
            "Lägg till minst en punkt innan du markerar sammanställningen som skickad.",
        ),
        (["add", "--source", "slk", "--heading", " "], "--heading är tomt."),
        (["edit", "9999", "--heading", "X"], "Det finns ingen punkt med nummer 9999."),
        (["move", "9999", "--down"], "Det finns ingen punkt med nummer 9999."),
        (
            ["add", "--week", "2026-W60", "--source", "slk", "--heading", "X"],
            "2026 har ingen vecka 60.",
        ),
    ],
    ids=["sent empty", "empty heading", "unknown item", "move unknown", "no such week"],
)
def test_a_refusal_is_one_line_and_changes_nothing(
    words: list[str], message: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    before = dump(db)
    assert _cli(db, capsys, "weekly", *words) == (1, "", f"Fel: {message}\n")
    assert dump(db) == before
