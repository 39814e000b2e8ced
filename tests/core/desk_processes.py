"""Another desk on the same SQLite file, as a process of its own: it runs ``samverkan`` command
lines (``cli.main`` in its process, so a command costs no interpreter start-up) round after
round, and reports each command's exit code and what it said on stderr.

A command's words may hold ``{n}``, the round's number (``--notes "A {n}"``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import multiprocessing
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from samverkan_desktop.db import open_database
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import actions, alarms, contacts
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.contacts import PersonInput
from tests.core.meeting_data import make_group
from tests.set_moment import held_offset, hold_clock_in_process

Command = Sequence[str]
SHARED = "PROV-S"  # the unit both desks lend
WAIT_S = 120  # a desk that has not answered by then is stuck: the test fails, never hangs


@dataclass(frozen=True)
class Outcome:
    command: str  # the words, joined
    code: int  # the exit code
    said: str  # stderr, stripped
    seconds: float  # how long it took (for a reader of a failure; never asserted)


def _run(url: str, words: Sequence[str]) -> Outcome:
    from samverkan_desktop.cli import main

    said = io.StringIO()
    began = time.monotonic()
    with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--db", url, *words])
    return Outcome(" ".join(words), code, said.getvalue().strip(), time.monotonic() - began)


def _desk(
    url: str,
    commands: Sequence[Command],
    rounds: int,
    clock_offset: dt.timedelta | None,
    started: Any,
    stop: Any,
    results: Any,
) -> None:
    # The test's clock, not the machine's: at SAMVERKAN_TEST_NOW=2027-10-31T02:30 an action
    # opened by the test "in 2027" was refused as closed before it was taken up (2026).
    if clock_offset is not None:
        hold_clock_in_process(clock_offset)
    outcomes: list[Outcome] = []
    try:
        for n in range(rounds):
            if stop.is_set():
                break
            for words in commands:
                outcomes.append(_run(url, [word.format(n=n) for word in words]))
                started.set()
    finally:
        started.set()
        results.put(outcomes)


class Desk:
    """``with Desk(url, commands, rounds) as desk:`` the desk works meanwhile (``started``
    tells when its first command is done); ``desk.outcomes`` once the block ends (the desk is
    stopped at the end of a round if it is still working)."""

    def __init__(self, url: str, commands: Sequence[Command], rounds: int) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process running Qt
        self._started = context.Event()
        self._stop = context.Event()
        self._results = context.Queue()
        self._process = context.Process(
            target=_desk,
            args=(
                url,
                [list(c) for c in commands],
                rounds,
                held_offset(),  # the test's clock (SAMVERKAN_TEST_NOW, mark.moment), if held
                self._started,
                self._stop,
                self._results,
            ),
        )
        self.outcomes: list[Outcome] = []

    def start(self) -> None:
        self._process.start()

    def wait_started(self) -> None:
        assert self._started.wait(WAIT_S), "the other desk never ran a command"

    def finish(self, *, stop: bool = False) -> list[Outcome]:
        if stop:
            self._stop.set()
        try:
            self.outcomes = self._results.get(timeout=WAIT_S)  # before join: a full pipe waits
        finally:
            self._process.join(WAIT_S)
            if self._process.is_alive():
                self._process.kill()
        return self.outcomes

    def __enter__(self) -> Desk:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.finish(stop=True)


def at_once(url: str, *work: tuple[Sequence[Command], int]) -> list[Outcome]:
    """Desks started together, each with its commands and rounds: all their outcomes once
    every desk has done all of its rounds."""
    started = [Desk(url, commands, rounds) for commands, rounds in work]
    for desk in started:
        desk.start()
    return [outcome for desk in started for outcome in desk.finish()]


def district(url: str) -> tuple[int, int]:
    """Four units (PROV-A, PROV-B, the shared PROV-S and PROV-T, function-tested), two staff
    to borrow them, a group and an action for the desks to change: (group id, action id)."""
    db = open_database(url)
    try:
        with db.session() as s:
            for code in ("PROV-A", "PROV-B", SHARED, "PROV-T"):
                alarms.create_unit(s, alarms.UnitInput(code, UnitKind.HOME_VISIT))
            lena, _leif = (
                contacts.create_person(s, PersonInput(name, is_staff=True))
                for name in ("Lena Persson", "Leif Pettersson")
            )
            group = make_group(s)
            action = actions.create_action(
                s, ActionInput("Byta lamporna i trappan", responsible_person_id=lena)
            )
        return group, action
    finally:
        db.dispose()


def lending(own: str, borrower: str) -> list[list[str]]:
    """A round at a desk: its own unit and the shared one out and back, PROV-T tested and a
    point in the week's summary (each a read before a write)."""
    return [
        ["loans", "out", own, "--to", borrower],
        ["loans", "out", SHARED, "--to", borrower],
        ["units", "event", "PROV-T", "tested", "--note", f"{own} {{n}}"],
        ["loans", "in", own],
        ["loans", "in", SHARED],
        ["weekly", "add", "--source", "other", "--heading", f"{own} {{n}}"],
    ]
