"""One group's actions, as the action plan follows them "löpande" (paper 004): ``print actions
--group ID`` prints only that group's, its name in the subtitle; a group never registered is one
Swedish line and exit 1, as for ``actions list --group``."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import open_database
from samverkan_desktop.services import action_filter, action_reading, groups
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext, pdf_text


@needs_pdftotext
def test_print_actions_of_one_group(
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = open_database(demo_url)
    with db.session() as s:
        everything = action_reading.list_actions(s, action_filter.ActionFilter())
        by_group = {
            (g.id, g.name): action_reading.list_actions(
                s, action_filter.ActionFilter(group_id=g.id)
            )
            for g in groups.list_groups(s, "")
        }
    # A group with an overdue action among its own.
    (group, name), ours = next(
        (key, rows) for key, rows in by_group.items() if any(r.overdue for r in rows)
    )
    db.dispose()
    others = {r.title for r in everything} - {r.title for r in ours}
    assert ours and others  # the demo has actions of this group and of others
    out = tmp_path / "grupp.pdf"
    code, stdout, err = run_cli(
        capsys, "--db", demo_url, "print", "actions", "--group", str(group), "--out", str(out)
    )
    assert (code, err) == (0, "") and "Sparade" in stdout
    text = " ".join(pdf_text(out).split())
    assert f"Alla åtgärder · {name}" in text
    assert f"{len(ours)} åtgärder" in text
    overdue = sum(1 for r in ours if r.overdue)
    # An action is "en åtgärd": "1 försenad", not the alarms' "1 försenat".
    ending = "försenad" if overdue == 1 else "försenade"
    assert f"åtgärder, {overdue} {ending}" in text and "försenat" not in text
    words = [" ".join(title.split()[:3]) for title in others if len(title.split()) >= 3]
    assert not any(w in text for w in words)

    code, out_text, err = run_cli(
        capsys, "--db", demo_url, "print", "actions", "--group", "999", "--out", str(out)
    )
    assert (code, out_text, err) == (1, "", "Fel: Det finns ingen grupp med nummer 999.\n")
