"""A name pasted from a Mac or a web page ("Å" as "A" + a combining ring) finds what was typed on
a keyboard: at the reception's borrower search, in a list's search field that filters its own
rows (Larm → Enheter), and in a field that picks a person (Larm → Utbildning's attendees)."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarms
from tests.ui.conftest import ModalDriver
from tests.ui.openers import (
    alarms_area,
    alarms_training,
    enter_at_desk,
    open_reception,
    recent_alarm_training,
)
from tests.ui.tables import click_row, column_texts
from ui.context import AppContext


def paste(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Paste ``text`` decomposed (NFD), as a Mac's clipboard may hold it, with Ctrl+V."""
    pasted = unicodedata.normalize("NFD", text)
    QGuiApplication.clipboard().setText(pasted)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text().endswith(pasted)  # the field keeps it as pasted


def test_the_reception_finds_a_pasted_name(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window = open_reception(qtbot, demo_ctx, modals)
    enter_at_desk(qtbot, window, "LARM-03")
    assert window.unit is not None and window.unit.code == "LARM-03"
    paste(qtbot, window.input, "Åkess")
    qtbot.waitUntil(lambda: window.borrowers.count() > 0)
    assert window.borrowers.item(0).text().startswith("Maria Åkesson")
    window.close()


def test_a_list_filtering_its_own_rows_finds_a_pasted_word(qtbot: QtBot, ctx: AppContext) -> None:
    for code, notes in (("LARM-01", "Laddas i förrådet på Åsögatan"), ("LARM-02", "Hos Östen")):
        ctx.call(alarms.create_unit, alarms.UnitInput(code, UnitKind.HOME_VISIT, notes=notes))
    page = alarms_area(qtbot, ctx).units_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() == 2)
    paste(qtbot, page.search, "åsögatan")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.model().rowCount() != 2)
    assert column_texts(page.table, "Kod") == ["LARM-01"]


def test_a_pasted_name_adds_the_attendee(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    # ``modals``: a "nobody is called ..." box would fail the test instead of waiting forever.
    page = alarms_training(qtbot, demo_ctx)
    click_row(qtbot, page.table, recent_alarm_training())  # a Larmutbildning without Maria Åkesson
    attendees = page.detail.attendees
    assert "Maria Åkesson" not in column_texts(attendees.table, "Deltagare")
    field = attendees.person.lineEdit()
    assert isinstance(field, QLineEdit)
    paste(qtbot, field, "Åkesson")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    modals.check()
    assert "Maria Åkesson" in column_texts(attendees.table, "Deltagare")
    assert field.text() == ""
