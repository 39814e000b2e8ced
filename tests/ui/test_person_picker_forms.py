"""A person not in the contacts yet is added from the form that needs them ("Ny person…" beside
the field, or Ctrl+N in it), with the typed name, and picked: a meeting's extra invitee, a crisis
plan's owner, a fire inspection's responsible. A name typed that is nobody is refused naming that
button, not with the dead end "Välj en i listan." """

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import plans
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import click_button, column_texts, line_edit, type_text
from tests.ui.openers import crisis_tab, meeting_editor
from tests.ui.test_first_day_create import answer_inner
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.crisis.fire_dialog import InspectionDialog
from ui.crisis.plan_dialogs import PlanDialog
from ui.meetings.dialogs import InviteeDialog
from ui.widgets.fields import RecordCombo
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_picker import RecordPicker

UNKNOWN = (
    "Ingen enskild person i kontaktregistret matchar ”{name}”. Välj en i listan eller lägg till"
    " personen med Ny\N{NO-BREAK SPACE}person…"
)


def refused_then_added(
    qtbot: QtBot,
    dialog: FormDialog,
    picker: RecordPicker,
    field: str,
    ok: str,
    name: str,
) -> list[str]:
    """Type ``name`` (nobody yet) in ``picker``, save: the refusal; then add the person with the
    button beside the field. What the person form was opened with, and the refusal."""
    combo: RecordCombo = picker.combo
    type_text(qtbot, line_edit(combo), name)
    click_button(qtbot, dialog, ok)
    refusal = dialog.error_text(field)
    forms: list[QWidget] = []

    def add(form: QWidget) -> None:
        assert isinstance(form, PersonDialog)
        click_button(qtbot, form, "Lägg till person")

    answer_inner(qtbot, PersonDialog, add, forms)
    qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
    assert len(forms) == 1 and combo.currentText() == name and combo.value() is not None
    return [forms[0].name_edit.text(), refusal]  # type: ignore[attr-defined]


def test_a_plans_owner_not_in_the_contacts_is_added_from_the_plan_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "plans_page")
    seen: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, PlanDialog)
        assert dialog.owner_picker.hint.text() == (
            "Ingen i kontaktregistret ännu: lägg till personen med Ny\N{NO-BREAK SPACE}person…"
        )
        type_text(qtbot, dialog.name, "Krisledningsplan Östermalm")
        seen.extend(
            refused_then_added(
                qtbot, dialog, dialog.owner_picker, "owner_id", "Lägg till plan", "Eva Lund"
            )
        )
        assert dialog.name.text() == "Krisledningsplan Östermalm"  # kept
        click_button(qtbot, dialog, "Lägg till plan")

    modals.answer(add)
    click_button(qtbot, area.plans_page.toolbar, "Ny plan")
    modals.check()
    assert seen == ["Eva Lund", UNKNOWN.format(name="Eva Lund")]
    (plan,) = ctx.call(plans.list_plans)
    assert plan.owner == "Eva Lund"


def test_a_remarks_responsible_not_in_the_contacts_is_added_from_the_inspection_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "fire_page")
    seen: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, InspectionDialog)
        type_text(qtbot, dialog.premises, "Fältkontoret, Storgatan 1")
        type_text(qtbot, dialog.performed_by, "Brandkonsult Öst AB")
        type_text(qtbot, dialog.remarks, "Nödutgången blockerad")
        picker = dialog.responsible_picker
        seen.extend(
            refused_then_added(
                qtbot, dialog, picker, "responsible", "Lägg till besiktning", "Tobias Hedlund"
            )
        )
        assert dialog.remarks.toPlainText() == "Nödutgången blockerad"  # kept
        click_button(qtbot, dialog, "Lägg till besiktning")

    modals.answer(add)
    click_button(qtbot, area.fire_page.toolbar, "Ny besiktning")
    modals.check()
    assert seen == ["Tobias Hedlund", UNKNOWN.format(name="Tobias Hedlund")]
    assert "Tobias Hedlund" in area.fire_page.detail.text("remarks")


def test_a_guest_not_in_the_contacts_is_added_from_the_invite_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="attendance_tab")
    seen: list[str] = []

    def invite(dialog: QWidget) -> None:
        assert isinstance(dialog, InviteeDialog)
        seen.extend(
            refused_then_added(
                qtbot, dialog, dialog.person_picker, "person_id", "Bjud in", "Amira Sadek"
            )
        )
        click_button(qtbot, dialog, "Bjud in")

    modals.answer(invite)
    click_button(qtbot, editor.attendance_tab, "Bjud in…")
    modals.check()
    assert seen == ["Amira Sadek", UNKNOWN.format(name="Amira Sadek")]
    assert any("Amira Sadek" in text for text in column_texts(editor.attendance_tab.table, "Namn"))
