"""The Overview's entries are fitted to their width once when the window opens on the saved
Overview (ui.fast_start, the usual start): the start spends its time on it (make bench), and a
vertical scroll bar that came as the cards grew narrowed every entry, each fitted again (at
1024 × 768 every entry twice, the second time 7 px narrower). On a screen narrower than the
window's minimum (the bench's, offscreen: 800 px) the window first showed cut to the screen and
grew to its minimum right after (the Overview's heading), every entry fitted at both widths.
The ordinary start (no saved Overview) fits each entry once too."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import overview
from tests.ui.windows import run_app, settle, show_window, wait_gathered
from ui.context import AppContext
from ui.fast_start import DeferredDatabase
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


@pytest.mark.moment("2026-12-05T17:30")
def test_each_entry_is_fitted_for_one_width_at_start(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    rooms = _count_fits(monkeypatch)
    window = MainWindow(demo_ctx, "test.sqlite3")
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    today = clock.today()
    area.show_snapshot(today, demo_ctx.call(overview.gather, today))  # as the quick start
    show_window(qtbot, window, 1024, 768)
    settle(qtbot)
    _assert_fitted_once(window, rooms)


@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.usefixtures("app_settings")
def test_a_quick_start_on_a_narrow_screen_fits_each_entry_for_one_width(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def close_on_overview(window: MainWindow) -> None:
        wait_gathered(qtbot)  # closed on the Overview: the next start shows it saved

    assert run_app(monkeypatch, ["main.py", "--db", demo_url], MainWindow, close_on_overview) == 0
    rooms = _count_fits(monkeypatch)
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        deferred = window.ctx.db
        assert isinstance(deferred, DeferredDatabase)  # the quick start, as the bench's
        qtbot.waitUntil(lambda: deferred.is_open, timeout=20000)
        settle(qtbot)
        seen["width"] = window.width()
        _assert_fitted_once(window, rooms)

    assert run_app(monkeypatch, ["main.py", "--db", demo_url], MainWindow, look) == 0
    screen = QGuiApplication.primaryScreen().availableGeometry().width()
    # Once the window's minimum was wider than the (offscreen) screen; since the Overview's
    # weekly button goes under the day where it has no room beside it (ui.overview.page_head)
    # the window fits the screen, its head arranged anew as it is shown to it.
    assert isinstance(seen["width"], int) and seen["width"] <= screen


@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.usefixtures("app_settings")
def test_an_ordinary_start_fits_each_entry_for_one_width(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No saved Overview: the cards come to the shown window. They were shown one by one, and
    the first card's entries were fitted at the width it had alone, then again."""
    rooms = _count_fits(monkeypatch)

    def look(window: MainWindow) -> None:
        assert not isinstance(window.ctx.db, DeferredDatabase)  # the ordinary road
        wait_gathered(qtbot)
        settle(qtbot)
        _assert_fitted_once(window, rooms)

    assert run_app(monkeypatch, ["main.py", "--db", demo_url], MainWindow, look) == 0


def _count_fits(monkeypatch: pytest.MonkeyPatch) -> dict[int, set[int]]:
    """The widths each entry is fitted for, from now on (by the entry's id)."""
    rooms: dict[int, set[int]] = {}
    fitted = EntryButton.fitted_text

    def counted(entry: EntryButton, room: int) -> str:
        rooms.setdefault(id(entry), set()).add(room)
        return fitted(entry, room)

    monkeypatch.setattr(EntryButton, "fitted_text", counted)
    return rooms


def _assert_fitted_once(window: MainWindow, rooms: dict[int, set[int]]) -> None:
    entries = window.findChildren(EntryButton)
    assert len(entries) >= 20  # the demo's cards are shown
    # The cards' texts are those of their final width, each fitted for that width alone.
    twice = {e.full_text: sorted(rooms[id(e)]) for e in entries if len(rooms[id(e)]) > 1}
    assert not twice, twice
