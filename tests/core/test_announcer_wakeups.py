"""The announcer's thread is woken by a change only while it waits for one: a lend made in its
pause (PAUSE_S) goes out with the next notification anyway, and waking the thread for it would
cost each lend a thread switch on a desk that is already busy."""

from __future__ import annotations

import threading
import time
from typing import Any

from samverkan_desktop.announcer import Announcer


class _CountingCondition(threading.Condition):
    def __init__(self) -> None:
        super().__init__()
        self.wakes = 0

    def notify_all(self) -> None:
        self.wakes += 1
        super().notify_all()


def test_changes_made_during_the_pause_go_out_together_without_waking_the_sender(
    monkeypatch: Any,
) -> None:
    sent: list[frozenset[str]] = []
    announcer = Announcer(engine=None, client_id="desk")  # type: ignore[arg-type]
    announcer.PAUSE_S = 1.0  # room for the burst below on a loaded machine
    condition = _CountingCondition()
    monkeypatch.setattr(announcer, "_condition", condition)
    monkeypatch.setattr(announcer, "_send", lambda _pooled, tables: sent.append(tables))
    try:
        announcer.announce({"alarm_loans"})
        assert announcer.flush()
        assert sent == [frozenset({"alarm_loans"})]
        before = condition.wakes  # the sender is now in its pause

        for n in range(50):
            announcer.announce({f"table_{n}"})

        assert condition.wakes == before
        assert announcer.flush()
        assert sent[1:] == [frozenset(f"table_{n}" for n in range(50))]
    finally:
        announcer.close()


def test_a_desk_lending_back_to_back_notifies_twice_a_second_and_a_lone_lend_at_once(
    monkeypatch: Any,
) -> None:
    """20 desks lending back to back each sent a notification with nearly every lend (ten a
    second), a third transaction per lend on the server; the other desks look every 2 s. A
    burst now goes out at most twice a second, and a lend after a quiet spell at once."""
    sent: list[float] = []
    announcer = Announcer(engine=None, client_id="desk")  # type: ignore[arg-type]
    monkeypatch.setattr(announcer, "_send", lambda _pooled, _tables: sent.append(time.monotonic()))
    try:
        started = time.monotonic()
        while time.monotonic() - started < 1.2:  # a lend and a return every 20 ms
            announcer.announce({"alarm_loans"})
            time.sleep(0.02)
        assert announcer.flush()
        assert 2 <= len(sent) <= 4, [round(at - started, 2) for at in sent]

        time.sleep(announcer.PAUSE_S + 0.1)  # quiet: the sender waits for a change
        lent = time.monotonic()
        announcer.announce({"alarm_loans"})
        assert announcer.flush()
        # At once, not held for a pause (0.4 s: room for a busy machine).
        assert sent[-1] - lent < 0.8 * announcer.PAUSE_S
    finally:
        announcer.close()
