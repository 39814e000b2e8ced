"""A second start on an unchanged database shows the Overview at once, before the database
layer has loaded, then answers as usual; any change in between takes the ordinary road."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock, demo, i18n, overview_snapshot
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.services import contacts, overview
from samverkan_desktop.services.contacts import PersonInput
from tests.ui.windows import run_app, wait_gathered
from ui import fast_start
from ui.fast_start import DeferredDatabase, StartAborted
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_url(sqlite_url: str) -> str:
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    return sqlite_url


def _entries(window: MainWindow) -> list[str]:
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    return [button.full_text for card in area.section_cards() for button in _buttons(card)]


def _buttons(card: Any) -> list[Any]:
    from ui.overview.entry_button import EntryButton

    return card.findChildren(EntryButton)


def _start(monkeypatch: pytest.MonkeyPatch, url: str, look: Callable[[MainWindow], None]) -> None:
    """``main.py --db url`` in this process, its settings in ``app_settings``'s file; ``look`` is
    the user at the window."""
    assert run_app(monkeypatch, ["main.py", "--db", url], MainWindow, look) == 0


@pytest.mark.usefixtures("app_settings")
def test_an_unchanged_database_shows_the_saved_overview_then_opens(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first: dict[str, list[str]] = {}

    def ordinary(window: MainWindow) -> None:
        assert isinstance(window.ctx.db, Database)  # nothing saved yet: the ordinary road
        wait_gathered(qtbot)  # gathered in the background
        first["entries"] = _entries(window)

    _start(monkeypatch, demo_url, ordinary)
    assert first["entries"] and overview_snapshot.snapshot_file(demo_url).is_file()  # type: ignore[union-attr]

    def from_snapshot(window: MainWindow) -> None:
        deferred = window.ctx.db
        assert isinstance(deferred, DeferredDatabase) and not deferred.is_open
        assert _entries(window) == first["entries"]  # shown before the database opened
        qtbot.waitUntil(lambda: deferred.is_open, timeout=20000)  # right after the first paint
        # Then it answers like any start: another area reads the database.
        window.navigate("contacts")
        qtbot.waitUntil(lambda: window.current_area_key() == "contacts")
        window.navigate("overview")
        wait_gathered(qtbot)
        assert _entries(window) == first["entries"]

    _start(monkeypatch, demo_url, from_snapshot)


@pytest.mark.usefixtures("app_settings")
def test_a_change_since_the_last_start_takes_the_ordinary_road(
    qtbot: QtBot, demo_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _start(monkeypatch, demo_url, lambda window: None)  # saves the Overview
    db = open_database(demo_url)
    db.call(contacts.create_person, PersonInput(name="Ändrad Sedan"))  # another program's save
    db.dispose()
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["db"] = window.ctx.db

    _start(monkeypatch, demo_url, look)
    assert isinstance(seen["db"], Database)


def test_a_window_closed_on_the_overview_keeps_the_next_days_for_a_quick_start(
    qtbot: QtBot,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    app_settings: Callable[[], QSettings],
) -> None:
    """The first start of a day is the usual one: the Overview of the days up to the next
    weekday is kept at closing, so that start shows it before the database opens too."""
    _start(monkeypatch, demo_url, lambda window: None)
    settings = app_settings()
    language = i18n.current_language()
    later = overview_snapshot.days_ahead(clock.today())
    db = open_database(demo_url)
    try:
        for day in later:
            kept = fast_start.current_snapshot(demo_url, settings, language, day)
            assert kept is not None and kept == db.call(overview.gather, day)
    finally:
        db.dispose()

    # Closed on another area, the next start opens that area: nothing is gathered ahead.
    overview_snapshot.forget(demo_url)
    _start(monkeypatch, demo_url, lambda window: window.navigate("contacts"))
    assert overview_snapshot.load(demo_url, later[0], language) is None


def test_a_click_before_the_database_opened_waits_for_it() -> None:
    opened: list[str] = []

    class FakeDatabase:
        url = "sqlite:///x"

        def call(self, function: Callable[[], int]) -> int:
            return function()

    def opener(url: str) -> Any:
        opened.append(url)
        return FakeDatabase()

    deferred = DeferredDatabase("sqlite:///x", opener)
    assert deferred.url == "sqlite:///x" and opened == []  # the address needs no opening
    assert deferred.call(lambda: 7) == 7 and deferred.call(lambda: 8) == 8
    assert opened == ["sqlite:///x"]  # opened once, on first use


def test_a_database_that_cannot_be_opened_after_all_ends_the_start() -> None:
    deferred = DeferredDatabase("sqlite:///x", lambda url: None)  # the user was told why
    with pytest.raises(StartAborted):
        deferred.call(lambda: 1)


def test_the_first_view_is_painted_before_sqlalchemy_is_imported(
    demo_url: str, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "SAMVERKAN_STARTUP_PROBE": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the window's own settings: a fresh user
        "QT_QPA_PLATFORM": "offscreen",
    }

    def start(probe: str = "1") -> dict[str, list[str]]:
        done = subprocess.run(
            [sys.executable, "main.py", "--db", demo_url],
            cwd=ROOT,
            env={**env, "SAMVERKAN_STARTUP_PROBE": probe},
            capture_output=True,
            text=True,
            timeout=180,
            check=True,
        )
        return {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines() if line}

    first, second = start(), start("areas")
    assert first["SAMVERKAN_READY"][2] == "1"  # the first start gathers through the ORM
    assert "SAMVERKAN_AREAS" not in first
    assert second["SAMVERKAN_READY"][2] == "0"  # the second shows the saved Overview first
    assert "SAMVERKAN_LIVE" in second  # and then opens the database
    assert float(second["SAMVERKAN_LIVE"][0]) >= float(second["SAMVERKAN_READY"][0])
    # make bench's used window: every area opened after that, and more memory than at start
    assert float(second["SAMVERKAN_AREAS"][0]) >= float(second["SAMVERKAN_LIVE"][0])
    assert int(second["SAMVERKAN_AREAS"][1]) > int(second["SAMVERKAN_LIVE"][1])
    # ending on the Overview, so the bench's next start is quick again
    assert start()["SAMVERKAN_READY"][2] == "0"


@pytest.mark.usefixtures("app_settings")
def test_the_quick_start_paints_swedish_capitals_whole_and_then_keeps_them(
    qtbot: QtBot,
    demo_url: str,
    monkeypatch: pytest.MonkeyPatch,
    font_lacking_room: int,
) -> None:
    from ui import fonts

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    room = font_lacking_room
    _start(monkeypatch, demo_url, lambda window: None)  # saves the Overview
    plain = app.style()
    plain_name = (plain.baseStyle() if isinstance(plain, fonts.RoomyStyle) else plain).name()
    QApplication.setStyle(plain_name)  # as a fresh process: the room-giving style not yet there
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        assert isinstance(window.ctx.db, DeferredDatabase)  # the quick road
        labels = window.findChildren(QLabel)
        assert labels and all(label.contentsMargins().top() >= room for label in labels)
        qtbot.waitUntil(lambda: window.ctx.db.is_open, timeout=20000)
        seen["style"] = QApplication.style()  # by then every later label gets it too

    try:
        _start(monkeypatch, demo_url, look)
        assert isinstance(seen["style"], fonts.RoomyStyle)
    finally:
        QApplication.setStyle(plain_name)


def test_closing_before_the_database_opened_neither_opens_it_nor_keeps_an_overview(
    qtbot: QtBot, tmp_path: Path, app_settings: Callable[[], QSettings]
) -> None:
    """A start whose database could not be opened after all closes its window: the Overview
    kept for the next start is skipped, rather than asking the user about the database again."""
    from ui.context import AppContext, ChangeBus, Navigator

    opened: list[str] = []
    url = f"sqlite:///{tmp_path / 'never.sqlite3'}"
    deferred = DeferredDatabase(url, lambda u: opened.append(u))  # type: ignore[func-returns-value]
    area = OverviewArea(AppContext(deferred, app_settings(), ChangeBus(), Navigator()))  # type: ignore[arg-type]
    qtbot.addWidget(area)
    area.window_closing(shown=True)
    assert opened == [] and not deferred.is_open
    assert overview_snapshot.snapshot_file(url) is not None
    assert not overview_snapshot.snapshot_file(url).exists()  # type: ignore[union-attr]
