"""The agreement's form changes the priority areas of the revision in force (it corrects, it
does not record a new decision): it says so under the areas, naming that revision, so a
coordinator who meant this year's revision knows to use "Revidera överenskommelsen…"."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import agreements
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.test_agreement_action_plan import _click_line
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.agreements_dialog import AgreementsDialog


def test_the_edit_form_names_the_revision_its_areas_change(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    in_force = before.revisions[-1].revised_on.isoformat()
    dialog = show_window(qtbot, AgreementsDialog(demo_ctx), 900, 400)
    seen: list[str] = []

    def look_and_correct(form: QWidget) -> None:
        assert isinstance(form, AgreementDialog)
        assert form.revision_note is not None and form.revision_note.isVisible()
        seen.append(form.revision_note.text())
        _click_line(qtbot, form.areas_list, "Våldsbejakande extremism")
        click_button(qtbot, form, "Spara")

    modals.answer(look_and_correct)
    click_row(qtbot, dialog.table, before.title)
    click_button(qtbot, dialog, "Redigera…")
    modals.check()
    assert seen == [
        f"Ändringen gäller revideringen från {in_force}, den som gäller nu. Vill du i stället "
        "registrera ett nytt beslut och behålla den här, stäng formuläret och välj "
        "”Revidera överenskommelsen…”."
    ]
    # As it said: that revision's areas changed, no revision was added.
    (after,) = demo_ctx.call(agreements.list_agreement_details)
    assert len(after.revisions) == len(before.revisions)
    assert after.revisions[-1].revised_on == before.revisions[-1].revised_on
    assert "Våldsbejakande extremism" in after.revisions[-1].priority_areas


def test_a_new_agreement_has_no_revision_to_name(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = show_window(qtbot, AgreementsDialog(demo_ctx), 900, 400)
    noted: list[bool] = []

    def look(form: QWidget) -> None:
        assert isinstance(form, AgreementDialog)
        noted.append(form.revision_note is not None)
        click_button(qtbot, form, "Avbryt")

    modals.answer(look)
    click_button(qtbot, dialog, "Ny överenskommelse…")
    modals.check()
    assert noted == [False]
