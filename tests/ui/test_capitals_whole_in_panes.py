"""The dots of "Ö" and the rings of "Å" at the top of a detail pane's values, titles and texts.

At 1024 × 768 the Actions pane's "Ansvarig" read "Ostermalms stadsdelsförvaltning": a value can
be selected, so Qt draws it through a text document clipped at its first line's top, and the
room ui.fonts gives above it stayed empty (one faint row of the dots was left). Measured against
the same text with plain capitals: the accents must reach above the capital's body."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPicture
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.text_fit import wrapped_lines
from tests.ui.windows import keep_shot, settle, wait_exposed
from ui import fonts
from ui.actions.area import ActionsArea
from ui.main_window import MainWindow
from ui.widgets.detail import DetailPane, FactList

RESPONSIBLE = "Östermalms stadsdelsförvaltning, Åre, Ängby"
NOTES = "Östra Ängby ringer upp om belysningen."
WITHOUT_ACCENTS = str.maketrans("ÅÄÖ", "AAO")
DARK = 128  # lightness of ink, not of anti-aliasing's grey at a glyph's edge


def first_ink_row(label: QLabel) -> int:
    """The top row of the label's picture with dark ink, over its first character's columns."""
    image = label.grab().toImage()
    left = label.contentsRect().left()
    columns = range(left, left + label.fontMetrics().horizontalAdvance(label.text()[0]))
    return next(
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y).lightness() < DARK for x in columns)
    )


def accents_reach(label: QLabel, qtbot: QtBot) -> int:
    """How many rows the label's first capital (Å, Ä, Ö) draws above its plain twin's body."""
    shown = label.text()
    with_accents = first_ink_row(label)
    label.setText(shown.translate(WITHOUT_ACCENTS))
    qtbot.wait(50)
    without = first_ink_row(label)
    label.setText(shown)
    qtbot.wait(50)
    return without - with_accents


@pytest.fixture
def roomy_style(font_lacking_room: int) -> int:
    """The program's style over the font that lacks room (DejaVu Sans): the room it gives."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert fonts.keep_capitals_whole(app) is not None
    return font_lacking_room


def shown_pane(qtbot: QtBot, width: int) -> tuple[DetailPane, QLabel]:
    """A pane as an area shows it: first empty (its labels polished without a text), then a
    record chosen."""
    pane = DetailPane("Välj en åtgärd")
    qtbot.addWidget(pane)
    facts = pane.add_facts("Uppgifter")
    facts.add_fact("responsible", "Ansvarig")
    pane.add_text("notes", "Anteckningar")
    pane.resize(width, 400)
    pane.show()
    wait_exposed(qtbot, pane)
    pane.show_record("Åtgärda belysningen")
    facts.set_fact("responsible", RESPONSIBLE)
    pane.set_text("notes", NOTES)
    qtbot.wait(50)  # layout requests are posted
    return pane, facts.value_label("responsible")


@pytest.mark.parametrize("width", [260, 600], ids=["two lines", "one line"])
def test_a_facts_capital_keeps_its_dots(qtbot: QtBot, roomy_style: int, width: int) -> None:
    pane, value = shown_pane(qtbot, width)
    keep_shot(pane, f"capitals-fact-{width}")
    assert (len(wrapped_lines(value)) > 1) == (width == 260)
    # The dots stand two rows above the body of "O" and a row apart from it, as on any label.
    assert accents_reach(value, qtbot) >= roomy_style + 1
    assert accents_reach(pane.title, qtbot) >= 1  # the selectable title: "Å" of "Åtgärda"
    # A paragraph under its heading (a group's purpose, an action's notes).
    notes = next(label for label in pane.findChildren(QLabel) if label.text() == NOTES)
    assert accents_reach(notes, qtbot) >= roomy_style + 1


def test_a_fact_in_a_warning_colour_keeps_its_dots(qtbot: QtBot, roomy_style: int) -> None:
    pane, value = shown_pane(qtbot, 260)
    facts = value.parentWidget()
    assert isinstance(facts, FactList)
    facts.set_fact("responsible", RESPONSIBLE, QColor("#b42318"))  # its own style sheet now
    qtbot.wait(50)
    assert accents_reach(value, qtbot) >= roomy_style + 1


def test_the_actions_pane_at_1024_shows_the_dots_of_ostermalm(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    """The glitch as it was seen: the real window at 1024 × 768, an action chosen whose
    responsible is Östermalm's district administration, wrapped on two lines beside its label."""

    def look(window: MainWindow) -> tuple[list[str], int, int]:
        window.navigate("actions")
        area = window.area("actions")
        assert isinstance(area, ActionsArea)
        qtbot.waitUntil(lambda: area.table.model().rowCount() > 0)
        settle(qtbot)
        click_row(qtbot, area.table, "Beskära buskagen längs passagen")
        settle(qtbot)
        qtbot.wait(50)
        value = area.detail.facts.value_label("responsible")
        keep_shot(area.detail, "capitals-actions-1024")
        room = fonts.overshoot(QApplication.instance())  # type: ignore[arg-type]
        return wrapped_lines(value), room, accents_reach(value, qtbot)

    lines, room, reach = look_at_demo((1024, 768), look)
    assert lines == ["Östermalms", "stadsdelsförvaltning"]
    assert room > 0
    assert reach >= room + 1


def _recorded_bytes(label: QLabel) -> int:
    """What painting ``label`` draws, as the size of its recording."""
    picture = QPicture()
    label.render(picture)
    return picture.size()


def test_a_long_texts_accents_cost_its_first_line_not_the_whole_text(
    qtbot: QtBot, roomy_style: int
) -> None:
    """The strip above a text drew the whole text again, clipped away, on every paint (forty
    lines of notes drawn twice, each time the pane repainted): now only its first line."""
    pane, _value = shown_pane(qtbot, 600)
    pane.set_text("notes", "\n".join([NOTES] * 40))
    qtbot.wait(50)
    notes = pane.text_label("notes")
    assert accents_reach(notes, qtbot) >= roomy_style + 1
    with_tops = _recorded_bytes(notes)
    app = QApplication.instance()
    assert app is not None
    tops = app.findChild(QObject, "capitalTops")
    assert tops is not None
    notes.removeEventFilter(tops)
    alone = _recorded_bytes(notes)
    assert with_tops - alone < alone / 5, (with_tops, alone)  # was as much again
