"""The bench's memory figures are each probe's own peak, not that of the process which
started it (Linux keeps a forked parent's size in ru_maxrss across exec)."""

from __future__ import annotations

import subprocess
import sys

from samverkan_desktop.peak_memory import peak_rss_kib


def test_a_probe_started_by_a_large_process_reports_its_own_peak() -> None:
    ballast = b"x" * (300 * 1024 * 1024)  # the parent grows by 300 MiB, every page written
    parent = peak_rss_kib()
    assert parent > 300 * 1024
    child = subprocess.run(
        [
            sys.executable,
            "-c",
            "from samverkan_desktop.peak_memory import peak_rss_kib as p; print(p())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    del ballast
    assert 0 < int(child.stdout) < 100 * 1024  # a bare interpreter: tens of MiB, not 300
