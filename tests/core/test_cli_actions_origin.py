"""``samverkan actions list`` names where each action came from under "Ursprung", as the Actions
list and ``print actions`` do: the column was "Grupp" and held walks and exercises for actions
without a group. The JSON keeps its keys and adds the same text as ``source_text``."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.services import action_list
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list_rows import action_list_rows
from tests.core.test_cli import run_cli


def test_the_origin_has_a_column_of_its_own_named_as_the_window_names_it(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list")
    assert (code, err) == (0, "")
    header, rule, *lines = out.splitlines()
    assert header.split()[-1] == "Ursprung" and "Grupp" not in header
    origin_at = header.index("Ursprung")
    origins = {line.split()[0]: line[origin_at:] for line in lines}
    assert any(text.startswith("Trygghetsvandring 20") for text in origins.values())
    assert any(text.startswith("Övning 20") for text in origins.values())
    assert any(text.startswith("Möte 20") for text in origins.values())

    db = open_database(demo_url)
    with db.session() as session:
        ids = action_list.action_ids(session, ActionFilter())
        shown = {str(r.id): r.source_text for r in action_list_rows(session, ids)}
    db.dispose()
    assert origins == shown  # the window's list and the printout write the same

    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list", "--json")
    rows = json.loads(out)
    assert {"group", "group_id", "source_type", "source_id"} <= rows[0].keys()
    assert {str(r["id"]): r["source_text"] for r in rows} == shown
    walk = next(r for r in rows if r["source_type"] == "walk_observation")
    assert walk["group"] is None  # a walk's action has no group; its origin is the walk


def test_the_json_gives_the_area_the_list_shows_beside_the_actions_own(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(demo_url)
    with db.session() as session:
        ids = action_list.action_ids(session, ActionFilter())
        listed = {r.id: r.priority_area for r in action_list_rows(session, ids)}
    db.dispose()
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list", "--json")
    rows = json.loads(out)
    assert {r["id"]: r["shown_priority_area"] for r in rows} == listed
    # Some are listed under their group's area: "priority_area" (their own) stays empty there.
    inherited = [r for r in rows if r["priority_area"] is None and r["shown_priority_area"]]
    assert inherited and all(r["group_id"] is not None for r in inherited)
