"""A window started in a process of its own (offscreen, with a settings folder of its own), for
tests that ask which modules a start or a tour of the areas loads: in the test process they are
all loaded already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_script(script: str, args: list[str], config_home: Path, **env: str) -> str:
    """Run ``script`` (python -c) with ``args`` from the repository's root; its standard output.
    Fails the test when the script fails or takes more than three minutes."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(config_home),  # the window's own settings: a fresh user
            **env,
        },
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
    )
    return done.stdout
