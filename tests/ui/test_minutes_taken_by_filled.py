"""Writing a meeting's first minutes in the agenda tab fills "Antecknat av" on the details tab
with the coordinator's name from the settings, also while the details have typed changes not yet
saved (those stay, and saving them keeps the name); the user can change it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.services import meetings, settings
from tests.ui.clicks import click_button, type_text
from tests.ui.openers import meeting_editor
from ui.context import AppContext

COORDINATOR = "Karin Ekström"


def test_the_first_minutes_fill_in_who_takes_them(qtbot: QtBot, demo_ctx: AppContext) -> None:
    demo_ctx.call(settings.set_text, settings.SIGNATORY_NAME, COORDINATOR)
    editor = meeting_editor(qtbot, demo_ctx, tab="details_tab")
    assert editor.meeting is not None and editor.meeting.minutes_by is None
    assert not any(i.notes or i.next_steps for i in editor.meeting.agenda)
    details = editor.details_tab
    assert details.minutes_by_edit.text() == ""
    type_text(qtbot, details.place_edit, ", rum 3")  # typed, not saved

    editor.tabs.setCurrentWidget(editor.agenda_tab)
    type_text(qtbot, editor.agenda_tab.notes_edit, "Inga nya händelser sedan sist.")
    click_button(qtbot, editor.agenda_tab, "Spara anteckningar")

    editor.tabs.setCurrentWidget(details)
    assert details.minutes_by_edit.text() == COORDINATOR
    assert details.place_edit.text().endswith(", rum 3")  # the typed change is still there
    click_button(qtbot, details, "Spara uppgifterna")
    stored = demo_ctx.call(meetings.get_meeting, editor.meeting.id)
    assert stored.minutes_by == COORDINATOR and (stored.place or "").endswith(", rum 3")

    details.minutes_by_edit.clear()
    type_text(qtbot, details.minutes_by_edit, "Sara Holm")  # the user's own choice
    click_button(qtbot, details, "Spara uppgifterna")
    assert demo_ctx.call(meetings.get_meeting, editor.meeting.id).minutes_by == "Sara Holm"
