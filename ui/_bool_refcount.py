"""Work around a reference-count bug in PySide6 6.12.0 on Python 3.11.

``Signal.emit()`` returns ``True`` without taking a reference, so every emit whose result is
dropped takes one reference away from ``True``. After a few thousand emits the interpreter frees
the ``True`` object itself and aborts ("Fatal Python error: bool_dealloc"), typically on exit or
in the garbage collector. Python 3.12 made ``True`` immortal; on 3.11 we give it a reference count
no session can exhaust. The Pdf split wheel exists only as 6.12, so pinning an older PySide6 is
not an option. tests/ui/test_pyside_guard.py fails when this stops being needed or working.
"""

from __future__ import annotations

import ctypes
import sys

# Far more emits than a session makes, far below the ssize_t limit.
_RESERVE = 1 << 40


def make_bools_immortal() -> None:
    if sys.version_info >= (3, 12):
        return
    for value in (True, False):
        refcount = ctypes.c_ssize_t.from_address(id(value))
        if refcount.value < _RESERVE:
            refcount.value += _RESERVE
