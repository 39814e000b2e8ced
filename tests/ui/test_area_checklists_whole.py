"""The priority areas to tick in the group's and the agreement's forms read whole: a long name
("Riktat arbete mot avgränsade platser och utsatta områden") breaks onto a second line rather than
hide behind a sideways scroll bar, and the list is as tall as its lines, so the last area
("Kameraövervakning") is not behind a vertical one either."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agreements, groups
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.group_dialog import GroupDialog
from ui.widgets.check_list import CheckList


def _group_form(ctx: AppContext) -> QWidget:
    row = next(g for g in ctx.call(groups.list_groups) if g.name == "Lokal styrgrupp Östermalm")
    return GroupDialog(ctx, ctx.call(groups.get_group, row.id))


def _agreement_form(ctx: AppContext) -> QWidget:
    (detail,) = ctx.call(agreements.list_agreement_details)
    return AgreementDialog(ctx, detail)


@pytest.mark.parametrize("form", [_group_form, _agreement_form], ids=["group", "agreement"])
def test_every_priority_area_reads_whole_in_the_form(
    qtbot: QtBot, demo_ctx: AppContext, form: object
) -> None:
    dialog = form(demo_ctx)  # type: ignore[operator]
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    areas = dialog.areas_list
    assert isinstance(areas, CheckList)
    assert areas.count() == 10
    assert not areas.horizontalScrollBar().isVisible()
    assert not areas.verticalScrollBar().isVisible()
    viewport = areas.viewport().rect()
    metrics = areas.fontMetrics()
    for row in range(areas.count()):
        rect = areas.visualItemRect(areas.item(row))
        assert viewport.contains(rect), areas.item(row).text()
    longest = areas.item(0)
    assert longest.text().startswith("Riktat arbete mot avgränsade platser")

    def whole(row: int) -> bool:
        """On one line that holds it, or broken onto more lines."""
        rect = areas.visualItemRect(areas.item(row))
        one_line = metrics.horizontalAdvance(areas.item(row).text()) < rect.width() - 20
        return one_line or rect.height() > metrics.lineSpacing() * 1.5

    assert all(whole(row) for row in range(areas.count()))
    # Made as narrow as it goes, the long name wraps and the list grows to keep every line.
    before = areas.height()
    dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    settle(qtbot)
    assert areas.visualItemRect(longest).height() > metrics.lineSpacing() * 1.5
    assert areas.height() >= before
    assert not areas.verticalScrollBar().isVisible()
    assert not areas.horizontalScrollBar().isVisible()
