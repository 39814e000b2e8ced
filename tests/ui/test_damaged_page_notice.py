"""A database with one damaged page opens (what does not read the page works), but the daily
backup finds the damage: the main window says the database is damaged and where to restore the
newest backup, in a notice that stays (the database whole on a line of its own); it listed loans
with no word of it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop import backup, clock, demo
from samverkan_desktop.db import open_database
from tests.core.damaged_pages import damage_a_page_of
from tests.ui.conftest import ModalDriver
from tests.ui.path_lines import notice_path_lines
from tests.ui.text_fit import plain, wrapped_lines
from tests.ui.windows import run_app, settle
from ui.main_window import MainWindow
from ui.widgets import notice as notice_module


@pytest.mark.usefixtures("app_settings")
def test_the_window_says_the_database_is_damaged_and_where_to_restore(
    qtbot: QtBot,
    sqlite_url: str,
    monkeypatch: pytest.MonkeyPatch,
    modals: ModalDriver,
) -> None:
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    db = open_database(sqlite_url)
    db.call(demo.load)
    db.dispose()
    yesterday = dt.datetime.combine(clock.today() - dt.timedelta(days=1), dt.time(8, 3))
    backup.take_backup(database, backup.DAILY, now=yesterday)
    damage_a_page_of(database, "alarm_loans")
    monkeypatch.setattr(notice_module, "VISIBLE_MS", 50)
    seen: dict[str, object] = {}

    def the_user_looks_at_the_window(window: MainWindow) -> None:
        qtbot.waitUntil(window.notice.isVisible, timeout=15000)
        qtbot.wait(300)
        seen["text"] = window.notice.label.text()
        window.resize(1024, 768)
        settle(qtbot)
        seen["wrapped"] = wrapped_lines(window.notice.label)
        seen["lines"] = notice_path_lines(window.notice)
        seen["visible"] = window.notice.isVisible()

    argv = ["main.py", "--db", sqlite_url]
    assert run_app(monkeypatch, argv, MainWindow, the_user_looks_at_the_window) == 0
    modals.check()
    # The database said once, the file "below" (it ended "… Databasen:").
    assert plain(str(seen["text"])) == (
        "Databasen är skadad; ingen säkerhetskopia togs. Återställ den senaste "
        f"säkerhetskopian ({yesterday:%Y-%m-%d %H.%M}) under Arkiv → Säkerhetskopior…: den "
        "ersätter filen nedan, som sparas bredvid under ett nytt namn."
    )
    # The menu on one line at 1024 wide: it wrapped as "… Arkiv →" / "Säkerhetskopior…".
    wrapped = seen["wrapped"]
    assert isinstance(wrapped, list)
    assert any("Arkiv → Säkerhetskopior…" in line for line in wrapped), wrapped
    # The database whole on a line of its own: inside the sentence it broke at a "/".
    assert seen["lines"] == [(str(database), str(database))]
    assert seen["visible"] is True
