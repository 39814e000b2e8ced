"""A meeting opened at 1024 × 768, in the program's own style: the ✎ that marks an agenda item
with minutes stood alone on a second line where the title filled the first ("2. Information
från lokalpolisområde Norrmalm" / "✎"), and the street number of the place under the title
alone on its own ("… Fleminggatan" / "4"). Each stays with the word before it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import wrapped_lines
from tests.ui.own_style import LookAt
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

COUNCIL_2016 = 1  # the demo's first meeting: Norrmalm's safety council, December 2016
PADDING = 2 * 4  # the items' side padding (agenda_tab.AGENDA_STYLE)


def test_the_minutes_mark_never_stands_alone_on_a_line(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, list[str]]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        area.open_meeting(COUNCIL_2016)
        editor = area.editor
        editor.tabs.setCurrentWidget(editor.agenda_tab)
        settle(qtbot)
        assert editor.title.text() == "Norrmalms trygghets- och säkerhetsråd"
        items = editor.agenda_tab.items
        shown = {}
        for number in range(items.count()):
            item = items.item(number)
            width = items.visualItemRect(item).width() - PADDING
            shown[item.text()] = wrapped_lines(item.text(), items.font(), width)
        return shown

    shown = look_at_demo((1024, 768), look)
    marked = [text for text in shown if text.endswith("✎")]
    assert any(text.startswith("2. Information från lokalpolisområde Norrmalm") for text in marked)
    for text in marked:
        assert shown[text][-1] != "✎", shown[text]


def test_the_places_street_number_stays_with_its_street(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        area.open_meeting(COUNCIL_2016)
        settle(qtbot)
        label = area.editor.subtitle
        room = label.contentsRect().width() - 2 * label.margin()
        return wrapped_lines(label.text(), label.font(), room)

    shown = look_at_demo((1024, 768), look)
    assert len(shown) == 2, shown  # the place does not fit beside the day at 1024 px
    assert shown[-1].replace("\u00a0", " ").endswith("Fleminggatan 4"), shown
