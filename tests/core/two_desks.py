"""Two desks at the same moment: this desk's unit of work and, before it commits, another
desk's (tests of clashes on PostgreSQL and SQLite)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database


def at_the_same_moment(
    db: Database, mine: Callable[[Session], object], theirs: Callable[[Session], object]
) -> None:
    """This desk does ``mine`` and, before it commits, another desk does ``theirs`` (waiting, if
    it must, on this desk's transaction); the other desk's error is raised here."""
    other = open_database(db.url)
    outcome: list[BaseException] = []

    def other_desk() -> None:
        try:
            with other.session() as s:
                theirs(s)
        except BaseException as error:  # noqa: BLE001 - raised in the test's thread
            outcome.append(error)

    thread = threading.Thread(target=other_desk)
    try:
        with db.session() as s:
            mine(s)
            thread.start()
            time.sleep(0.5)  # the other desk has read what it needs, or waits to
        thread.join(timeout=30)
    finally:
        other.dispose()
    assert not thread.is_alive()
    if outcome:
        raise outcome[0]
