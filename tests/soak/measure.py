"""What a round leaves behind: live widgets, Python objects, the process's resident memory."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Sample:
    widgets: int
    objects: int
    rss_kib: int

    @property
    def rss_mib(self) -> float:
        return self.rss_kib / 1024


def sample() -> Sample:
    """Counted after a full collection: what only waits for the collector is not kept."""
    gc.collect()
    return Sample(len(QApplication.allWidgets()), len(gc.get_objects()), rss_kib())


def rss_kib() -> int:
    """VmRSS of this process (0 where /proc is missing)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def widget_classes() -> Counter[str]:
    """Live widgets by class name: compared round to round, the kinds that pile up."""
    return Counter(type(widget).__name__ for widget in QApplication.allWidgets())


def grown(before: Counter[str], after: Counter[str], top: int = 12) -> list[tuple[str, int]]:
    """The classes with more live instances than before, most grown first."""
    change = Counter(after)
    change.subtract(before)
    return [(name, count) for name, count in change.most_common(top) if count > 0]
