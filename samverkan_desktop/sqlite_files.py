"""The SQLite database files this process has open, so that nothing reads them behind SQLite.

POSIX: closing any descriptor of a file drops every lock the process holds on it, SQLite's
too (sqlite.org/howtocorrupt.html, 2.2). A header read with open() and close() of a database
this process had open let another program, closing its last connection, take the database
for unused and delete its write-ahead log under this one: this process's next write found
the database "malformed". A file open here is known to be an SQLite database: its header
needs no reading.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

_lock = threading.Lock()
_open: Counter[tuple[int, int]] = Counter()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino  # the same file under another name or a link too


def opened(path: Path) -> tuple[int, int] | None:
    """Count ``path`` as open until ``closed`` is given what this returns (the file itself: a
    restore may put another file under its name meanwhile)."""
    identity = _identity(path)
    if identity is not None:
        with _lock:
            _open[identity] += 1
    return identity


def closed(identity: tuple[int, int] | None) -> None:
    with _lock:
        if identity is not None and _open[identity] > 0:
            _open[identity] -= 1
            if not _open[identity]:
                del _open[identity]


def is_open(path: Path) -> bool:
    """Whether SQLite connections of this process may have ``path`` open (never read it)."""
    identity = _identity(path)
    with _lock:
        return identity is not None and identity in _open
