"""The Crisis & exercises area as a coordinator uses it: plans due stand out, versions and attached
files, the verify-now round over the crisis contact list, the conduct log, the evaluation per
objective and lessons learned that raise actions followed up in the Actions area."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import local, local_time
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    ActionSource,
    ActionStatus,
    ExerciseStatus,
    ExerciseType,
    ObjectiveResult,
    PlanKind,
)
from samverkan_desktop.services import (
    action_filter,
    action_reading,
    actions,
    contacts,
    crisis_external,
    crisis_nav,
    crisis_org,
    crisis_verification,
    exercise_lessons,
    exercise_objectives,
    exercise_participants,
    exercise_reading,
    exercises,
    plan_rows,
    plan_versions,
    plans,
    training,
    training_gaps,
)
from samverkan_desktop.services.plan_rows import DueState
from tests.ui.answers import answer_file_dialogs, refusal_on_click
from tests.ui.clicks import click_button, click_tab, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.menus import choose_in_menu, native_keys
from tests.ui.openers import area_alone
from tests.ui.tables import cell, click_row, column_texts, row_texts
from tests.ui.windows import wait_for_preview
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.verify_dialog import VerifyDialog
from ui.main_window import MainWindow
from ui.widgets.pdf_dialog import PdfPreviewDialog
from ui.widgets.record_table import SortHeader
from ui.widgets.table_model import WARNING_COLOUR


@dataclass
class Crisis:
    leader: int  # Anna, crisis leader, details checked long ago
    deputy: int  # Bertil, deputy, checked last month
    police: int  # the organisation
    tib: int  # external line without a person, never verified
    overdue_plan: int
    soon_plan: int
    ok_plan: int
    exercise: int
    objectives: tuple[int, int]
    role: int
    course: int


@pytest.fixture
def crisis(ctx: AppContext, today: dt.date) -> Crisis:
    """A small crisis organisation, three plans and one conducted exercise, made via services."""
    police = ctx.call(contacts.create_organisation, contacts.OrganisationInput("Polisen"))
    city = ctx.call(
        contacts.create_organisation, contacts.OrganisationInput("Stadsledningskontoret")
    )
    leader = ctx.call(
        contacts.create_person,
        contacts.PersonInput(
            "Anna Ek",
            "Stadsdelsdirektör",
            phone="08-111 11",
            is_staff=True,
            last_verified=today - dt.timedelta(days=400),
        ),
    )
    deputy = ctx.call(
        contacts.create_person,
        contacts.PersonInput(
            "Bertil Holm",
            "Avdelningschef",
            phone="08-222 22",
            is_staff=True,
            last_verified=today - dt.timedelta(days=30),
        ),
    )
    role = ctx.call(crisis_org.create_role, crisis_org.RoleInput("Krisledare"))
    ctx.call(crisis_org.add_member, role, leader)
    ctx.call(crisis_org.add_member, role, deputy)
    tib = ctx.call(
        crisis_external.create_external,
        crisis_external.ExternalInput(city, "Tjänsteman i beredskap (TiB)", phone="08-508 000"),
    )

    def plan(kind: PlanKind, name: str, adopted: dt.date, months: int) -> int:
        return ctx.call(
            plans.create_plan,
            plans.PlanInput(kind, name, leader, months),
            plan_versions.VersionInput("1.0", adopted, "Stadsdelsdirektör"),
        )

    overdue = plan(
        PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan", today - dt.timedelta(days=400), 12
    )
    soon = plan(
        PlanKind.VIOLENT_EXTREMISM_PLAN, "Handlingsplan VBE", today - dt.timedelta(days=340), 12
    )
    ok = plan(PlanKind.FIRE_SAFETY, "SBA Karlavägen", today - dt.timedelta(days=30), 12)

    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Krisledningsövning",
            ExerciseType.SEMINAR,
            today.year,
            today.month,
            today,
            scenario="Strömavbrott",
            leader_id=leader,
        ),
    )
    first = ctx.call(exercise_objectives.add_objective, exercise, "Gruppen samlas inom en timme")
    second = ctx.call(exercise_objectives.add_objective, exercise, "Lägesbild delas med staden")
    ctx.call(exercises.set_status, exercise, ExerciseStatus.CONDUCTED)
    course = ctx.call(training.create_course, training.CourseInput("Krisstöd del 1", 36))
    ctx.call(training_gaps.set_role_requirements, role, [course])
    return Crisis(
        leader, deputy, police, tib, overdue, soon, ok, exercise, (first, second), role, course
    )


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext, crisis: Crisis) -> CrisisArea:
    return area_alone(qtbot, CrisisArea(ctx))


def _ok(qtbot: QtBot, dialog: QWidget) -> None:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


# --- the sidebar and the Overview's links ------------------------------------------------------


def test_the_area_is_in_the_sidebar_after_alarms(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(window)
    keys = window.area_keys()
    assert "crisis" in keys and keys.index("crisis") < keys.index("contacts")
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Kris och övningar" in titles


def test_overview_links_show_the_plan_or_open_the_exercise(
    area: CrisisArea, crisis: Crisis
) -> None:
    area.show_record(crisis_nav.plan_record(crisis.soon_plan))
    assert area.tabs.currentWidget() is area.plans_page
    assert area.plans_page.current_id() == crisis.soon_plan
    assert area.plans_page.detail.title.text() == "Handlingsplan VBE"
    area.show_record(crisis_nav.exercise_record(crisis.exercise))
    assert area.tabs.currentWidget() is area.exercises_stack
    assert area.exercises_stack.currentWidget() is area.exercise_view
    assert area.exercise_view.title.text() == "Krisledningsövning"


# --- plans register ------------------------------------------------------------------------------


def test_plans_due_stand_out_and_can_be_filtered(
    qtbot: QtBot, area: CrisisArea, today: dt.date
) -> None:
    page = area.plans_page
    table = page.table
    # What is due comes first, overdue before due soon.
    assert column_texts(table, "Namn") == [
        "Krisledningsplan",
        "Handlingsplan VBE",
        "SBA Karlavägen",
    ]
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    next_column = titles.index("Nästa revidering")
    colours = [
        model.index(row, next_column).data(Qt.ItemDataRole.ForegroundRole)
        for row in range(model.rowCount())
    ]
    assert colours[0].color() == WARNING_COLOUR
    assert colours[1] is not None and colours[1].color() not in (WARNING_COLOUR,)
    assert colours[2] is None
    statuses = column_texts(table, "Status")
    assert statuses == [_(DueState.OVERDUE.label), _(DueState.DUE_SOON.label), _(DueState.OK.label)]
    # The next revision is given with its ISO week.
    due = today - dt.timedelta(days=400)
    assert row_texts(table, "Krisledningsplan")["Nästa revidering"].endswith(
        f"(v. {plan_rows.next_revision(due, 12).isocalendar()[1]})"  # type: ignore[union-attr]
    )
    assert page.count_label.text() == (
        "3 planer · 1 har passerat revideringsdatum · 1 ska revideras inom 60 dagar"
    )
    # Only what is due within 60 days (overdue included).
    qtbot.mouseClick(page.due_check, Qt.MouseButton.LeftButton)
    assert column_texts(table, "Namn") == ["Krisledningsplan", "Handlingsplan VBE"]
    # Search narrows further.
    qtbot.keyClicks(page.search, "vbe")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert column_texts(table, "Namn") == ["Handlingsplan VBE"]


def test_a_new_version_becomes_current_and_the_history_is_kept(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, modals: ModalDriver, today: dt.date
) -> None:
    page = area.plans_page
    click_row(qtbot, page.table, "Krisledningsplan")

    def fill(dialog: QWidget) -> None:
        assert dialog.windowTitle() == "Ny version av Krisledningsplan"
        dialog.version.clear()  # type: ignore[attr-defined]
        qtbot.keyClicks(dialog.version, "2.0")  # type: ignore[attr-defined]
        type_text(qtbot, dialog.notes, "Nya roller och kontaktvägar")  # type: ignore[attr-defined]
        _ok(qtbot, dialog)

    modals.answer(fill)
    click_button(qtbot, page.toolbar, "Ny version…")
    modals.check()
    # Adopted today: no longer overdue, a year to the next revision.
    row = row_texts(page.table, "Krisledningsplan")
    assert row["Version"] == "2.0"
    assert row["Fastställd"] == today.isoformat()
    assert row["Status"] == _(DueState.OK.label)
    history = page.detail.versions
    assert column_texts(history, "Version") == ["2.0 ●", "1.0"]
    assert column_texts(history, "Ändringar")[0] == "Nya roller och kontaktvägar"
    assert page.detail.versions_heading.text() == "Versionshistorik (2)"


def test_a_file_is_copied_in_attached_and_opened(
    qtbot: QtBot,
    area: CrisisArea,
    crisis: Crisis,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "Krisledningsplan 2020.pdf"
    source.write_bytes(b"%PDF-1.4 plan")
    answer_file_dialogs(monkeypatch, lambda _dialog: str(source))
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr("ui.crisis.plans_page.QDesktopServices.openUrl", open_url)
    page = area.plans_page
    click_row(qtbot, page.table, "Krisledningsplan")
    click_button(qtbot, page.detail, "Bifoga fil…")
    files = page.detail.files
    assert column_texts(files, "Fil") == ["Krisledningsplan 2020.pdf"]
    assert column_texts(files, "Version") == ["1.0"]  # the version in force when attached
    assert "kopierades till datamappen" in page.notice.label.text()
    source.unlink()  # the copy in the data folder does not depend on the original
    click_row(qtbot, files, "Krisledningsplan 2020.pdf")
    click_button(qtbot, page.detail, "Öppna fil")
    assert len(opened) == 1
    copy = Path(opened[0].toLocalFile())
    assert copy.read_bytes() == b"%PDF-1.4 plan" and copy != source


# --- crisis organisation -------------------------------------------------------------------------


def test_verify_now_walks_through_stale_entries_by_keyboard(
    qtbot: QtBot,
    area: CrisisArea,
    crisis: Crisis,
    ctx: AppContext,
    modals: ModalDriver,
    today: dt.date,
) -> None:
    area.tabs.setCurrentWidget(area.org_page)
    org = area.org_page
    assert "2 uppgifter på kontaktlistan" in org.stale_label.text()
    seen: list[str] = []

    def walk(dialog: QWidget) -> None:
        assert isinstance(dialog, VerifyDialog)
        seen.append(dialog.title.text())
        assert dialog.facts.fact("phone") == "08-111 11"
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Anna's details are correct
        seen.append(dialog.title.text())
        qtbot.keyClick(dialog, Qt.Key.Key_S)  # skip the duty officer's line for now
        seen.append(dialog.done_label.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    modals.answer(walk)
    click_button(qtbot, org, "Kontrollera nu…")
    modals.check()
    assert seen == [
        "Anna Ek",
        "Tjänsteman i beredskap (TiB)",
        "Klart: 1 kontrollerad, 1 överhoppad.",  # it said "1 kontrollerade, 1 överhoppade"
    ]
    assert ctx.call(contacts.get_person, crisis.leader).last_verified == today
    stale = ctx.call(crisis_verification.stale_entries)
    assert [r.key for r in stale] == [f"contact:{crisis.tib}"]
    # The list shows it: Anna no longer in the warning colour, one entry left.
    members = org.members
    model = members.model()
    anna = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Anna Ek")
    assert model.index(anna, 3).data() == today.isoformat()
    assert model.index(anna, 3).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "1 uppgift på kontaktlistan" in org.stale_label.text()
    assert "1 uppgift markerad som kontrollerad i dag." in org.notice.label.text()


def test_a_new_primary_moves_the_holders_down(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(contacts.create_person, contacts.PersonInput("Cecilia Berg", "Stabschef"))
    area.tabs.setCurrentWidget(area.org_page)
    org = area.org_page

    def add(dialog: QWidget) -> None:
        type_text(qtbot, line_edit(dialog.person), "Cecilia")  # type: ignore[attr-defined]
        dialog.primary.setChecked(True)  # type: ignore[attr-defined]
        _ok(qtbot, dialog)

    modals.answer(add)
    click_button(qtbot, org, "Lägg till person…")
    modals.check()
    role = next(r for r in ctx.call(crisis_org.list_roles) if r.id == crisis.role)
    assert [(m.name, m.rank) for m in role.members] == [
        ("Cecilia Berg", 0),
        ("Anna Ek", 1),
        ("Bertil Holm", 2),
    ]
    assert column_texts(org.members, "Namn") == ["Cecilia Berg", "Anna Ek", "Bertil Holm"]
    assert row_texts(org.roles, "Krisledare")["Ordinarie"] == "Cecilia Berg"


# --- exercises -----------------------------------------------------------------------------------


def _open_exercise(area: CrisisArea, crisis: Crisis) -> None:
    area.tabs.setCurrentWidget(area.exercises_stack)
    area.open_exercise(crisis.exercise)
    assert area.exercises_stack.currentWidget() is area.exercise_view


def test_a_conduct_log_line_gets_the_time_it_was_typed(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext
) -> None:
    _open_exercise(area, crisis)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.log_tab)
    log = view.log_tab
    before = clock.utcnow()
    type_text(qtbot, log.entry, "Krisledningsgruppen samlad i stabsrummet")
    qtbot.keyClick(log.entry, Qt.Key.Key_Return)
    after = clock.utcnow()
    assert log.entry.text() == ""  # ready for the next note
    times = column_texts(log.table, "Tid")
    texts = column_texts(log.table, "Vad hände")
    assert texts == ["Krisledningsgruppen samlad i stabsrummet"]
    assert times[0] in {local_time(before), local_time(after)}
    stored = ctx.call(exercise_reading.get_exercise, crisis.exercise).log
    assert [e.text for e in stored] == texts
    assert log.heading.text() == "Övningslogg (1 anteckning)"  # was "1 anteckningar"
    assert (
        before - dt.timedelta(seconds=1)
        <= local(stored[0].logged_at)
        <= after + dt.timedelta(seconds=1)
    )
    # The next note goes below the first.
    type_text(qtbot, log.entry, "Lägesbild skickad")
    qtbot.keyClick(log.entry, Qt.Key.Key_Return)
    assert column_texts(log.table, "Vad hände")[-1] == "Lägesbild skickad"
    assert log.heading.text() == "Övningslogg (2 anteckningar)"


def test_an_objective_evaluation_persists(
    qtbot: QtBot,
    qapp,
    ctx: AppContext,
    crisis: Crisis,  # type: ignore[no-untyped-def]
) -> None:
    area = area_alone(qtbot, CrisisArea(ctx))
    _open_exercise(area, crisis)
    view = area.exercise_view
    # A conducted exercise opens on its evaluation, at the first objective not yet evaluated.
    assert view.tabs.currentWidget() is view.evaluation_tab
    evaluation = view.evaluation_tab
    assert evaluation.table.current_id() == crisis.objectives[0]
    click_button(qtbot, evaluation, "2 Delvis uppfyllt")
    type_text(qtbot, evaluation.comment, "Samlade efter 75 minuter")
    click_button(qtbot, evaluation, "Spara utvärderingen (Ctrl+Enter)")
    # On to the next objective.
    assert evaluation.table.current_id() == crisis.objectives[1]
    objective = ctx.call(exercise_reading.get_exercise, crisis.exercise).objectives[0]
    assert (objective.result, objective.comment) == (
        ObjectiveResult.PARTLY,
        "Samlade efter 75 minuter",
    )
    # A fresh window shows it as stored.
    area.close()
    again = CrisisArea(ctx)
    qtbot.addWidget(again)
    again.show()
    _open_exercise(again, crisis)
    row = row_texts(again.exercise_view.evaluation_tab.table, "1")
    assert row["Resultat"] == _(ObjectiveResult.PARTLY.label)
    assert row["Kommentar"] == "Samlade efter 75 minuter"
    assert again.exercise_view.evaluation_tab.heading.text() == (
        "Utvärdering per mål (1 av 2 utvärderade)"
    )


def test_a_lesson_learned_raises_an_action_followed_up_in_actions(
    qtbot: QtBot,
    area: CrisisArea,
    crisis: Crisis,
    ctx: AppContext,
    modals: ModalDriver,
    today: dt.date,
) -> None:
    _open_exercise(area, crisis)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.lessons_tab)
    due = today + dt.timedelta(days=90)

    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.lesson, "Kontaktlistan var inaktuell")  # type: ignore[attr-defined]
        dialog.objective.setCurrentIndex(2)  # type: ignore[attr-defined]
        type_text(qtbot, dialog.action, "Uppdatera kontaktlistan")  # type: ignore[attr-defined]
        type_text(qtbot, line_edit(dialog.person), "Bertil")  # type: ignore[attr-defined]
        _ok(qtbot, dialog)

    modals.answer(fill)
    click_button(qtbot, view.lessons_tab, "Ny lärdom…")
    modals.check()
    lessons = view.lessons_tab.table
    row = row_texts(lessons, "Kontaktlistan var inaktuell")
    assert row["Mål"] == "Lägesbild delas med staden"
    assert row["Åtgärd"] == "Uppdatera kontaktlistan"
    assert row["Klart senast"] == due.isoformat()
    # The action is one of all the others, followed up through the Actions services.
    found = ctx.call(
        action_reading.list_actions,
        action_filter.ActionFilter(source_type=ActionSource.EXERCISE_LESSON),
    )
    assert [(a.title, a.status, a.responsible_person_id) for a in found] == [
        ("Uppdatera kontaktlistan", ActionStatus.OPEN, crisis.deputy)
    ]
    assert found[0].source_text  # says where it came from
    assert view.lessons_tab.heading.text() == "Lärdomar (1, 1 öppen åtgärd)"
    # "Show the action" asks the main window for the Actions area with that action.
    asked: list[tuple[str, object]] = []
    area.ctx.navigator.requested.connect(lambda key, rid: asked.append((key, rid)))
    click_row(qtbot, lessons, "Kontaktlistan var inaktuell")
    click_button(qtbot, view.lessons_tab, "Visa åtgärden")
    assert asked == [("actions", found[0].id)]
    # The exercise list counts it as open.
    area.exercise_view.back_requested.emit()
    assert (
        row_texts(area.exercises_page.table, today.isoformat() + f" (v. {today.isocalendar()[1]})")[
            "Öppna åtgärder"
        ]
        == "1"
    )


# --- training ------------------------------------------------------------------------------------


def test_training_gaps_close_when_the_person_attends(
    qtbot: QtBot,
    area: CrisisArea,
    crisis: Crisis,
    ctx: AppContext,
    modals: ModalDriver,
    today: dt.date,
) -> None:
    ctx.call(training.create_session, training.SessionInput(crisis.course, today, "Karlavägen 104"))
    area.tabs.setCurrentWidget(area.training_tabs)
    area.training_tabs.setCurrentWidget(area.gaps_page)
    gaps = area.gaps_page
    assert column_texts(gaps.table, "Namn") == ["Anna Ek", "Bertil Holm"]
    assert set(column_texts(gaps.table, "Krav på utbildning")) == {"Krisstöd del 1"}
    click_row(qtbot, gaps.table, "Anna Ek")

    modals.answer(lambda dialog: _ok(qtbot, dialog))
    click_button(qtbot, gaps.toolbar, "Lägg till på ett tillfälle…")
    modals.check()
    assert column_texts(gaps.table, "Namn") == ["Bertil Holm"]


# --- checklist templates -------------------------------------------------------------------------


def test_a_checklist_template_is_edited_and_new_exercises_get_it(
    qtbot: QtBot, ctx: AppContext, crisis: Crisis, today: dt.date
) -> None:
    from ui.crisis.template_dialog import ExerciseTemplateDialog

    dialog = ExerciseTemplateDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    template_id = dialog.template.currentData()
    count = dialog.items.rowCount()
    assert count > 5  # the seeded template
    cell(dialog.items, 0, 0).setText("Förankra övningen hos ledningen")
    dialog.items.add_point()
    cell(dialog.items, count, 0).setText("Boka tolk")
    cell(dialog.items, count, 2).setText("x")
    _ok(qtbot, dialog)
    assert dialog.isVisible()  # refused: the weeks are not a number
    assert "Punkt" in dialog.error_text("items") or "punkt" in dialog.error_text("items").lower()
    cell(dialog.items, count, 2).setText("3")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    points = ctx.call(exercises_templates_items, template_id)
    assert points[0] == ("Förankra övningen hos ledningen", points[0][1])
    assert points[-1] == ("Boka tolk", 3)
    # A new exercise gets the template as it is now; the old one keeps its copy.
    new = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmtest", ExerciseType.FUNCTIONAL, today.year),
        template_id,
    )
    checklist = ctx.call(exercise_reading.get_exercise, new).checklist
    assert [c.title for c in checklist][-1] == "Boka tolk"
    old = ctx.call(exercise_reading.get_exercise, crisis.exercise).checklist
    assert "Boka tolk" not in [c.title for c in old]


def exercises_templates_items(session, template_id):  # type: ignore[no-untyped-def]
    from samverkan_desktop.services import exercise_templates

    return [
        (i.title, i.weeks_before)
        for i in exercise_templates.get_template_items(session, template_id)
    ]


# --- with the demo district: the Overview's links and the printouts -----------------------------


def test_the_overview_leads_to_the_plan_and_the_next_exercise(
    qtbot: QtBot, demo_ctx: AppContext, today: dt.date
) -> None:
    from samverkan_desktop.services import crisis_overview

    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    due = demo_ctx.call(crisis_overview.plans_due, today).items[0]
    demo_ctx.navigator.go(due.area, due.record_id)
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    assert area.tabs.currentWidget() is area.plans_page
    assert area.plans_page.detail.title.text() == due.title
    upcoming = demo_ctx.call(crisis_overview.next_exercise, today).items[0]
    demo_ctx.navigator.go(upcoming.area, upcoming.record_id)
    assert area.exercises_stack.currentWidget() is area.exercise_view
    assert area.exercise_view.title.text() == upcoming.title


def test_printouts_open_in_the_preview(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = area_alone(qtbot, CrisisArea(demo_ctx))
    area.tabs.setCurrentWidget(area.org_page)
    click_button(qtbot, area.org_page, "Skriv ut kontaktlistan…")
    dialog = wait_for_preview(qtbot)
    assert dialog.windowTitle() == "Krisledningens kontaktlista"
    assert dialog.document.pageCount() >= 1
    dialog.close()
    evaluated = next(
        e
        for e in demo_ctx.call(exercise_reading.list_exercises)
        if e.status is ExerciseStatus.EVALUATED
    )
    area.open_exercise(evaluated.id)
    for action_text, title in (
        ("Utvärderingsrapport…\t" + native_keys("Ctrl+Shift+P"), "Utvärderingsrapport"),
        ("Deltagarnas checklista…\t" + native_keys("Ctrl+P"), "Deltagarnas checklista"),
        ("Årets övningsplan…", f"Övningsplan {evaluated.year}"),
    ):
        choose_in_menu(area.exercise_view.print_button.menu(), action_text)
        dialog = wait_for_preview(qtbot)
        assert dialog.windowTitle() == title
        assert dialog.document.pageCount() >= 1
        dialog.close()


@pytest.fixture(autouse=True)
def _close_previews() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()


def test_a_lesson_can_start_from_the_objective_being_evaluated(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, modals: ModalDriver
) -> None:
    _open_exercise(area, crisis)
    view = area.exercise_view
    evaluation = view.evaluation_tab
    click_row(qtbot, evaluation.table, "2")
    chosen: list[object] = []

    def check(dialog: QWidget) -> None:
        chosen.append(dialog.objective.currentData())  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Avbryt")

    modals.answer(check)
    click_button(qtbot, evaluation, "Lärdom från det här målet…")
    modals.check()
    assert chosen == [crisis.objectives[1]]
    assert view.tabs.currentWidget() is view.lessons_tab


def test_mark_as_evaluated_is_refused_until_an_objective_is_assessed(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext, modals: ModalDriver
) -> None:
    _open_exercise(area, crisis)
    view = area.exercise_view
    refusal = refusal_on_click(qtbot, modals, view, "Markera som utvärderad")
    assert refusal == (
        "”Krisledningsövning” kan inte markeras som utvärderad: inget av dess 2 mål är "
        "utvärderat. Utvärdera dem på fliken Utvärdering först."
    )
    assert ctx.call(exercise_reading.get_exercise, crisis.exercise).exercise.status is (
        ExerciseStatus.CONDUCTED
    )
    evaluation = view.evaluation_tab
    click_button(qtbot, evaluation, "1 Uppfyllt")
    click_button(qtbot, evaluation, "Spara utvärderingen (Ctrl+Enter)")
    click_button(qtbot, view, "Markera som utvärderad")
    assert ctx.call(exercise_reading.get_exercise, crisis.exercise).exercise.status is (
        ExerciseStatus.EVALUATED
    )


def test_the_evaluation_of_an_exercise_without_objectives_says_so(
    qtbot: QtBot, area: CrisisArea, ctx: AppContext, today: dt.date
) -> None:
    bare = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, today.year, date=today),
    )
    area.open_exercise(bare)
    evaluation = area.exercise_view.evaluation_tab
    assert evaluation.heading.text() == "Utvärdering per mål (inga mål)"
    assert evaluation.editor_heading.text() == "Övningen har inga mål att utvärdera"
    assert evaluation.no_objectives.isVisibleTo(evaluation)
    assert "kan övningen ändå markeras som utvärderad" in evaluation.no_objectives.text()


def _refusal_only(qtbot: QtBot, modals: ModalDriver, delete: Callable[[], object]) -> str:
    """Run ``delete`` expecting one message box saying why not: no "Ta bort …?" question first
    (a question would get this handler, which finds no OK button on it, and fail)."""
    shown: list[str] = []

    def read(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert [b.text() for b in box.buttons()] == ["OK"], box.text()
        shown.append(box.text())
        click_button(qtbot, box, "OK")

    modals.answer(read)
    delete()
    modals.check()
    assert len(shown) == 1
    return shown[0]


def test_an_exercise_whose_lessons_have_actions_is_refused_without_asking_first(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext, modals: ModalDriver
) -> None:
    """The exercise list asked "Ta bort ”Krisledningsövning” …?" and, after "Ta bort", refused."""
    lesson = ctx.call(
        exercise_lessons.add_lesson,
        crisis.exercise,
        exercise_lessons.LessonInput(
            "Kontaktlistan var inaktuell", responsible_person_id=crisis.deputy
        ),
    )
    refusal = (
        "”Krisledningsövning” kan inte tas bort: lärdomarna har gett åtgärder. Ställ in övningen "
        "i stället, eller ta först bort de åtgärderna under Åtgärder."
    )
    area.tabs.setCurrentWidget(area.exercises_stack)
    page = area.exercises_page
    page.reload()
    page.select_id(crisis.exercise)
    assert _refusal_only(qtbot, modals, lambda: click_button(qtbot, page.toolbar, "Ta bort…")) == (
        refusal
    )
    # The exercise's own "More → Delete the exercise…" says the same, from the same service.
    area.open_exercise(crisis.exercise)
    view = area.exercise_view
    assert view.delete_action.text() == "Ta bort övningen…"
    assert _refusal_only(qtbot, modals, view.delete_action.trigger) == refusal
    assert [r.id for r in ctx.call(exercise_reading.list_exercises)] == [crisis.exercise]
    # Nor is the lesson deleted: its action would no longer name the exercise it came from.
    lessons = view.lessons_tab
    view.tabs.setCurrentWidget(lessons)
    click_row(qtbot, lessons.table, "Kontaktlistan var inaktuell")
    assert lessons.buttons[3].text() == "Ta bort…"

    def delete_lesson() -> None:
        qtbot.mouseClick(lessons.buttons[3], Qt.MouseButton.LeftButton)

    assert _refusal_only(qtbot, modals, delete_lesson).startswith(
        "Lärdomen kan inte tas bort: åtgärden ”Kontaktlistan var inaktuell” kom från den"
    )
    assert [r.id for r in lessons.table.rows()] == [lesson]
    # Without the lesson's action (then the lesson) the question comes, and the exercise goes.
    action = ctx.call(exercise_reading.get_exercise, crisis.exercise).lessons[0].action_id
    ctx.call(actions.delete_action, action)
    ctx.call(exercise_lessons.delete_lesson, lesson)
    asked: list[str] = []

    def agree(box: QWidget) -> None:
        asked.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "Ta bort")

    modals.answer(agree)
    view.delete_action.trigger()
    modals.check()
    assert asked and asked[0].startswith("Ta bort ”Krisledningsövning”")
    assert ctx.call(exercise_reading.list_exercises) == []


def test_a_role_used_in_an_exercise_is_refused_without_asking_first(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(exercise_participants.add_participant, crisis.exercise, crisis.leader, crisis.role)
    area.tabs.setCurrentWidget(area.org_page)
    org = area.org_page
    click_row(qtbot, org.roles, "Krisledare")
    delete = org.role_buttons[2]
    assert delete.text() == "Ta bort…"
    refusal = _refusal_only(
        qtbot, modals, lambda: qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    )
    assert refusal.startswith("”Krisledare” kan inte tas bort: deltagare i övningar")
    assert [r.name for r in ctx.call(crisis_org.list_roles)] == ["Krisledare"]


def test_the_plans_register_is_readable_at_1280_by_800(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Beside the plan's details the register's columns were cut to 118 px or less: names,
    kinds and the status cut short, "Version" and "Fastställd" headers clipped, and the status
    column scrolled out of view. The details now sit under the register."""
    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.navigate("crisis")
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    area.tabs.setCurrentWidget(area.plans_page)
    page = area.plans_page
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.showing_record())
    QApplication.processEvents()
    table = page.table
    header = table.horizontalHeader()
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert isinstance(header, SortHeader)
    for column, title in enumerate(titles):
        assert header.shown_title(column) == title, f"{title} is clipped"
    for title in ("Version", "Fastställd", "Ägare", "Nästa revidering", "Status"):
        column = titles.index(title)
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), f"{title} is cut"
    assert table.columnWidth(titles.index("Namn")) >= 250
    assert table.horizontalScrollBar().maximum() == 0  # every column in view
    # The plan's facts under the register show down to its next revision.
    facts = page.detail.facts
    assert facts.fact("next")
    # The cycle as Swedish says it: "var 12:e månad", not "Revideras var: 12 månader".
    assert re.fullmatch(r"varje månad|var \d+:[ae] månad", facts.fact("interval"))
    last = facts._values["next"]  # noqa: SLF001 - the label the user reads
    assert last.visibleRegion().boundingRect().height() == last.height()
    # The page no longer needs more than a 1024 px window gives it.
    assert page.minimumSizeHint().width() <= 1024 - 250


