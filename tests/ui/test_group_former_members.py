"""The Medlemmar tab lists who is a member now; "Visa tidigare medlemmar" adds those who have
left, greyed with their last day, and they cannot be changed or removed again."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, group_members
from tests.ui.tables import click_row, column_texts, row_texts
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.table_model import MUTED_COLOUR

PLACE = "Platssamverkan Stureplan/Östermalmstorg"
PERSON = "Jonas Björk"


def test_a_removed_member_is_shown_greyed_with_the_last_day_when_asked_for(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    click_row(qtbot, area.page.table, PLACE)
    page = group_members(qtbot, area)
    box = area.detail.former_check
    assert (box.text(), box.isEnabled(), box.isChecked()) == (
        "Visa tidigare medlemmar",
        False,
        False,
    )

    click_row(qtbot, area.detail.members, PERSON)
    modals.answer(lambda question: click_button(qtbot, question, "Ta bort"))
    click_button(qtbot, page, "Ta bort…")
    modals.check()
    assert PERSON not in column_texts(area.detail.members, "Namn")
    assert box.text() == "Visa tidigare medlemmar (1)"

    _tick(qtbot, box)
    former = row_texts(area.detail.members, PERSON)
    assert former["Roll"] == f"Ledamot, t.o.m. {iso_date(clock.today())}"
    assert column_texts(area.detail.members, "Namn")[-1] == PERSON  # after those still members
    model = area.detail.members.model()
    row = column_texts(area.detail.members, "Namn").index(PERSON)
    assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == MUTED_COLOUR
    click_row(qtbot, area.detail.members, PERSON)
    assert not area.detail.remove_button.isEnabled()
    assert not area.detail.role_button.isEnabled()

    _tick(qtbot, box)
    assert PERSON not in column_texts(area.detail.members, "Namn")


def _tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box itself (at its left, not in the blank beyond its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
