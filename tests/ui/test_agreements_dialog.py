"""Grupper och möten → Överenskommelse…: the coordinator registers the agreement with the police
(its parties, appendices and signing), corrects it, is told what is wrong beside the field, and
deletes an old one after a question."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import agreements
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.test_agreement_action_plan import _click_line
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.agreement_dialog import AgreementDialog
from ui.groups.agreements_dialog import AgreementsDialog
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog
from ui.groups.revision_dialog import RevisionDialog

NEW = "Lokal samverkansöverenskommelse Östermalm 2027"


def _entry(combo: QComboBox) -> QLineEdit:
    line = combo.lineEdit()
    assert line is not None  # an editable combo
    return line


def _type_lines(qtbot: QtBot, box: QWidget, *lines: str) -> None:
    for number, line in enumerate(lines):
        if number:
            qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter starts a new line in a text box
        type_text(qtbot, box, line)


def _list(qtbot: QtBot, ctx: AppContext) -> AgreementsDialog:
    return show_window(qtbot, AgreementsDialog(ctx), 900, 400)


def test_a_groups_agreement_opens_from_its_name(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    click_row(qtbot, area.page.table, "Lokal styrgrupp Östermalm")
    facts = area.detail.facts
    assert facts.fact("agreement") == "Lokal samverkansöverenskommelse Östermalm"
    seen: list[list[str]] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementsDialog)
        seen.append(column_texts(dialog.table, "Namn"))
        click_button(qtbot, dialog, "Stäng")

    modals.answer(look)
    link = next(
        label
        for label in facts.findChildren(QLabel)
        if label.text().startswith('<a href="agreement">')
    )
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton, pos=QPoint(4, link.height() // 2))
    modals.check()
    assert seen == [["Lokal samverkansöverenskommelse Östermalm"]]


def test_a_first_agreement_made_from_the_group_form_is_chosen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """On a new database the group's form is where the coordinator meets the agreement: made
    there, it is chosen for the group."""
    form = show_window(qtbot, GroupDialog(ctx), 1000, 500)
    assert form.agreement_combo.value() is None

    def fill(tries: int = 300) -> None:
        # The form opens inside the list's own answer: the modal driver, busy answering the
        # list, cannot answer it too (Qt does not fire a timer inside its own slot).
        new = QApplication.activeModalWidget()
        if not isinstance(new, AgreementDialog):
            if tries:
                QTimer.singleShot(10, lambda: fill(tries - 1))
            return
        type_text(qtbot, new.title_edit, NEW)
        type_date(qtbot, new.from_edit, dt.date(2027, 3, 1))
        click_button(qtbot, new, "Skapa överenskommelse")

    def list_opened(dialog: QWidget) -> None:
        assert isinstance(dialog, AgreementsDialog)
        assert column_texts(dialog.table, "Namn") == []
        QTimer.singleShot(0, fill)
        click_button(qtbot, dialog, "Ny överenskommelse…")
        assert column_texts(dialog.table, "Namn") == [NEW]
        click_button(qtbot, dialog, "Stäng")

    modals.answer(list_opened)
    click_button(qtbot, form, "Överenskommelser…")
    modals.check()
    assert form.agreement_combo.currentText() == NEW


def test_a_new_agreement_with_its_parties_and_appendices(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _list(qtbot, demo_ctx)
    errors: dict[str, str] = {}

    def fill(form: QWidget) -> None:
        assert isinstance(form, AgreementDialog)
        type_text(qtbot, form.title_edit, NEW)
        type_date(qtbot, form.from_edit, dt.date(2027, 3, 1))
        type_date(qtbot, form.signed_edit, dt.date(2027, 2, 20))
        line = form.parties.lines[0]  # a new agreement opens with one party line
        type_text(qtbot, _entry(line.organisation), "Östermalms stadsdelsförvaltning")
        type_text(qtbot, line.note, "ÖST 2027/12")
        click_button(qtbot, form, "Lägg till part")
        type_text(qtbot, _entry(form.parties.lines[1].organisation), "Lokalpolisområde Norrmalm")
        _type_lines(qtbot, form.appendices_edit, "1 Gemensam lokal lägesbild", "Samverkansstruktur")
        click_button(qtbot, form, "Skapa överenskommelse")
        errors["appendices"] = form.error_text("appendices")  # still open: the line is named
        form.appendices_edit.clear()
        _type_lines(
            qtbot, form.appendices_edit, "1 Gemensam lokal lägesbild", "2 Samverkansstruktur"
        )
        click_button(qtbot, form, "Skapa överenskommelse")

    modals.answer(fill)
    click_button(qtbot, dialog, "Ny överenskommelse…")
    modals.check()
    assert "”Samverkansstruktur”" in errors["appendices"]
    assert NEW in column_texts(dialog.table, "Namn")
    chosen = dialog.table.current_row()
    assert chosen is not None and chosen.title == NEW  # the new one is selected
    detail = next(a for a in demo_ctx.call(agreements.list_agreement_details) if a.title == NEW)
    assert [(p.organisation, p.case_number) for p in detail.parties] == [
        ("Östermalms stadsdelsförvaltning", "ÖST 2027/12"),
        ("Lokalpolisområde Norrmalm", None),
    ]
    assert detail.appendices == (("1", "Gemensam lokal lägesbild"), ("2", "Samverkansstruktur"))
    assert detail.signed_on == dt.date(2027, 2, 20) and detail.valid_until is None


def test_editing_removes_a_party_and_closing_after_a_removal_asks(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _list(qtbot, demo_ctx)
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    seen: dict[str, tuple[str, str]] = {}

    def remove_police(form: QWidget) -> None:
        assert isinstance(form, AgreementDialog)
        police = next(
            line for line in form.parties.lines if "polis" in line.organisation.currentText()
        )
        # The police area is the police party, not typed beside it: it goes with the party.
        police_area = form.police_label.text()
        qtbot.mouseClick(police.remove_button, Qt.MouseButton.LeftButton)
        seen["police area"] = (police_area, form.police_label.text())
        click_button(qtbot, form, "Spara")

    def change_and_cancel(form: QWidget) -> None:
        assert isinstance(form, AgreementDialog)
        # A party removed is a change, though no field was typed in: closing asks.
        qtbot.mouseClick(form.parties.lines[0].remove_button, Qt.MouseButton.LeftButton)
        cancel_typed(qtbot, form)

    modals.answer(remove_police)
    click_row(qtbot, dialog.table, before.title)
    click_button(qtbot, dialog, "Redigera…")
    modals.answer(change_and_cancel)
    click_button(qtbot, dialog, "Redigera…")
    modals.check()
    (after,) = demo_ctx.call(agreements.list_agreement_details)
    assert [p.organisation for p in after.parties] == ["Östermalms stadsdelsförvaltning"]
    assert after.version == before.version + 1
    assert seen["police area"] == (
        "Lokalpolisområde Norrmalm",
        "Lägg till lokalpolisområdet som part (en organisation av typen Polis).",
    )
    assert before.police_area == "Lokalpolisområde Norrmalm" and after.police_area is None


def test_deleting_asks_and_names_the_groups_that_stay(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _list(qtbot, demo_ctx)
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    asked: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(f"{box.text()} {box.informativeText()}")
        click_button(qtbot, box, "Ta bort")

    modals.answer(answer)
    click_button(qtbot, dialog, "Ta bort…")
    modals.check()
    assert before.title in asked[0]
    assert f"{before.group_count} grupper är knutna till den" in asked[0]
    assert demo_ctx.call(agreements.list_agreement_details) == []
    assert column_texts(dialog.table, "Namn") == []


def test_revising_records_a_new_revision_and_keeps_the_earlier(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    dialog = _list(qtbot, demo_ctx)
    (before,) = demo_ctx.call(agreements.list_agreement_details)
    today = clock.today()
    errors: list[str] = []

    def revise(form: QWidget) -> None:
        assert isinstance(form, RevisionDialog)
        assert form.date_edit.value() == today  # recorded the day it is decided
        type_date(qtbot, form.date_edit, before.last_revised_on)
        click_button(qtbot, form, "Registrera revideringen")
        errors.append(form.error_text("revised_on"))  # still open, the date named
        type_date(qtbot, form.date_edit, today)
        _click_line(qtbot, form.areas_list, "Våldsbejakande extremism")
        type_text(qtbot, form.decided_edit, " (styrgruppen)")
        click_button(qtbot, form, "Registrera revideringen")

    modals.answer(revise)
    click_row(qtbot, dialog.table, before.title)
    click_button(qtbot, dialog, "Revidera överenskommelsen…")
    modals.check()
    assert errors == [
        f"Revideringen måste komma efter den senaste, {before.last_revised_on.isoformat()}."
    ]
    (after,) = demo_ctx.call(agreements.list_agreement_details)
    assert after.revisions[:-1] == before.revisions  # the history stays
    assert after.revisions[-1].added == ("Våldsbejakande extremism",)
    assert after.revisions[-1].decided_by == f"{before.revisions[-1].decided_by} (styrgruppen)"
    assert "Våldsbejakande extremism" in after.priority_areas
    assert column_texts(dialog.table, "Senast reviderad") == [today.isoformat()]
