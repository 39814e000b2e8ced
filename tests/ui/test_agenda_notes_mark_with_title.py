"""A meeting's Dagordning list at 1024 × 768, in the program's own style: the ✎ that marks an
item with minutes stood alone on a second line where the title filled the first
("2. Information från lokalpolisområde Norrmalm" / "✎"). It stays with the title's last word."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from tests.conftest import DemoCopier
from tests.ui.helpers import settle
from tests.ui.own_style import look_at_size
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow

COUNCIL_2016 = 1  # the demo's first meeting: Norrmalm's safety council, December 2016
PADDING = 2 * 4  # the items' side padding (agenda_tab.AGENDA_STYLE)


def lines_of(text: str, layout_font: object, width: int) -> list[str]:
    layout = QTextLayout(text, layout_font)  # type: ignore[call-overload]
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].strip())
    layout.endLayout()
    return lines


@pytest.mark.usefixtures("app_settings")
def test_the_minutes_mark_never_stands_alone_on_a_line(
    qtbot: QtBot,
    sqlite_url: str,
    sqlite_demo_files: DemoCopier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_demo_files(sqlite_url.removeprefix("sqlite:///"))
    shown: dict[str, list[str]] = {}

    def look(window: MainWindow) -> None:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        area.open_meeting(COUNCIL_2016)
        editor = area.editor
        editor.tabs.setCurrentWidget(editor.agenda_tab)
        settle(qtbot)
        assert editor.title.text() == "Norrmalms trygghets- och säkerhetsråd"
        items = editor.agenda_tab.items
        for number in range(items.count()):
            item = items.item(number)
            width = items.visualItemRect(item).width() - PADDING
            shown[item.text()] = lines_of(item.text(), items.font(), width)

    look_at_size(qtbot, monkeypatch, sqlite_url, (1024, 768), look)
    marked = [text for text in shown if text.endswith("✎")]
    assert any(text.startswith("2. Information från lokalpolisområde Norrmalm") for text in marked)
    for text in marked:
        assert shown[text][-1] != "✎", shown[text]
