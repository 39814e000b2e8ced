"""Planning a walk at a place walked before: "Samma rutt och deltagare som förra gången" is
offered, checked, and copies the last walk's stops, people and meeting point (they were typed
again every time); a walk already planned there is named in a line under the place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import places, walk_reading, walk_route
from tests.ui.clicks import line_edit
from tests.ui.demo_walks import gyllenstiernsgatan_2021, gyllenstiernsgatan_follow_up
from ui.context import AppContext
from ui.walks.walk_dialog import WalkDialog


def _save(qtbot: QtBot, dialog: WalkDialog) -> int:
    dialog.date.set_value(clock.today() + dt.timedelta(days=40))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.saved_id is not None
    return dialog.saved_id


def _stops(ctx: AppContext, walk_id: int) -> list[str]:
    return [s.name for s in ctx.call(walk_route.list_stops, walk_id)]


def test_the_last_walks_route_and_people_come_along(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.copy_previous.isVisible()  # no place yet
    qtbot.keyClicks(line_edit(dialog.place), "Gyllenstiernsgatan")
    assert dialog.copy_previous.isVisible() and dialog.copy_previous.isChecked()
    assert dialog.copy_previous.text() == "Samma rutt och deltagare som förra gången (2021-05-18)"
    planned = demo_ctx.call(walk_reading.get_walk, gyllenstiernsgatan_follow_up(demo_ctx))
    assert dialog.planned_note.isVisible()
    assert dialog.planned_note.text() == (
        f"En vandring på platsen är redan planerad till {planned.date.isoformat()}."
    )
    new = _save(qtbot, dialog)
    earlier = gyllenstiernsgatan_2021(demo_ctx)
    assert _stops(demo_ctx, new) == _stops(demo_ctx, earlier)
    assert len(demo_ctx.call(walk_route.list_participants, new)) == len(
        demo_ctx.call(walk_route.list_participants, earlier)
    )
    assert demo_ctx.call(walk_reading.get_walk, new).meeting_point == (
        "Gyllenstiernsgatan vid Karlavägen"
    )


def test_unticked_or_at_a_new_place_nothing_is_copied(qtbot: QtBot, demo_ctx: AppContext) -> None:
    named = {p.name: p.id for p in demo_ctx.call(places.list_places)}
    dialog = WalkDialog(demo_ctx, place_id=named["Tessinparken"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.planned_note.isVisible()  # nothing planned there
    qtbot.mouseClick(dialog.copy_previous, Qt.MouseButton.LeftButton)
    assert not dialog.copy_previous.isChecked()
    assert _stops(demo_ctx, _save(qtbot, dialog)) == []

    new_place = demo_ctx.call(places.create_place, places.PlaceInput("Karlaplan"))
    dialog = WalkDialog(demo_ctx, place_id=new_place)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.copy_previous.isVisible() and not dialog.planned_note.isVisible()
    # Changing a plan offers no copy: the walk has its route.
    edit = WalkDialog(demo_ctx, gyllenstiernsgatan_follow_up(demo_ctx))
    qtbot.addWidget(edit)
    edit.show()
    assert not edit.copy_previous.isVisible() and not edit.planned_note.isVisible()
