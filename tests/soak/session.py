"""Rounds played one after another on an open main window, measured after each."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from tests.soak.engine import DialogCloser, Path, Player
from tests.soak.measure import Sample, grown, sample, widget_classes
from tests.soak.rounds import RoundLog, Visitor, one_round
from ui.main_window import MainWindow


@dataclass(frozen=True)
class RoundResult:
    number: int  # 0: the window as opened, before any round
    sample: Sample
    seconds: float
    log: RoundLog
    grown: list[tuple[str, int]]  # widget classes with more live instances than the round before


class Soak:
    """Plays rounds on ``window`` until ``rounds`` are done or ``minutes`` have passed
    (whichever comes first; at least one round); ``on_round`` hears of each. ``play``: a
    round (rounds.one_round, or the quick rounds.short_round)."""

    def __init__(
        self,
        window: MainWindow,
        on_round: Callable[[RoundResult], None],
        rounds: int | None = None,
        minutes: float | None = None,
        play: Callable[[Visitor], Path] = one_round,
    ) -> None:
        if rounds is None and minutes is None:
            raise ValueError("a soak needs rounds, minutes or both")
        self.closer = DialogCloser()
        self.visitor = Visitor(window, self.closer)
        self.results: list[RoundResult] = []
        self._on_round = on_round
        self._rounds = rounds
        self._seconds = None if minutes is None else minutes * 60
        self._play = play
        self.player = Player(self._path())

    def start(self) -> None:
        self.player.start()

    @property
    def finished(self) -> bool:
        return self.player.finished

    def _path(self) -> Path:
        began = time.monotonic()
        yield None  # the window's first events handled
        classes = self._measure(0, began, RoundLog(), Counter())
        number = 0
        while not self._enough(number, began):
            number += 1
            round_began = time.monotonic()
            yield from self._play(self.visitor)
            yield None  # the round's last deleteLater() done
            classes = self._measure(number, round_began, self.visitor.log, classes)
        self.closer.stop()

    def _enough(self, number: int, began: float) -> bool:
        if number == 0:
            return False
        if self._rounds is not None and number >= self._rounds:
            return True
        return self._seconds is not None and time.monotonic() - began >= self._seconds

    def _measure(
        self, number: int, began: float, log: RoundLog, before: Counter[str]
    ) -> Counter[str]:
        counted = sample()
        classes = widget_classes()
        result = RoundResult(
            number, counted, time.monotonic() - began, log, grown(before, classes) if before else []
        )
        self.results.append(result)
        self._on_round(result)
        return classes
