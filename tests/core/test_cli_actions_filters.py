"""``actions list`` takes the filters ``print actions`` takes (--area, --source, --search): the
list a script reads is the list it can print. It had only --open, --overdue, --group and
--organisation."""

from __future__ import annotations

import json

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.models import ActionSource
from samverkan_desktop.services import action_filter, action_reading, groups
from tests.core.area_refusals import UNKNOWN_AREA_999
from tests.core.test_cli import run_cli


def _ids(capsys: pytest.CaptureFixture[str], url: str, *options: str) -> list[int]:
    code, out, err = run_cli(capsys, "--db", url, "actions", "list", *options, "--json")
    assert (code, err) == (0, "")
    return [row["id"] for row in json.loads(out)]


def test_actions_list_by_area_source_and_words(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(demo_url)
    with db.session() as session:
        everything = action_reading.list_actions(session, action_filter.ActionFilter())

        def expected(**filters: object) -> list[int]:
            chosen = action_filter.ActionFilter(**filters)  # type: ignore[arg-type]
            return [r.id for r in action_reading.list_actions(session, chosen)]

        area, by_area = next(
            (a.id, ids)
            for a in groups.list_priority_areas(session)
            if (ids := expected(priority_area_id=a.id))
        )
        from_walks = expected(source_type=ActionSource.WALK_OBSERVATION)
        lighting = expected(search="belysning")
    db.dispose()
    assert by_area and from_walks and lighting  # each filter keeps some and leaves some
    assert len({len(by_area), len(from_walks), len(lighting), len(everything)}) > 1
    assert _ids(capsys, demo_url, "--area", str(area)) == by_area
    assert _ids(capsys, demo_url, "--source", "walk_observation") == from_walks
    assert _ids(capsys, demo_url, "--source", "trygghetsvandring") == from_walks  # its label
    assert _ids(capsys, demo_url, "--search", "belysning") == lighting
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list", "--area", "999")
    assert (code, out, err) == (1, "", f"Fel: {UNKNOWN_AREA_999}\n")
