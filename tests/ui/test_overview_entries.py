"""An Overview entry shortens the name before the time: at a laptop's width a meeting this week
keeps "i morgon 08.30–10.00" in sight, with the whole name and date in its tooltip."""

from __future__ import annotations

import datetime as dt
import re

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.overview_items import OverviewItem, Urgency
from samverkan_desktop.services import groups, meetings
from tests.core.meeting_data import at
from tests.ui.openers import overview_entries
from ui.context import AppContext
from ui.overview.entry_button import EntryButton

TIME_SPAN = re.compile(r"\d\d\.\d\d–\d\d\.\d\d")


def test_meetings_this_week_keep_their_time_at_a_laptops_width(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    # The example district meets most weeks, not over Christmas: tomorrow's meeting of the
    # group with the longest name makes sure of one.
    longest = max(demo_ctx.call(groups.list_groups, ""), key=lambda group: len(group.name))
    tomorrow = clock.today() + dt.timedelta(days=1)
    demo_ctx.call(
        meetings.add_meeting,
        longest.id,
        meetings.MeetingInput(at(tomorrow, 8, 30), at(tomorrow, 10), "Karlavägen 104"),
    )
    entries = [
        b for b in overview_entries(qtbot, demo_ctx, 1100, 700) if TIME_SPAN.search(b.full_text)
    ]
    assert entries
    for entry in entries:
        assert TIME_SPAN.search(entry.text()), entry.text()
        assert entry.full_text.split("  ", 1)[1] in entry.toolTip()  # the whole line
        assert re.search(r"\d{4} \(v\. \d+\)$", entry.toolTip())  # and the date written out


def test_a_short_card_shortens_the_whole_line_when_the_name_cannot_give_way(
    qtbot: QtBot,
) -> None:
    meeting = OverviewItem(
        "Krisstödsgruppen",
        "i dag 13.00–14.30",
        None,
        Urgency.SOON,
        "calendar",
        1,
        rest="Karlavägen 104",
        dated=True,
    )
    entry = EntryButton("●", meeting)
    assert entry.full_text == "●  Krisstödsgruppen — i dag 13.00–14.30 · Karlavägen 104"
    qtbot.addWidget(entry)
    metrics = entry.fontMetrics()
    whole = metrics.horizontalAdvance(entry.full_text)
    assert entry.fitted_text(whole + 4) == entry.full_text
    head = metrics.horizontalAdvance("●  Krisstödsgruppen — i dag 13.00–14.30")
    # No room for the place beside the time: it goes under them, whole (it was cut to "…").
    first, place = entry.fitted_text(head + 40).split("\n")
    assert first == "●  Krisstödsgruppen — i dag 13.00–14.30"
    assert place.strip() == "Karlavägen 104"
    # No room for the name: it is cut, the time under it breaks between its words, whole, and
    # the place follows on a line of its own.
    narrow = entry.fitted_text(whole // 3)
    assert narrow.startswith("●  Kris") and narrow.split("\n")[0].endswith("…"), narrow
    lines = [line.strip() for line in narrow.split("\n")[1:]]
    assert lines[:2] == ["i dag", "13.00–14.30"] and lines[2].startswith("Karla"), narrow


def test_a_long_detail_does_not_push_out_an_overdue_actions_title(qtbot: QtBot) -> None:
    """The title whole, and how late under it, whole too (it read "Skulle vara…")."""
    title = "Ta fram polisens statistik över bedrägerier mot äldre i området"
    action = OverviewItem(
        title,
        "Skulle vara klar 2026-11-17 (för 14 dagar sedan)",
        None,
        Urgency.OVERDUE,
        "actions",
        1,
    )
    entry = EntryButton("●", action)
    qtbot.addWidget(entry)
    room = entry.fontMetrics().horizontalAdvance(f"●  {title} — Skulle vara")
    shown = entry.fitted_text(room)
    first, second = shown.split("\n")
    assert first == f"●  {title}"
    assert second.strip() == "Skulle vara klar 2026-11-17 (för 14 dagar sedan)"
