"""An Overview entry whose detail ends in its date keeps that date whole on a narrow card: the
name (and a borrower) give way, "Arbetsgrupp våldsbejakande … — Startar 2026-12-13 (v. 50)",
where the line used to be cut at its end ("… — Startar 202…"); a name that a line of its own
holds goes whole above the date instead."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.overview_items import OverviewItem, Urgency
from tests.ui.openers import overview_entries
from ui.context import AppContext
from ui.overview.entry_button import EntryButton

# A date, with its week or time: "2026-12-13 (v. 50)", "2026-11-30 17.00".
DATE_AT_END = re.compile(r"\d{4}-\d\d-\d\d(?: \(v\. \d+\))?(?: (?:kl\. )?\d\d\.\d\d)?$")


@pytest.mark.parametrize("size", [(1100, 700), (1024, 768)])
def test_dated_entries_keep_their_date_at_a_laptops_width(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """At 1024 pixels a date with no room beside a quarter of the name goes under the name
    ("Dags för funktionstest sedan 2026-11-01" was cut to "… sedan 2026-1…")."""
    dated = {}
    entry_heights: dict[str, int] = {}
    entry_font_height = 0
    for entry in overview_entries(qtbot, demo_ctx, *size):
        for part in entry.full_text.split(" · "):
            if found := DATE_AT_END.search(part):
                dated[entry.full_text] = (found.group(), entry.text())
                entry_heights[entry.full_text] = entry.height()
                entry_font_height = entry.fontMetrics().height()
                break
    # The demo's groups, walks, plans and late loan all end in a date; some do not fit.
    cut = [text for text, (_date, shown) in dated.items() if shown != text]
    assert len(cut) >= 4, cut
    for text, (date, shown) in dated.items():
        assert date in shown, (text, shown)
        lines = shown.count("\n") + 1  # the entry tall enough for each of its lines
        assert entry_heights[text] >= entry_font_height * lines, (text, shown)


def test_a_narrow_card_shortens_the_name_and_borrower_before_the_date(qtbot: QtBot) -> None:
    group = EntryButton(
        "○",
        OverviewItem(
            "Arbetsgrupp våldsbejakande extremism",
            "Startar 2026-12-13 (v. 50)",
            None,
            Urgency.SOON,
            "groups",
            1,
            dated=True,
        ),
    )
    loan = EntryButton(
        "●",
        OverviewItem(
            "LARM-07",
            "försenat sedan 2026-11-30 17.00",
            None,
            Urgency.OVERDUE,
            "alarms",
            7,
            who="David Karlsson",
            dated=True,
        ),
    )
    assert group.full_text == "○  Arbetsgrupp våldsbejakande extremism — Startar 2026-12-13 (v. 50)"
    assert loan.full_text == "●  LARM-07 — David Karlsson · försenat sedan 2026-11-30 17.00"
    for entry in (group, loan):
        qtbot.addWidget(entry)
    # A name that no line holds whole gives way beside the date.
    longer = EntryButton(
        "○",
        dataclasses.replace(
            group.item, title="Arbetsgrupp våldsbejakande extremism och radikalisering i Norrmalm"
        ),
    )
    qtbot.addWidget(longer)
    room = group.fontMetrics().horizontalAdvance(
        "○  Arbetsgrupp våldsbejakande extremism och radikal"
    )
    beside = longer.fitted_text(room)
    assert beside.startswith("○  Arbetsgrupp") and "…" in beside, beside
    assert beside.endswith(" — Startar 2026-12-13 (v. 50)"), beside
    # One that a line of its own holds is whole above the date, not cut beside it
    # ("Arbetsgrupp våld… — Startar …").
    room = group.fontMetrics().horizontalAdvance("○  Arbetsgrupp våld — Startar 2026-12-13 (v. 50)")
    first, second = group.fitted_text(room).split("\n")
    assert first == "○  Arbetsgrupp våldsbejakande extremism", first
    assert second.strip() == "Startar 2026-12-13 (v. 50)", second
    # Cut inside its first word the name says nothing ("Arbetsgr… — Löptiden slutar …" at
    # 1024 px): on a line of its own, the date under it.
    room = group.fontMetrics().horizontalAdvance("○  Arbetsgr — Startar 2026-12-13 (v. 50)")
    first, second = group.fitted_text(room).split("\n")
    assert first.startswith("○  Arbetsgrupp våldsbejakande"), first  # (cut at its end)
    assert second.strip() == "Startar 2026-12-13 (v. 50)", second

    room = loan.fontMetrics().horizontalAdvance(
        "●  LARM-07 — David Ka · försenat sedan 2026-11-30 17.00"
    )
    shown = loan.fitted_text(room)
    assert shown.startswith("●  LARM-07 — David"), shown  # the unit whole, the borrower shortened
    assert shown.endswith("… · försenat sedan 2026-11-30 17.00"), shown


def test_a_date_with_no_room_beside_the_name_goes_under_it(qtbot: QtBot) -> None:
    plan = EntryButton(
        "○",
        OverviewItem(
            "Systematiskt brandskyddsarbete (SBA) – Garnisonen",
            "Revideras senast 2027-01-11 (v. 2)",
            None,
            Urgency.SOON,
            "crisis",
            1,
            rest="version 2026",
            dated=True,
        ),
    )
    qtbot.addWidget(plan)
    metrics = plan.fontMetrics()
    # Room for the date and two letters of the name: it was cut to "… — Revideras senast 2…".
    room = metrics.horizontalAdvance("○  Sy — Revideras senast 2027-01-11 (v. 2)")
    first, second, rest = plan.fitted_text(room).split("\n")
    assert first.startswith("○  Systematiskt brand") and first.endswith("…"), first
    assert second.strip() == "Revideras senast 2027-01-11 (v. 2)", second
    assert rest.strip() == "version 2026", rest  # what follows the date, on a line of its own
    # With room for a quarter of the name the version has no room beside the date: as it
    # takes a second line anyway, the name is whole on the first and the date and version under
    # it (it read "Systematiskt brandskyddsarbete (SBA) – … — Revideras senast …" at 1440 px).
    wide = plan.fitted_text(int(metrics.horizontalAdvance(plan.full_text) * 0.8))
    first, rest = wide.split("\n")
    assert first == "○  Systematiskt brandskyddsarbete (SBA) – Garnisonen", wide
    assert rest.strip() == "Revideras senast 2027-01-11 (v. 2) · version 2026", wide


def test_a_borrower_with_no_room_beside_the_date_stays_whole_above_it(qtbot: QtBot) -> None:
    loan = EntryButton(
        "●",
        OverviewItem(
            "LARM-07",
            "försenat sedan 2026-12-02 17.00",
            None,
            Urgency.OVERDUE,
            "alarms",
            7,
            who="David Karlsson",
            dated=True,
        ),
    )
    qtbot.addWidget(loan)
    # Room for the unit and the date only: it read "LARM-07 — … · försenat sedan …".
    room = loan.fontMetrics().horizontalAdvance("●  LARM-07 — … · försenat sedan 2026-12-02 17.00")
    first, second = loan.fitted_text(room).split("\n")
    assert first == "●  LARM-07 — David Karlsson", first
    assert second.strip() == "försenat sedan 2026-12-02 17.00", second
