"""Swedish public holidays kept on disk between runs.

The holidays package imports every country it knows before it answers (a third of a second of
the window's start, for the Overview's week). A year's holidays change only with the package,
so the answers are kept in the data folder, signed by the installed package's files; anything
wrong with the file means computing again, never an error.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE_FILE = "holidays-cache.json"
_loaded: dict[str, Any] | None = None


def _signature() -> str | None:
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return None
    root = Path(spec.origin).parent
    parts = []
    for name in ("version.py", "countries/sweden.py"):
        stat = (root / name).stat()
        parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
    return "|".join(parts)


def _path() -> Path:
    from samverkan_desktop.paths import data_dir

    return data_dir() / CACHE_FILE


def _load(signature: str) -> dict[str, Any]:
    global _loaded
    if _loaded is None or _loaded.get("signature") != signature:
        try:
            stored = json.loads(_path().read_text(encoding="utf-8"))
            valid = isinstance(stored, dict) and stored.get("signature") == signature
            _loaded = stored if valid else None
        except (OSError, ValueError):
            _loaded = None
        if _loaded is None or not isinstance(_loaded.get("tables"), dict):
            _loaded = {"signature": signature, "tables": {}}
    return _loaded


def _save(content: dict[str, Any]) -> None:
    path = _path()
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)  # whole or not at all, also with two windows open
    except OSError:
        temporary.unlink(missing_ok=True)


def holidays_of(
    year: int, language: str, compute: Callable[[], dict[dt.date, str]]
) -> dict[dt.date, str]:
    """The table for ``year`` in ``language``: from the file, else ``compute()`` (and keep it)."""
    try:
        signature = _signature()
    except OSError:
        signature = None
    if signature is None:
        return compute()
    content = _load(signature)
    key = f"{year}:{language}"
    table = content["tables"].get(key)
    if isinstance(table, dict):
        try:
            return {dt.date.fromisoformat(day): str(name) for day, name in table.items()}
        except (TypeError, ValueError):
            pass  # damaged: computed again below
    result = compute()
    content["tables"][key] = {day.isoformat(): name for day, name in result.items()}
    _save(content)
    return result
