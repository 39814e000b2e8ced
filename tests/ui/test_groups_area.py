"""The Groups area as a coordinator uses it: list, filters, the group form, members."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import contacts as contact_service
from samverkan_desktop.services import group_editing, group_rows
from samverkan_desktop.services import groups as group_service
from samverkan_desktop.services import meetings as meeting_service
from samverkan_desktop.services.follow_up_texts import save_texts
from tests.core.meeting_data import at
from tests.ui.answers import another_desk, cancel_typed, refusal_on_click
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import group_members
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import settle, show_window
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.end_dialog import EndGroupDialog
from ui.groups.group_dialog import GroupDialog
from ui.groups.member_dialog import MemberDialog

STEERING = "Lokal styrgrupp Östermalm"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> GroupsArea:
    view = GroupsArea(demo_ctx)
    show_window(qtbot, view)
    return view


def names(area: GroupsArea) -> list[str]:
    return column_texts(area.page.table, "Namn")


def test_list_shows_the_demo_groups_with_their_facts(area: GroupsArea) -> None:
    assert STEERING in names(area)
    row = row_texts(area.page.table, STEERING)
    assert row["Typ"] == "Styrgrupp"
    assert row["Status"] == "Aktiv"
    assert row["Löptid"] == "Tills vidare"
    assert row["Möts"] == "2 gånger/år juni och dec"
    assert area.page.count_label.text() == f"{len(names(area))} grupper"


def test_a_new_group_made_in_the_dialog_appears_in_the_list(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, "Arbetsgrupp Tessinparken")
        type_text(qtbot, dialog.type_combo, "Arbetsgrupp")
        type_text(qtbot, dialog.frequency_edit, "1 gång/månad (ej juli)")
        click_button(qtbot, dialog, "Skapa grupp")

    # "Möts" reads as a rule: its dialog follows (planning later: Cancel).
    modals.answer(fill, lambda dialog: click_button(qtbot, dialog, "Avbryt"))
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    row = row_texts(area.page.table, "Arbetsgrupp Tessinparken")
    assert row["Typ"] == "Arbetsgrupp"
    assert row["Möts"] == "1 gång/månad (ej juli)"
    # The new group is selected and shown beside the list.
    assert area.detail.title.text() == "Arbetsgrupp Tessinparken"


def test_an_empty_name_is_explained_beside_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def submit_without_name(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.purpose_edit, "Trygghet i parken")
        type_text(qtbot, dialog.frequency_edit, "4 gånger/år")
        click_button(qtbot, dialog, "Skapa grupp")
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error_text("name")
        seen["purpose"] = dialog.purpose_edit.toPlainText()
        seen["frequency"] = dialog.frequency_edit.text()
        cancel_typed(qtbot, dialog)

    before = names(area)
    modals.answer(submit_without_name)
    click_button(qtbot, area.page.toolbar, "Ny grupp…")
    modals.check()
    assert seen == {
        "open": True,
        "error": "Namn måste fyllas i.",
        "purpose": "Trygghet i parken",
        "frequency": "4 gånger/år",
    }
    assert names(area) == before


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        # The existing group as it is written, not as typed.
        ("chefsamråd trygghet", "Det finns redan en grupp som heter ”Chefsamråd trygghet”."),
        (STEERING, "Det finns redan en grupp"),
    ],
)
def test_a_duplicate_name_is_explained_beside_the_name(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver, typed: str, message: str
) -> None:
    seen: dict[str, str] = {}

    def submit_duplicate(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, typed)
        click_button(qtbot, dialog, "Skapa grupp")
        seen["error"] = dialog.error_text("name")
        seen["name"] = dialog.name_edit.text()
        cancel_typed(qtbot, dialog)

    before = names(area)
    modals.answer(submit_duplicate)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert seen["error"].startswith(message)
    assert seen["name"] == typed
    assert names(area) == before


def test_a_term_ending_before_the_start_is_refused_beside_the_term(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    seen: dict[str, object] = {}

    def submit_backwards_term(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, "Arbetsgrupp Gyllenstiernsgatan")
        type_date(qtbot, dialog.starts_edit, dt.date(2026, 5, 1))
        qtbot.mouseClick(dialog.until_radio, Qt.MouseButton.LeftButton)
        type_date(qtbot, dialog.until_edit, dt.date(2026, 4, 1))
        click_button(qtbot, dialog, "Skapa grupp")
        seen["error"] = dialog.error_text("term_until")
        seen["name_error"] = dialog.error_text("name")
        seen["until"] = dialog.until_edit.value()
        cancel_typed(qtbot, dialog)

    modals.answer(submit_backwards_term)
    qtbot.keyClick(area, Qt.Key.Key_N, CTRL)
    modals.check()
    assert seen == {
        "error": "Löptiden kan inte sluta innan gruppen startar.",
        "name_error": "",
        "until": dt.date(2026, 4, 1),
    }
    assert "Arbetsgrupp Gyllenstiernsgatan" not in names(area)


def test_filtering_by_type_narrows_the_list(qtbot: QtBot, area: GroupsArea) -> None:
    everything = names(area)
    type_text(qtbot, area.page.type_filter, "Nätverk")
    networks = column_texts(area.page.table, "Typ")
    assert 0 < len(networks) < len(everything)
    assert set(networks) == {"Nätverk"}
    assert area.page.count_label.text() == f"{len(networks)} av {len(everything)} grupper"
    qtbot.keyClick(area.page.type_filter, Qt.Key.Key_Home)  # back to "all types"
    assert area.page.type_filter.currentText() == "Alla typer"
    assert names(area) == everything
    assert area.page.count_label.text() == f"{len(everything)} grupper"


def test_search_finds_groups_by_meeting_frequency(qtbot: QtBot, area: GroupsArea) -> None:
    everything = names(area)
    type_text(qtbot, area.page.search, "torsdag")
    qtbot.keyClick(area.page.search, Qt.Key.Key_Return)
    assert names(area) == ["Säkerhetssamordnarnätverket (SLK)"]
    # Narrowed, the count says of how many ("1 grupp" read as if there were no more).
    assert area.page.count_label.text() == f"1 av {len(everything)} grupper"


def test_selecting_a_group_shows_its_details_and_members(qtbot: QtBot, area: GroupsArea) -> None:
    click_row(qtbot, area.page.table, STEERING)
    detail = area.detail
    assert detail.title.text() == STEERING
    assert detail.subtitle.text() == "Styrgrupp · Aktiv"
    assert detail.facts.fact("convener") == "Karin Lindqvist"
    assert detail.facts.fact("term") == "Tills vidare"
    assert detail.facts.fact("starts_on") == "2020-02-29 (v. 9)"
    members = column_texts(detail.members, "Namn")
    assert members[0] == "Karin Lindqvist"  # the convener first
    assert column_texts(detail.members, "Roll")[0] == "Sammankallande"
    tabs = area.tabs
    assert tabs.tabText(tabs.indexOf(detail.members_page)) == f"Medlemmar ({len(members)})"


def test_adding_a_member_picked_by_typing_part_of_the_name(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    assert "Sara Holm" not in column_texts(area.detail.members, "Namn")

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.person_combo, "sara hol")
        type_text(qtbot, dialog.role_combo, "Sekreterare")
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(pick)
    click_button(qtbot, group_members(qtbot, area), "Lägg till medlem…")
    modals.check()
    assert row_texts(area.detail.members, "Sara Holm")["Roll"] == "Sekreterare"
    assert row_texts(area.page.table, STEERING)["Medlemmar"] == str(
        len(column_texts(area.detail.members, "Namn"))
    )


def test_a_name_matching_nobody_is_explained_in_the_member_dialog(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    seen: dict[str, str] = {}

    def pick_unknown(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.person_combo, "Zlatan")
        click_button(qtbot, dialog, "Lägg till medlem")
        seen["error"] = dialog.error_text("person_id")
        cancel_typed(qtbot, dialog)

    modals.answer(pick_unknown)
    qtbot.keyClick(area, Qt.Key.Key_M, CTRL)
    modals.check()
    assert seen["error"] == (
        "Ingen enskild person i kontaktregistret matchar ”Zlatan”. Välj en i listan eller lägg"
        " till personen med Ny\N{NO-BREAK SPACE}person…"
    )


def test_someone_not_in_the_contacts_is_added_to_them_from_the_member_dialog(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)

    typed_name: list[str] = []

    def add_person() -> None:
        # Opened from within the member dialog's answer: answered here, not by ``modals``.
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PersonDialog)
        try:
            typed_name.append(dialog.name_edit.text())
            type_text(qtbot, dialog.title_edit, "Rektor")
            click_button(qtbot, dialog, "Lägg till person")
        finally:
            if dialog.isVisible():  # refused: never leave the test hanging
                dialog.reject()

    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, MemberDialog)
        type_text(qtbot, dialog.person_combo, "Lena Ek")
        QTimer.singleShot(50, add_person)
        click_button(qtbot, dialog, "Ny person…")
        # What was typed in the member dialog was the name; the new person is picked.
        assert typed_name == ["Lena Ek"]
        assert dialog.person_combo.currentText() == "Lena Ek — Rektor"
        click_button(qtbot, dialog, "Lägg till medlem")

    modals.answer(pick)
    qtbot.keyClick(area, Qt.Key.Key_M, CTRL)
    modals.check()
    assert row_texts(area.detail.members, "Lena Ek")["Roll"] == "Ledamot"
    assert "Lena Ek" in [p.name for p in demo_ctx.call(contact_service.list_people)]


def test_removing_a_member_asks_first_and_can_be_undone(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    before = column_texts(area.detail.members, "Namn")
    click_row(qtbot, area.detail.members, "Johan Ek")

    modals.answer(lambda box: click_button(qtbot, box, "Avbryt"))
    click_button(qtbot, group_members(qtbot, area), "Ta bort…")
    modals.check()
    assert column_texts(area.detail.members, "Namn") == before

    modals.answer(lambda box: click_button(qtbot, box, "Ta bort"))
    click_button(qtbot, group_members(qtbot, area), "Ta bort…")
    modals.check()
    assert "Johan Ek" not in column_texts(area.detail.members, "Namn")
    assert "Johan Ek togs bort" in area.page.notice.label.text()

    click_button(qtbot, area.page.notice, "Ångra")
    assert sorted(column_texts(area.detail.members, "Namn")) == sorted(before)
    assert row_texts(area.detail.members, "Johan Ek")["Roll"] == "Ledamot"


def test_ending_a_group_asks_for_the_date_and_marks_it_ended(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    ended = clock.today()  # not before: the demo's meetings were held until yesterday

    def end_on(dialog: QWidget) -> None:
        type_date(qtbot, dialog.date_edit, ended)  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Avsluta grupp")

    modals.answer(end_on)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert row_texts(area.page.table, STEERING)["Status"] == "Avslutad"
    assert area.detail.facts.fact("ended_on") == f"{ended} (v. {ended.isocalendar()[1]})"
    type_text(qtbot, area.page.status_filter, "Aktiv")
    assert STEERING not in names(area)


def test_ending_before_the_start_is_explained_in_the_end_dialog(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    seen: dict[str, str] = {}

    def end_too_early(dialog: QWidget) -> None:
        type_date(qtbot, dialog.date_edit, dt.date(2019, 1, 1))  # type: ignore[attr-defined]
        click_button(qtbot, dialog, "Avsluta grupp")
        seen["error"] = dialog.error_text("ended_on")  # type: ignore[attr-defined]
        cancel_typed(qtbot, dialog)

    modals.answer(end_too_early)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    assert seen["error"] == "En grupp kan inte avslutas innan den startar (2020-02-29)."
    assert row_texts(area.page.table, STEERING)["Status"] == "Aktiv"


def test_deleting_a_group_needs_confirmation(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    name = "Arbetsgrupp Tessinparken"
    group_id = demo_ctx.call(
        group_editing.create_group, group_rows.GroupInput(name, GroupType.ARBETSGRUPP)
    )
    for day in (dt.date(2027, 3, 4), dt.date(2027, 4, 1)):
        demo_ctx.call(
            meeting_service.add_meeting,
            group_id,
            meeting_service.MeetingInput(
                dt.datetime.combine(day, dt.time(9)), dt.datetime.combine(day, dt.time(10))
            ),
        )
    # and a follow-up written for the year (VB): deleted with the group, so the question says it
    demo_ctx.call(
        save_texts, group_id, FollowUpPeriod.VB, 2026, "Startat gruppen.", "Vandring i maj."
    )
    demo_ctx.bus.announce("groups")
    click_row(qtbot, area.page.table, name)
    modals.answer(lambda box: click_button(qtbot, box, "Avbryt"))
    qtbot.keyClick(area.page.table, Qt.Key.Key_Delete)
    modals.check()
    assert name in names(area)

    def confirm(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert name in box.text()
        # The question says what else goes with the group: its meetings in the calendar.
        assert "Dess 2 möten i kalendern tas också bort." in box.text()
        assert "Dess skrivna uppföljning för 1 period tas också bort." in box.text()
        click_button(qtbot, box, "Ta bort grupp")

    shown = names(area)
    following = shown[shown.index(name) + 1]
    modals.answer(confirm)
    click_button(qtbot, area.page.toolbar, "Ta bort…")
    modals.check()
    assert name not in names(area)
    # The group in its place is chosen, its details beside the list.
    chosen = area.page.current_row()
    assert chosen is not None and chosen.name == following
    assert area.detail.showing_record() and area.detail.title.text() == following


def test_a_group_with_history_is_not_deleted_and_ending_it_is_offered(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    shown: list[str] = []

    def read_and_decline(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        click_button(qtbot, box, "Avbryt")

    modals.answer(read_and_decline)
    click_button(qtbot, area.page.toolbar, "Ta bort…")
    modals.check()
    assert shown and STEERING in shown[0] and "Avsluta gruppen" in shown[0]
    assert STEERING in names(area)


def test_ending_is_offered_in_place_of_deleting_a_group_with_minutes(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)
    opened: list[QWidget] = []

    def cancel_end_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, EndGroupDialog)
        opened.append(dialog)
        dialog.reject()

    modals.answer(lambda box: click_button(qtbot, box, "Avsluta grupp…"), cancel_end_dialog)
    click_button(qtbot, area.page.toolbar, "Ta bort…")
    modals.check()
    assert opened  # the end dialog came up instead of a deletion
    assert STEERING in names(area)


def test_editing_keeps_the_group_selected_and_announces_the_change(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    click_row(qtbot, area.page.table, STEERING)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        assert dialog.name_edit.text() == STEERING
        dialog.name_edit.selectAll()
        type_text(qtbot, dialog.name_edit, "Styrgruppen Östermalm")
        click_button(qtbot, dialog, "Spara")

    modals.answer(rename)
    with qtbot.waitSignal(demo_ctx.bus.changed) as announced:
        qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert "groups" in announced.args[0]
    assert area.page.current_row().name == "Styrgruppen Östermalm"  # type: ignore[union-attr]
    assert area.detail.title.text() == "Styrgruppen Östermalm"


def test_show_record_selects_the_group_even_when_a_filter_hides_it(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext
) -> None:
    type_text(qtbot, area.page.type_filter, "Nätverk")
    steering_id = next(g.id for g in demo_ctx.call(group_service.list_groups) if g.name == STEERING)
    area.show_record(steering_id)
    assert area.detail.title.text() == STEERING
    assert area.page.type_filter.currentText() == "Alla typer"


def test_undo_of_ending_a_group_puts_it_back_unless_another_desk_changed_it(
    qtbot: QtBot, area: GroupsArea, modals: ModalDriver
) -> None:
    from samverkan_desktop.services import group_editing, groups

    def end_today(dialog: QWidget) -> None:
        click_button(qtbot, dialog, "Avsluta grupp")

    click_row(qtbot, area.page.table, STEERING)
    modals.answer(end_today)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    click_button(qtbot, area.page.notice, "Ångra")  # this desk's own undo
    assert row_texts(area.page.table, STEERING)["Status"] == "Aktiv"

    click_row(qtbot, area.page.table, STEERING)
    modals.answer(end_today)
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    group = area.current_group()
    assert group is not None
    with another_desk(area.ctx.db.url) as desk:  # another desk writes the group's purpose
        theirs = desk.call(groups.get_group, group.id)
        desk.call(
            group_editing.update_group,
            group.id,
            dataclasses.replace(theirs.to_input(), purpose="Ny inriktning",
                                expected_version=theirs.version),
        )  # fmt: skip
    message = refusal_on_click(qtbot, modals, area.page.notice, "Ångra")
    # Not the form's "your text is kept; copy what you need": no form is open.
    assert message.startswith("Kunde inte ångra: någon annan har ändrat det sedan dess.")
    assert "text" not in message
    stored = area.ctx.call(groups.get_group, group.id)
    assert (stored.purpose, stored.status.value) == ("Ny inriktning", "ended")


# A laptop's 1100 x 700 window less the sidebar (210 px) and the window's frame.
LAPTOP_AREA = (890, 660)


def test_at_a_laptops_width_the_search_field_keeps_room_beside_the_filters(
    qtbot: QtBot, area: GroupsArea
) -> None:
    area.resize(*LAPTOP_AREA)
    click_row(qtbot, area.page.table, STEERING)
    settle(qtbot)
    assert area.minimumSizeHint().width() <= LAPTOP_AREA[0]
    # Before, the priority area filter kept its whole "all" text and left "Sök na…".
    assert area.page.search.width() >= 130
    # With room to spare, the filter shows its whole text.
    area.resize(1070, 760)
    settle(qtbot)
    combo = area.page.area_filter
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText()) + 30


def test_at_a_laptops_width_every_group_name_shows_whole_on_more_lines(
    qtbot: QtBot, area: GroupsArea
) -> None:
    area.resize(*LAPTOP_AREA)
    settle(qtbot)
    table = area.page.table
    metrics = table.fontMetrics()
    width = table.columnWidth(0) - 6  # the cell's margins and grid line
    flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
    for row in range(table.model().rowCount()):
        name = table.model().index(row, 0).data()
        needed = metrics.boundingRect(0, 0, width, 10_000, flags, name).height()
        assert table.rowHeight(row) >= needed, name


def test_a_group_with_a_long_word_in_its_facts_reads_whole_beside_the_list(
    qtbot: QtBot, area: GroupsArea
) -> None:
    # The agreement's "samverkansöverenskommelse" held the facts wider than the pane: the
    # purpose, the goal and every fact were cut at the right, behind a sideways scroll bar.
    click_row(qtbot, area.page.table, "Platssamverkan Stureplan/Östermalmstorg")
    scroll = area.detail.findChild(QScrollArea)
    assert scroll is not None
    for size in (LAPTOP_AREA, (1070, 760)):
        area.resize(*size)
        settle(qtbot)
        assert scroll.horizontalScrollBar().maximum() == 0, size
    assert area.detail.facts.fact("agreement") == "Lokal samverkansöverenskommelse Östermalm"


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_the_agreements_long_word_is_never_cut_beside_its_label(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """At 1366 px the agreement read "samverkansöverenskommels" beside "Överenskommelse": the
    value had 174 px for a word of 182 and stayed beside its label. It goes under the label
    when it does not fit beside it."""
    from tests.ui.openers import area_in_window

    _window, groups = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    click_row(qtbot, groups.page.table, "Arbetsgrupp särskilt utsatta brottsoffer")
    qtbot.waitUntil(groups.detail.showing_record)
    settle(qtbot)
    value = groups.detail.facts.value_label("agreement")
    word = value.fontMetrics().horizontalAdvance("samverkansöverenskommelse")
    assert value.contentsRect().width() >= word


def test_the_detail_tabs_show_only_beside_a_chosen_group(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """With no group chosen the pane is a narrow strip that says to pick one; its tabs were cut
    there ("Detaljer | Uppf◂▸") and led nowhere."""
    from tests.ui.openers import area_in_window

    _window, groups = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1100, 700)
    settle(qtbot)
    bar = groups.tabs.tabBar()
    assert groups.page.table.current_row() is None and not bar.isVisible()
    click_row(qtbot, groups.page.table, "Krisstödsgruppen")
    qtbot.waitUntil(groups.detail.showing_record)
    settle(qtbot)
    assert bar.isVisible()
    assert [bar.tabText(i) for i in range(bar.count())] == [
        "Detaljer",
        "Medlemmar (4)",
        "Uppföljning",
    ]
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


def test_ending_names_the_planned_meetings_kept_after_the_end(
    qtbot: QtBot, area: GroupsArea, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    # A meeting added by hand is the user's work: ending keeps it, and the notice says so.
    steering = next(g.id for g in demo_ctx.call(group_service.list_groups) if g.name == STEERING)
    day = clock.today() + dt.timedelta(days=9)
    data = meeting_service.MeetingInput(at(day, 9), at(day, 11))
    demo_ctx.call(meeting_service.add_meeting, steering, data)
    click_row(qtbot, area.page.table, STEERING)
    modals.answer(lambda dialog: click_button(qtbot, dialog, "Avsluta grupp"))  # today
    click_button(qtbot, area.page.toolbar, "Avsluta grupp…")
    modals.check()
    notice = area.page.notice.label.text()
    assert re.search(r"\d+ planera(t möte|de möten) efter den dagen finns kvar", notice)
    days = notice.rsplit(": ", 1)[1].rstrip(".").split(", ")
    assert day.isoformat() in days
    assert days == sorted(days)  # the calendar's order
