"""A new coordinator's first day on an empty database ("Börja tomt"): a form that needs a record
the register does not hold yet makes it on the spot ("Ny person…", "Ny plats…"), with what was
typed, and picks it; nothing typed in the first form is lost."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import (
    alarm_history,
    alarms,
    calendar,
    contacts,
    places,
    walk_reading,
)
from samverkan_desktop.services.alarm_history import LoanFilter
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import alarms_area, area_in_window, calendar_window
from tests.ui.tables import click_row
from ui.alarms.lend_dialog import LendDialog
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.contacts.area import ContactsArea
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.group_dialog import GroupDialog
from ui.walks.area import WalksArea
from ui.walks.place_dialogs import PlaceDialog
from ui.walks.walk_dialog import WalkDialog


def answer_inner(qtbot: QtBot, kind: type[QWidget], fill, seen: list[QWidget]) -> None:  # type: ignore[no-untyped-def]
    """Answer the form opened from within a dialog (``modals`` answers only the outer one)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, kind)
        try:
            seen.append(dialog)
            fill(dialog)
        finally:
            if dialog.isVisible():  # refused: never leave the test hanging
                dialog.discard()  # type: ignore[attr-defined]

    QTimer.singleShot(50, answer)


def test_the_first_alarm_is_lent_to_a_borrower_added_from_the_lend_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_VISIT))
    area = alarms_area(qtbot, ctx)
    area.resize(1280, 800)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-01")
    person_forms: list[QWidget] = []

    def add_borrower(form: QWidget) -> None:
        assert isinstance(form, PersonDialog)
        # What was typed in the lend form is the name, and a borrower is staff.
        assert form.name_edit.text() == "Lena Persson"
        assert form.staff_check.isChecked()
        click_button(qtbot, form, "Lägg till person")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        borrower = line_edit(dialog.borrower_combo)
        # Nobody yet: the field says so and points to the button beside it.
        hint = dialog.borrower_picker.hint
        assert hint.isVisible() and hint.text() == (
            "Ingen personal i kontaktregistret ännu: lägg till låntagaren med Ny\N{NO-BREAK SPACE}person…"
        )
        type_text(qtbot, borrower, "Lena Persson")
        answer_inner(qtbot, PersonDialog, add_borrower, person_forms)
        click_button(qtbot, dialog, "Ny person…")
        assert len(person_forms) == 1
        assert dialog.borrower_combo.currentText() == "Lena Persson"
        assert not hint.isVisible()
        qtbot.keyClicks(dialog.initials_edit, "ab")
        click_button(qtbot, dialog, "Låna ut")

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.check()
    staff = ctx.call(contacts.list_people, staff_only=True)
    assert [p.name for p in staff] == ["Lena Persson"]
    loan = ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))[0]
    assert loan.unit_code == "LARM-01" and loan.borrower == "Lena Persson"
    assert "LARM-01 utlånat till Lena Persson" in page.notice.label.text()


