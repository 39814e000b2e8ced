"""UI test fixtures: an AppContext over a fresh SQLite database (UI tests run on SQLite only)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from samverkan_desktop.db import Database
from ui.context import AppContext, ChangeBus, Navigator


@pytest.fixture
def ctx(sqlite_db: Database, tmp_path) -> AppContext:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    return AppContext(sqlite_db, settings, ChangeBus(), Navigator())


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    from samverkan_desktop import demo

    ctx.call(demo.load)
    return ctx
