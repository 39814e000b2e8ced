"""A walk's owners and participants are often not in the contacts yet (a property owner, a
housing association, a resident): the walk's forms add them beside the field, with the name
typed, as the other forms do ("Ny organisation…", "Ny person…"). A name typed that is nobody is
refused naming that button; before, the walk's forms only said "Välj ur kontaktregistret." and
the coordinator had to leave the walk for Kontakter and start the form again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import walk_actions, walk_records, walk_route
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.demo_walks import tessinparken
from tests.ui.record_tabs import walk_tab
from tests.ui.test_person_picker_forms import UNKNOWN, refused_then_added
from tests.ui.windows import settle
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.context import AppContext
from ui.walks.observation_dialogs import ActionDialog, ObservationDialog
from ui.walks.route_dialogs import ParticipantDialog
from ui.widgets.record_picker import RecordPicker

NEW_ORGANISATION = (OrganisationDialog, "Lägg till organisation")
UNKNOWN_ORGANISATION = (
    "Ingen enskild organisation matchar ”{name}”. Välj en i listan eller lägg till den med"
    " Ny\N{NO-BREAK SPACE}organisation…"
)


def _emptied(qtbot: QtBot, picker: RecordPicker) -> RecordPicker:
    """The field emptied as a user does (select all, delete): it may hold the observation's
    owner."""
    edit = line_edit(picker.combo)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    return picker


def test_an_action_is_raised_for_an_owner_and_a_person_added_from_its_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "observations_tab").observations_tab
    seen: list[str] = []

    def raise_it(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_text(qtbot, dialog.what, "Byta lås på förrådsdörren")
        picker = _emptied(qtbot, dialog.organisation_picker)
        seen.extend(
            refused_then_added(
                qtbot,
                dialog,
                picker,
                "responsible_organisation_id",
                "Ta fram",
                "Brf Tessinparken",
                form=NEW_ORGANISATION,
            )
        )
        seen.extend(
            refused_then_added(
                qtbot, dialog, dialog.person_picker, "responsible_person_id", "Ta fram", "Eva Lund"
            )
        )
        assert dialog.what.text() == "Byta lås på förrådsdörren"  # kept
        click_button(qtbot, dialog, "Ta fram")

    modals.answer(raise_it)
    click_button(qtbot, tab, "Ta fram åtgärd…")
    modals.check()
    assert seen == [
        "Brf Tessinparken",
        UNKNOWN_ORGANISATION.format(name="Brf Tessinparken"),
        "Eva Lund",
        UNKNOWN.format(name="Eva Lund"),
    ]
    raised = [
        a
        for a in demo_ctx.call(walk_actions.list_for_walk, tessinparken(demo_ctx))
        if a.title == "Byta lås på förrådsdörren"
    ]
    assert [a.responsible for a in raised] == ["Eva Lund, Brf Tessinparken"]


def test_an_observations_owner_is_added_from_its_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "observations_tab").observations_tab
    seen: list[str] = []

    def record(dialog: QWidget) -> None:
        assert isinstance(dialog, ObservationDialog)
        type_text(qtbot, dialog.location, "Förrådet vid bollplanen")
        type_text(qtbot, dialog.description, "Trasigt lås på förrådsdörren")
        seen.extend(
            refused_then_added(
                qtbot,
                dialog,
                dialog.owner_picker,
                "responsible_organisation_id",
                "Spara",
                "Brf Tessinparken",
                form=NEW_ORGANISATION,
            )
        )
        click_button(qtbot, dialog, "Spara")

    modals.answer(record)
    click_button(qtbot, tab, "Ny iakttagelse…")
    modals.check()
    assert seen == ["Brf Tessinparken", UNKNOWN_ORGANISATION.format(name="Brf Tessinparken")]
    (observation,) = [
        o
        for o in demo_ctx.call(walk_records.list_observations, tessinparken(demo_ctx))
        if o.description == "Trasigt lås på förrådsdörren"
    ]
    assert observation.responsible_organisation == "Brf Tessinparken"


def test_a_participant_not_in_the_contacts_is_added_from_the_plan(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    tab = walk_tab(qtbot, demo_ctx, "plan_tab").plan_tab
    seen: list[str] = []

    def add(form: tuple[type[QWidget], str] | None, name: str) -> Callable[[QWidget], None]:
        def answer(dialog: QWidget) -> None:
            assert isinstance(dialog, ParticipantDialog)
            field = (dialog, dialog.picker, "choice", "Lägg till", name)
            added = (
                refused_then_added(qtbot, *field, form=form)
                if form
                else refused_then_added(qtbot, *field)
            )
            seen.extend(added)
            click_button(qtbot, dialog, "Lägg till")

        return answer

    modals.answer(add(NEW_ORGANISATION, "Brf Tessinparken"), add(None, "Karin Boende"))
    click_button(qtbot, tab, "Lägg till organisation…")
    click_button(qtbot, tab, "Lägg till person…")
    modals.check()
    settle(qtbot)
    assert seen == [
        "Brf Tessinparken",
        UNKNOWN_ORGANISATION.format(name="Brf Tessinparken"),
        "Karin Boende",
        UNKNOWN.format(name="Karin Boende"),
    ]
    names = {p.name for p in demo_ctx.call(walk_route.list_participants, tessinparken(demo_ctx))}
    assert {"Brf Tessinparken", "Karin Boende"} <= names
