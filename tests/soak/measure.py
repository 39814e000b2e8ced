"""What a round leaves behind: live widgets, Python objects, the process's resident memory and
the part of the C heap in use (RSS also holds what malloc keeps after a free, for reuse)."""

from __future__ import annotations

import ctypes
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
    heap_kib: int = 0  # C heap in use (glibc's mallinfo2; 0 where there is none)

    @property
    def rss_mib(self) -> float:
        return self.rss_kib / 1024

    @property
    def heap_mib(self) -> float:
        return self.heap_kib / 1024


def sample() -> Sample:
    """Counted after a full collection: what only waits for the collector is not kept."""
    gc.collect()
    return Sample(len(QApplication.allWidgets()), len(gc.get_objects()), rss_kib(), heap_kib())


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


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def heap_kib() -> int:
    """The C heap in use (allocated, not freed: Qt's and SQLite's objects, Python's larger
    blocks), without what malloc keeps of freed blocks. RSS grown while this stays is the
    allocator's, not a leak. 0 without glibc 2.33 or later."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        mallinfo2 = libc.mallinfo2
    except (OSError, AttributeError):
        return 0
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024


def widget_classes() -> Counter[str]:
    """Live widgets by class name: compared round to round, the kinds that pile up."""
    return Counter(type(widget).__name__ for widget in QApplication.allWidgets())


def grown(before: Counter[str], after: Counter[str], top: int = 12) -> list[tuple[str, int]]:
    """The classes with more live instances than before, most grown first."""
    change = Counter(after)
    change.subtract(before)
    return [(name, count) for name, count in change.most_common(top) if count > 0]
