"""The detail pane beside a list shows every line of its wrapped facts and texts, and keeps
them at its top: the sections were pinned there by the layout's alignment, which gives them
their size hint's height, counting a row of buttons wrapped in a narrow pane as one line, and
the last line of a long origin or name was cut off (the Actions pane had a workaround)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle, show_window
from ui.widgets.detail import DetailPane
from ui.widgets.flow_layout import FlowLayout

# One line each at the width a text would like; two or three in a pane beside the list.
ORIGIN = "Möte 2026-11-03 09.00, Lokal beredningsgrupp Östermalm"
PURPOSE = "Förebygga brott mot särskilt utsatta brottsoffer i området"


def _cut(pane: DetailPane) -> list[str]:
    """Texts given fewer lines than they need at their width."""
    return [
        label.text()
        for label in pane.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def _pane(qtbot: QtBot, width: int) -> tuple[DetailPane, FlowLayout]:
    pane = show_window(qtbot, DetailPane("Välj en åtgärd"), width, 700)
    buttons = FlowLayout()  # as the Actions pane's Status, Edit… and Show group
    for text in ("Redigera…", "Visa grupp", "Markera klar", "Historik…", "Skriv ut…"):
        buttons.addWidget(QPushButton(text, pane))
    pane.sections.addLayout(buttons)
    facts = pane.add_facts("Uppgifter")
    facts.add_fact("responsible", "Ansvarig")
    facts.add_fact("source", "Ursprung")
    pane.add_text("purpose", "Syfte")
    pane.add_bottom(QListWidget(pane), (1, 1))  # the follow-up notes below
    pane.show_record("Se över belysningen i Tessinparken")
    facts.set_fact("responsible", "Sara Holm · Lokalpolisområde Norrmalm")
    facts.set_fact("source", ORIGIN)
    pane.set_text("purpose", PURPOSE)
    pane.fit_sections()
    return pane, buttons


@pytest.mark.parametrize("width", [240, 300, 360])
def test_every_line_of_the_wrapped_texts_shows_at_the_top(qtbot: QtBot, width: int) -> None:
    pane, buttons = _pane(qtbot, width)
    settle(qtbot)
    assert _cut(pane) == []
    assert buttons.geometry().top() <= 8  # at the top, under the title
    pane.resize(width - 40, 700)  # narrower: the texts wrap into more lines
    settle(qtbot)
    assert _cut(pane) == []
    assert buttons.geometry().top() <= 8
