"""Optimistic concurrency for forms: a form remembers the ``version`` of the record it showed
and sends it back as ``expected_version``; a save based on an older version is refused with a
ConflictError (the form stays open with the user's text). The UPDATE itself also checks the
version (models.base.RowVersioned), which catches the race between this check and the write."""

from __future__ import annotations

from typing import Any

from samverkan_desktop.db import stale_record_error


def check_version(record: Any, expected: int | None) -> None:
    """Refuse when the record changed since the form read it (None: no check, e.g. scripts)."""
    if expected is not None and getattr(record, record.version_attribute) != expected:
        raise stale_record_error()
