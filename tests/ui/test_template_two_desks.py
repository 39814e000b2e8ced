"""Two desks edit the same checklist template (walks) or planning-checklist template (exercises):
desk B saves, desk A's Save is refused naming what B changed with A's text kept, F5 loads B's
change into the fields A left alone, and A's Save then stores both; a name B changed shows in the
template list too. Choosing another template in the list after typing asks first; kept writing,
the text and the list stay as they were."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import checklists, exercise_templates
from samverkan_desktop.services.checklists import ItemInput
from samverkan_desktop.services.exercise_templates import TemplateItemInput
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import cell
from tests.ui.test_form_reload_more_forms import LOAD, LOADED, REFUSED, _retype, _two_desks
from ui.context import AppContext
from ui.crisis.template_dialog import ExerciseTemplateDialog
from ui.walks.template_dialog import TemplateDialog


def test_walk_checklist_template(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    dialog = TemplateDialog(demo_ctx)
    template_id = dialog.template.currentData()

    def theirs() -> None:  # only a point added: a change of the template all the same
        with another_desk(demo_ctx.db.url) as desk:
            data = desk.call(checklists.get_template, template_id).to_input()
            changed = dataclasses.replace(data, items=(*data.items, ItemInput("", "Snöröjning")))
            desk.call(checklists.update_template, template_id, changed)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.description, "Min beskrivning av rundan"),
        theirs,
        lambda: (dialog.items.texts()[-1][1], dialog.description.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="punkter") + LOAD
    assert seen["fields"] == ("Snöröjning", "Min beskrivning av rundan")
    assert seen["loaded"] == LOADED.format(theirs="punkter", hers="beskrivning")
    stored = demo_ctx.call(checklists.get_template, template_id)
    assert (stored.items[-1].title, stored.description) == (
        "Snöröjning",
        "Min beskrivning av rundan",
    )


def test_exercise_checklist_template(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = ExerciseTemplateDialog(demo_ctx)
    template_id = dialog.template.currentData()

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            shown = desk.call(exercise_templates.get_template, template_id)
            points = [TemplateItemInput(i.title, i.guidance, i.weeks_before) for i in shown.items]
            points[0] = dataclasses.replace(points[0], weeks_before=20)
            desk.call(exercise_templates.save_template_items, template_id, points)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.name, "Planering av stabsövning"),
        theirs,
        lambda: (dialog.items.text(0, 2), dialog.name.text()),
    )
    assert seen["refusal"] == REFUSED.format(fields="punkter") + LOAD
    assert seen["fields"] == ("20", "Planering av stabsövning")
    assert seen["loaded"] == LOADED.format(theirs="punkter", hers="namn")
    stored = demo_ctx.call(exercise_templates.get_template, template_id)
    assert (stored.name, stored.items[0].weeks_before) == ("Planering av stabsövning", 20)


def test_choosing_another_template_after_typing_asks_first(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    # A second template to go to (the list has no "new template" entry to go to any more).
    demo_ctx.call(
        checklists.create_template,
        checklists.TemplateInput("Ö: kvällsvandring", None, (ItemInput("", "Belysning"),)),
    )
    dialog = TemplateDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.template.currentText()
    dialog.items.setCurrentCell(0, 1)
    qtbot.keyClick(dialog.items, Qt.Key.Key_Delete)  # a point removed: typing too
    count = dialog.items.rowCount()
    _retype(qtbot, dialog.name, "Min checklista")
    asked: list[str] = []

    def keep_writing(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "Fortsätt skriva")

    modals.answer(keep_writing)
    qtbot.keyClick(dialog.template, Qt.Key.Key_Down)
    modals.check()
    assert asked == [f"Dina ändringar i ”{first}” är inte sparade och skulle gå förlorade."]
    assert (dialog.template.currentText(), dialog.name.text()) == (first, "Min checklista")
    assert dialog.items.rowCount() == count
    modals.answer(lambda box: click_button(qtbot, box, "Släng mina ändringar"))
    qtbot.keyClick(dialog.template, Qt.Key.Key_Down)
    modals.check()
    assert dialog.template.currentText() != first
    assert dialog.name.text() != "Min checklista"
    # Nothing typed in the template now shown: back to the first one without a question.
    qtbot.keyClick(dialog.template, Qt.Key.Key_Up)
    assert (dialog.template.currentText(), dialog.name.text()) == (first, first)
    dialog.discard()


def test_points_changed_at_both_desks_say_theirs_under_the_table(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """Both desks changed the points: A's stay in the table, and the line under it names the
    point B changed as B saved it (not the whole list, which would bury it)."""
    dialog = ExerciseTemplateDialog(demo_ctx)
    template_id = dialog.template.currentData()
    last = dialog.items.rowCount() - 1

    def hers() -> None:
        cell(dialog.items, last, 0).setText("Skriv rapporten")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            shown = desk.call(exercise_templates.get_template, template_id)
            points = [TemplateItemInput(i.title, i.guidance, i.weeks_before) for i in shown.items]
            points[0] = dataclasses.replace(
                points[0], guidance="Beslut i ledningsgruppen", weeks_before=20
            )
            desk.call(exercise_templates.save_template_items, template_id, points)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        hers,
        theirs,
        lambda: (dialog.items.text(last, 0), dialog.items.text(0, 2), dialog.error_text("items")),
    )
    first = demo_ctx.call(exercise_templates.get_template, template_id).items[0].title
    assert seen["fields"] == (
        "Skriv rapporten",
        "12",
        f"Den andra sparade: ”{first} – Beslut i ledningsgruppen – 20”. Din text står kvar här –"
        " spara för att ersätta den.",
    )
    stored = demo_ctx.call(exercise_templates.get_template, template_id)
    assert (stored.items[0].weeks_before, stored.items[-1].title) == (12, "Skriv rapporten")


def test_their_rename_shows_in_the_walk_template_list(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = TemplateDialog(demo_ctx)
    template_id = dialog.template.currentData()
    old = dialog.template.currentText()

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            data = desk.call(checklists.get_template, template_id).to_input()
            renamed = dataclasses.replace(data, name="Trygghetsvandring, kvällstid")
            desk.call(checklists.update_template, template_id, renamed)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.description, "Min beskrivning av rundan"),
        theirs,
        lambda: (dialog.template.currentText(), dialog.name.text()),
    )
    assert seen["kept"] == (old, old)
    assert seen["fields"] == ("Trygghetsvandring, kvällstid", "Trygghetsvandring, kvällstid")
    stored = demo_ctx.call(checklists.get_template, template_id)
    assert (stored.name, stored.description) == (
        "Trygghetsvandring, kvällstid",
        "Min beskrivning av rundan",
    )


def test_their_rename_shows_in_the_exercise_template_list(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """B renames the template and takes it out of use: the list says both after F5."""
    dialog = ExerciseTemplateDialog(demo_ctx)
    template_id = dialog.template.currentData()

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            shown = desk.call(exercise_templates.get_template, template_id)
            desk.call(
                exercise_templates.update_template,
                template_id,
                "Stabsövning, gammal",
                shown.description,
                False,
            )

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: cell(dialog.items, 0, 0).setText("Boka lokal"),
        theirs,
        lambda: dialog.template.currentText(),
    )
    assert seen["fields"] == "Stabsövning, gammal (används inte)"
    # Their change is the template's name and use; the list naming it anew is none of theirs.
    assert seen["loaded"] == LOADED.format(theirs="namn och används", hers="punkter")
    stored = demo_ctx.call(exercise_templates.get_template, template_id)
    assert (stored.name, stored.items[0].title) == ("Stabsövning, gammal", "Boka lokal")
