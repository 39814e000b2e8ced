"""A narrow Overview card shortens an entry by its parts (name — who · head · rest), not by
reading its text: a borrower or a responsible whose name looks like a date ("Vikarie (v. 49)"),
or a name with " · " in it, no longer makes the line cut the wrong part. Before, the line was
split at each " · " and its date found by a pattern: "Vikarie (v. 49)" passed for the loan's
date, which was cut instead of the borrower, and for an action's date, which cut the title."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.overview_items import OverviewItem, Urgency
from ui.overview.entry_button import EntryButton


def _entry(qtbot: QtBot, mark: str, item: OverviewItem) -> EntryButton:
    entry = EntryButton(mark, item)
    qtbot.addWidget(entry)
    return entry


def _room(entry: EntryButton, share: float) -> int:
    return int(entry.fontMetrics().horizontalAdvance(entry.full_text) * share)


def test_a_borrower_named_like_a_date_gives_way_to_the_loans_date(qtbot: QtBot) -> None:
    loan = OverviewItem(
        "LARM-07",
        "försenat sedan 2026-11-30 17.00",
        None,
        Urgency.OVERDUE,
        "alarms",
        7,
        who="Vikarie (v. 49)",
        dated=True,
    )
    entry = _entry(qtbot, "●", loan)
    assert entry.full_text == "●  LARM-07 — Vikarie (v. 49) · försenat sedan 2026-11-30 17.00"
    metrics = entry.fontMetrics()
    room = metrics.horizontalAdvance("●  LARM-07 — Vikarie (v · försenat sedan 2026-11-30 17.00")
    shown = entry.fitted_text(room)
    assert shown.startswith("●  LARM-07 — Vikarie") and "…" in shown, shown
    assert shown.endswith(" · försenat sedan 2026-11-30 17.00"), shown
    # Cut inside the first name it is no one: whole, the date under it.
    first, second = entry.fitted_text(_room(entry, 0.9)).split("\n")
    assert first == "●  LARM-07 — Vikarie (v. 49)", first
    assert second.strip() == "försenat sedan 2026-11-30 17.00", second


def test_a_responsible_named_like_a_date_does_not_push_out_a_title_with_a_dot(
    qtbot: QtBot,
) -> None:
    title = "Trygghetsvandring · Öst: byt belysningen i gångtunneln"
    action = OverviewItem(
        title,
        "Skulle vara klar 2026-11-17 (för 14 dagar sedan)",
        None,
        Urgency.OVERDUE,
        "actions",
        3,
        rest="Vikarie (v. 49)",
    )
    entry = _entry(qtbot, "●", action)
    for share in (0.9, 0.75, 0.6):
        shown = entry.fitted_text(_room(entry, share))
        # The title whole, how late after it or under it, whole; the responsible gives way.
        first = shown.split("\n")[0]
        assert first.startswith(f"●  {title}"), (share, shown)
        assert "Skulle vara klar 2026-11-17 (för 14 dagar sedan)" in shown, (share, shown)


def test_a_meeting_whose_name_holds_a_dot_and_a_time_keeps_its_own_time(qtbot: QtBot) -> None:
    # The name was split off first before too: this holds the parts to the same.
    meeting = OverviewItem(
        "Styrgrupp · extra 09.00",
        "i morgon 13.00–14.30",
        None,
        Urgency.INFO,
        "calendar",
        1,
        rest="Karlavägen 104 · sal 2026-B",
        dated=True,
    )
    entry = _entry(qtbot, "·", meeting)
    for share in (0.9, 0.75, 0.6):
        shown = entry.fitted_text(_room(entry, share))
        assert "i morgon 13.00–14.30" in shown, (share, shown)
        assert shown.startswith(entry.prefix + "Sty"), (share, shown)


def test_a_plans_exercise_gap_stays_beside_its_revision_day_under_a_whole_name(
    qtbot: QtBot,
) -> None:
    """``also`` (the gap) is kept whole beside the head while the name is whole beside them;
    where it is not, the name is whole on the first line and the revision day and the gap under
    it (it was seen only on hover, then beside a cut name: "Krisledningsplan Österm… —
    Revideras senast …")."""
    plan = OverviewItem(
        "Krisledningsplan Östermalms stadsdelsförvaltning",
        "Revideras senast 2026-12-14",
        None,
        Urgency.SOON,
        "crisis",
        1,
        rest="version 2",
        dated=True,
        also="ej övad på 5 år",
    )
    entry = _entry(qtbot, "○", plan)
    assert entry.full_text.endswith(" — Revideras senast 2026-12-14 · ej övad på 5 år · version 2")
    metrics = entry.fontMetrics()
    wide = entry.fitted_text(metrics.horizontalAdvance(entry.full_text) - 5)
    assert wide.startswith("○  Krisledningsplan Östermalms stadsdelsförvaltning — "), wide
    assert "\n" not in wide and " — Revideras senast 2026-12-14 · ej övad på 5 år" in wide, wide
    # With room for the name and the revision day, not the gap beside them: the name whole on
    # a line of its own, and all it says after it under it.
    first, second = entry.fitted_text(_room(entry, 0.75)).split("\n")
    assert first == "○  Krisledningsplan Östermalms stadsdelsförvaltning", first
    assert second.strip() == "Revideras senast 2026-12-14 · ej övad på 5 år · version 2", second
    # And so on a narrower card, the version giving way first.
    narrow = entry.fitted_text(_room(entry, 0.55))
    first, second = narrow.split("\n")
    assert first == "○  Krisledningsplan Östermalms stadsdelsförvaltning", narrow
    assert second.strip().startswith("Revideras senast 2026-12-14 · ej övad på 5 år"), narrow
    # Under the name, not under the mark: the second line starts where the name does.
    indent = second[: len(second) - len(second.lstrip())]
    assert abs(metrics.horizontalAdvance(indent) - metrics.horizontalAdvance(entry.prefix)) <= 2