def test_the_evaluation_chosen_is_saved_when_a_lesson_is_drawn_from_it(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, modals: ModalDriver
) -> None:
    """Chosen "Delvis uppfyllt" with a comment, then "Lärdom från det här målet…": the
    evaluation is saved, not left a draft beside "ej utvärderat" (seen under Xvfb)."""
    _open_exercise(area, crisis)
    evaluation = area.exercise_view.evaluation_tab
    click_row(qtbot, evaluation.table, "2")
    qtbot.mouseClick(evaluation.result_buttons[ObjectiveResult.PARTLY], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(evaluation.comment, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(evaluation.comment, "Tre av sju nåddes inte.")
    modals.answer(lambda dialog: click_button(qtbot, dialog, "Avbryt"))
    click_button(qtbot, evaluation, "Lärdom från det här målet…")
    modals.check()
    stored = area.ctx.call(exercise_objectives.objective_row, crisis.objectives[1])
    assert (stored.result, stored.comment) == (ObjectiveResult.PARTLY, "Tre av sju nåddes inte.")
    assert row_texts(evaluation.table, "2")["Resultat"] == "Delvis uppfyllt"


def test_a_result_chosen_and_not_saved_counts_when_marking_as_evaluated(
    qtbot: QtBot, area: CrisisArea, crisis: Crisis, ctx: AppContext, modals: ModalDriver
) -> None:
    """ "1 Uppfyllt" chosen, "Markera som utvärderad" clicked without "Spara utvärderingen": the
    result is saved and the step taken; it was refused as if nothing were assessed (seen under
    Xvfb)."""
    _open_exercise(area, crisis)
    view = area.exercise_view
    evaluation = view.evaluation_tab
    click_tab(qtbot, view.tabs, evaluation)
    click_button(qtbot, evaluation, "1 Uppfyllt")
    click_button(qtbot, view, "Markera som utvärderad")
    assert ctx.call(exercise_reading.get_exercise, crisis.exercise).exercise.status is (
        ExerciseStatus.EVALUATED
    )
    first = ctx.call(exercise_objectives.objective_row, crisis.objectives[0])
    assert first.result is ObjectiveResult.MET
