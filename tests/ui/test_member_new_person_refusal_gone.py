"""A member typed who is nobody in the contacts is refused; the person added with "Ny person…"
beside the field, by a click or by Ctrl+N in it, is picked and the refusal goes: after Ctrl+N
the red "Ingen enskild person i kontaktregistret matchar …" stayed under the field that now held
the new person, as if the form still refused it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, group_members
from tests.ui.test_person_picker_forms import UNKNOWN, refused_then_added
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.member_dialog import MemberDialog

GROUP = "Krisstödsgruppen"
NEW = "Zlatan Qvist"


@pytest.mark.parametrize("by_key", [True, False], ids=["ctrl_n", "click"])
def test_the_person_added_beside_the_field_is_no_longer_refused(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, by_key: bool
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1024, 768)
    members = group_members(qtbot, area, GROUP)
    seen: dict[str, object] = {}

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        typed, refusal = refused_then_added(
            qtbot,
            dialog,
            dialog.person_picker,
            "person_id",
            "Lägg till medlem",
            NEW,
            by_key=by_key,
        )
        seen.update(typed=typed, refusal=refusal, after=dialog.error_text("person_id"))
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(add)
    click_button(qtbot, members, "Lägg till medlem…")
    modals.check()
    assert seen == {"typed": NEW, "refusal": UNKNOWN.format(name=NEW), "after": ""}
    (group,) = [g for g in demo_ctx.call(groups.list_groups) if g.name == GROUP]
    assert NEW in [m.name for m in demo_ctx.call(groups.get_group, group.id).members]
