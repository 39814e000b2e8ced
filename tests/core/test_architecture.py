"""The core must stay free of Qt so every rule runs without a window."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "samverkan_desktop"


def test_no_core_module_imports_qt_or_ui() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "ui", "shiboken6"}:
                    offenders.append(f"{path.relative_to(CORE.parent)}: {name}")
    assert offenders == []


def test_importing_the_whole_core_leaves_pyside_unloaded() -> None:
    code = (
        "import pkgutil, importlib, sys, samverkan_desktop\n"
        "for m in pkgutil.walk_packages(samverkan_desktop.__path__, 'samverkan_desktop.'):\n"
        "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_today_is_read_only_through_the_clock() -> None:
    """``date.today()`` is the machine's day (yesterday on a UTC server after 23.00 in Stockholm)
    and a test cannot set it; the program reads today through ``samverkan_desktop.clock``."""
    root = CORE.parent
    offenders = []
    for folder in ("samverkan_desktop", "ui"):
        for path in (root / folder).rglob("*.py"):
            if path == CORE / "clock.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                # Called, or handed on uncalled as a default ("today=dt.date.today").
                if (
                    isinstance(node, ast.Attribute)
                    and node.attr == "today"
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr == "date"
                ):
                    offenders.append(f"{path.relative_to(root)}:{node.lineno}")
    assert offenders == []
