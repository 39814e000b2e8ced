"""A person not in the contacts yet is added from the form that needs them ("Ny person…" beside
the field, or Ctrl+N in it), with the typed name, and picked: a meeting's extra invitee, a crisis
plan's owner, a fire inspection's responsible, a group's convener and contacts, a crisis role's
holder, an external contact's person (and its organisation, with "Ny organisation…"). A name typed that is nobody is refused naming that
button, not with the dead end "Välj en i listan." """

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import crisis_external, crisis_org, exercise_reading, groups, plans
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, crisis_tab, meeting_editor
from tests.ui.tables import column_texts
from tests.ui.test_first_day_create import answer_inner
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.crisis.fire_dialog import InspectionDialog
from ui.crisis.org_dialogs import ExternalDialog, RoleMemberDialog
from ui.crisis.participant_dialog import ParticipantDialog
from ui.crisis.plan_dialogs import PlanDialog
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.meetings.action_dialog import ActionDialog as MeetingActionDialog
from ui.meetings.dialogs import InviteeDialog
from ui.widgets.form_dialog import FormDialog
from ui.widgets.record_combo import RecordCombo
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
    form: tuple[type[QWidget], str] = (PersonDialog, "Lägg till person"),
    by_key: bool = False,
) -> list[str]:
    """Type ``name`` (nobody yet) in ``picker``, save: the refusal; then add the record with the
    button beside the field (``by_key``: Ctrl+N in the field), its ``form`` saved with its
    button. What that form was opened with, and the refusal."""
    combo: RecordCombo = picker.combo
    type_text(qtbot, line_edit(combo), name)
    click_button(qtbot, dialog, ok)
    refusal = dialog.error_text(field)
    forms: list[QWidget] = []
    kind, save = form
    answer_inner(qtbot, kind, lambda opened: click_button(qtbot, opened, save), forms)
    if by_key:
        qtbot.keyClick(line_edit(combo), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    else:
        qtbot.mouseClick(picker.button, Qt.MouseButton.LeftButton)
    assert len(forms) == 1 and combo.currentText() == name and combo.value() is not None
    return [forms[0].name_edit.text(), refusal]  # type: ignore[attr-defined]


def _text(widget: QWidget) -> str:
    return widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()  # type: ignore[attr-defined]


def added_in_form(
    qtbot: QtBot,
    modals: ModalDriver,
    kind: type[FormDialog],
    open_form: Callable[[], object],
    picker: str,
    field: str,
    ok: str,
    name: str,
    typed: dict[str, str] | None = None,
    by_key: bool = False,
) -> None:
    """Open a ``kind`` form with ``open_form``, type ``typed`` (field attribute: text) and, in
    its ``picker`` (attribute), ``name``, who is nobody yet: saving is refused naming the
    button; the person is added beside the field, what was typed is kept, the form saved."""
    seen: list[str] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, kind)
        for attribute, text in (typed or {}).items():
            type_text(qtbot, getattr(dialog, attribute), text)
        seen.extend(
            refused_then_added(
                qtbot, dialog, getattr(dialog, picker), field, ok, name, by_key=by_key
            )
        )
        for attribute, text in (typed or {}).items():
            assert _text(getattr(dialog, attribute)) == text  # kept
        click_button(qtbot, dialog, ok)

    modals.answer(fill)
    open_form()
    modals.check()
    assert seen == [name, UNKNOWN.format(name=name)]


def test_a_plans_owner_not_in_the_contacts_is_added_from_the_plan_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "plans_page")
    added_in_form(
        qtbot,
        modals,
        PlanDialog,
        lambda: click_button(qtbot, area.plans_page.toolbar, "Ny plan…"),
        "owner_picker",
        "owner_id",
        "Lägg till plan",
        "Eva Lund",
        {"name": "Krisledningsplan Östermalm"},
    )
    (plan,) = ctx.call(plans.list_plans)
    assert plan.owner == "Eva Lund"


def test_with_nobody_in_the_contacts_the_field_says_so_and_names_the_button(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = PlanDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.owner_picker.hint.text() == (
        "Ingen i kontaktregistret ännu: lägg till personen med Ny\N{NO-BREAK SPACE}person…"
    )


def test_a_remarks_responsible_not_in_the_contacts_is_added_from_the_inspection_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "fire_page")
    added_in_form(
        qtbot,
        modals,
        InspectionDialog,
        lambda: click_button(qtbot, area.fire_page.toolbar, "Ny besiktning…"),
        "responsible_picker",
        "responsible",
        "Lägg till besiktning",
        "Tobias Hedlund",
        {
            "premises": "Fältkontoret, Storgatan 1",
            "performed_by": "Brandkonsult Öst AB",
            "remarks": "Nödutgången blockerad",
        },
    )
    assert "Tobias Hedlund" in area.fire_page.detail.text("remarks")


def test_a_guest_not_in_the_contacts_is_added_from_the_invite_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="attendance_tab")
    added_in_form(
        qtbot,
        modals,
        InviteeDialog,
        lambda: click_button(qtbot, editor.attendance_tab, "Bjud in…"),
        "person_picker",
        "person_id",
        "Bjud in",
        "Amira Sadek",
    )
    assert any("Amira Sadek" in text for text in column_texts(editor.attendance_tab.table, "Namn"))