def test_ctrl_n_in_the_borrower_field_opens_the_person_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_VISIT))
    area = alarms_area(qtbot, ctx)
    click_row(qtbot, area.units_page.table, "LARM-01")
    person_forms: list[QWidget] = []

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Ali")
        answer_inner(qtbot, PersonDialog, lambda form: form.discard(), person_forms)
        qtbot.keyClick(
            line_edit(dialog.borrower_combo), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
        assert len(person_forms) == 1
        # Cancelled: the typing is kept, nothing was picked.
        assert dialog.borrower_combo.currentText() == "Ali"
        dialog.discard()

    modals.answer(lend)
    click_button(qtbot, area.units_page.toolbar, "Låna ut…")
    modals.check()


def test_a_walk_is_planned_at_a_place_added_from_the_walk_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # Ctrl+N needs it
    place_forms: list[QWidget] = []

    def add_place(form: QWidget) -> None:
        assert isinstance(form, PlaceDialog)
        assert form.name.text() == "Tessinparken"  # as typed in the walk form
        type_text(qtbot, form.area, "Gärdet")
        click_button(qtbot, form, "Spara")

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, WalkDialog)
        hint = dialog.place_picker.hint
        assert hint.isVisible() and hint.text() == (
            "Inga platser i registret ännu: lägg till platsen med Ny\N{NO-BREAK SPACE}plats…"
        )
        type_text(qtbot, line_edit(dialog.place), "Tessinparken")
        type_date(qtbot, dialog.date, dt.date(2026, 12, 20))
        type_text(qtbot, dialog.purpose, "Belysningen längs gångvägen")
        answer_inner(qtbot, PlaceDialog, add_place, place_forms)
        click_button(qtbot, dialog, "Ny plats…")
        assert len(place_forms) == 1
        # The place is picked and nothing typed in the walk form is lost.
        assert dialog.place.currentText() == "Tessinparken"
        assert dialog.date.value() == dt.date(2026, 12, 20)
        assert dialog.purpose.toPlainText() == "Belysningen längs gångvägen"
        click_button(qtbot, dialog, "Spara")

    modals.answer(plan)
    qtbot.keyClick(area.walks_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    (place,) = ctx.call(places.list_places)
    assert (place.name, place.area) == ("Tessinparken", "Gärdet")
    (walk,) = ctx.call(walk_reading.list_walks)
    assert (walk.place, walk.date) == ("Tessinparken", dt.date(2026, 12, 20))


def test_a_persons_organisation_is_added_from_the_person_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, ctx, "contacts", ContactsArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # Ctrl+N needs it
    organisation_forms: list[QWidget] = []

    def add_organisation(form: QWidget) -> None:
        assert isinstance(form, OrganisationDialog)
        assert form.name_edit.text() == "Lokalpolisområde Norrmalm"  # as typed
        click_button(qtbot, form, "Lägg till organisation")

    def add_person(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        hint = dialog.organisation_picker.hint
        assert hint.isVisible() and hint.text() == (
            "Inga organisationer i registret ännu: lägg till en med Ny\N{NO-BREAK SPACE}organisation…"
        )
        type_text(qtbot, dialog.name_edit, "Anna Berglund")
        type_text(qtbot, line_edit(dialog.organisation_combo), "Lokalpolisområde Norrmalm")
        answer_inner(qtbot, OrganisationDialog, add_organisation, organisation_forms)
        click_button(qtbot, dialog, "Ny organisation…")
        assert len(organisation_forms) == 1
        assert dialog.organisation_combo.currentText() == "Lokalpolisområde Norrmalm"
        assert dialog.name_edit.text() == "Anna Berglund"
        click_button(qtbot, dialog, "Lägg till person")

    modals.answer(add_person)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    (person,) = ctx.call(contacts.list_people)
    assert (person.name, person.organisation) == ("Anna Berglund", "Lokalpolisområde Norrmalm")


def test_a_place_or_borrower_not_in_the_register_is_named_with_the_button_that_adds_it(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_VISIT))
    window, area = area_in_window(qtbot, ctx, "walks", WalksArea)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    seen: dict[str, str] = {}

    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, WalkDialog)
        type_text(qtbot, line_edit(dialog.place), "Tessinparken")
        type_date(qtbot, dialog.date, dt.date(2026, 12, 20))
        click_button(qtbot, dialog, "Spara")
        seen["walk"] = dialog.error_text("place_id")
        assert dialog.date.value() == dt.date(2026, 12, 20)  # still open, as typed
        cancel_typed(qtbot, dialog)

    modals.answer(plan)
    qtbot.keyClick(area.walks_page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()

    units = alarms_area(qtbot, ctx).units_page
    click_row(qtbot, units.table, "LARM-01")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        type_text(qtbot, line_edit(dialog.borrower_combo), "Lena")
        click_button(qtbot, dialog, "Låna ut")
        seen["lend"] = dialog.error_text("borrower_id")
        cancel_typed(qtbot, dialog)

    modals.answer(lend)
    click_button(qtbot, units.toolbar, "Låna ut…")
    modals.check()
    assert seen == {
        "walk": "”Tessinparken” finns inte i platsregistret. Välj en plats i listan eller lägg"
        " till den med Ny\N{NO-BREAK SPACE}plats…",
        "lend": "Ingen enskild medarbetare passar ”Lena”. Välj i listan eller lägg till"
        " låntagaren med Ny\N{NO-BREAK SPACE}person…",
    }


def test_a_new_meeting_without_any_group_makes_the_group_on_the_spot(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """Before, the form only said "skapa gruppen under Grupper och möten först": the meeting
    typed so far was lost to go and make the group elsewhere."""
    window, area = calendar_window(qtbot, ctx)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    no_groups = "Det finns inga grupper ännu: skapa gruppen med Ny\N{NO-BREAK SPACE}grupp…"
    seen: dict[str, object] = {}
    group_forms: list[QWidget] = []

    def create_group(form: QWidget) -> None:
        assert isinstance(form, GroupDialog)
        seen["name"] = form.name_edit.text()  # what was typed in the meeting's form
        click_button(qtbot, form, "Skapa grupp")

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        hint = dialog.group_picker.hint
        # Said at once, before any attempt to save ...
        seen["shown"] = hint.isVisible() and hint.text()
        click_button(qtbot, dialog, "Lägg till möte")
        # ... and again beside the field, rather than "Välj gruppen som ska mötas."
        seen["refused"] = dialog.error_text("group_id")
        type_text(qtbot, dialog.place_edit, "Karlavägen 104")
        type_text(qtbot, line_edit(dialog.group_combo), "Styrgrupp Östermalm")
        answer_inner(qtbot, GroupDialog, create_group, group_forms)
        click_button(qtbot, dialog, "Ny grupp…")
        seen["picked"] = dialog.group_combo.currentText()
        seen["place kept"] = dialog.place_edit.text()
        click_button(qtbot, dialog, "Lägg till möte")

    modals.answer(look)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert len(group_forms) == 1
    assert seen == {
        "shown": no_groups,
        "refused": no_groups,
        "name": "Styrgrupp Östermalm",
        "picked": "Styrgrupp Östermalm",
        "place kept": "Karlavägen 104",
    }
    today = clock.today()
    rows = ctx.call(calendar.list_calendar, today, today)
    assert [(row.label, row.place) for row in rows] == [("Styrgrupp Östermalm", "Karlavägen 104")]


def test_a_home_loans_approving_manager_is_added_from_the_lend_form(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    ctx.call(alarms.create_unit, alarms.UnitInput("LARM-01", UnitKind.HOME_LOAN))
    area = alarms_area(qtbot, ctx)
    area.resize(1280, 800)
    page = area.units_page
    click_row(qtbot, page.table, "LARM-01")
    person_forms: list[QWidget] = []

    def add_staff(form: QWidget) -> None:
        assert isinstance(form, PersonDialog)
        assert form.staff_check.isChecked()  # a manager at the administration
        click_button(qtbot, form, "Lägg till person")

    def lend(dialog: QWidget) -> None:
        assert isinstance(dialog, LendDialog)
        approver = dialog.home.approver_picker
        assert approver is not None
        assert approver.isVisible()  # a home loan: the approver is asked
        assert approver.hint.isVisible() and approver.hint.text() == (
            "Ingen personal i kontaktregistret ännu: lägg till chefen med Ny\N{NO-BREAK SPACE}person…"
        )
        type_text(qtbot, line_edit(dialog.borrower_combo), "Lena Persson")
        answer_inner(qtbot, PersonDialog, add_staff, person_forms)
        qtbot.mouseClick(dialog.borrower_picker.button, Qt.MouseButton.LeftButton)
        # Lena is staff now: the approver's list has her too, and its line is gone.
        assert approver.combo.count() == 1 and not approver.hint.isVisible()
        # A name not in the register is refused, naming the button that adds it ...
        type_text(qtbot, line_edit(dialog.home.approver_combo), "Karin Ek")
        qtbot.keyClicks(dialog.initials_edit, "ab")
        click_button(qtbot, dialog, "Låna ut")
        assert dialog.error_text("approved_by_id") == (
            "Ingen enskild medarbetare passar ”Karin Ek”. Välj i listan eller lägg till chefen"
            " med Ny\N{NO-BREAK SPACE}person…"
        )
        # ... which Ctrl+N in the field opens, with the name typed.
        dialog.activateWindow()  # back from the person form: shortcuts need the window active
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        answer_inner(qtbot, PersonDialog, add_staff, person_forms)
        qtbot.keyClick(
            line_edit(dialog.home.approver_combo), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
        )
        assert [form.name_edit.text() for form in person_forms] == ["Lena Persson", "Karin Ek"]  # type: ignore[attr-defined]
        assert dialog.home.approver_combo.currentText() == "Karin Ek"
        # Within the longest loan lent without a question (alarms.long_loan_days, 90).
        type_date(qtbot, dialog.home.end_edit, clock.today() + dt.timedelta(days=30))
        click_button(qtbot, dialog, "Låna ut")

    modals.answer(lend)
    click_button(qtbot, page.toolbar, "Låna ut…")
    modals.check()
    loan = ctx.call(alarm_history.list_loans, LoanFilter(open_only=True))[0]
    assert (loan.borrower, loan.approved_by) == ("Lena Persson", "Karin Ek")
