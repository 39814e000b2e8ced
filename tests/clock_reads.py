"""Finds code that reads the system clock itself instead of through samverkan_desktop/clock.py.

A test sets the program's day and time by monkeypatching ``clock.today`` / ``clock.now``; code
that asks ``datetime`` (or Qt, or ``time.time()``) directly keeps the machine's day, so the
program disagrees with itself (the conduct log refused notes on an exercise's day that the rest
of the window already called today). Calls and bare references (``default=dt.date.today``) both
count; ``time.monotonic()`` and ``perf_counter()`` measure durations and are left alone.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.import_time_days import CLOCK_CALLS, CLOCK_MODULES, bare_clock_names, clock_name

# The machine's clock as Python and Qt offer it; the program's clock itself is what to use.
SYSTEM_CLOCK = (CLOCK_CALLS - {("clock", "today"), ("clock", "now")}) | {
    ("time", "time"),
    ("time", "time_ns"),
}
SYSTEM_MODULES = CLOCK_MODULES | {"time"}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call} reads the system clock, not clock.py's"


def findings_in_source(source: str, path: Path) -> list[Finding]:
    tree = ast.parse(source, filename=str(path))
    bare = bare_clock_names(tree, SYSTEM_MODULES)
    found = [
        Finding(path, node.lineno, name)
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.Attribute)
        and (name := clock_name(node, bare, SYSTEM_CLOCK)) is not None
    ]
    return sorted(found, key=lambda finding: finding.line)


def python_files(root: Path, places: tuple[str, ...]) -> Iterator[Path]:
    for place in places:
        target = root / place
        yield from sorted(target.rglob("*.py")) if target.is_dir() else [target]


def findings(root: Path, places: tuple[str, ...]) -> list[Finding]:
    """The direct clock reads under ``places`` (folders or files), paths relative to ``root``."""
    return [
        Finding(path.relative_to(root), f.line, f.call)
        for path in python_files(root, places)
        for f in findings_in_source(path.read_text(encoding="utf-8"), path)
    ]
