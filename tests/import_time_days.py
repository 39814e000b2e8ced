"""Finds a test module that reads the day when it is imported, not when its tests run.

A module-level ``TODAY = clock.today()`` is read at collection; a run crossing Stockholm's
midnight then compares yesterday's day with the code's today, minutes later, and fails. Code
that runs at import: module-level statements, class bodies, decorators (parametrize lists)
and default arguments; function and lambda bodies run later and are not looked at.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# (module or class name, function) whose call reads the machine's clock.
CLOCK_CALLS = frozenset(
    {
        ("clock", "today"),
        ("clock", "now"),
        ("date", "today"),
        ("datetime", "now"),
        ("datetime", "today"),
        ("datetime", "utcnow"),
        ("QDate", "currentDate"),
        ("QDateTime", "currentDateTime"),
    }
)
# Modules whose names above, imported bare (``from datetime import date``), are the clock's.
CLOCK_MODULES = frozenset({"datetime", "samverkan_desktop.clock"})


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    call: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}() is called when the module is imported"


def _dotted(node: ast.expr) -> list[str] | None:
    """``dt.date.today`` as ["dt", "date", "today"]; None for anything but names and attributes."""
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return None if inner is None else [*inner, node.attr]
    return None


def bare_clock_names(
    tree: ast.Module, modules: frozenset[str] = CLOCK_MODULES
) -> dict[str, tuple[str, str]]:
    """Names bound by ``from samverkan_desktop.clock import today`` or ``from datetime import
    date as d``: the local name and the (owner, function) it stands for."""
    names: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in modules:
            owner = node.module.rsplit(".", 1)[-1]
            for alias in node.names:
                names[alias.asname or alias.name] = (owner, alias.name)
    return names


def _run_at_import(tree: ast.Module) -> Iterator[ast.AST]:
    """Every node evaluated when the module is imported."""
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        yield node
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            pending.extend(node.decorator_list)
            pending.extend(node.args.defaults)
            pending.extend(d for d in node.args.kw_defaults if d is not None)
        elif isinstance(node, ast.Lambda):
            pending.extend(node.args.defaults)
            pending.extend(d for d in node.args.kw_defaults if d is not None)
        else:
            pending.extend(ast.iter_child_nodes(node))


def clock_name(
    node: ast.expr,
    bare: dict[str, tuple[str, str]],
    calls: frozenset[tuple[str, str]] = CLOCK_CALLS,
) -> str | None:
    """``node`` as written ("dt.date.today") when it names one of ``calls``, else None."""
    parts = _dotted(node)
    if parts is None:
        return None
    if len(parts) == 1 and parts[0] in bare and bare[parts[0]] in calls:
        return parts[0]
    if len(parts) >= 2:
        owner = bare.get(parts[-2], (None, parts[-2]))[1]
        if (owner, parts[-1]) in calls:
            return ".".join(parts)
    return None


def findings_in_source(source: str, path: Path) -> list[Finding]:
    tree = ast.parse(source, filename=str(path))
    bare = bare_clock_names(tree)
    found = [
        Finding(path, node.lineno, call)
        for node in _run_at_import(tree)
        if isinstance(node, ast.Call) and (call := clock_name(node.func, bare)) is not None
    ]
    return sorted(found, key=lambda finding: finding.line)


def findings(folder: Path) -> list[Finding]:
    """The import-time clock reads of every Python module under ``folder``."""
    return [
        finding
        for path in sorted(folder.rglob("*.py"))
        for finding in findings_in_source(path.read_text(encoding="utf-8"), path)
    ]
