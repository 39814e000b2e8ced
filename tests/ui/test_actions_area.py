"""The Actions area as a coordinator uses it: every action in one list, the filters, sorting,
status changes with Undo, notes, editing and the Overview's links."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.formatting import date_with_week, thousands
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_list, action_reading, actions
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_rows import ActionRow
from tests.ui.answers import acknowledge, another_desk, refusal_on_click
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import show_window
from ui.actions.action_dialog import ActionDialog
from ui.actions.area import ActionsArea
from ui.actions.model import DUE, RESPONSIBLE
from ui.context import AppContext
from ui.widgets.table_model import WARNING_COLOUR


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> ActionsArea:
    view = ActionsArea(demo_ctx)
    show_window(qtbot, view, 1500, 900)
    return view


def titles(area: ActionsArea) -> list[str]:
    return column_texts(area.table, "Åtgärd")


def select_first(qtbot: QtBot, area: ActionsArea) -> ActionRow:
    """Click the first action in the list: the one the detail then shows."""
    first = titles(area)[0]
    click_row(qtbot, area.table, first)
    action = area.current_action()
    assert action is not None and action.title == first
    return action


def choose(qtbot: QtBot, combo: QWidget, text: str) -> None:
    """Pick an entry of a drop-down with the keyboard, as a user would: up or down from the
    entry shown, whichever way the text lies."""
    assert isinstance(combo, QComboBox)
    wanted = combo.findText(text)
    if wanted < 0:
        raise AssertionError(f"{text!r} is not in the list")
    combo.setFocus()
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    for _step in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, key)
    raise AssertionError(f"{text!r} was not reached with the arrow keys")


def test_one_list_holds_open_actions_from_meetings_and_walks(area: ActionsArea) -> None:
    sources = column_texts(area.table, "Ursprung")
    assert any(s.startswith("Möte 20") for s in sources)
    assert any(s.startswith("Trygghetsvandring 20") for s in sources)
    open_count = len(area.ctx.call(action_reading.list_actions, ActionFilter(open_only=True)))
    assert len(titles(area)) == open_count
    everything = area.ctx.call(action_list.count_actions)
    assert open_count < everything  # "Öppna åtgärder" is a filter: the count says of how many
    assert area.count_label.text() == f"{open_count} av {thousands(everything)} åtgärder"
    # Due dates carry their ISO week.
    assert all(" (v. " in d for d in column_texts(area.table, "Klart senast") if d != "–")


def test_overdue_filter_shows_only_overdue_in_the_warning_colour(
    qtbot: QtBot, area: ActionsArea, today: dt.date
) -> None:
    open_titles = titles(area)
    choose(qtbot, area.show_filter, "Försenade åtgärder")
    overdue = area.ctx.call(action_reading.list_actions, ActionFilter(overdue=True))
    assert overdue and len(overdue) < len(open_titles)
    assert sorted(titles(area)) == sorted(r.title for r in overdue)
    model = area.table.model()
    for row in range(model.rowCount()):
        assert model.index(row, 5).data().endswith(", försenad")
        due = model.index(row, DUE).data()[:10]
        assert dt.date.fromisoformat(due) < today
        assert model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color() == WARNING_COLOUR
    choose(qtbot, area.show_filter, "Alla åtgärder")
    assert len(titles(area)) > len(open_titles)


def test_search_organisation_and_source_filters(qtbot: QtBot, area: ActionsArea) -> None:
    type_text(qtbot, area.search, "trafikkontoret")  # the responsible organisation's name
    qtbot.waitUntil(
        lambda: all("Trafikkontoret" in r for r in column_texts(area.table, "Ansvarig"))
    )
    assert titles(area)
    area.search.clear()
    choose(qtbot, area.source_filter, "Trygghetsvandring")
    qtbot.waitUntil(
        lambda: all(s.startswith("Trygghetsvandring") for s in column_texts(area.table, "Ursprung"))
    )
    choose(qtbot, area.organisation_filter, "Trafikkontoret")
    assert titles(area) and all("Trafikkontoret" in r for r in column_texts(area.table, "Ansvarig"))


def test_a_narrowed_list_counts_against_every_action(qtbot: QtBot, area: ActionsArea) -> None:
    """ "5 av 27 åtgärder", as Kontakter, Grupper and Larm count a narrowed list: "5 åtgärder"
    read as if there were no more."""
    everything = area.ctx.call(action_list.count_actions)
    open_count = len(titles(area))
    type_text(qtbot, area.search, "trafik")
    qtbot.waitUntil(lambda: 0 < len(titles(area)) < open_count)
    assert area.count_label.text() == f"{len(titles(area))} av {everything} åtgärder"
    choose(qtbot, area.organisation_filter, "Trafikkontoret")
    assert area.count_label.text() == f"{len(titles(area))} av {everything} åtgärder"
    qtbot.keyClick(area.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(area.search, Qt.Key.Key_Backspace)
    choose(qtbot, area.organisation_filter, "Alla organisationer")
    choose(qtbot, area.show_filter, "Alla åtgärder")
    qtbot.waitUntil(lambda: len(titles(area)) == everything)
    assert area.count_label.text() == f"{everything} åtgärder"  # the whole register


def test_clicking_a_header_sorts_and_again_reverses(qtbot: QtBot, area: ActionsArea) -> None:
    header = area.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(RESPONSIBLE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    shown = column_texts(area.table, "Ansvarig")
    assert shown == sorted(shown, key=str.casefold)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert column_texts(area.table, "Ansvarig") == sorted(shown, key=str.casefold, reverse=True)


def test_changing_the_status_persists_and_undo_restores_it(
    qtbot: QtBot, area: ActionsArea, today: dt.date
) -> None:
    action = select_first(qtbot, area)
    assert action.status is not ActionStatus.DONE
    # Arrow keys step through Requested and In progress to Done: one change, when the user stops.
    choose(qtbot, area.detail.status_combo, "Klar")
    qtbot.waitUntil(lambda: action.title not in titles(area))
    saved = area.ctx.call(action_reading.get_action, action.id)
    assert saved.status is ActionStatus.DONE and saved.closed_on == today
    assert area.notice.label.text() == f"”{action.title}” är markerad som klar."
    click_button(qtbot, area, "Ångra")
    restored = area.ctx.call(action_reading.get_action, action.id)
    assert restored.status is action.status and restored.closed_on is None
    assert action.title in titles(area)


def test_mark_done_by_keyboard_and_a_dated_note(
    qtbot: QtBot, area: ActionsArea, today: dt.date
) -> None:
    action = select_first(qtbot, area)
    qtbot.mouseClick(area.detail.note_edit, Qt.MouseButton.LeftButton)
    type_text(qtbot, area.detail.note_edit, "Beställt av fastighetsägaren, klart v. 12")
    qtbot.keyClick(area.detail.note_edit, Qt.Key.Key_Return)
    notes = area.ctx.call(action_reading.get_action, action.id).notes
    assert notes[-1].text == "Beställt av fastighetsägaren, klart v. 12"
    assert notes[-1].noted_on == today
    shown = area.detail.note_texts()[0]
    assert shown.startswith(date_with_week(today)) and "klart v. 12" in shown
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert area.ctx.call(action_reading.get_action, action.id).status is ActionStatus.DONE
    # In the words of "Markera klar" (it read "… har nu status klar.").
    assert area.notice.label.text() == f"”{action.title}” är markerad som klar."


def test_editing_the_due_date_and_undo(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver, today: dt.date
) -> None:
    action = select_first(qtbot, area)
    new_due = today + dt.timedelta(days=45)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        type_date(qtbot, dialog.due, new_due)
        click_button(qtbot, dialog, "Spara")

    modals.answer(edit)
    click_button(qtbot, area.detail, "Redigera…")
    saved = area.ctx.call(action_reading.get_action, action.id)
    assert saved.due_on == new_due
    assert area.detail.facts.fact("due").startswith(date_with_week(new_due))
    if action.due_on is not None and action.due_on < new_due:  # it slipped: the note says so
        assert saved.last_note is not None
        assert saved.last_note.text == (
            f"Nytt klart senast {new_due.isoformat()} (var {action.due_on.isoformat()})."
        )
    click_button(qtbot, area, "Ångra")
    restored = area.ctx.call(action_reading.get_action, action.id)
    assert restored.due_on == action.due_on
    assert restored.notes == action.notes  # no note of a postponement undone


def test_overview_link_selects_an_action_hidden_by_the_filters(area: ActionsArea) -> None:
    closed = area.ctx.call(action_reading.list_actions, ActionFilter(status=ActionStatus.DONE))[0]
    area.show_record(closed.id)
    assert area.table.current_id() == closed.id
    assert area.detail.title.text() == closed.title
    assert area.show_filter.currentText() == "Alla åtgärder"


def test_history_shows_who_changed_the_selected_action(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver
) -> None:
    from samverkan_desktop.audit_entries import os_user
    from ui.widgets.history import HistoryDialog

    assert not area.history_action.isEnabled()  # nothing selected yet
    first = titles(area)[0]
    click_row(qtbot, area.table, first)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # mark done
    qtbot.waitUntil(lambda: first not in titles(area))
    click_button(qtbot, area, "Ångra")  # open again: back in the list
    click_row(qtbot, area.table, first)
    seen: dict[str, object] = {}

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.entries.model()
        seen["title"] = dialog.windowTitle()
        seen["entries"] = [model.index(r, 2).data() for r in range(model.rowCount())]
        seen["who"] = model.index(0, 1).data()
        seen["fields"] = dialog.field_texts()
        click_button(qtbot, dialog, "Stäng")

    modals.answer(read)
    assert area.history_action.isEnabled()
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen["title"] == f"Historik: Åtgärd – {first}"
    assert seen["entries"][:2] == ["Ändrad", "Ändrad"]  # type: ignore[index]  # newest first
    assert seen["who"] == os_user()
    fields = seen["fields"]
    assert isinstance(fields, list) and any("Klar" in text for text in fields)


def _other_desk_renames(area: ActionsArea, action_id: int, title: str) -> None:
    """Another program on the same database saves the action (the change watcher is not
    running in these tests, so this window still shows the action as it was)."""
    from samverkan_desktop.services.actions import input_of

    with another_desk(area.ctx.db.url) as desk:
        theirs = desk.call(action_reading.get_action, action_id)
        data = input_of(theirs, theirs.version)
        desk.call(actions.update_action, action_id, dataclasses.replace(data, title=title))


def test_undo_after_another_desks_save_is_refused_and_keeps_their_change(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver
) -> None:
    action = select_first(qtbot, area)
    choose(
        qtbot,
        area.detail.status_combo,
        "Pågår" if action.status.value != "in_progress" else "Tillfrågad",
    )
    qtbot.waitUntil(lambda: "har nu status" in area.notice.label.text())
    _other_desk_renames(area, action.id, "Omformulerad vid skrivbord 2")
    message = refusal_on_click(qtbot, modals, area, "Ångra")
    assert message.startswith("Kunde inte ångra: någon annan har ändrat det sedan dess.")
    stored = area.ctx.call(action_reading.get_action, action.id)
    assert stored.title == "Omformulerad vid skrivbord 2"  # their save stands
    assert stored.status is not action.status  # and this desk's change was not undone over it


def test_a_status_change_on_an_action_changed_elsewhere_is_refused(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver
) -> None:
    action = select_first(qtbot, area)
    _other_desk_renames(area, action.id, "Ändrad vid skrivbord 2")
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    choose(qtbot, area.detail.status_combo, "Klar")
    qtbot.waitUntil(lambda: bool(seen))
    modals.check()
    assert seen[0].startswith("Någon annan ändrade posten")
    stored = area.ctx.call(action_reading.get_action, action.id)
    assert (stored.status, stored.title) == (action.status, "Ändrad vid skrivbord 2")


def test_undo_of_this_desks_own_edit_still_works(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver
) -> None:
    action = select_first(qtbot, area)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.what.selectAll()
        type_text(qtbot, dialog.what, "Nytt namn på åtgärden")
        click_button(qtbot, dialog, "Spara")

    modals.answer(rename)
    area.edit_action.trigger()
    modals.check()
    assert area.ctx.call(action_reading.get_action, action.id).title == "Nytt namn på åtgärden"
    click_button(qtbot, area, "Ångra")
    assert area.ctx.call(action_reading.get_action, action.id).title == action.title


def test_a_pasted_note_stops_at_what_the_register_keeps(
    qtbot: QtBot, area: ActionsArea, modals: ModalDriver
) -> None:
    """A note pasted from a long e-mail stops at the 4000 characters a note may have, as the
    walk's "Följ upp…" does: before, Enter brought the service's refusal and nothing was kept."""
    action = select_first(qtbot, area)
    QApplication.clipboard().setText("Långt mejl. " * 400)  # 4800 characters
    qtbot.mouseClick(area.detail.note_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(area.detail.note_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(area.detail.note_edit, Qt.Key.Key_Return)
    modals.check()  # no refusal came
    notes = area.ctx.call(action_reading.get_action, action.id).notes
    assert len(notes[-1].text) <= actions.NOTE_MAX_LENGTH
    assert notes[-1].text.startswith("Långt mejl. Långt mejl.")
