"""Two desks edit the same exercise, course, training session, crisis role or external contact:
desk B saves, desk A's save is refused naming what B changed, the text A typed stays, F5 loads
B's change into the fields A left alone, and A's save then stores both. A role moved in the list
meanwhile is no change of the role: its open form saves at once."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import (
    crisis_external,
    crisis_org,
    exercise_reading,
    exercises,
    training,
)
from samverkan_desktop.services.exercise_rows import ExerciseDetail
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.answers import another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.test_exercise_assessment_box import _ctrl_enter, _evaluation_of, _exercise
from tests.ui.test_form_reload_more_forms import LOAD, LOADED, REFUSED, _retype, _two_desks
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog
from ui.crisis.org_dialogs import ExternalDialog, RoleDialog
from ui.training.dialogs import CourseDialog, SessionDialog
from ui.widgets.check_list import CheckList


def _exercise_input(detail: ExerciseDetail, **changes: Any) -> ExerciseInput:
    row = detail.exercise
    data = ExerciseInput(
        row.title,
        row.type,
        row.year,
        row.month,
        row.date,
        detail.start_time,
        row.location,
        detail.end_time,
        detail.scenario,
        detail.leader_id,
        detail.notes,
        row.status,
        detail.plan_id,
        detail.version,
    )
    return dataclasses.replace(data, **changes)


def test_exercise_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    exercise_id = demo_ctx.call(exercise_reading.list_exercises)[0].id
    dialog = ExerciseDialog(demo_ctx, demo_ctx.call(exercise_reading.get_exercise, exercise_id))

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(exercise_reading.get_exercise, exercise_id)
            data = _exercise_input(row, location="Garnisonen, sal 3")
            desk.call(exercises.update_exercise, exercise_id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.scenario, "Strömavbrott i hela stadsdelen"),
        theirs,
        lambda: (dialog.location.text(), dialog.scenario.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="plats") + LOAD
    assert seen["fields"] == ("Garnisonen, sal 3", "Strömavbrott i hela stadsdelen")
    assert seen["loaded"] == LOADED.format(theirs="plats", hers="scenario")
    stored = demo_ctx.call(exercise_reading.get_exercise, exercise_id)
    assert (stored.exercise.location, stored.scenario) == (
        "Garnisonen, sal 3",
        "Strömavbrott i hela stadsdelen",
    )


def test_course_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    shown = demo_ctx.call(training.list_courses)[0]
    dialog = CourseDialog(demo_ctx, shown)
    months = (shown.validity_months or 12) + 12

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(training.get_course, shown.id)
            data = training.CourseInput(row.name, months, row.description, row.version)
            desk.call(training.update_course, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.description_edit, "Tre pass à två timmar"),
        theirs,
        lambda: (dialog.validity_spin.value(), dialog.description_edit.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="giltig i") + LOAD
    assert seen["fields"] == (months, "Tre pass à två timmar")
    assert seen["loaded"] == LOADED.format(theirs="giltig i", hers="beskrivning")
    stored = demo_ctx.call(training.get_course, shown.id)
    assert (stored.validity_months, stored.description) == (months, "Tre pass à två timmar")


def test_training_session_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    shown = demo_ctx.call(training.list_sessions)[0]
    dialog = SessionDialog(demo_ctx, shown)

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(training.get_session, shown.id)
            data = training.SessionInput(
                row.course_id, row.held_on, "Karlavägen 104, plan 5", row.notes, row.version
            )
            desk.call(training.update_session, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.notes_edit, "Två fick förhinder"),
        theirs,
        lambda: (dialog.place_edit.text(), dialog.notes_edit.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="plats") + LOAD
    assert seen["fields"] == ("Karlavägen 104, plan 5", "Två fick förhinder")
    assert seen["loaded"] == LOADED.format(theirs="plats", hers="anteckningar")
    stored = demo_ctx.call(training.get_session, shown.id)
    assert (stored.place, stored.notes) == ("Karlavägen 104, plan 5", "Två fick förhinder")


def test_crisis_role_form_refused_over_their_required_training(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    shown = demo_ctx.call(crisis_org.list_roles)[0]
    dialog = RoleDialog(demo_ctx, shown)
    course_id = next(
        c.id for c in demo_ctx.call(training.list_courses) if c.id not in shown.required_course_ids
    )

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(crisis_org.get_role, shown.id)
            courses = (*row.required_course_ids, course_id)
            data = crisis_org.RoleInput(row.name, row.description, courses, row.version)
            desk.call(crisis_org.update_role, shown.id, data)

    def ticked(courses: CheckList) -> bool:
        return course_id in courses.values()

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.description, "Leder krisledningsstaben"),
        theirs,
        lambda: (ticked(dialog.courses), dialog.description.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="krav på utbildning") + LOAD
    assert seen["fields"] == (True, "Leder krisledningsstaben")
    assert seen["loaded"] == LOADED.format(theirs="krav på utbildning", hers="uppgift")
    stored = demo_ctx.call(crisis_org.get_role, shown.id)
    assert stored.description == "Leder krisledningsstaben"
    assert course_id in stored.required_course_ids


def test_external_contact_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    shown = demo_ctx.call(crisis_external.list_external)[0]
    dialog = ExternalDialog(demo_ctx, shown)

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(crisis_external.get_external, shown.id)
            data = crisis_external.ExternalInput(
                row.organisation_id,
                row.function,
                row.person_id,
                "08-123 456 78",
                row.last_verified if row.person_id is None else None,
                row.version,
            )
            desk.call(crisis_external.update_external, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.function, "Vakthavande befäl"),
        theirs,
        lambda: (dialog.phone.text(), dialog.function.text()),
    )
    assert seen["refusal"] == REFUSED.format(fields="telefon") + LOAD
    assert seen["fields"] == ("08-123 456 78", "Vakthavande befäl")
    assert seen["loaded"] == LOADED.format(theirs="telefon", hers="funktion")
    stored = demo_ctx.call(crisis_external.get_external, shown.id)
    assert (stored.own_phone, stored.function) == ("08-123 456 78", "Vakthavande befäl")


def test_a_role_moved_while_its_form_is_open_saves_without_a_refusal(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    """The same desk moves the role (and another desk the contact list) while the role's form is
    open: the place in the list is no field of the form, so Save stores at once."""
    roles = demo_ctx.call(crisis_org.list_roles)
    shown = roles[1]
    dialog = RoleDialog(demo_ctx, shown)
    seen: dict[str, object] = {}

    def edit(opened: object) -> None:
        assert opened is dialog
        _retype(qtbot, dialog.description, "Leder stabsarbetet")
        demo_ctx.call(crisis_org.move_role, shown.id, -1)
        demo_ctx.call(crisis_org.move_role, roles[2].id, -1)  # now just below
        with another_desk(demo_ctx.db.url) as desk:
            desk.call(
                crisis_external.move_external, desk.call(crisis_external.list_external)[1].id, -1
            )
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()
        seen["said"] = dialog.general_error.text() if dialog.general_error.isVisible() else ""

    modals.answer(edit)
    dialog.exec()
    modals.check()
    assert seen == {"closed": True, "said": ""}
    after = demo_ctx.call(crisis_org.list_roles)
    assert [r.id for r in after[:3]] == [shown.id, roles[2].id, roles[0].id]
    assert after[0].description == "Leder stabsarbetet"


def test_the_exercise_form_after_this_desk_saved_the_assessment_saves_at_once(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """Saving the overall assessment changes the exercise's version; the view reads it anew, so
    'Redigera…' right after opens the form on the current version and its save is not refused as if
    another desk had saved."""
    held = _exercise(ctx, "Stabsövning", ExerciseStatus.CONDUCTED, "Lägesbild")
    area, box = _evaluation_of(qtbot, ctx, held)
    type_text(qtbot, box.text, "Krisledningen kom igång snabbt.")
    _ctrl_enter(qtbot, box.text)
    seen: dict[str, object] = {}

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        type_text(qtbot, dialog.notes, "Utvärderingsmöte 14 dagar efter")
        click_button(qtbot, dialog, "Spara")
        seen["closed"] = not dialog.isVisible()
        seen["said"] = dialog.general_error.text() if dialog.general_error.isVisible() else ""

    modals.answer(edit)
    click_button(qtbot, area.exercise_view, "Redigera…")
    modals.check()
    assert seen == {"closed": True, "said": ""}
    stored = ctx.call(exercise_reading.get_exercise, held)
    assert (stored.notes, stored.assessment) == (
        "Utvärderingsmöte 14 dagar efter",
        "Krisledningen kom igång snabbt.",
    )
