"""The Groups area asks for a member's first and last day: a group registered today that started
earlier gets its members "since the group was formed" (its start), another day is typed in the
add-member dialog or the removal's confirmation, and a day to come is refused beside the field.
The structure's preview is made as of another day typed in its toolbar."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import prose_date
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    groups,
    membership_changes,
)
from tests.core.test_group_structure_printout import text_of
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row
from tests.ui.windows import show_window, wait_for_preview
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.leave_dialog import LeaveGroupDialog
from ui.groups.member_dialog import MemberDialog
from ui.widgets.pdf_day import PreviewDay

GROUP = "Nätverk Karlaplan"


@pytest.fixture
def start(today: dt.date) -> dt.date:
    """The network's start: 300 days before the test's day (the clock held there)."""
    return today - dt.timedelta(days=300)


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext, start: dt.date) -> GroupsArea:
    """A network registered today that started 300 days ago, and three people to add."""
    ctx.call(
        group_editing.create_group,
        group_rows.GroupInput(GROUP, GroupType.NATVERK, starts_on=start),
    )
    for name in ("Lina Ek", "Omar Saleh", "Nora Berg"):
        ctx.call(contacts.create_person, contacts.PersonInput(name))
    view = GroupsArea(ctx)
    show_window(qtbot, view)
    view.refresh()
    return view


def _days(ctx: AppContext) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    group = next(g for g in ctx.call(groups.list_groups) if g.name == GROUP)
    detail = ctx.call(groups.get_group, group.id)
    return {m.name: (m.joined_on, m.left_on) for m in (*detail.members, *detail.former_members)}


def test_the_first_members_are_members_since_the_group_was_formed(
    qtbot: QtBot,
    area: GroupsArea,
    modals: ModalDriver,
    ctx: AppContext,
    today: dt.date,
    start: dt.date,
) -> None:
    seen: dict[str, object] = {}

    def add_two(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        since = dialog.findChild(QCheckBox)
        assert since is not None
        seen["offered"] = (since.text(), since.isChecked(), dialog.joined_edit.text())
        type_text(qtbot, dialog.person_combo, "lina")
        qtbot.keyClick(dialog.person_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["kept"] = dialog.joined_edit.text()  # the next one joins alike
        qtbot.mouseClick(since, Qt.MouseButton.LeftButton)  # a later member: from today
        seen["unticked"] = dialog.joined_edit.text()
        type_text(qtbot, dialog.person_combo, "omar")
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(add_two)
    click_button(qtbot, group_members(qtbot, area, GROUP), "Lägg till medlem…")
    modals.check()
    assert seen["offered"] == (
        f"Medlem sedan gruppen bildades ({start})",
        True,
        start.isoformat(),
    )
    assert seen["kept"] == start.isoformat()
    assert seen["unticked"] == today.isoformat()
    assert _days(ctx) == {"Lina Ek": (start, None), "Omar Saleh": (today, None)}


def test_a_first_day_to_come_is_refused_beside_the_field(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver, ctx: AppContext, today: dt.date
) -> None:
    tomorrow = today + dt.timedelta(days=1)
    seen: list[str] = []

    def add_tomorrow(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.person_combo, "nora")
        type_date(qtbot, dialog.joined_edit, tomorrow)
        click_button(qtbot, dialog, "Lägg till medlem")
        seen.append(dialog.error_text("joined_on"))
        assert dialog.isVisible()  # kept open with what was typed
        dialog.discard()

    modals.answer(add_tomorrow)
    click_button(qtbot, group_members(qtbot, area, GROUP), "Lägg till medlem…")
    modals.check()
    assert seen == [f"En medlem går med senast i dag: {tomorrow} har inte kommit än."]
    assert _days(ctx) == {}


def test_a_member_removed_as_of_an_earlier_day(
    qtbot: QtBot,
    area: GroupsArea,
    modals: ModalDriver,
    ctx: AppContext,
    today: dt.date,
    start: dt.date,
) -> None:
    group = next(g for g in ctx.call(groups.list_groups) if g.name == GROUP)
    omar = next(p.id for p in ctx.call(contacts.list_people, "Omar") if p.name == "Omar Saleh")
    ctx.call(membership_changes.add_member, group.id, omar, joined_on=start)
    last = today - dt.timedelta(days=10)
    members = group_members(qtbot, area, GROUP)
    click_row(qtbot, area.detail.members, "Omar Saleh")
    seen: list[str] = []

    def remove_as_of(dialog: QWidget) -> None:
        assert isinstance(dialog, LeaveGroupDialog)
        seen.append(dialog.left_edit.text())
        type_date(qtbot, dialog.left_edit, last)
        qtbot.keyClick(dialog.left_edit, Qt.Key.Key_Return)

    modals.answer(remove_as_of)
    click_button(qtbot, members, "Ta bort…")
    modals.check()
    assert seen == [today.isoformat()]  # today unless said otherwise
    assert area.page.notice.label.text().startswith(
        f"Omar Saleh togs bort från ”{GROUP}”, medlem t.o.m. {last}."
    )
    assert _days(ctx) == {"Omar Saleh": (start, last)}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_structure_is_previewed_as_of_another_day(
    qtbot: QtBot, area: GroupsArea, tmp_path: Path, today: dt.date
) -> None:
    area.printing.structure_action.trigger()
    dialog = wait_for_preview(qtbot)
    assert dialog.file_name == f"Samverkansstruktur {today}.pdf"  # today at once
    day = dialog.findChild(PreviewDay)
    assert day is not None and day.edit.text() == today.isoformat()
    earlier = today - dt.timedelta(days=30)
    type_date(qtbot, day.edit, earlier)
    qtbot.waitUntil(lambda: dialog.file_name == f"Samverkansstruktur {earlier}.pdf", timeout=15_000)
    # The subtitle's day in words, as the other printouts' prose; the file name keeps ISO.
    assert f"per {prose_date(earlier)}" in " ".join(text_of(dialog.pdf, tmp_path).split())
    assert dialog.document.pageCount() >= 1
    dialog.close()
