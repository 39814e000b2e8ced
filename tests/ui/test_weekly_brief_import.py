"""Veckosammanställning → Hämta från möte…: on Friday the coordinator takes Thursday's minutes of
the SLK network into the summary instead of typing them again: the week's minuted meetings are
listed, their minuted items ticked, the text each brings shown; an item she had begun is saved
first; a second import offers the items as already there and adds nothing. Before Thursday the
picker shows the week before's meeting, and says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.models import GroupType, MeetingStatus
from samverkan_desktop.services import agenda, brief_imports, meetings, weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek
from tests.core.meeting_data import make_group
from tests.core.test_brief_imports import SLK, _meeting
from tests.ui.answers import acknowledge, another_desk
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window, weekly_brief
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.overview.minutes_import_dialog import MinutesImportDialog
from ui.overview.view import OverviewArea
from ui.overview.weekly_brief_dialog import WeeklyBriefDialog

THURSDAY = dt.date(2026, 12, 3)  # week 49
WEEK = BriefWeek(2026, 49)
CTRL = Qt.KeyboardModifier.ControlModifier


def _network_minutes(session: Session, day: dt.date) -> None:
    group_id = make_group(session, SLK, type=GroupType.NATVERK)
    meeting_id, ids = _meeting(
        session,
        group_id,
        day,
        {
            "Information från SLK": "Två demonstrationer i innerstaden på lördag.",
            "Stadens krisledningsövning": "Förvaltningarna utser deltagare.",
            "Värmebölja": "Inget att rapportera.",
        },
    )
    agenda.add_decision(
        session,
        meeting_id,
        "Varje förvaltning anmäler två deltagare.",
        ids["Stadens krisledningsövning"],
    )
    meetings.set_meeting_status(session, meeting_id, MeetingStatus.HELD)


def _lines(picker: MinutesImportDialog) -> list[tuple[str, bool]]:
    items = [picker.items.item(i) for i in range(picker.items.count())]
    return [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items]


def _click_line(qtbot: QtBot, picker: MinutesImportDialog, row: int) -> None:
    rect = picker.items.visualItemRect(picker.items.item(row))
    qtbot.mouseClick(picker.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _inside(kind: type[QWidget], handler: Callable[[QWidget], None], errors: list[str]) -> None:
    """Answer a dialog opened from inside a dialog the modal driver is answering (Qt does not
    fire its timer inside its own slot): wait until it is in front, then ``handler``."""

    def poll(tries: int = 300) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind) or QApplication.activeWindow() is not widget:
            if tries:
                QTimer.singleShot(10, lambda: poll(tries - 1))
            else:
                errors.append(f"no {kind.__name__} came")
            return
        try:
            handler(widget)
        except Exception as error:  # noqa: BLE001 - asserted by the test
            errors.append(f"{type(error).__name__}: {error}")
            widget.close()

    QTimer.singleShot(0, poll)


def test_fridays_summary_takes_thursdays_minutes(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: THURSDAY + dt.timedelta(days=1))
    ctx.call(_network_minutes, THURSDAY)
    window, _overview = area_in_window(qtbot, ctx, "overview", OverviewArea)
    seen: dict[str, object] = {}
    told: list[str] = []
    errors: list[str] = []

    def pick(picker: QWidget) -> None:
        assert isinstance(picker, MinutesImportDialog)
        seen["note"] = picker.note.text()
        seen["meetings"] = column_texts(picker.meetings, "Grupp")
        seen["dates"] = column_texts(picker.meetings, "Datum")
        seen["lines"] = _lines(picker)
        _click_line(qtbot, picker, 1)  # shows its text, and unticks it
        seen["text"] = picker.text.toPlainText()
        _click_line(qtbot, picker, 2)  # "Värmebölja": nothing for management
        click_button(qtbot, picker, "Hämta punkterna")

    def pick_again(picker: QWidget) -> None:
        assert isinstance(picker, MinutesImportDialog)
        seen["again"] = _lines(picker)
        for row in range(3):  # only the one already there ticked
            _click_line(qtbot, picker, row)
        _inside(QMessageBox, acknowledge(qtbot, told), errors)
        click_button(qtbot, picker, "Hämta punkterna")

    def summary(dialog: WeeklyBriefDialog) -> None:
        # An item begun and not saved: saved on the way, not lost.
        qtbot.keyClick(dialog.table, Qt.Key.Key_N, CTRL)
        type_text(qtbot, dialog.editor.heading, "Julmarknad på Östermalmstorg")
        _inside(MinutesImportDialog, pick, errors)
        click_button(qtbot, dialog, "Hämta från möte…")
        seen["headings"] = column_texts(dialog.table, "Rubrik")
        seen["sources"] = column_texts(dialog.table, "Ursprung")
        seen["editor"] = (dialog.editor.heading.text(), dialog.editor.text.toPlainText())
        _inside(MinutesImportDialog, pick_again, errors)
        click_button(qtbot, dialog, "Hämta från möte…")
        seen["after"] = column_texts(dialog.table, "Rubrik")
        click_button(qtbot, dialog, "Stäng")

    weekly_brief(qtbot, window, modals, summary)
    assert errors == []
    assert seen["note"] == (
        "Möten vecka 48 och 49 med minnesanteckningar; de ikryssade punkterna läggs till i "
        "sammanställningen för vecka 49."
    )
    assert seen["meetings"] == [SLK] and seen["dates"] == ["tors 2026-12-03 09.00"]
    assert seen["lines"] == [
        ("1. Information från SLK", True),
        ("2. Stadens krisledningsövning", True),
        ("3. Värmebölja", True),
    ]
    assert seen["text"] == (
        "Förvaltningarna utser deltagare.\n\nBeslut:\n- Varje förvaltning anmäler två deltagare."
    )
    assert seen["headings"] == ["Julmarknad på Östermalmstorg", "Information från SLK"]
    assert seen["sources"] == ["SLK-nätverket", "SLK-nätverket"]
    assert seen["editor"] == (
        "Information från SLK",
        "Två demonstrationer i innerstaden på lördag.",
    )
    assert seen["again"] == [
        ("1. Information från SLK (finns redan i sammanställningen)", False),
        ("2. Stadens krisledningsövning", True),
        ("3. Värmebölja", True),
    ]
    assert told == ["De ikryssade punkterna finns redan i sammanställningen."]
    assert seen["after"] == ["Julmarknad på Östermalmstorg", "Information från SLK"]
    items = ctx.call(weekly_briefs.get_brief, WEEK).items
    assert not any(i.shareable for i in items)


def _crisis_support_minutes(session: Session, day: dt.date) -> None:
    group_id = make_group(session, "Krisstödsgruppen", type=GroupType.NATVERK)
    _meeting(session, group_id, day, {"Utbildning i krisstöd": "Tre tillfällen i mars."})


def test_before_thursday_the_week_befores_slk_meeting_is_chosen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: THURSDAY - dt.timedelta(days=1))
    ctx.call(_network_minutes, THURSDAY - dt.timedelta(days=7))
    ctx.call(_crisis_support_minutes, THURSDAY - dt.timedelta(days=2))  # this Tuesday
    dialog = show_window(qtbot, WeeklyBriefDialog(ctx), 1000, 560)
    qtbot.waitUntil(dialog.isActiveWindow)
    seen: list[str] = []
    refusals: list[str] = []

    def pick(picker: QWidget) -> None:
        assert isinstance(picker, MinutesImportDialog)
        seen.append(picker.note.text())
        seen.extend(column_texts(picker.meetings, "Datum"))
        seen.append(picker.meetings.current_row().group_name)  # type: ignore[union-attr]
        for row in range(3):
            _click_line(qtbot, picker, row)  # none ticked: refused beside the list
        click_button(qtbot, picker, "Hämta punkterna")
        refusals.append(picker.error_text("items"))
        picker.items.setFocus()
        qtbot.keyClick(picker.items, Qt.Key.Key_Home)
        qtbot.keyClick(picker.items, Qt.Key.Key_Space)  # the first ticked again
        qtbot.keyClick(picker.items, Qt.Key.Key_Return)

    modals.answer(pick)
    click_button(qtbot, dialog, "Hämta från möte…")
    modals.check()
    assert seen == [
        "Möten vecka 48 och 49 med minnesanteckningar; de ikryssade punkterna läggs till i "
        "sammanställningen för vecka 49.",
        "tors 2026-11-26 09.00",
        "tis 2026-12-01 09.00",
        SLK,  # chosen: the latest of the SLK network's, not the latest of all
    ]
    assert refusals == ["Kryssa i minst en punkt att hämta."]
    assert column_texts(dialog.table, "Rubrik") == ["Information från SLK"]
    assert dialog.week_bar.week_label.text().startswith("Vecka 49")


def test_an_import_after_another_desk_changed_the_summary_is_refused_then_repeated(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: THURSDAY + dt.timedelta(days=1))
    ctx.call(_network_minutes, THURSDAY)
    picker = show_window(qtbot, MinutesImportDialog(ctx, WEEK, 0), 760, 560)  # none written yet
    meeting = picker.meetings.current_row()
    assert meeting is not None
    with another_desk(ctx.db.url) as desk:  # imports the first item meanwhile
        first = meeting.items[0].agenda_item_id
        desk.call(brief_imports.import_items, WEEK, meeting.meeting_id, [first])
    click_button(qtbot, picker, "Hämta punkterna")

    assert picker.isVisible() and picker.imported is None
    assert picker.general_error.text() == (
        "Någon annan har ändrat veckans sammanställning under tiden, så inget hämtades. Listan "
        "visar nu vad sammanställningen innehåller: tryck på ”Hämta punkterna” igen för att "
        "hämta de ikryssade punkterna."
    )
    headings = [i.heading for i in ctx.call(weekly_briefs.get_brief, WEEK).items]
    assert headings == ["Information från SLK"]  # theirs, nothing of this import
    assert _lines(picker) == [  # read anew, the ticks as they were
        ("1. Information från SLK (finns redan i sammanställningen)", True),
        ("2. Stadens krisledningsövning", True),
        ("3. Värmebölja", True),
    ]
    click_button(qtbot, picker, "Hämta punkterna")
    assert not picker.isVisible()
    assert picker.imported is not None and picker.imported.already == 1
    headings = [i.heading for i in ctx.call(weekly_briefs.get_brief, WEEK).items]
    assert headings == ["Information från SLK", "Stadens krisledningsövning", "Värmebölja"]
