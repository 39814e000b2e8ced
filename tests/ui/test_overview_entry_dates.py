"""An Overview entry whose detail ends in its date keeps that date whole on a narrow card: the
name (and a borrower) give way, "Arbetsgrupp våldsbeja… — Startar 2026-12-13 (v. 50)", where
the line used to be cut at its end ("… — Startar 202…")."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from samverkan_desktop.overview_items import OverviewItem, Urgency
from tests.ui.openers import overview_entries
from ui.context import AppContext
from ui.overview.view import EntryButton

# A date, with its week or time: "2026-12-13 (v. 50)", "2026-11-30 17.00".
DATE_AT_END = re.compile(r"\d{4}-\d\d-\d\d(?: \(v\. \d+\))?(?: (?:kl\. )?\d\d\.\d\d)?$")


def test_dated_entries_keep_their_date_at_a_laptops_width(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dated = {}
    for entry in overview_entries(qtbot, demo_ctx, 1100, 700):
        for part in entry.full_text.split(" · "):
            if found := DATE_AT_END.search(part):
                dated[entry.full_text] = (found.group(), entry.text())
                break
    # The demo's groups, walks, plans and late loan all end in a date; some do not fit.
    cut = [text for text, (_date, shown) in dated.items() if shown != text]
    assert len(cut) >= 4, cut
    for text, (date, shown) in dated.items():
        assert date in shown, (text, shown)


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
    room = group.fontMetrics().horizontalAdvance("○  Arbetsgrupp vål — Startar 2026-12-13 (v. 50)")
    shown = group.fitted_text(room)
    assert shown.startswith("○  Arbetsgrup") and "…" in shown, shown
    assert shown.endswith(" — Startar 2026-12-13 (v. 50)"), shown

    room = loan.fontMetrics().horizontalAdvance(
        "●  LARM-07 — David Ka · försenat sedan 2026-11-30 17.00"
    )
    shown = loan.fitted_text(room)
    assert shown.startswith("●  LARM-07 — David"), shown  # the unit whole, the borrower shortened
    assert shown.endswith("… · försenat sedan 2026-11-30 17.00"), shown
