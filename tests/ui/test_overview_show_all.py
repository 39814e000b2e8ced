"""A card's "Visa alla N…" opens its area filtered to exactly those N. Before, the contacts
card counted the people not verified in six months and its link opened the whole register (with
whatever search was left typed there); the overdue actions card opened the open actions. A card
whose area has no such list says where its link leads ("Visa i Kalender (9 totalt)…")."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import action_list, actions, contacts, meetings
from tests.core.meeting_data import at, make_group
from tests.ui.clicks import click_button, type_text
from tests.ui.openers import area_in_window, overview_card
from tests.ui.windows import area_of, show_window
from ui.actions.area import ActionsArea
from ui.contacts.area import ContactsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def test_show_all_on_the_contacts_card_lists_exactly_the_people_it_counts(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    old = dt.date(2025, 1, 1)  # verified long ago: to verify again
    for number in range(10):  # more than the card shows
        demo_ctx.call(
            contacts.create_person, contacts.PersonInput(f"Ny kontakt {number}", last_verified=old)
        )
    window, area = area_in_window(qtbot, demo_ctx, "contacts", ContactsArea)
    people = area.people
    type_text(qtbot, people.search, "Ny kontakt 3")  # left typed from an earlier visit
    people.reload()
    card = overview_card(qtbot, window, "contacts_to_verify")
    count = card.section.total
    assert count > len(card.section.items)
    click_button(qtbot, card, f"Visa alla {count}…")
    assert window.current_area_key() == "contacts"
    assert area.tabs.currentWidget() is people
    assert people.search.text() == "" and people.unverified_check.isChecked()
    everyone = demo_ctx.call(contacts.count_people)
    assert people.count_label.text() == f"{count} av {everyone} personer"  # a filter is on


def test_show_all_on_the_overdue_actions_card_lists_the_overdue_actions(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    late = clock.today() - dt.timedelta(days=3)
    who = demo_ctx.call(contacts.create_person, contacts.PersonInput("Ansvarig Person"))
    for number in range(9):  # more than the card shows
        demo_ctx.call(
            actions.create_action,
            actions.ActionInput(
                f"Sen åtgärd {number}", who, due_on=late, raised_on=late - dt.timedelta(days=9)
            ),
        )
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    card = overview_card(qtbot, window, "actions_overdue")
    count = card.section.total
    click_button(qtbot, card, f"Visa alla {count}…")
    area = area_of(window, "actions", ActionsArea)
    assert window.current_area_key() == "actions"
    assert area.show_filter.currentText() == "Försenade åtgärder"
    everything = demo_ctx.call(action_list.count_actions)
    assert area.count_label.text() == f"{count} av {everything} åtgärder"  # a filter is on


def test_a_card_whose_area_shows_more_says_where_its_link_leads(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    tomorrow = clock.today() + dt.timedelta(days=1)
    group_id = demo_ctx.call(make_group, "Arbetsgrupp Tessinparken")
    for hour in range(8, 17):  # more than the card shows
        demo_ctx.call(
            meetings.add_meeting,
            group_id,
            meetings.MeetingInput(at(tomorrow, hour), at(tomorrow, hour, 45), "Karlavägen 104"),
        )
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    card = overview_card(qtbot, window, "meetings_coming")
    click_button(qtbot, card, f"Visa i Kalender ({card.section.total} totalt)…")
    assert window.current_area_key() == "calendar"
