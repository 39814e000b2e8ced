"""Grupper → a group's "Deltagande organisationer": the details name every organisation taking
part once (the members' and those with no named person), the form adds one typed in part and
removes another by clicks, refuses an organisation not in the contacts beside the row, and a
removal alone is a change that closing asks about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import groups
from tests.ui.answers import cancel_typed
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

STUREPLAN = "Platssamverkan Stureplan/Östermalmstorg"


def _stureplan(qtbot: QtBot, ctx: AppContext, width: int = 1366, height: int = 768) -> GroupsArea:
    _window, area = area_in_window(qtbot, ctx, "groups", GroupsArea, width, height)
    click_row(qtbot, area.page.table, STUREPLAN)
    return area


def _line(dialog: GroupDialog, name: str) -> int:
    texts = [line.organisation.currentText() for line in dialog.organisations.lines]
    return texts.index(name)


def test_the_details_name_each_organisation_once_and_the_form_changes_them(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _stureplan(qtbot, demo_ctx)
    assert area.detail.facts.fact("organisations").split(", ") == [
        "City i samverkan",
        "Lokalpolisområde Norrmalm",
        "MTR Tunnelbanan – vid behov",
        "SL (Region Stockholm) – vid behov",
        "Sturegallerian",
        "Stureplansgruppen",
        "Trafikkontoret",
        "Östermalms stadsdelsförvaltning",
        "Östermalmshallen",
    ]
    seen: dict[str, str] = {}

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        seen["members"] = dialog.member_organisations.text()
        sl = dialog.organisations.lines[_line(dialog, "SL (Region Stockholm)")]
        qtbot.mouseClick(sl.remove_button, Qt.MouseButton.LeftButton)
        click_button(qtbot, dialog, "Lägg till organisation")
        added = dialog.organisations.lines[-1]
        focused = dialog.focusWidget()  # typing goes there
        assert focused in (added.organisation, added.organisation.lineEdit())
        type_text(qtbot, line_edit(added.organisation), "Nokas Security")
        click_button(qtbot, dialog, "Spara")
        seen["error"] = dialog.error_text("organisations")  # still open, nothing lost
        line_edit(added.organisation).clear()
        type_text(qtbot, line_edit(added.organisation), "socialförv")  # one match: picked
        type_text(qtbot, added.note, "adjungerad")
        click_button(qtbot, dialog, "Spara")

    modals.answer(change)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert seen["members"].startswith("Genom medlemmarna: City i samverkan, Lokalpolisområde")
    assert seen["error"] == (
        "Ingen enskild organisation i kontakterna stämmer med ”Nokas Security”. "
        "Välj en i listan, eller lägg först till den under Kontakter."
    )
    fact = area.detail.facts.fact("organisations")
    assert "Socialförvaltningen – adjungerad" in fact and "SL (Region Stockholm)" not in fact
    assert fact.count("MTR Tunnelbanan") == 1
    group = next(g for g in demo_ctx.call(groups.list_groups) if g.name == STUREPLAN)
    saved = demo_ctx.call(groups.get_group, group.id)
    assert [(o.organisation, o.note) for o in saved.organisations] == [
        ("MTR Tunnelbanan", "vid behov"),
        ("Socialförvaltningen", "adjungerad"),
    ]


def test_a_removal_alone_is_a_change_that_closing_asks_about(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _stureplan(qtbot, demo_ctx)

    def remove_and_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        mtr = dialog.organisations.lines[_line(dialog, "MTR Tunnelbanan")]
        qtbot.mouseClick(mtr.remove_button, Qt.MouseButton.LeftButton)
        cancel_typed(qtbot, dialog)  # asserts "Stänga utan att spara?" was asked

    modals.answer(remove_and_cancel)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    assert "MTR Tunnelbanan – vid behov" in area.detail.facts.fact("organisations")


def test_the_organisations_read_whole_at_a_laptops_sizes(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    for width, height in ((1100, 700), (1366, 768)):
        area = _stureplan(qtbot, demo_ctx, width, height)
        settle(qtbot)
        scroll = area.detail.findChild(QScrollArea)
        assert scroll is not None
        assert scroll.horizontalScrollBar().maximum() == 0, width  # wrapped, not cut
        facts = area.detail.facts
        text = facts.fact("organisations")
        value = next(label for label in facts.findChildren(QLabel) if label.text() == text)
        # Whole: its longest word ("stadsdelsförvaltning") fits the label's width, and the
        # label is as tall as its wrapped lines need.
        longest = max(value.fontMetrics().horizontalAdvance(word) for word in text.split())
        assert longest <= value.contentsRect().width(), width
        assert value.height() >= value.heightForWidth(value.width()), width


def test_a_note_pasted_over_two_lines_is_saved_and_shown_on_one(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _stureplan(qtbot, demo_ctx)

    def paste_note(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        note = dialog.organisations.lines[_line(dialog, "MTR Tunnelbanan")].note
        QApplication.clipboard().setText("vid behov,\nendast kvällar")  # copied from a mail
        qtbot.mouseClick(note, Qt.MouseButton.LeftButton)
        note.selectAll()
        qtbot.keyClick(note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert "\n" in note.text()  # the field itself keeps what was pasted
        click_button(qtbot, dialog, "Spara")

    modals.answer(paste_note)
    qtbot.keyClick(area.page.table, Qt.Key.Key_Return)
    modals.check()
    fact = area.detail.facts.fact("organisations")
    assert "MTR Tunnelbanan – vid behov, endast kvällar" in fact
    assert "\n" not in fact
