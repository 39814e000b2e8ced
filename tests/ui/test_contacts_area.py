"""The Contacts area as a coordinator uses it: people, organisations, verification."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import contacts, person_groups
from tests.ui.answers import acknowledge, another_desk, cancel_typed, refusal_on_click
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import settle, show_window
from ui.contacts.area import ContactsArea
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR

POLICE = "Lokalpolisområde Norrmalm"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> ContactsArea:
    view = ContactsArea(demo_ctx)
    show_window(qtbot, view)
    return view


def people(area: ContactsArea) -> list[str]:
    return column_texts(area.people.table, "Namn")


def show_organisations(qtbot: QtBot, area: ContactsArea) -> None:
    bar = area.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert area.tabs.currentWidget() is area.organisations


def test_search_narrows_the_people_list(qtbot: QtBot, area: ContactsArea) -> None:
    everyone = people(area)
    type_text(qtbot, area.people.search, "kommunpolis")
    qtbot.keyClick(area.people.search, Qt.Key.Key_Return)
    found = people(area)
    assert "Sara Holm" in found and len(found) < len(everyone)
    assert {title.lower() for title in column_texts(area.people.table, "Befattning")} == {
        "kommunpolis"
    }
    # Narrowed, the count says of how many ("11 personer" read as the whole register).
    assert area.people.count_label.text() == f"{len(found)} av {len(everyone)} personer"
    area.people.search.clear()
    qtbot.keyClick(area.people.search, Qt.Key.Key_Return)
    assert people(area) == everyone
    assert area.people.count_label.text() == f"{len(everyone)} personer"


def test_search_narrows_the_organisations_and_counts_them_against_all(
    qtbot: QtBot, area: ContactsArea
) -> None:
    show_organisations(qtbot, area)
    page = area.organisations
    everything = column_texts(page.table, "Namn")
    assert page.count_label.text() == f"{len(everything)} organisationer"
    type_text(qtbot, page.search, "Norrmalm")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    found = column_texts(page.table, "Namn")
    assert POLICE in found and len(found) < len(everything)
    # "2 organisationer" read as if the register held no more.
    assert page.count_label.text() == f"{len(found)} av {len(everything)} organisationer"
    page.search.clear()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.count_label.text() == f"{len(everything)} organisationer"


def test_search_also_finds_people_by_their_organisation(qtbot: QtBot, area: ContactsArea) -> None:
    type_text(qtbot, area.people.search, "Norrmalm")
    qtbot.keyClick(area.people.search, Qt.Key.Key_Return)
    assert set(column_texts(area.people.table, "Organisation")) == {
        POLICE,
        "Norrmalms stadsdelsförvaltning",
    }


def test_not_verified_filter_shows_only_overdue_contacts_in_the_warning_colour(
    qtbot: QtBot, area: ContactsArea
) -> None:
    everyone = people(area)
    qtbot.mouseClick(area.people.unverified_check, Qt.MouseButton.LeftButton)
    overdue = people(area)
    assert 0 < len(overdue) < len(everyone)
    assert "Johan Ek" in overdue  # verified nine months ago in the demo
    assert "Sara Holm" not in overdue  # verified last month
    table = area.people.table
    column = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)].index(
        "Kontrollerad"
    )
    cutoff = contacts.verification_cutoff(clock.today()).isoformat()
    for row in range(table.model().rowCount()):
        index = table.model().index(row, column)
        assert index.data() == "aldrig" or index.data() < cutoff
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR
    assert area.people.unverified_check.text() == "Inte kontrollerad på 6 månader"


def test_working_through_the_overdue_list_with_ctrl_k(qtbot: QtBot, area: ContactsArea) -> None:
    qtbot.mouseClick(area.people.unverified_check, Qt.MouseButton.LeftButton)
    overdue = people(area)
    click_row(qtbot, area.people.table, overdue[0])
    qtbot.keyClick(area, Qt.Key.Key_K, CTRL)
    assert people(area) == overdue[1:]  # verified today: no longer overdue
    assert area.people.current_row().name == overdue[1]  # type: ignore[union-attr]
    qtbot.keyClick(area, Qt.Key.Key_K, CTRL)
    assert people(area) == overdue[2:]


def test_organisation_filter_and_staff_only(qtbot: QtBot, area: ContactsArea) -> None:
    qtbot.keyClicks(area.people.organisation_filter, "Lokalpolis")
    assert set(column_texts(area.people.table, "Organisation")) == {POLICE}
    qtbot.keyClick(area.people.organisation_filter, Qt.Key.Key_Home)
    qtbot.mouseClick(area.people.staff_check, Qt.MouseButton.LeftButton)
    staff = people(area)
    assert "Anna Berglund" in staff and "Sara Holm" not in staff


def test_mark_verified_today_with_ctrl_k_and_undo(qtbot: QtBot, area: ContactsArea) -> None:
    before = row_texts(area.people.table, "Johan Ek")["Kontrollerad"]
    click_row(qtbot, area.people.table, "Johan Ek")
    qtbot.keyClick(area, Qt.Key.Key_K, CTRL)
    assert row_texts(area.people.table, "Johan Ek")["Kontrollerad"] == (clock.today().isoformat())
    assert "Johan Ek" in area.people.notice.label.text()
    click_button(qtbot, area.people.notice, "Ångra")
    assert row_texts(area.people.table, "Johan Ek")["Kontrollerad"] == before


def test_new_person_with_a_bad_e_mail_keeps_what_was_typed(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, PersonDialog)
        type_text(qtbot, dialog.name_edit, "Greta Åberg")
        type_text(qtbot, dialog.title_edit, "Fastighetsförvaltare")
        type_text(qtbot, dialog.organisation_combo, "Stockholmshem")
        type_text(qtbot, dialog.email_edit, "greta.aberg")
        click_button(qtbot, dialog, "Lägg till person")
        seen["error"] = dialog.error_text("email")
        seen["name"] = dialog.name_edit.text()
        dialog.email_edit.selectAll()
        type_text(qtbot, dialog.email_edit, "greta.aberg@example.se")
        click_button(qtbot, dialog, "Lägg till person")
        seen["open"] = dialog.isVisible()

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert seen == {
        "error": "”greta.aberg” är inte en e-postadress.",
        "name": "Greta Åberg",
        "open": False,
    }
    row = row_texts(area.people.table, "Greta Åberg")
    assert row["Organisation"] == "Stockholmshem"
    assert row["E-post"] == "greta.aberg@example.se"
    assert area.people.current_row().name == "Greta Åberg"  # type: ignore[union-attr]


def test_deleting_a_person_in_a_group_names_the_groups_and_cancel_keeps_everything(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.people.table, "Sara Holm")
    shown: list[str] = []

    def read_and_cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        click_button(qtbot, box, "Avbryt")

    modals.answer(read_and_cancel)
    click_button(qtbot, area.people.toolbar, "Ta bort…")
    modals.check()
    assert shown and shown[0].startswith("Sara Holm är med i de här grupperna:")
    assert "• Lokal beredningsgrupp Östermalm (" in shown[0]
    assert "Sara Holm" in people(area)
    sara = next(p.id for p in area.ctx.call(contacts.list_people, "Sara Holm"))
    assert area.ctx.call(person_groups.group_ties, sara)


def test_deleting_an_organisation_still_in_use_shows_why_and_keeps_it(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    show_organisations(qtbot, area)
    table = area.organisations.table
    click_row(qtbot, table, POLICE)
    assert area.organisations.detail.title.text() == POLICE
    members = column_texts(area.organisations.detail.people, "Namn")
    assert {"Mikael Ström", "Sara Holm"} <= set(members)
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        click_button(qtbot, box, "OK")

    # Why it stays, at once: no "Delete …?" only to be refused after the answer.
    modals.answer(read_and_close)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    modals.check()
    assert shown == [
        f"”{POLICE}” kan inte tas bort: {len(members)} personer i kontaktregistret hör till den."
    ]
    assert POLICE in column_texts(table, "Namn")


def test_deleting_an_organisation_taking_part_in_a_group_names_the_group(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    """MTR takes part in the demo's Stureplan collaboration with no person: the refusal says
    where, at once."""
    show_organisations(qtbot, area)
    table = area.organisations.table
    click_row(qtbot, table, "MTR Tunnelbanan")
    shown: list[str] = []
    modals.answer(acknowledge(qtbot, shown))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    modals.check()
    assert shown == [
        "”MTR Tunnelbanan” kan inte tas bort: den deltar i gruppen Platssamverkan "
        "Stureplan/Östermalmstorg. Ta först bort den ur gruppen."
    ]
    assert "MTR Tunnelbanan" in column_texts(table, "Namn")


def test_an_unused_organisation_is_deleted_after_confirmation(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    show_organisations(qtbot, area)
    table = area.organisations.table
    click_row(qtbot, table, "Funktionshinderrådet Östermalm")
    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, area.organisations.toolbar, "Ta bort…")
    modals.check()
    assert "Funktionshinderrådet Östermalm" not in column_texts(table, "Namn")


def test_a_duplicate_organisation_name_is_explained_beside_the_field(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    show_organisations(qtbot, area)
    seen: dict[str, str] = {}

    def fill(dialog: QWidget) -> None:
        type_text(qtbot, dialog.name_edit, "trafikkontoret")  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Lägg till organisation")
        seen["error"] = dialog.error_text("name")  # type: ignore[attr-defined]
        cancel_typed(qtbot, dialog)

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    # The existing one named as it is written, not as typed.
    assert seen["error"] == "Det finns redan en organisation som heter ”Trafikkontoret”."


def test_a_person_in_an_organisation_opens_among_the_people(
    qtbot: QtBot, area: ContactsArea
) -> None:
    show_organisations(qtbot, area)
    click_row(qtbot, area.organisations.table, POLICE)
    click_row(qtbot, area.organisations.detail.people, "Sara Holm")
    qtbot.keyClick(area.organisations.detail.people, Qt.Key.Key_Return)
    assert area.tabs.currentWidget() is area.people
    assert area.people.current_row().name == "Sara Holm"  # type: ignore[union-attr]


def test_show_record_clears_a_search_that_hides_the_person(
    qtbot: QtBot, area: ContactsArea, demo_ctx: AppContext
) -> None:
    type_text(qtbot, area.people.search, "kommunpolis")
    qtbot.keyClick(area.people.search, Qt.Key.Key_Return)
    johan = next(p.id for p in demo_ctx.call(contacts.list_people) if p.name == "Johan Ek")
    area.show_record(johan)
    assert area.people.current_row().name == "Johan Ek"  # type: ignore[union-attr]
    assert area.people.search.text() == ""


def test_undo_of_mark_verified_after_another_desks_save_is_refused(
    qtbot: QtBot, area: ContactsArea, modals: ModalDriver
) -> None:
    from samverkan_desktop.services import contacts
    from ui.contacts.person_dialog import input_from_row

    click_row(qtbot, area.people.table, "Johan Ek")
    person = area.people.current_row()
    assert person is not None
    qtbot.keyClick(area, Qt.Key.Key_K, CTRL)
    with another_desk(area.ctx.db.url) as desk:  # another desk corrects the phone number
        theirs = desk.call(contacts.get_person, person.id)
        desk.call(
            contacts.update_person,
            person.id,
            input_from_row(theirs, phone="08-508 000 99", expected_version=theirs.version),
        )
    message = refusal_on_click(qtbot, modals, area.people.notice, "Ångra")
    assert message.startswith("Kunde inte ångra: någon annan har ändrat det sedan dess.")
    stored = area.ctx.call(contacts.get_person, person.id)
    assert stored.phone == "08-508 000 99" and stored.last_verified == clock.today()


# A laptop's 1100 x 700 window less the sidebar (210 px) and the window's frame.
LAPTOP_AREA = (890, 660)


def test_at_a_laptops_width_the_people_list_titles_show_whole(
    qtbot: QtBot, area: ContactsArea
) -> None:
    area.resize(*LAPTOP_AREA)
    settle(qtbot)
    assert area.minimumSizeHint().width() <= LAPTOP_AREA[0]
    table = area.people.table
    header = table.horizontalHeader()
    last = header.count() - 1
    # The last column gets what is left: its title fits ("Kontrollerad" was cut).
    title = table.model().headerData(last, Qt.Orientation.Horizontal)
    assert header.fontMetrics().horizontalAdvance(title) + 8 <= table.columnWidth(last)


def test_at_a_laptops_width_the_organisations_show_whole_names_and_counts(
    qtbot: QtBot, area: ContactsArea
) -> None:
    show_organisations(qtbot, area)
    area.resize(*LAPTOP_AREA)
    click_row(qtbot, area.organisations.table, POLICE)
    settle(qtbot)
    assert area.minimumSizeHint().width() <= LAPTOP_AREA[0]
    table = area.organisations.table
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    people = titles.index("Personer")
    # The count of people is in sight without scrolling sideways.
    right = table.columnViewportPosition(people) + table.columnWidth(people)
    assert right <= table.viewport().width()
    # Each name whole, on more lines when it needs them.
    metrics = table.fontMetrics()
    width = table.columnWidth(0) - 6  # the cell's margins and grid line
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for row in range(model.rowCount()):
        name = model.index(row, 0).data()
        assert metrics.horizontalAdvance(max(name.split(), key=metrics.horizontalAdvance)) <= width
        needed = metrics.boundingRect(0, 0, width, 10_000, flags, name).height()
        assert table.rowHeight(row) >= needed, name
