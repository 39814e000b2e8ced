"""This process's peak memory, for ``make bench`` (ui.startup_probe and tests/bench)."""

from __future__ import annotations

import resource


def peak_rss_kib() -> int:
    # VmHWM, this process's own: ru_maxrss also keeps the image a parent forked before exec
    # (Linux), so a probe started by a large parent (the bench, after generating its city)
    # reported the parent's size.
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
