"""The reception's change notifications, sent from a thread of their own (PostgreSQL).

Why: a lend or a return (direct_sql's autocommit route) was three round trips, the third its
notification: a transaction of its own whose commit takes PostgreSQL's one global NOTIFY lock,
which 20 desks on 2 CPUs take in turn. A hint to refresh should not keep the receptionist
waiting. (Measured with 20 desks, tests/bench/lending.py: the median lend fell, the p95 did not
move beyond the runs' noise; README "Performance".) Here a lend hands its tables over and
returns; a thread sends them on a connection of its own, every change of the last PAUSE_S in
one notification. Another desk sees the change at most half a second later, which it cannot
tell from its own refresh (every 2 s). The Session route (changes._announce) still notifies
after its commit: it is not a hot path.

A notification is a hint, not data: a failure is logged and the connection replaced; the
pending tables are sent by ``close()`` (Database.dispose), and at exit if the program forgot.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine

from samverkan_desktop import changes

log = logging.getLogger(__name__)


class Announcer:
    # At most two notifications a second from one program. The other desks' windows look for
    # them every 2 s (ui/change_watcher.py), and a change after a quiet spell goes out at once:
    # only a burst waits, up to half a second. Ten a second (0.1 s until 7 December) made
    # nearly every lend of 20 desks lending back to back a third transaction on the server,
    # taking the one notification lock in turn (tests/bench/lending.py, README "Performance").
    PAUSE_S = 0.5
    IDLE_S = 30.0  # then the thread ends and its connection goes back to the pool

    def __init__(self, engine: Engine, client_id: str) -> None:
        self._engine = engine
        self._client_id = client_id
        self._pending: set[str] = set()
        self._sending = False
        self._closed = False
        self._thread: threading.Thread | None = None
        self._condition = threading.Condition()
        self._waiting = False  # the thread waits for something to send (not in its pause)

    def announce(self, tables: Iterable[str]) -> None:
        """Tell the other desks, soon, that these tables changed (committed already)."""
        with self._condition:
            self._pending.update(tables)
            if self._thread is None:  # none, or the last one ended (idle)
                self._thread = threading.Thread(
                    target=self._run, name="samverkan-announcer", daemon=True
                )
                self._thread.start()
                atexit.register(self.close)
            elif self._waiting:  # in its pause it sends this anyway: a lend need not wake it
                self._condition.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything announced so far has been sent (tests, close)."""
        with self._condition:
            return self._condition.wait_for(
                lambda: not self._pending and not self._sending, timeout
            )

    def close(self, timeout: float = 5.0) -> None:
        """Send what is pending, then stop the thread."""
        with self._condition:
            self._closed = True
            thread = self._thread
            self._condition.notify_all()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        atexit.unregister(self.close)

    def _run(self) -> None:
        pooled: Any = None
        try:
            while True:
                with self._condition:
                    self._waiting = True
                    self._condition.wait_for(lambda: self._pending or self._closed, self.IDLE_S)
                    self._waiting = False
                    if not self._pending:  # idle, or closed with nothing left to send
                        self._thread = None  # the next announce starts a new thread
                        return
                    tables, self._pending = frozenset(self._pending), set()
                    self._sending = True
                try:
                    pooled = self._send(pooled, tables)
                finally:
                    with self._condition:
                        self._sending = False
                        self._condition.notify_all()
                        # What changes meanwhile goes out together, PAUSE_S from now.
                        self._condition.wait_for(lambda: self._closed, self.PAUSE_S)
        finally:
            with self._condition:
                if self._thread is threading.current_thread():  # ended by an error
                    self._thread = None
            _give_back(pooled)

    def _send(self, pooled: Any, tables: frozenset[str]) -> Any:
        message = changes.notify_transaction(changes.CHANNEL, self._client_id, tables)
        try:
            if pooled is None:
                pooled = self._engine.raw_connection()
                pooled.driver_connection.autocommit = True  # the message has its BEGIN
            pooled.driver_connection.execute(message)
        except Exception:  # noqa: BLE001 - a hint lost is logged, never raised at a desk
            log.warning("Could not notify the other desks of a change", exc_info=True)
            if pooled is not None:
                with contextlib.suppress(Exception):
                    pooled.invalidate()
            return None
        return pooled


def _give_back(pooled: Any) -> None:
    if pooled is None:
        return
    try:
        pooled.driver_connection.autocommit = False  # fit for a Session again
        pooled.close()
    except Exception:  # noqa: BLE001 - broken: dropped instead
        with contextlib.suppress(Exception):
            pooled.invalidate()
