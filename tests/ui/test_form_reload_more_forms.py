"""Two desks edit the same record in the organisation, fire-safety inspection, crisis plan, group,
agreement and revision forms: desk B saves, desk A's save is refused naming what B changed, F5
loads B's change into the fields A left alone while what A typed stays, and A's save then
stores both (test_form_reload_two_desks.py: the unit, person and action forms). Forms that show
nothing of the record (a loan of a unit) say instead that the same save tries again."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.db import stale_record_error
from samverkan_desktop.models import UnitKind, UnitStatus
from samverkan_desktop.services import (
    agreements,
    alarm_history,
    alarm_loans,
    alarms,
    contacts,
    fire_inspections,
    group_editing,
    groups,
    plans,
)
from samverkan_desktop.services.agreements import AgreementDetail, AgreementInput
from samverkan_desktop.services.contacts import OrganisationInput
from samverkan_desktop.services.fire_inspections import InspectionInput
from samverkan_desktop.services.plans import PlanInput
from tests.ui.answers import another_desk, refused_then_reloaded
from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import open_reception
from ui.alarms.lend_dialog import HomeLoanDialog, LendDialog
from ui.alarms.return_dialog import ReturnDialog
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.context import AppContext
from ui.crisis.fire_dialog import InspectionDialog
from ui.crisis.plan_dialogs import PlanDialog
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.group_dialog import GroupDialog
from ui.groups.revision_dialog import RevisionDialog
from ui.widgets.check_list import CheckList
from ui.widgets.form_dialog import FormDialog

REFUSED = "Någon annan har ändrat {fields} sedan du öppnade formuläret, så inget sparades. "
LOAD = "Hämta ändringen så ser du den – det du har skrivit står kvar i fälten."
LOADED = (
    "Ändringen av {theirs} är hämtad. Det du skrev står kvar i {hers}. Kontrollera och spara igen."
)


def _two_desks(
    qtbot: QtBot,
    modals: ModalDriver,
    dialog: FormDialog,
    hers: Callable[[], None],
    theirs: Callable[[], None],
    fields: Callable[[], object],
    save: str = "Spara",
) -> dict[str, object]:
    """Desk A (``dialog``) types ``hers``; desk B saves ``theirs``; A saves, is refused, loads
    with F5 (``fields``: what the form shows, "kept" when refused) and saves again. What A saw,
    by step."""
    seen = refused_then_reloaded(qtbot, modals, dialog, hers, theirs, save, fields)
    assert seen["offered"] is True and seen["closed"] is True
    return seen


def _click_into(qtbot: QtBot, field: QWidget) -> None:
    """Click into ``field`` before typing, as a user does (a box of lines: into its page)."""
    window = field.window()
    window.activateWindow()  # as the window system does for the click
    qtbot.waitUntil(window.isActiveWindow)
    inside = field.viewport() if isinstance(field, QAbstractScrollArea) else field
    qtbot.mouseClick(inside, Qt.MouseButton.LeftButton)
    assert field.hasFocus()


def _type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    _click_into(qtbot, field)
    type_text(qtbot, field, text)


def _enter(qtbot: QtBot, dialog: QWidget) -> None:
    """Enter where the keys go: a list open under a field (its choices) or the field in focus."""
    qtbot.keyClick(
        QApplication.activePopupWidget() or dialog.focusWidget() or dialog, Qt.Key.Key_Return
    )


def _retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """What the field holds replaced by ``text``: clicked into, all selected, typed over."""
    _click_into(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, text)


def test_organisation_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    shown = demo_ctx.call(contacts.list_organisations)[0]
    dialog = OrganisationDialog(demo_ctx, shown)

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(contacts.get_organisation, shown.id)
            data = OrganisationInput(
                row.name, row.kind, row.org_number, "08-508 090 00", row.notes, row.version
            )
            desk.call(contacts.update_organisation, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.notes_edit, "Ny växel från januari"),
        theirs,
        lambda: (dialog.phone_edit.text(), dialog.notes_edit.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="telefon") + LOAD
    assert seen["fields"] == ("08-508 090 00", "Ny växel från januari")
    assert seen["loaded"] == LOADED.format(theirs="telefon", hers="anteckningar")
    stored = demo_ctx.call(contacts.get_organisation, shown.id)
    assert (stored.phone, stored.notes) == ("08-508 090 00", "Ny växel från januari")


def test_fire_safety_inspection_form(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    today = clock.today()
    shown = demo_ctx.call(fire_inspections.list_inspections, today)[0]
    dialog = InspectionDialog(demo_ctx, shown)

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(fire_inspections.get_inspection, shown.id, today)
            data = InspectionInput(
                row.premises,
                row.inspected_on,
                "Brandkonsult Norr AB",
                row.result,
                row.summary,
                row.next_due_on,
                row.version,
            )
            desk.call(fire_inspections.update_inspection, shown.id, data, [], today)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.summary, "Utrymningsvägen i källaren blockerad"),
        theirs,
        lambda: (dialog.performed_by.text(), dialog.summary.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="besiktigad av") + LOAD
    assert seen["fields"] == ("Brandkonsult Norr AB", "Utrymningsvägen i källaren blockerad")
    assert seen["loaded"] == LOADED.format(theirs="besiktigad av", hers="sammanfattning")
    stored = demo_ctx.call(fire_inspections.get_inspection, shown.id, today)
    assert (stored.performed_by, stored.summary) == (
        "Brandkonsult Norr AB",
        "Utrymningsvägen i källaren blockerad",
    )


def test_crisis_plan_form(qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver) -> None:
    shown = demo_ctx.call(plans.list_plans)[0]
    dialog = PlanDialog(demo_ctx, shown)
    interval = (shown.revision_interval_months or 12) + 12

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(plans.get_plan, shown.id).plan
            data = PlanInput(
                row.kind, row.name, row.owner_id, interval, row.notes, row.active, row.row_version
            )
            desk.call(plans.update_plan, shown.id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _retype(qtbot, dialog.notes, "Ses över efter övningen i maj"),
        theirs,
        lambda: (dialog.interval.value(), dialog.notes.toPlainText()),
    )
    assert seen["refusal"] == REFUSED.format(fields="revideras var") + LOAD
    assert seen["fields"] == (interval, "Ses över efter övningen i maj")
    stored = demo_ctx.call(plans.get_plan, shown.id).plan
    assert (stored.revision_interval_months, stored.notes) == (
        interval,
        "Ses över efter övningen i maj",
    )


def test_group_form_keeps_an_organisation_line_she_added(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    group_id = demo_ctx.call(groups.list_groups)[0].id
    shown = demo_ctx.call(groups.get_group, group_id)
    taking_part = {o.organisation_id for o in shown.organisations}
    named = {m.organisation for m in shown.members}
    added_id, added = next(
        (i, name)
        for i, name in demo_ctx.call(contacts.organisation_names)
        if i not in taking_part and name not in named
    )
    dialog = GroupDialog(demo_ctx, shown)

    def hers() -> None:
        click_button(qtbot, dialog, "Lägg till organisation")
        line = dialog.organisations.lines[-1]
        _type_into(qtbot, line_edit(line.organisation), added)
        _type_into(qtbot, line.note, "vid behov")

    def theirs() -> None:
        with another_desk(demo_ctx.db.url) as desk:
            row = desk.call(groups.get_group, group_id)
            data = dataclasses.replace(row.to_input(), purpose="Trygghet kring stationen")
            desk.call(group_editing.update_group, group_id, data)

    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        hers,
        theirs,
        lambda: (dialog.purpose_edit.toPlainText(), dialog.organisations.entries()[-1]),
    )
    assert seen["refusal"] == REFUSED.format(fields="syfte") + LOAD
    assert seen["fields"] == ("Trygghet kring stationen", (added, "vid behov"))
    assert seen["loaded"] == LOADED.format(theirs="syfte", hers="deltagande organisationer")
    stored = demo_ctx.call(groups.get_group, group_id)
    assert stored.purpose == "Trygghet kring stationen"
    assert (added_id, "vid behov") in [(o.organisation_id, o.note) for o in stored.organisations]


def _agreement_input(detail: AgreementDetail, **changes: Any) -> AgreementInput:
    data = AgreementInput(
        detail.title,
        detail.valid_from,
        detail.valid_until,
        detail.revision_interval_months,
        detail.signed_on,
        detail.signed_by,
        tuple((p.organisation_id, p.case_number) for p in detail.parties),
        detail.appendix_text,
        detail.priority_area_ids,
        detail.notes,
        detail.version,
    )
    return dataclasses.replace(data, **changes)


def _other_desk_saves_agreement(ctx: AppContext, agreement_id: int, **changes: Any) -> None:
    with another_desk(ctx.db.url) as desk:
        row = desk.call(agreements.get_agreement, agreement_id)
        desk.call(agreements.update_agreement, agreement_id, _agreement_input(row, **changes))


def _tick_first_unticked(qtbot: QtBot, areas: CheckList) -> int:
    item = next(
        areas.item(i)
        for i in range(areas.count())
        if areas.item(i).checkState() == Qt.CheckState.Unchecked
    )
    where = areas.visualItemRect(item).center()
    qtbot.mouseClick(areas.viewport(), Qt.MouseButton.LeftButton, pos=where)
    area_id: int = item.data(Qt.ItemDataRole.UserRole)
    return area_id


def test_agreement_form_keeps_a_priority_area_she_ticked(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    agreement_id = demo_ctx.call(groups.list_agreements)[0].id
    dialog = AgreementDialog(demo_ctx, demo_ctx.call(agreements.get_agreement, agreement_id))
    ticked: list[int] = []
    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: ticked.append(_tick_first_unticked(qtbot, dialog.areas_list)),
        lambda: _other_desk_saves_agreement(demo_ctx, agreement_id, signed_by="Ny direktör"),
        lambda: (dialog.signed_by_edit.text(), ticked[0] in dialog.areas_list.values()),
    )
    assert seen["refusal"] == REFUSED.format(fields="undertecknad av") + LOAD
    assert seen["fields"] == ("Ny direktör", True)
    assert seen["loaded"] == LOADED.format(theirs="undertecknad av", hers="prioriterade områden")
    stored = demo_ctx.call(agreements.get_agreement, agreement_id)
    assert stored.signed_by == "Ny direktör" and ticked[0] in stored.priority_area_ids


def test_revision_form_keeps_her_note(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    agreement_id = demo_ctx.call(groups.list_agreements)[0].id
    shown = demo_ctx.call(agreements.get_agreement, agreement_id)
    dialog = RevisionDialog(demo_ctx, shown)
    dialog.date_edit.set_value(max(shown.last_revised_on, clock.today()))  # after the latest
    seen = _two_desks(
        qtbot,
        modals,
        dialog,
        lambda: _type_into(qtbot, dialog.note_edit, "Lägesbilden uppdaterad"),
        lambda: _other_desk_saves_agreement(demo_ctx, agreement_id, notes="Bilaga 3 ny"),
        lambda: dialog.note_edit.toPlainText(),
        "Registrera revideringen",
    )
    assert seen["refusal"] == (
        "Någon annan har sparat posten sedan du öppnade den, så inget sparades. " + LOAD
    )
    assert seen["fields"] == "Lägesbilden uppdaterad"
    stored = demo_ctx.call(agreements.get_agreement, agreement_id)
    assert stored.notes == "Bilaga 3 ny"
    assert stored.revisions[-1].note == "Lägesbilden uppdaterad"


# --- at the reception: nothing of the unit to load, the same Enter tries again ----------------


def _refused_once(real: Callable[..., Any]) -> Callable[..., Any]:
    """``real``, but its first call meets another desk's save of the same instant."""
    calls: list[int] = []

    def call(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:  # the race SQLAlchemy reports as StaleDataError (db.Database)
            raise stale_record_error()
        return real(*args, **kwargs)

    return call


RETRY = (
    "{code} ändrades samtidigt i en annan disk – inget sparades. Tryck Enter för att försöka igen."
)


def test_reception_home_loan_refused_keeps_the_end_and_manager_and_enter_lends(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1500, 950)
    end = clock.today() + dt.timedelta(days=21)
    elsa = next(p.id for p in demo_ctx.call(contacts.list_people) if p.name == "Elsa Holmgren")
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, HomeLoanDialog)
        _click_into(qtbot, dialog.rows.end_edit)
        type_date(qtbot, dialog.rows.end_edit, end)
        _type_into(qtbot, line_edit(dialog.rows.approver_combo), "Elsa Holm")
        _enter(qtbot, dialog)  # picks "Elsa Holmgren" in the list shown under the field
        assert QApplication.activePopupWidget() is None
        monkeypatch.setattr(alarm_loans, "lend", _refused_once(alarm_loans.lend))
        _enter(qtbot, dialog)
        seen["refusal"] = dialog.general_error.text()
        seen["kept"] = (dialog.rows.end_edit.value(), dialog.rows.approver_combo.value())
        _enter(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    modals.answer(fill)
    _type_into(qtbot, window.input, "LARM-13")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.input.hasFocus()  # the desk keeps the field for the borrower's name
    type_text(qtbot, window.input, "lp")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    modals.check()
    assert seen["refusal"] == RETRY.format(code="LARM-13")
    assert seen["kept"] == (end, elsa) and seen["closed"] is True
    unit = demo_ctx.call(alarms.find_unit, "LARM-13")
    loan = demo_ctx.call(alarm_history.get_loan, unit.loan_id).loan
    assert loan.approved_by == "Elsa Holmgren" and loan.due_at == alarm_loans.due_on(end)
    window.close()


def test_reception_fault_report_refused_keeps_the_fault_and_enter_reports_it(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_reception(qtbot, demo_ctx, modals, 1500, 950)
    _type_into(qtbot, window.input, "LARM-07")
    qtbot.keyClick(window.input, Qt.Key.Key_Return)  # taken back
    seen: dict[str, object] = {}

    def report(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        _type_into(qtbot, dialog.fault_edit, "Knappen fastnar")
        monkeypatch.setattr(alarm_loans, "return_unit", _refused_once(alarm_loans.return_unit))
        _enter(qtbot, dialog)
        seen["refusal"] = dialog.general_error.text()
        seen["kept"] = dialog.fault_edit.toPlainText()
        _enter(qtbot, dialog)
        seen["closed"] = not dialog.isVisible()

    modals.answer(report)
    assert window.input.hasFocus()  # F8 reports a fault of the unit just taken back
    qtbot.keyClick(window.input, Qt.Key.Key_F8)
    modals.check()
    assert seen["refusal"] == RETRY.format(code="LARM-07")
    assert seen["kept"] == "Knappen fastnar" and seen["closed"] is True
    assert "ur drift" in window.notice.label.text()
    window.close()


def test_the_coordinators_lending_form_refused_the_same_way_tries_again_on_its_button(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = next(
        u
        for u in demo_ctx.call(alarms.list_units)
        if u.status is UnitStatus.AVAILABLE and u.kind is UnitKind.HOME_VISIT
    )
    dialog = LendDialog(demo_ctx, unit)
    seen: dict[str, object] = {}

    def lend(shown: QWidget) -> None:
        assert shown is dialog
        _type_into(qtbot, line_edit(dialog.borrower_combo), "Elsa Holm")
        monkeypatch.setattr(alarm_loans, "lend", _refused_once(alarm_loans.lend))
        click_button(qtbot, dialog, "Låna ut")
        seen["refusal"] = dialog.general_error.text()
        click_button(qtbot, dialog, "Låna ut")
        seen["closed"] = not dialog.isVisible()

    modals.answer(lend)
    dialog.exec()
    modals.check()
    assert seen["refusal"] == (
        f"{unit.code} ändrades vid en annan dator i samma ögonblick, så inget sparades; det du "
        "skrev finns kvar. Tryck på ”Låna ut” för att försöka igen."
    )
    assert seen["closed"] is True
    assert demo_ctx.call(alarms.find_unit, unit.code).borrower == "Elsa Holmgren"
