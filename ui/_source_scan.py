"""Keep PySide6 6.12 from holding the source text of every module in memory.

Its import hook (``shibokensupport.feature``) asks ``inspect.getsource`` of each module imported
after PySide6 whether the text mentions "PySide6" (the modules that may write ``from __feature__
import``). ``inspect`` keeps every file it reads in ``linecache`` for the life of the process:
about 20 MiB of source lines by the time the window is up, a sixth of its memory. The same
question answered from the file's bytes keeps nothing. tests/ui/test_source_scan.py checks the
answers stay the same and that no source is kept.
"""

from __future__ import annotations

import linecache
import sys
from types import ModuleType


def stop_keeping_sources() -> None:
    import PySide6.QtCore  # noqa: F401  (loads the hook to be replaced)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or upstream is None or getattr(upstream, "reads_bytes", False):
        return  # another PySide6: nothing to replace (the test says so)

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(upstream(module))  # built-in, compiled or zipped: as before
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(upstream(module))

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    # What the hook read while PySide6 itself was being imported.
    linecache.clearcache()
