"""Import ReportLab's paragraph module without compiling two patterns our printouts never use.

On import, ``reportlab.platypus.paragraph`` compiles ``uri_pat``, a case-insensitive pattern
over most of Unicode (about 60 ms of CPU, a sixth of ``samverkan print agenda``), which only
hyphenation with ``uriWasteReduce`` uses, and ``reportlab.lib.textsplit`` compiles ``rx`` for
``cjkwrap`` (8 ms). We use neither, so while those modules load, those two patterns (and only
they, matched by their exact text) become a stand-in that compiles on first use; every other
``re.compile`` is the real one. A ReportLab that changes the patterns just compiles them.
"""

from __future__ import annotations

import re
import sys
from typing import Any

DEFERRED_PREFIXES = (
    "(^(?:[a-z0-9\\.\\-\\+]*)://)",  # paragraph.uri_pat
    "([\u2e80-\uffff])",  # textsplit.rx
)


class CompiledOnFirstUse:
    """A pattern that compiles itself when first used (``match``, ``sub``, ``pattern``, ...)."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _real_compile(*self._source)
        return getattr(self._compiled, name)


_real_compile = re.compile


def _compile(pattern: Any, flags: int = 0) -> Any:
    if isinstance(pattern, str) and pattern.startswith(DEFERRED_PREFIXES):
        return CompiledOnFirstUse(pattern, flags)
    return _real_compile(pattern, flags)


def import_paragraph() -> None:
    """Import reportlab.platypus.paragraph (and textsplit) with the two patterns deferred."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    re.compile = _compile  # type: ignore[assignment]
    try:
        import reportlab.platypus.paragraph  # noqa: F401
    finally:
        re.compile = _real_compile
