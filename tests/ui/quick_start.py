"""The window's quick start (the Overview saved at the last gathering shown before the database
opens) in a process of its own, for tests that ask what it has loaded or made by a moment of
the start: the example district in the test's database, an ordinary start that saves the
Overview, then the quick one, whose ``report`` runs at that moment (ui.startup_probe's
``ready_now``: its first view painted; ``live_now``: the database and the background work
started too)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from samverkan_desktop import demo
from samverkan_desktop.db import open_database
from tests.ui.window_process import run_script

# ``report`` is the source of ``def report(wanted: list[str]) -> None`` (the script's arguments
# after the database's address), which prints lines "KEY value …".
START = """
import sys
from ui import startup_probe

{report}

probe_at_moment = startup_probe.{moment}


def at_moment(*args):
    report(sys.argv[2:])
    probe_at_moment(*args)


startup_probe.{moment} = at_moment
from ui.app import run

sys.exit(run(["main.py", "--db", sys.argv[1]]))
"""


def quick_start(
    url: str,
    home: Path,
    moment: Literal["ready_now", "live_now"],
    report: str,
    wanted: Sequence[str],
) -> dict[str, list[str]]:
    """What the quick start on the example district in ``url`` printed, by each line's first
    word: its ``report`` of ``wanted`` at ``moment``, and the probe's own lines
    (SAMVERKAN_READY …). Fails the test when the saved Overview did not come first."""
    db = open_database(url)
    db.call(demo.load)
    db.dispose()
    script = START.format(report=report, moment=moment)

    def start() -> dict[str, list[str]]:
        out = run_script(script, [url, *wanted], home / "config", SAMVERKAN_STARTUP_PROBE="1")
        return {line.split()[0]: line.split()[1:] for line in out.splitlines() if line}

    start()  # the ordinary start, which keeps the Overview
    quick = start()
    assert quick["SAMVERKAN_READY"][2] == "0"  # the saved Overview came first
    return quick
