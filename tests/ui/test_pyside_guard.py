"""Guard against PySide6 6.12.0's lost references: to True on every Signal.emit(), to None on
every call of a Qt function that returns nothing (ui/_refcount_guard.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

EMITS = 100_000  # far more than True's natural reference count on Python 3.11
CALLS = 100_000  # None starts a window's process with some 5,000


def test_many_signal_emits_do_not_crash_the_interpreter() -> None:
    script = textwrap.dedent(
        f"""
        import gc
        import ui  # applies the work-around, as every window start does
        from PySide6.QtCore import QCoreApplication, QObject, Signal

        class Source(QObject):
            changed = Signal(int)

        app = QCoreApplication([])
        source = Source()
        seen = []
        source.changed.connect(seen.append)
        for n in range({EMITS}):
            source.changed.emit(n)
        gc.collect()
        assert len(seen) == {EMITS}
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def _run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_many_qt_calls_returning_nothing_do_not_crash_the_interpreter() -> None:
    """A list of a few hundred wrapped rows sets its row heights and tooltips thousands of
    times: without the guard the process aborts with "none_dealloc" after some 5,000."""
    done = _run(
        f"""
        import gc
        import ui  # applies the work-around, as every window start does
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
        widget = QWidget()
        for n in range({CALLS}):
            widget.setToolTip("Belysningen i trappan")
            widget.resize(100 + n % 7, 40)
        gc.collect()
        print("ok")
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_the_guard_is_still_needed() -> None:
    """Without the guard the same calls abort the interpreter: when a PySide6 release fixes
    the lost references this fails, and the guard (ui/_refcount_guard.py) can go."""
    done = _run(
        f"""
        from PySide6.QtWidgets import QApplication, QWidget

        app = QApplication([])
        widget = QWidget()
        for n in range({CALLS}):
            widget.resize(100 + n % 7, 40)
        print("ok")
        """
    )
    if sys.version_info >= (3, 12):  # None is immortal there: the guard does nothing
        assert done.returncode == 0, done.stderr
    else:
        assert done.returncode != 0 and "none_dealloc" in done.stderr, (
            done.returncode,
            done.stderr,
        )
