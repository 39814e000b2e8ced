"""Reading rows for a long list of ids a batch at a time.

One SQL ``IN`` list of every id is refused past the database's limit on bound values (SQLite:
32,766 by default, 999 before 3.32; PostgreSQL's protocol: 65,535), and a city holds 100,000
actions: printing all of them, or naming where they came from, would fail."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

# Well under every limit above (and the size meeting_common and audit_trail already read by).
BATCH_SIZE = 500


def batches(ids: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """``ids`` in lists of at most ``size``, in the order given."""
    batch: list[T] = []
    for item in ids:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
