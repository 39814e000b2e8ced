"""Work around a reference-count bug in PySide6 6.12.0 on Python 3.11.

PySide6 hands back Python's singletons without taking a reference: ``Signal.emit()`` returns
``True``, and every call of a Qt function that returns nothing (``setToolTip``, ``resize``,
``setRowHeight``, ``update`` …) returns ``None``, each time one reference short. After a few
thousand such calls whose result is dropped the interpreter frees the singleton itself and
aborts ("Fatal Python error: bool_dealloc" / "none_dealloc"): ``None`` starts a window's
process with some 5,000 references, which a list of a few hundred wrapped rows used up on its
first load, and an ordinary day at a desk far more. Python 3.12 made these objects immortal;
on 3.11 we give them a reference count no session can exhaust. The Pdf split wheel exists
only as 6.12, so pinning an older PySide6 is not an option. tests/ui/test_pyside_guard.py
fails when this stops being needed or working.
"""

from __future__ import annotations

import ctypes
import sys

# Far more calls than a session makes, far below the ssize_t limit.
_RESERVE = 1 << 40


def make_singletons_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    for value in (True, False, None):
        refcount = ctypes.c_ssize_t.from_address(id(value))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
