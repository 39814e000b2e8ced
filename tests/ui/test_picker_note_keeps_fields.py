"""Part of a name typed in a picker: the line under it that says whom it stands for ("→
Vasaparken" for "Vasap" in a walk's Plats) came as the list of names closed and pushed every
field below it down a line, so the next click landed in the field above the one aimed at. The
line's room is under the field while it has the focus: the letters typed, and the Esc that
closes the list of names, leave every field and button of the form where it was, in each form
with a picker (Ny grupp…'s Sammankallande and Deltagande organisationer, Nytt möte…'s Grupp, a
walk's Plats and Organisatör, the lending form's Godkänd av for a home loan, Ny person's
Organisation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitKind
from samverkan_desktop.services.alarms import list_units
from tests.ui.clicks import close_names, line_edit, type_text
from tests.ui.field_places import field_places, moved_fields
from tests.ui.windows import keep_shot, settle
from ui.alarms.lend_dialog import LendDialog
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.group_dialog import GroupDialog
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.record_combo import RecordCombo
from ui.widgets.row_note import RowNote

Opener = Callable[[AppContext], tuple[QDialog, RecordCombo]]


def _walk_place(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = WalkDialog(ctx)
    return dialog, dialog.place


def _walk_organiser(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = WalkDialog(ctx)  # its organiser shown, replaced by the name typed
    return dialog, dialog.organiser


def _group_convener(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = GroupDialog(ctx)
    return dialog, dialog.convener_combo


def _group_organisation(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = GroupDialog(ctx)  # a line of its participating organisations
    return dialog, dialog.organisations.add_line().organisation


def _meeting_group(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = NewMeetingDialog(ctx, dt.date(2027, 3, 10))
    return dialog, dialog.group_combo


def _approver(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    home = next(unit for unit in ctx.call(list_units) if unit.kind is UnitKind.HOME_LOAN)
    dialog = LendDialog(ctx, home)  # a home loan: its approver, the reason under it
    return dialog, dialog.home.approver_combo


def _organisation(ctx: AppContext) -> tuple[QDialog, RecordCombo]:
    dialog = PersonDialog(ctx)
    return dialog, dialog.organisation_combo


@pytest.mark.parametrize(
    ("open_form", "typed", "said"),
    [
        (_walk_place, "Vasap", "→ Vasaparken"),
        (_walk_organiser, "jonas ek", "→ Jonas Ekdahl"),
        (_group_convener, "jonas ek", "→ Jonas Ekdahl"),
        (_group_organisation, "trafik", "→ Trafikkontoret"),
        (_meeting_group, "trygghetsråd", "→ Trygghetsråd Östermalm"),
        (_approver, "elsa hol", "→ Elsa Holmgren"),
        (_organisation, "trafik", "→ Trafikkontoret"),
    ],
    ids=[
        "walk-place",
        "walk-organiser",
        "group-convener",
        "group-organisation",
        "meeting-group",
        "approver",
        "org",
    ],
)
def test_typing_part_of_a_name_leaves_the_form_in_place(
    qtbot: QtBot, demo_ctx: AppContext, open_form: Opener, typed: str, said: str
) -> None:
    dialog, combo = open_form(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 700)
    dialog.show()
    settle(qtbot)
    field = line_edit(combo)
    # A click in the field, as a user comes to it; what it shows (an organiser) replaced.
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    before = field_places(qtbot, dialog)
    for letter in typed:
        type_text(qtbot, field, letter)
        assert moved_fields(qtbot, dialog, before) == [], letter
    close_names(qtbot, combo)  # Esc: the list of names goes, the line under the field comes
    assert moved_fields(qtbot, dialog, before) == []
    keep_shot(dialog, f"picker-note-{type(dialog).__name__}")
    notes = [note for note in dialog.findChildren(RowNote) if note.text()]
    assert [note.text().split(" — ")[0] for note in notes] == [said]  # said, under the field
    (note,) = notes
    assert (
        note.mapTo(dialog, QPoint(0, 0)).y() >= combo.mapTo(dialog, QPoint(0, combo.height())).y()
    )
    assert note.height() >= note.fontMetrics().lineSpacing()  # whole, not squeezed
