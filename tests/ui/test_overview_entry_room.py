"""The Overview's cards in the program's own style at 1024 × 768 and 1280 × 800, on the demo:
one mark before every entry; a name shortened ("…") only where its line has no room for
another letter of it; an empty card says so in its line, with no "0" beside its title. Before,
three marks ("●", "○", "·") stood before the entries, names were cut with 20 px free beside
them ("Larm- och uppringnings… — 2026-12-29 (v. 53)": the text was fitted to 12 px less than
its width, and a cut name kept a blank's room more), and "Passerade möten, ej genomförda"
counted "0" above "Alla passerade möten är markerade som genomförda eller inställda."."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot
from ui.main_window import MainWindow
from ui.overview.entry_button import SEPARATOR, EntryButton
from ui.overview.view import OverviewArea

SIZES = [(1024, 768), (1280, 800)]


def _text_room(entry: EntryButton) -> int:
    """The width the style draws the entry's text in (inside its padding)."""
    option = QStyleOptionButton()
    entry.initStyleOption(option)
    contents = QStyle.SubElement.SE_PushButtonContents
    return entry.style().subElementRect(contents, option, entry).width()


Seen = tuple[set[str], list[tuple[str, int, int]], dict[str, list[str]]]


def _look(window: MainWindow, qtbot: QtBot) -> Seen:
    """The marks the entries begin with; (line, room left beside it, the next letter's width)
    for each line that shortens an entry's name; each card's labels (title, count or sentence)
    as shown."""
    area = window.area("overview")
    assert isinstance(area, OverviewArea)
    qtbot.wait(50)  # layout requests are posted
    keep_shot(window, f"overview-entry-room-{window.width()}")
    cards = {
        card.section.key: [
            label.text() for label in card.findChildren(QLabel) if label.isVisibleTo(card)
        ]
        for card in area.section_cards()
    }
    marks: set[str] = set()
    cut: list[tuple[str, int, int]] = []
    entries = area.findChildren(EntryButton)
    assert len(entries) >= 20  # the demo's cards are shown
    for entry in entries:
        marks.add(entry.text().split(" ")[0])
        metrics = entry.fontMetrics()
        room = _text_room(entry)
        title = entry.item.title
        for line in entry.text().split("\n"):
            name = line.split(SEPARATOR)[0].strip()
            if not name.endswith("…") or name.removeprefix(entry.prefix.strip()).strip() == "":
                continue
            shown = name.removesuffix("…").split("  ", 1)[-1].lstrip()
            if not title.startswith(shown) or len(shown) >= len(title):
                continue  # not the name shortened (a place, a note)
            beside = room - metrics.horizontalAdvance(line)
            cut.append((line, beside, metrics.horizontalAdvance(title[len(shown)])))
    return marks, cut, cards


@pytest.mark.moment("2026-12-05T17:30")
@pytest.mark.parametrize("size", SIZES, ids=[str(w) for w, _h in SIZES])
def test_one_mark_names_given_the_room_and_empty_cards_say_so(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    marks, cut, cards = look_at_demo(size, lambda window: _look(window, qtbot))
    # The demo's past meetings are all marked: that card is empty, the title and its sentence.
    assert cards["meetings_not_held"] == [
        "Passerade möten, ej genomförda",
        "Alla passerade möten är markerade som genomförda eller inställda.",
    ]
    assert cards["actions_overdue"] == ["Försenade åtgärder", "5"]  # a count where there is one
    assert marks == {"•"}, marks
    for line, beside, letter in cut:
        # Room for the next letter would have shown it (within the rounding of its width).
        assert beside < letter + 2, (line, beside, letter)
