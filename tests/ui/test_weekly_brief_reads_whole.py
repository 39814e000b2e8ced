"""Översikt → Veckosammanställning… at its default size on a 1024 × 768 screen, in the program's
own style, on a sent week: the week's title, "Skickad till förvaltningsledningen …" and "Markera
skickad i dag" read whole, the dialog no wider than its 1000 px. Title and sent line on one line
beside the week's buttons held it at 999 px with "Vecka 48, 23–29 nov 2026"; "Vecka 48, 23 nov –
29 nov 2026" cut all three, the button by 4 px (seen under Xvfb), and week 53's title ("28 dec
2026 – 3 jan 2027") is longer still."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.models.weekly_briefs import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.brief_reading import BriefWeek
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import weekly_brief
from tests.ui.own_style import LookAt
from tests.ui.text_fit import plain
from tests.ui.windows import keep_shot, settle
from ui.main_window import MainWindow
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

WEEK = BriefWeek(2026, 53)  # the longest title: both years, opened as from its history


def _cut(label: QLabel) -> bool:
    """Whether the label shows less than its text: narrower than its line, or, wrapped, lower
    than its lines."""
    if label.wordWrap():
        return label.height() < label.heightForWidth(label.width())
    return label.contentsRect().width() < label.fontMetrics().horizontalAdvance(label.text())


def _short(button: QAbstractButton) -> int:
    return max(0, button.sizeHint().width() - button.width())


def test_a_sent_week_reads_whole_at_the_default_size(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    sqlite_url: str,
    modals: ModalDriver,
) -> None:
    db = open_database(sqlite_url)
    item = weekly_briefs.ItemInput(BriefSource.SLK, "Nyårsafton vid Stureplan")
    db.call(weekly_briefs.add_item, WEEK, item)
    db.call(weekly_briefs.mark_sent, WEEK, dt.date(2027, 1, 1), 1)
    db.dispose()
    seen: dict[str, object] = {}

    def in_dialog(dialog: WeeklyBriefDialog) -> None:
        keep_shot(dialog, "weekly-brief-sent-whole")
        seen["width"] = dialog.width()
        seen["texts"] = (
            plain(dialog.week_bar.week_label.text()),
            dialog.week_bar.sent_label.text(),
        )
        seen["cut"] = [
            label.text()
            for label in (dialog.week_bar.week_label, dialog.week_bar.sent_label)
            if _cut(label)
        ]
        seen["short"] = {
            b.text(): _short(b)
            for b in dialog.findChildren(QPushButton)
            if b.isVisible() and _short(b)
        }
        click_button(qtbot, dialog, "Stäng")

    look_at_demo((1024, 768), lambda window: weekly_brief(qtbot, window, modals, in_dialog, WEEK))
    assert seen["texts"] == (
        "Vecka 53, 28 dec 2026 – 3 jan 2027",
        "Skickad till förvaltningsledningen 2027-01-01",
    )
    assert isinstance(seen["width"], int) and seen["width"] <= 1000
    assert seen["cut"] == []
    assert seen["short"] == {}


def test_the_least_size_leaves_room_and_reads_whole(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], modals: ModalDriver
) -> None:
    """The dialog's least width was 999 of its 1000 px (the "Delas vidare" box's text on one
    line beside the list): a slightly wider font cut it again on a 1024-pixel screen. Now well
    under, and at its least size every label, box and button reads whole."""
    seen: dict[str, object] = {}

    def in_dialog(dialog: WeeklyBriefDialog) -> None:
        seen["least"] = dialog.minimumSizeHint().width()
        for _round in range(2):  # its wrapped lines ask their height at the least width
            dialog.resize(dialog.minimumSizeHint())
            settle(qtbot)
            qtbot.wait(50)
        keep_shot(dialog, "weekly-brief-least")
        shown = [w for w in dialog.findChildren(QWidget) if w.isVisible()]
        seen["cut"] = [w.text() for w in shown if isinstance(w, QLabel) and _cut(w)]
        seen["short"] = {
            b.text(): _short(b) for b in shown if isinstance(b, QAbstractButton) and _short(b)
        }
        seen["hint"] = dialog.editor.shareable_hint.text()
        click_button(qtbot, dialog, "Stäng")

    look_at_demo((1024, 768), lambda window: weekly_brief(qtbot, window, modals, in_dialog, WEEK))
    assert isinstance(seen["least"], int) and seen["least"] <= 900, seen["least"]
    assert seen["hint"] == ("Fältassistenter, polis och föräldravandrare får den i ”Inför helgen”.")
    assert seen["cut"] == []
    assert seen["short"] == {}
