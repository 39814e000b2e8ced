"""Two desks edit the same walk plan, observation or place: desk B saves, desk A's save is refused
naming what B changed, the text A typed stays in its field, F5 loads B's change keeping A's text,
and A's second save stores both (test_form_reload_more_forms.py: the other forms)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import places, walk_editing, walk_reading, walk_records
from tests.ui.answers import another_desk
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.test_form_reload_more_forms import LOAD, LOADED, REFUSED, _retype, _two_desks
from ui.context import AppContext
from ui.walks.observation_dialogs import ObservationDialog
from ui.walks.place_dialogs import PlaceDialog
from ui.walks.walk_dialog import WalkDialog


def test_walk_plan_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    walk_id = tessinparken(demo_ctx)
    dialog = WalkDialog(demo_ctx, walk_id)
    meeting_point = dialog.meeting_point.text()

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(walk_reading.get_walk, walk_id)
            data = dataclasses.replace(
                row.to_input(),
                meeting_point="Vid tunnelbanans uppgång",
                expected_version=row.version,
            )
            desk.call(walk_editing.update_walk, walk_id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.purpose, "Belysningen längs gångvägen"),
        theirs,
        lambda: (dialog.meeting_point.text(), dialog.purpose.toPlainText()),
    )
    assert seen["kept"] == (meeting_point, "Belysningen längs gångvägen")
    assert seen["refusal"] == REFUSED.format(fields="samlingsplats") + LOAD
    assert seen["fields"] == ("Vid tunnelbanans uppgång", "Belysningen längs gångvägen")
    assert seen["loaded"] == LOADED.format(theirs="samlingsplats", hers="syfte")
    stored = demo_ctx.call(walk_reading.get_walk, walk_id)
    assert (stored.meeting_point, stored.purpose) == (
        "Vid tunnelbanans uppgång",
        "Belysningen längs gångvägen",
    )


def test_observation_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    walk_id = tessinparken(demo_ctx)
    shown = demo_ctx.call(walk_records.list_observations, walk_id)[0]
    dialog = ObservationDialog(demo_ctx, walk_id, shown)
    typed = "Två lampor trasiga vid trappan"

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(walk_records.get_observation, shown.id)
            data = dataclasses.replace(
                row.to_input(), location="Trappan mot Valhallavägen", expected_version=row.version
            )
            desk.call(walk_records.update_observation, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.description, "Två lampor trasiga vid trappan"),
        theirs,
        lambda: (dialog.location.text(), dialog.description.toPlainText()),
    )
    assert seen["kept"] == (shown.location or "", typed)
    assert seen["fields"] == ("Trappan mot Valhallavägen", typed)
    assert seen["refusal"] == REFUSED.format(fields="var exakt") + LOAD
    assert seen["loaded"] == LOADED.format(theirs="var exakt", hers="vad ni såg")
    stored = demo_ctx.call(walk_records.get_observation, shown.id)
    assert (stored.location, stored.description) == (
        "Trappan mot Valhallavägen",
        "Två lampor trasiga vid trappan",
    )


def test_place_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    place_id = demo_ctx.call(walk_reading.get_walk, tessinparken(demo_ctx)).place_id
    dialog = PlaceDialog(demo_ctx, place_id)
    area = dialog.area.text()

    group = dialog.groups.item(0)  # a group she links the place to
    groups = {*dialog.groups.values(), group.data(Qt.ItemDataRole.UserRole)}
    assert len(groups) > len(dialog.groups.values())
    typed = "Park med lekplats och gångstråk"

    def hers() -> None:
        _retype(qtbot, dialog.description, typed)
        rect = dialog.groups.visualItemRect(group)
        qtbot.mouseClick(dialog.groups.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(places.get_place, place_id)
            data = dataclasses.replace(
                row.to_input(), area="Norra Gärdet", expected_version=row.version
            )
            desk.call(places.update_place, place_id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        hers,
        theirs,
        lambda: (dialog.area.text(), dialog.description.toPlainText(), set(dialog.groups.values())),
    )
    assert seen["kept"] == (area, typed, groups)
    assert seen["fields"] == ("Norra Gärdet", typed, groups)
    assert seen["refusal"] == REFUSED.format(fields="område") + LOAD
    assert seen["loaded"] == LOADED.format(theirs="område", hers="beskrivning och kopplade grupper")
    stored = demo_ctx.call(places.get_place, place_id)
    assert (stored.area, stored.description, set(stored.group_ids)) == (
        "Norra Gärdet",
        typed,
        groups,
    )