def test_a_groups_convener_not_in_the_contacts_is_added_from_the_group_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea)
    seen: list[str] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, "Trygghetsrådet")
        pickers = dialog.person_pickers
        seen.extend(
            refused_then_added(
                qtbot, dialog, pickers["convener_id"], "convener_id", "Skapa grupp", "Eva Lund"
            )
        )
        # Added beside one field, the person is offered in the others as well.
        type_text(qtbot, line_edit(dialog.police_combo), "Eva Lund")
        assert dialog.police_combo.value() == dialog.convener_combo.value()
        assert dialog.name_edit.text() == "Trygghetsrådet"  # kept
        click_button(qtbot, dialog, "Skapa grupp")

    modals.answer(create)
    click_button(qtbot, area.page.toolbar, "Ny grupp…")
    modals.check()
    assert seen == ["Eva Lund", UNKNOWN.format(name="Eva Lund")]
    (group,) = ctx.call(groups.list_groups)
    detail = ctx.call(groups.get_group, group.id)
    assert detail.convener_id is not None and detail.police_contact_id == detail.convener_id


def test_a_crisis_roles_holder_not_in_the_contacts_is_added_by_ctrl_n_in_the_field(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(crisis_org.create_role, crisis_org.RoleInput("Krisledare"))
    _window, area = crisis_tab(qtbot, ctx, "org_page")
    added_in_form(
        qtbot,
        modals,
        RoleMemberDialog,
        lambda: click_button(qtbot, area.org_page, "Lägg till person…"),
        "person_picker",
        "person_id",
        "Lägg till",
        "Anna Ek",
        by_key=True,
    )
    (role,) = ctx.call(crisis_org.list_roles)
    assert [m.name for m in role.members] == ["Anna Ek"]


def test_an_external_contacts_organisation_and_person_are_added_from_its_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "org_page")
    seen: list[str] = []

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, ExternalDialog)
        seen.extend(
            refused_then_added(
                qtbot,
                dialog,
                dialog.organisation_picker,
                "organisation_id",
                "Lägg till kontakt",
                "Stockholms stad",
                form=(OrganisationDialog, "Lägg till organisation"),
            )
        )
        type_text(qtbot, dialog.function, "Tjänsteman i beredskap (TiB)")
        seen.extend(
            refused_then_added(
                qtbot, dialog, dialog.person_picker, "person_id", "Lägg till kontakt", "Per Holm"
            )
        )
        click_button(qtbot, dialog, "Lägg till kontakt")

    modals.answer(add)
    click_button(qtbot, area.org_page, "Ny extern kontakt…")
    modals.check()
    assert seen == [
        "Stockholms stad",
        "Ingen enskild organisation matchar ”Stockholms stad”. Välj en i listan eller lägg till"
        " den med Ny\N{NO-BREAK SPACE}organisation…",
        "Per Holm",
        UNKNOWN.format(name="Per Holm"),
    ]
    (external,) = ctx.call(crisis_external.list_external)
    assert (external.organisation, external.person) == ("Stockholms stad", "Per Holm")


def test_an_exercise_leader_not_in_the_contacts_is_added_from_the_exercise_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = crisis_tab(qtbot, ctx, "exercises_stack")
    added_in_form(
        qtbot,
        modals,
        ExerciseDialog,
        lambda: click_button(qtbot, area.exercises_page.toolbar, "Ny övning…"),
        "leader_picker",
        "leader_id",
        "Planera övning",
        "Sara Holm",
        {"title_edit": "Krisledningsövning – strömavbrott"},
    )
    (exercise,) = ctx.call(exercise_reading.list_exercises)
    detail = ctx.call(exercise_reading.get_exercise, exercise.id)
    assert detail.leader_id is not None


def test_a_participant_not_in_the_contacts_is_added_from_the_participant_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea)
    exercise = demo_ctx.call(exercise_reading.list_exercises)[-1]
    area.open_exercise(exercise.id)
    tab = area.exercise_view.participants_tab
    area.exercise_view.tabs.setCurrentWidget(tab)
    added_in_form(
        qtbot,
        modals,
        ParticipantDialog,
        lambda: click_button(qtbot, tab, "Lägg till deltagare…"),
        "person_picker",
        "person_id",
        "Lägg till",
        "Jonas Ek",
    )
    detail = demo_ctx.call(exercise_reading.get_exercise, exercise.id)
    assert "Jonas Ek" in [p.name for p in detail.participants]


def test_a_meeting_actions_responsible_not_in_the_contacts_is_added_from_the_action_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, tab="actions_tab")
    added_in_form(
        qtbot,
        modals,
        MeetingActionDialog,
        lambda: click_button(qtbot, editor.actions_tab, "Ny åtgärd…"),
        "person_picker",
        "responsible",
        "Lägg till åtgärd",
        "Nils Berg",
        {"title_edit": "Se över belysningen vid Karlaplan"},
    )
    stored = editor.meeting
    assert stored is not None
    action = next(a for a in stored.actions if a.title == "Se över belysningen vid Karlaplan")
    assert action.responsible_person_id is not None


def test_the_group_form_says_once_that_the_contacts_are_empty(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """Three person fields, one register: one line under the first says it is empty (three
    stacked lines read as noise and made the form taller than the screen's room)."""
    dialog = GroupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = [field for field, picker in dialog.person_pickers.items() if picker.hint.isVisible()]
    assert shown == ["convener_id"]
    assert "Ny\N{NO-BREAK SPACE}person…" in dialog.person_pickers["convener_id"].hint.text()
