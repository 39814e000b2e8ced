"""``samverkan actions list`` writes an action's status as the Actions list does: an overdue open
action is "Öppen, försenad", not "Öppen" (the command line left out what the window shows in
red). The JSON keeps ``status`` and ``overdue`` and adds the same text as ``status_text``."""

from __future__ import annotations

import json

import pytest

from tests.core.test_cli import run_cli


def test_an_overdue_action_reads_as_in_the_window(
    demo_url: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list", "--json")
    assert (code, err) == (0, "")
    rows = {str(r["id"]): r for r in json.loads(out)}
    overdue = [r for r in rows.values() if r["overdue"]]
    assert overdue and any(not r["overdue"] for r in rows.values())
    assert {r["status_text"] for r in overdue} <= {"Öppen, försenad", "Pågår, försenad"}
    assert "Öppen, försenad" in {r["status_text"] for r in overdue}
    assert all(r["status"] in ("open", "in_progress") for r in overdue)  # the codes stay

    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list")
    assert (code, err) == (0, "")
    header, _rule, *lines = out.splitlines()
    start, end = header.index("Status"), header.index("Ursprung")
    shown = {line.split()[0]: line[start:end].strip() for line in lines}
    assert shown == {key: row["status_text"] for key, row in rows.items()}
    assert "Öppen" in shown.values()  # one not late says only its status
