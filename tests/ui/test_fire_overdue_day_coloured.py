"""Kris → Brandskydd: the header's "Nästa besiktning senast 11 jan 2027 (premises)" of an
inspection overdue was red and bold whole, the premises as if they were the warning. Only the day
is, as in the list's Nästa besiktning column and under a plan ("Nästa revidering")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import short_date
from samverkan_desktop.services import fire_summary
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.widgets.table_model import WARNING_COLOUR


def _read(rich_text: str) -> tuple[str, list[str]]:
    """The header's text as it reads, and its runs painted in the warning's red."""
    document = QTextDocument()
    document.setHtml(rich_text)
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().foreground().color() == WARNING_COLOUR:
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return document.toPlainText(), runs


def test_only_the_day_of_an_overdue_inspection_is_red(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    due = demo_ctx.call(fire_summary.summary, clock.today()).next_due
    assert due is not None
    late = due.next_due_on + dt.timedelta(days=10)
    monkeypatch.setattr(clock, "today", lambda: late)
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    click_tab(qtbot, area.tabs, area.fire_page)
    settle(qtbot)
    header = area.fire_page.header
    day = short_date(due.next_due_on, late)
    line = f"Nästa besiktning senast {day} ({due.premises})"
    text, red = _read(header.text())
    assert line in text  # the words as before
    assert red == [day]
