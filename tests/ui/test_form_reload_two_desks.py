"""Two desks on one database edit the same record in a form: the second save is refused, the
refusal names what the other desk changed, and F5 (or its button) loads their change with what
the user typed kept in the fields she changed; saving again stores both. She no longer copies
her text, cancels and opens the record again by hand."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import action_reading, actions, alarm_tests, alarms, contacts
from samverkan_desktop.services.actions import input_of
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.test_actions_area import select_first
from tests.ui.windows import show_window
from ui.actions.action_dialog import ActionDialog
from ui.actions.area import ActionsArea
from ui.alarms.unit_dialog import UnitDialog
from ui.contacts.person_dialog import PersonDialog, input_from_row
from ui.context import AppContext
from ui.widgets.form_dialog import FormDialog

MY_NOTE = "Ny rem beställd, kommer v. 50"


def _larm_03(ctx: AppContext) -> int:
    return next(u.id for u in ctx.call(alarm_tests.reception_units).rows if u.code == "LARM-03")


def _other_desk_saves_unit(ctx: AppContext, unit_id: int, **changes: Any) -> None:
    """Another program on the same database file saves the unit."""
    with another_desk(ctx.db.url) as desk:
        theirs = desk.call(alarms.get_unit, unit_id)
        data = alarms.UnitInput(
            theirs.code,
            theirs.kind,
            theirs.make_model,
            theirs.serial_number,
            theirs.notes,
            theirs.version,
        )
        desk.call(alarms.update_unit, unit_id, dataclasses.replace(data, **changes))


def _reload_button_shown(dialog: FormDialog) -> bool:
    return dialog.reload_button.isVisibleTo(dialog)


def test_a_refused_unit_form_names_their_change_and_f5_loads_it_keeping_the_typing(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    unit_id = _larm_03(demo_ctx)
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        dialog.notes_edit.clear()
        type_text(qtbot, dialog.notes_edit, MY_NOTE)
        _other_desk_saves_unit(demo_ctx, unit_id, serial_number="SN-4471-B")
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        seen["offered"] = _reload_button_shown(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        seen["serial"] = dialog.serial_edit.text()
        seen["notes"] = dialog.notes_edit.toPlainText()
        seen["loaded"] = dialog.general_error.text()
        seen["offered after"] = _reload_button_shown(dialog)
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit_while_another_desk_saves)
    UnitDialog(demo_ctx, demo_ctx.call(alarms.get_unit, unit_id)).exec()
    modals.check()
    assert seen["refusal"] == (
        "Någon annan har ändrat serienummer sedan du öppnade formuläret, så inget sparades. "
        "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
    )
    assert seen["offered"] is True
    assert seen["serial"] == "SN-4471-B"  # theirs, shown
    assert seen["notes"] == MY_NOTE  # hers, kept
    assert seen["loaded"] == (
        "Ändringen av serienummer är hämtad. Det du skrev står kvar i anteckningar. "
        "Kontrollera och spara igen."
    )
    assert seen["offered after"] is False
    assert seen["closed"] is True
    stored = demo_ctx.call(alarms.get_unit, unit_id)
    assert (stored.serial_number, stored.notes) == ("SN-4471-B", MY_NOTE)  # both kept


def test_a_field_both_desks_changed_keeps_hers_and_says_theirs_under_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    unit_id = _larm_03(demo_ctx)
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, UnitDialog)
        dialog.notes_edit.clear()
        type_text(qtbot, dialog.notes_edit, MY_NOTE)
        _other_desk_saves_unit(demo_ctx, unit_id, notes="Skickad på service", make_model="M3")
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        click_button(qtbot, dialog, "Hämta ändringen, behåll min text (F5)")
        seen["notes"] = dialog.notes_edit.toPlainText()
        seen["make"] = dialog.make_edit.text()
        seen["under notes"] = dialog.error_text("notes")
        seen["loaded"] = dialog.general_error.text()
        click_button(qtbot, dialog, "Spara")

    modals.answer(edit_while_another_desk_saves)
    UnitDialog(demo_ctx, demo_ctx.call(alarms.get_unit, unit_id)).exec()
    modals.check()
    assert "ändrat märke och modell och anteckningar sedan" in str(seen["refusal"])
    assert seen["notes"] == MY_NOTE and seen["make"] == "M3"
    assert seen["loaded"] == (  # theirs loaded where she typed nothing; under hers, theirs
        "Ändringen av märke och modell är hämtad. Det du skrev står kvar i anteckningar. "
        "Kontrollera och spara igen."
    )
    assert seen["under notes"] == (
        "Den andra sparade: ”Skickad på service”. Din text står kvar här – spara för att "
        "ersätta den."
    )
    stored = demo_ctx.call(alarms.get_unit, unit_id)
    assert (stored.make_model, stored.notes) == ("M3", MY_NOTE)


def test_a_refused_action_form_loads_their_title_and_keeps_her_due_date(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The same in the coordinator's forms (here the action's): it is one form base."""
    area = ActionsArea(demo_ctx)
    show_window(qtbot, area, 1500, 900)
    action = select_first(qtbot, area)
    due = (action.due_on or dt.date(2026, 12, 3)) + dt.timedelta(days=40)
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_date(qtbot, dialog.due, due)
        with another_desk(demo_ctx.db.url) as desk:
            theirs = desk.call(action_reading.get_action, action.id)
            data = dataclasses.replace(input_of(theirs, theirs.version), title="Nytt namn")
            desk.call(actions.update_action, action.id, data)
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        qtbot.keyClick(dialog.due, Qt.Key.Key_F5)
        seen["title"] = dialog.what.text()
        seen["due"] = dialog.due.value()
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit_while_another_desk_saves)
    click_button(qtbot, area.detail, "Redigera…")
    modals.check()
    assert str(seen["refusal"]).startswith("Någon annan har ändrat vad som ska göras sedan")
    assert (seen["title"], seen["due"], seen["closed"]) == ("Nytt namn", due, True)
    stored = demo_ctx.call(action_reading.get_action, action.id)
    assert (stored.title, stored.due_on) == ("Nytt namn", due)


def test_a_refused_person_form_loads_their_phone_and_keeps_her_e_mail(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    person = demo_ctx.call(contacts.list_people)[0]
    seen: dict[str, object] = {}

    def edit_while_another_desk_saves(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        dialog.email_edit.clear()
        type_text(qtbot, dialog.email_edit, "ny.adress@stockholm.se")
        with another_desk(demo_ctx.db.url) as desk:
            theirs = desk.call(contacts.get_person, person.id)
            data = input_from_row(theirs, phone="08-508 000 00", expected_version=theirs.version)
            desk.call(contacts.update_person, person.id, data)
        click_button(qtbot, dialog, "Spara")
        seen["refusal"] = dialog.general_error.text()
        qtbot.keyClick(dialog.email_edit, Qt.Key.Key_F5)
        seen["fields"] = (dialog.phone_edit.text(), dialog.email_edit.text())
        click_button(qtbot, dialog, "Spara")

    modals.answer(edit_while_another_desk_saves)
    PersonDialog(demo_ctx, demo_ctx.call(contacts.get_person, person.id)).exec()
    modals.check()
    assert str(seen["refusal"]).startswith("Någon annan har ändrat telefon sedan")
    assert seen["fields"] == ("08-508 000 00", "ny.adress@stockholm.se")
    stored = demo_ctx.call(contacts.get_person, person.id)
    assert (stored.phone, stored.email) == ("08-508 000 00", "ny.adress@stockholm.se")
