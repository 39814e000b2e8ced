"""Guard against PySide6 6.12.0's lost reference to True on every Signal.emit()."""

from __future__ import annotations

import subprocess
import sys
import textwrap

EMITS = 100_000  # far more than True's natural reference count on Python 3.11


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
