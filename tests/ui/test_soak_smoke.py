"""The soak (``python -m tests.soak``) in three short rounds: a form, Inställningar,
Kortkommandon and Om open and close, and the third round leaves the window with as many widgets
as the second (on main each short round kept some 400 more: every dialog closed stayed hidden
under its view)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.soak.rounds import SHORT, short_round
from tests.soak.session import RoundResult, Soak
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.main_window import MainWindow

# Widgets that come and go with what a round leaves on screen (a notice, a list's editor).
MARGIN = 20


def test_three_short_rounds_keep_no_widgets(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    rounds: list[RoundResult] = []
    soak = Soak(window, rounds.append, rounds=3, play=short_round)
    soak.start()
    qtbot.waitUntil(lambda: soak.finished, timeout=20_000)
    assert soak.player.error is None, repr(soak.player.error)
    assert [r.number for r in rounds] == [0, 1, 2, 3]
    for done in rounds[1:]:
        assert done.log.missed == []
        assert sorted(done.log.opened) == sorted(SHORT)
    second, third = rounds[2].sample.widgets, rounds[3].sample.widgets
    assert abs(third - second) <= MARGIN, f"round 2: {second} widgets, round 3: {third}"
