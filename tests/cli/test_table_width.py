"""A list shown in a terminal fits its width: the actions list was 185–257 characters wide in 80
columns, each row broken over three or four lines. Its longest free-text columns are shortened
with "…", never an id or a date; piped to a script the table is whole, as before."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import unicodedata

import pytest

from tests.core.test_cli import run_cli


def _in_terminal(columns: int, *argv: str) -> str:
    """What ``samverkan ARGV`` shows in a terminal ``columns`` wide."""
    screen, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    command = [sys.executable, "-m", "samverkan_desktop", *argv]
    process = subprocess.Popen(command, stdout=terminal, stderr=terminal, env=env)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(screen, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(screen)
    assert process.wait(timeout=60) == 0, shown
    return shown.decode().replace("\r\n", "\n")


def _columns(line: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in line)


def test_the_actions_list_fits_an_80_column_terminal_with_ids_and_dates_whole(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _err = run_cli(capsys, "--db", demo_url, "actions", "list", "--json")
    actions = json.loads(out)
    header, rule, *rows = _in_terminal(80, "--db", demo_url, "actions", "list").splitlines()
    assert max(_columns(line) for line in (header, rule, *rows)) <= 80
    assert header.split() == ["Id", "Åtgärd", "Ansvarig", "Klart", "senast", "Status", "Ursprung"]
    assert len(rows) == len(actions)
    shortened = 0
    for row, action in zip(rows, actions, strict=True):
        number, rest = row.split(maxsplit=1)
        title = rest.split("  ")[0]
        assert number == str(action["id"])
        if action["due_on"]:
            assert f"  {action['due_on']}  " in row  # the date whole
        if title.endswith("…"):
            shortened += 1
            assert action["title"].startswith(title.removesuffix("…").rstrip())
        else:
            assert title == action["title"]
    assert shortened  # the demo's titles are longer than 80 columns leave them


def test_piped_the_table_is_whole_as_scripts_read_it(
    demo_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _code, out, _err = run_cli(capsys, "--db", demo_url, "actions", "list", "--json")
    titles = [a["title"] for a in json.loads(out)]
    code, out, err = run_cli(capsys, "--db", demo_url, "actions", "list")
    assert (code, err) == (0, "")
    assert "…" not in out and all(title in out for title in titles)
    assert max(len(line) for line in out.splitlines()) > 80


def test_a_column_of_keys_is_never_shortened(demo_url: str) -> None:
    """``settings set KEY``'s keys are given as the list shows them."""
    _header, _rule, *rows = _in_terminal(60, "--db", demo_url, "settings", "list").splitlines()
    keys = [row.split()[0] for row in rows if row.strip()]
    assert "meetings.default_weekday" in keys and not any(k.endswith("…") for k in keys)
