"""The Overview as last gathered, kept beside the program's data so the next start can show it
before the database layer has loaded (importing SQLAlchemy and the models is over a second).

A snapshot is shown only when it is exactly what gathering would give now: same database file,
same day, same language, same program version, and the same *change mark*, the newest entry of
the audit trail (every insert, update and delete writes one in its own transaction) together with
the schema version. The window gathers again as soon as the database layer is ready, so even a
change the mark cannot see (a restored copy with an identical newest entry) lasts a moment.

It holds at most what the Overview shows (eight entries per section), in the program's data
folder, readable by the user only; it is replaced at every change and removed with an emptied
database. When the window closes on the Overview it also keeps the Overview of the days up to
the next weekday, gathered under the same mark, so that the first start of a day (the most
common start) is as quick as any other. Part of an Overview depends on the time of day (a loan
becomes overdue at its due time); the gathering right after the start brings that up to date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from samverkan_desktop import __version__
from samverkan_desktop.overview_items import OverviewItem, OverviewSection, Urgency
from samverkan_desktop.paths import data_dir
from samverkan_desktop.quick_read import open_current, sqlite_path

# 2: a section names the subset its "Show all" opens; 3: the card of units due for a test;
# 4: an entry's detail in parts (who, head, rest, dated); 5: an entry may open a list (subset:
# the "Get started" card); 6: a section may word its link (more_text); 7: an entry's ``also``
# (a plan's exercise gap); 8: a section's ``badge``. An older snapshot is not read: the start gathers instead, once.
FORMAT = 8
# One statement, read in the same transaction as the Overview it marks.
MARK_SQL = (
    "SELECT (SELECT group_concat(version_num) FROM alembic_version),"
    " (SELECT max(id) FROM audit_log),"
    " (SELECT at FROM audit_log ORDER BY id DESC LIMIT 1)"
)


def mark_from_row(row: Any) -> str:
    """The change mark from MARK_SQL's row."""
    return "|".join(str(value) for value in row)


def current_mark(url: str) -> str | None:
    """The change mark of a current SQLite database, read without SQLAlchemy; None when the
    database cannot be read that way (then no snapshot applies)."""
    conn = open_current(url)
    if conn is None:
        return None
    try:
        return mark_from_row(conn.execute(MARK_SQL).fetchone())
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _sha256_hex(data: bytes) -> str:
    """hashlib.sha256(data).hexdigest() without importing hashlib on the window's start path:
    hashlib loads OpenSSL's libcrypto, 3.4 MiB of the start's peak memory for this one digest.
    Python's own SHA-256 gives the same digest, so snapshot files keep their names."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found]  # Python 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef]  # Python 3.11
        except ImportError:  # a Python built without them
            from hashlib import sha256
    return str(sha256(data).hexdigest())


def snapshot_file(url: str) -> Path | None:
    path = sqlite_path(url)
    if path is None:
        return None
    digest = _sha256_hex(str(path.resolve()).encode())[:16]
    return data_dir() / "snapshots" / f"overview-{digest}.json"


def _key(mark: str, today: dt.date, language: str) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": __version__,
        "mark": mark,
        "day": today.isoformat(),
        "language": language,
    }


def _encode(section: OverviewSection) -> dict[str, Any]:
    return {
        "key": section.key,
        "title": section.title,
        "area": section.area,
        "total": section.total,
        "empty_text": section.empty_text,
        "subset": section.subset,
        "more_text": section.more_text,
        "badge": section.badge,
        "items": [
            [
                item.title,
                item.head,
                item.date.isoformat() if item.date else None,
                item.urgency.value,
                item.area,
                item.record_id,
                item.who,
                item.rest,
                item.dated,
                item.subset,
                item.also,
            ]
            for item in section.items
        ],
    }


def _decode(data: dict[str, Any]) -> OverviewSection:
    return OverviewSection(
        key=str(data["key"]),
        title=str(data["title"]),
        area=str(data["area"]),
        total=int(data["total"]),
        empty_text=str(data["empty_text"]),
        subset=None if data["subset"] is None else str(data["subset"]),
        more_text=str(data["more_text"]),
        badge=None if data["badge"] is None else int(data["badge"]),
        items=tuple(
            OverviewItem(
                str(title),
                str(head),
                dt.date.fromisoformat(date) if date else None,
                Urgency(urgency),
                str(area),
                None if record_id is None else int(record_id),
                str(who),
                str(rest),
                bool(dated),
                None if subset is None else str(subset),
                str(also),
            )
            for title, head, date, urgency, area, record_id, who, rest, dated, subset, also in data[
                "items"
            ]
        ),
    )


def days_ahead(today: dt.date) -> list[dt.date]:
    """The days after ``today`` up to the next weekday: the window is likely opened again on one
    of them (closed on a Friday: Saturday, Sunday and Monday)."""
    days = [today + dt.timedelta(days=1)]
    while days[-1].weekday() >= 5:
        days.append(days[-1] + dt.timedelta(days=1))
    return days


def save(
    url: str,
    mark: str,
    today: dt.date,
    language: str,
    sections: list[OverviewSection],
    ahead: Mapping[dt.date, list[OverviewSection]] | None = None,
) -> None:
    """Keep ``sections`` for the next start, and ``ahead`` the Overview of later days gathered
    under the same mark (the first start of a day then needs no database either). SQLite files
    only; never raises: a snapshot that cannot be written only makes the next start slower."""
    target = snapshot_file(url)
    if target is None:
        return
    payload = {
        **_key(mark, today, language),
        "sections": [_encode(s) for s in sections],
        "ahead": _still_ahead(target, mark, today, language)
        if ahead is None
        else {day.isoformat(): [_encode(s) for s in later] for day, later in ahead.items()},
    }
    temporary = target.with_suffix(".tmp")
    with contextlib.suppress(OSError, ValueError):  # ValueError: text JSON cannot encode
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False)
        os.replace(temporary, target)


def _still_ahead(target: Path, mark: str, today: dt.date, language: str) -> dict[str, Any]:
    """The days after ``today`` the snapshot on disk holds under the same mark, as they are:
    kept when today's Overview is saved alone (gathered again right after a quick start), so
    that a window ended without closing still leaves the next day's first start its own."""
    try:
        payload = json.loads(target.read_text(encoding="utf-8"))
        key = _key(mark, today, language)
        if any(payload.get(k) != v for k, v in key.items() if k != "day"):
            return {}  # the register changed (or the program, or the language): not valid
        kept = payload.get("ahead", {})
        return {day: later for day, later in kept.items() if str(day) > key["day"]}
    except (OSError, ValueError, TypeError, AttributeError):
        return {}  # none yet, or damaged: load() would not use it either


def forget(url: str) -> None:
    target = snapshot_file(url)
    if target is not None:
        with contextlib.suppress(OSError):
            target.unlink(missing_ok=True)


def load(url: str, today: dt.date, language: str) -> list[OverviewSection] | None:
    """The saved Overview if it is exactly what gathering would give now, else None."""
    target = snapshot_file(url)
    if target is None or not target.is_file():
        return None
    mark = current_mark(url)
    if mark is None:
        return None
    try:
        payload = json.loads(target.read_text(encoding="utf-8"))
        key = _key(mark, today, language)
        if any(payload.get(k) != v for k, v in key.items() if k != "day"):
            return None
        if payload["day"] == key["day"]:
            sections = payload["sections"]
        else:  # gathered ahead for this day, under the same mark
            sections = payload.get("ahead", {}).get(key["day"])
            if sections is None:
                return None
        return [_decode(section) for section in sections]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # damaged or from another version: gather instead
