"""A database file with one page of a table overwritten (a disk or a sync tool at fault): it
still opens, and what does not read that page still works."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_a_page_of(path: Path, table: str) -> None:
    """Overwrite the first leaf page under ``table``'s root (the root itself if it has none)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # every page in the file itself
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    page = start
    if data[start] == 0x05:  # an interior page: its first cell begins with the left child
        cell = start + int.from_bytes(data[start + 12 : start + 14], "big")
        page = (int.from_bytes(data[cell : cell + 4], "big") - 1) * page_size
    data[page + 8 : page + page_size] = b"\xab" * (page_size - 8)
    path.write_bytes(bytes(data))
