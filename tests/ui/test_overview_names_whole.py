"""An Overview entry whose name a line of its own holds whole never shows it cut: where the
name has no room beside its date or time, it is whole on the first line and the date under
it. Before, only a name cut inside or right after its first word went above its date; one cut
later stayed beside it, at 1600 × 900 "Krisledningsplan Östermalms stadsdelsfö… — Revideras
senast …" (at 1920 × 1080 on a screen's fonts "Krisledningsplan Österm… — …"), at 1024 × 768 "Arbetsgrupp skolan som… — i morgon 14.00–15.30" and "Erik Sand… — Senast
kontrollerad …", with the card's room for the name unused."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.demo_call_out import call_off_the_call_out_test
from tests.ui.openers import overview_entries
from ui.context import AppContext
from ui.overview.entry_button import PADDING


@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.parametrize("size", [(1024, 768), (1600, 900)], ids=["1024", "1600"])
def test_a_name_the_card_has_room_for_is_whole_above_its_date(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    # The krisledningsplan's entry with its exercise gap, "… · ej övad på 5 år", the name too
    # long to share a line with it at 1600: nothing planned for the plan.
    call_off_the_call_out_test(demo_ctx.call)
    entries = overview_entries(qtbot, demo_ctx, *size)
    assert len(entries) >= 20  # the demo's cards are shown
    above = []
    for entry in entries:
        item = entry.item
        room = entry.width() - 2 * PADDING  # the text's room, inside the padding
        name = entry.prefix + item.title
        if entry.fontMetrics().horizontalAdvance(name) > room:
            continue  # no line holds it whole
        first, *below = entry.text().split("\n")
        assert first.startswith(name), (size, entry.text())
        if below and item.dated and item.head not in first:
            assert below[0].strip().startswith(item.head), (size, entry.text())
            above.append(item.title)
    # The demo has names too long to share a line with their date at both sizes.
    assert above, size
