"""The Overview at 1024 × 768 and 1440 × 900 shows what each entry says after its head whole,
on a line under it where the first has no room: what is wrong with an alarm out of service and
that a plan has no exercise planned. At 1440 px they read "LARM-09 — Ur drift sedan …: … ·
Larmet når i…" and "Kontinuitetsplan … — Aldrig övad · ingen planerad övnin…", seen whole
only on hover. An entry that takes a second line anyway keeps its name whole above the head
("Systematiskt brandskyddsarbete (SBA) – … — Revideras senast …" above its version), and a
name is never cut inside its first word (at 1024 px "Arbetsgr… — Löptiden slutar …",
"Säkerhetssamord… — tors 10 dec …"), nor a borrower inside the first name ("LARM-14 —
Fati… · ska tillbaka …"): then it has a line of its own."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import overview_entries
from tests.ui.text_fit import plain
from ui.context import AppContext
from ui.overview.entry_button import PADDING


@pytest.mark.parametrize("size", [(1024, 768), (1440, 900)])
def test_every_entry_reads_its_head_and_what_follows_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    entries = overview_entries(qtbot, demo_ctx, *size)
    asked = {entry.item.head for entry in entries}
    # the demo's alarm out of service and plans never exercised are there to be read
    assert any(head.startswith("Ur drift sedan") for head in asked), asked
    assert "Aldrig övad" in asked, asked
    room = entries[0].width() - 2 * PADDING  # the text's room, inside the padding
    metrics = entries[0].fontMetrics()
    for entry in entries:
        item = entry.item
        lines = entry.text().split("\n")
        shown = " ".join(entry.text().split())  # the lines as one, without their indent
        assert plain(item.head) in shown, (size, entry.text())
        for part in (item.also, item.rest):
            # (a plan's version gives way beside its revision day and exercise gap)
            if part and not (part == item.rest and item.dated and item.also):
                assert plain(part) in shown, (size, entry.text())
        for line in lines[1:]:
            assert "…" not in line, (size, entry.text())
        for line in lines:
            assert metrics.horizontalAdvance(line) <= room, (size, line)
        # a name cut inside its first word says nothing ("Arbetsgr… — Löptiden slutar …")
        assert lines[0].startswith(entry.prefix + item.title.split(" ")[0]), (size, lines[0])
        # ... nor a borrower inside the first name ("LARM-14 — Fati… · ska tillbaka …")
        if item.who:
            assert f" — {item.who.split(' ')[0]}" in lines[0], (size, lines[0])
        if size[0] >= 1440 and len(lines) > 1:
            assert lines[0].startswith(entry.prefix + item.title), entry.text()
