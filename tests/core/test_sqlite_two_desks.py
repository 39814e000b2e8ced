"""Two desks on one SQLite file, each a process of its own running ``samverkan`` commands at the
same time, many times over: each lends and returns a unit of its own and the same shared unit,
records a unit's function test, adds a point to the week's summary and edits a group or
closes and reopens an action. Every command reads before it writes. A unit of work begun as a
reader cannot write once the other desk has written meanwhile (WAL): such commands failed with
"Databasen är låst" or "sparade en ändring i samma ögonblick". Now each waits its turn (BEGIN
IMMEDIATE, and a unit that found out too late runs again as the writer): the only refusals
are the shared unit's ("är utlånat till …", "är inte utlånat"), and it is never out twice."""

from __future__ import annotations

import re

from samverkan_desktop.db import open_database
from tests.core.database_rules import rows
from tests.core.desk_processes import SHARED, Outcome, at_once, district, lending

ROUNDS = 8
REFUSED = re.compile(
    rf"^Fel: {SHARED} (är utlånat till (Lena Persson|Leif Pettersson) sedan .*|är inte utlånat\.)$"
)


def _read(url: str, statement: str, **params: object) -> list[tuple[object, ...]]:
    db = open_database(url)
    try:
        return [tuple(row.values()) for row in rows(db, statement, **params)]
    finally:
        db.dispose()


def _loans(url: str, code: str) -> list[tuple[object, ...]]:
    """(out, returned) of each loan of the unit, in the order they were lent."""
    return _read(
        url,
        "SELECT l.out_at, l.returned_at FROM alarm_loans l JOIN alarm_units u "
        "ON u.id = l.unit_id WHERE u.code = :code ORDER BY l.out_at, l.id",
        code=code,
    )


def _lent(outcomes: list[Outcome], code: str) -> int:
    return sum(o.code == 0 and o.command.startswith(f"loans out {code} ") for o in outcomes)


def test_two_desks_lending_and_editing_at_once_wait_their_turn(sqlite_url: str) -> None:
    group, action = district(sqlite_url)
    desk_a = [
        *lending("PROV-A", "Lena Persson"),
        ["groups", "edit", str(group), "--notes", "A {n}"],
    ]
    desk_b = [
        *lending("PROV-B", "Leif Pettersson"),
        ["actions", "done", str(action)],
        ["actions", "reopen", str(action)],
    ]
    outcomes = at_once(sqlite_url, (desk_a, ROUNDS), (desk_b, ROUNDS))
    assert len(outcomes) == ROUNDS * (len(desk_a) + len(desk_b))
    # Nothing but the shared unit's own refusals: no "locked", no exit code but 0 or 1.
    failed = [o for o in outcomes if o.code != 0 and not REFUSED.match(o.said)]
    assert not failed, failed
    refused = [o for o in outcomes if o.code != 0]
    assert all(o.code == 1 and SHARED in o.command for o in refused)
    # Each desk's own unit went out and came back every round; the shared one was never out
    # twice: each loan returned before the next began, one loan per lend that succeeded.
    for code in ("PROV-A", "PROV-B"):
        assert len(_loans(sqlite_url, code)) == _lent(outcomes, code) == ROUNDS
    shared = _loans(sqlite_url, SHARED)
    assert len(shared) == _lent(outcomes, SHARED) > 0
    for (_out, returned), (next_out, _back) in zip(shared, shared[1:], strict=False):
        assert returned is not None and str(returned) <= str(next_out)
    # The other commands were all saved, every round.
    assert _read(sqlite_url, "SELECT count(*) FROM weekly_brief_items") == [(2 * ROUNDS,)]
    tested = "SELECT count(*) FROM alarm_unit_events WHERE note LIKE 'PROV-_ %'"
    assert _read(sqlite_url, tested) == [(2 * ROUNDS,)]
