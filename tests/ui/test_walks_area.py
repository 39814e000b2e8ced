"""The Safety walks area as a coordinator uses it: lists and filters, planning with bad input,
carrying a walk through its steps, recording answers, observations, photos and actions, and the
printouts in the preview."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ActionStatus, WalkStatus
from samverkan_desktop.services import (
    checklists,
    places,
    walk_actions,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_rows,
)
from tests.ui.clicks import line_edit
from tests.ui.menus import choose_in_menu
from tests.ui.openers import area_alone
from tests.ui.tables import cell
from tests.ui.windows import shown_previews
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.walks.observation_dialogs import ActionDialog, ActionFollowUpDialog, ObservationDialog
from ui.walks.template_dialog import TemplateDialog
from ui.walks.walk_dialog import WalkDialog
from ui.widgets.pdf_dialog import PdfPreviewDialog


def _area(qtbot: QtBot, ctx: AppContext) -> WalksArea:
    return area_alone(qtbot, WalksArea(ctx))


def _ok(qtbot: QtBot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _answer_message_box(texts: list[str]) -> Callable[[], None]:
    """Read the message box that the next action opens, and close it."""

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.buttons()[0].click()

    return close


def _walk_id(ctx: AppContext, place: str, year: int) -> int:
    return next(
        w.id for w in ctx.call(walk_reading.list_walks) if w.place == place and w.date.year == year
    )


def test_the_area_sits_in_the_design_order_in_the_sidebar(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(window)
    keys = window.area_keys()
    # The design card: Overview, Groups & meetings, Calendar, Safety walks, Alarms, Crisis, Contacts.
    assert keys.index("groups") < keys.index("walks") < keys.index("contacts")
    for before in ("calendar", "actions"):
        if before in keys:
            assert keys.index(before) < keys.index("walks")
    if "alarms" in keys:
        assert keys.index("walks") < keys.index("alarms")
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Trygghetsvandringar" in titles


def test_walks_are_listed_and_filtered(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = _area(qtbot, demo_ctx)
    page = area.walks_page
    assert page.model.rowCount() == 7  # five from the papers, Stureplan, the follow-up
    page.year_filter.setCurrentIndex(page.year_filter.findText("2021"))
    assert {r.place for r in page.model.rows()} == {
        "Gyllenstiernsgatan",
        "Tessinparken",
        "Universitetet–Lappis",
    }
    page.year_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.search, "vasa")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)  # Vasaparken and Vasagatan (Klara)
    assert "2 vandringar" in page.count_label.text()


def test_a_walk_without_a_place_is_refused_beside_the_field(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    before = len(demo_ctx.call(walk_reading.list_walks))
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.date.set_value(clock.today() + dt.timedelta(days=30))
    qtbot.keyClicks(dialog.time, "18.30")
    _ok(qtbot, dialog)
    assert dialog.result() == 0
    assert "behöver en plats" in dialog.error_text("place_id")
    assert len(demo_ctx.call(walk_reading.list_walks)) == before
    # Typing a place that is not in the register is refused too, with what was typed.
    qtbot.keyClicks(dialog.place.lineEdit(), "Karlaplan")
    _ok(qtbot, dialog)
    assert dialog.result() == 0
    assert "Karlaplan" in dialog.error_text("place_id")
    assert len(demo_ctx.call(walk_reading.list_walks)) == before
    line_edit(dialog.place).clear()
    qtbot.keyClicks(dialog.place.lineEdit(), "Tessinparken")
    _ok(qtbot, dialog)
    assert dialog.saved_id is not None
    walk = demo_ctx.call(walk_reading.get_walk, dialog.saved_id)
    assert walk.place == "Tessinparken" and walk.start_time == dt.time(18, 30)
    assert walk.checklist_name == "Trygghetsvandring – standard"


def test_a_walk_is_carried_through_its_steps(qtbot: QtBot, demo_ctx: AppContext) -> None:
    place = demo_ctx.call(places.list_places)[0].id
    walk_id = demo_ctx.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place, clock.today(), checklist_template_id=1),
    )
    demo_ctx.call(walk_route.add_stop, walk_id, "Entrén")
    area = _area(qtbot, demo_ctx)
    area.walks_page.reload(select_id=walk_id)
    table = area.walks_page.table
    rect = table.visualRect(table.currentIndex())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = area.view
    assert area.stack.currentWidget() is view
    assert view.next_button.text() == "Markera som genomförd"
    assert not view.checklist_tab.save_button.isEnabled()  # nothing to record before the walk

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.WALKED
    assert view.tabs.currentWidget() is view.checklist_tab

    # Rate the first point 1 with a note, the second 3 then clear it, and save.
    rows = view.checklist_tab.rows
    qtbot.mouseClick(rows[0].buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(rows[0].note, "Two lamps out")
    qtbot.mouseClick(rows[1].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows[1].buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.checklist_tab.save_button, Qt.MouseButton.LeftButton)
    sheet = demo_ctx.call(walk_records.get_checklist, walk_id)
    stop = sheet.stops[0].id
    assert sheet.answer(stop, sheet.items[0].id).rating == 1  # type: ignore[union-attr]
    assert sheet.answer(stop, sheet.items[0].id).note == "Two lamps out"  # type: ignore[union-attr]
    assert sheet.answer(stop, sheet.items[1].id) is None

    # The closing meeting cannot be before the walk: a clear message, the notes kept.
    view.tabs.setCurrentWidget(view.closing_tab)
    view.closing_tab.held_on.set_value(clock.today() - dt.timedelta(days=3))
    qtbot.keyClicks(view.closing_tab.notes, "Trafikkontoret fixes the lights.")
    texts: list[str] = []
    QTimer.singleShot(0, _answer_message_box(texts))
    qtbot.mouseClick(view.closing_tab.save_closing_button, Qt.MouseButton.LeftButton)
    assert texts and "före vandringen" in texts[0]
    assert view.closing_tab.notes.toPlainText() == "Trafikkontoret fixes the lights."
    view.closing_tab.held_on.set_value(clock.today())
    qtbot.mouseClick(view.closing_tab.save_closing_button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_reading.get_walk, walk_id).status is WalkStatus.CLOSING_MEETING_HELD
    assert view.next_button.text() == "Planera uppföljande vandring…"


def test_a_planned_walk_cannot_be_marked_walked_before_its_day(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = _area(qtbot, demo_ctx)
    upcoming = next(w for w in demo_ctx.call(walk_reading.list_walks) if w.date > clock.today())
    area.open_walk(upcoming.id)
    # Greyed, the day in its tooltip, rather than a click answered by a refusal
    # (test_walk_step_on_its_day)
    assert not area.view.next_button.isEnabled()
    assert upcoming.date.isoformat() in area.view.next_button.toolTip()
    qtbot.mouseClick(area.view.next_button, Qt.MouseButton.LeftButton)
    assert demo_ctx.call(walk_reading.get_walk, upcoming.id).status is WalkStatus.PLANNING


def test_observation_photo_and_action_with_bad_input(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    walk_id = _walk_id(demo_ctx, "Tessinparken", 2021)
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    tab = area.view.observations_tab
    area.view.tabs.setCurrentWidget(tab)
    before = tab.model.rowCount()

    dialog = ObservationDialog(demo_ctx, walk_id, parent=area)
    qtbot.addWidget(dialog)
    _ok(qtbot, dialog)  # nothing described
    assert dialog.saved_id is None
    qtbot.keyClicks(dialog.description, "Broken bench by the playground")
    dialog.stop.setCurrentIndex(2)
    _ok(qtbot, dialog)
    assert dialog.saved_id is not None
    demo_ctx.bus.announce("walks")
    assert tab.model.rowCount() == before + 1
    tab.select(dialog.saved_id)

    # Not a picture: a clear message, nothing attached.
    fake = tmp_path / "bild.jpg"
    fake.write_text("inte en bild", encoding="utf-8")
    texts: list[str] = []
    QTimer.singleShot(0, _answer_message_box(texts))
    tab.attach_photo(str(fake))
    assert texts and "ingen bild" in texts[0]
    assert tab.photos.count() == 0
    # A big photo: attached, shown scaled, the original kept.
    big = tmp_path / "IMG_0001.JPG"
    Image.new("RGB", (4000, 3000), (30, 30, 60)).save(big, "JPEG")
    tab.attach_photo(str(big))
    assert tab.photos.count() == 1
    photo = demo_ctx.call(walk_records.get_observation, dialog.saved_id).photos[0]
    assert photo.original_path.read_bytes() == big.read_bytes()

    observation = demo_ctx.call(walk_records.get_observation, dialog.saved_id)
    action = ActionDialog(demo_ctx, observation, parent=area)
    qtbot.addWidget(action)
    qtbot.keyClicks(action.what, "Repair the bench")
    _ok(qtbot, action)  # no responsible organisation on the observation
    assert action.result() == 0
    assert "ansvarig" in action.error_text("responsible_organisation_id")
    assert demo_ctx.call(walk_actions.list_for_observation, observation.id) == []
    qtbot.keyClicks(action.organisation.lineEdit(), "Trafikkontoret")
    action.due.set_value(dt.date(2021, 9, 1))
    _ok(qtbot, action)
    assert action.result() == 0
    assert "2021-09-01" in action.error_text("due_on")
    assert demo_ctx.call(walk_actions.list_for_observation, observation.id) == []
    action.due.set_value(clock.today() + dt.timedelta(days=30))
    _ok(qtbot, action)
    rows = demo_ctx.call(walk_actions.list_for_observation, observation.id)
    assert [(r.title, r.responsible_organisation) for r in rows] == [
        ("Repair the bench", "Trafikkontoret")
    ]
    # Follow it up to the end: done, with a dated note.
    demo_ctx.bus.announce("walks")
    tab.select(observation.id)
    tab.actions_list.setCurrentRow(0)
    assert tab.follow_button.isEnabled()
    follow = ActionFollowUpDialog(demo_ctx, tab.actions_list.item(0).data(Qt.ItemDataRole.UserRole))
    qtbot.addWidget(follow)
    follow.status.set_value(ActionStatus.DONE)
    qtbot.keyClicks(follow.note, "Bench replaced")
    _ok(qtbot, follow)
    done = demo_ctx.call(walk_actions.list_for_observation, observation.id)[0]
    assert done.status is ActionStatus.DONE and done.closed_on == clock.today()
    assert done.latest_note == "Bench replaced"


def test_printouts_open_in_the_preview(qtbot: QtBot, demo_ctx: AppContext) -> None:
    walk_id = _walk_id(demo_ctx, "Tessinparken", 2021)
    area = _area(qtbot, demo_ctx)
    area.open_walk(walk_id)
    menu = area.view.print_button.menu()
    assert menu is not None
    choose_in_menu(menu, "Checklista…\tCtrl+P")

    def preview() -> PdfPreviewDialog:
        found = shown_previews()
        assert found
        return found[-1]

    qtbot.waitUntil(lambda: bool(preview()), timeout=10_000)
    dialog = preview()
    assert dialog.document.pageCount() == 7  # cover, five stops, the signing sheet
    dialog.close()
    letters = [a.text() for a in area.view.letters_menu.actions()]
    assert any(text.startswith("Trafikkontoret") for text in letters)


def test_the_overview_leads_to_the_walk(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = MainWindow(demo_ctx, "test.sqlite3")
    qtbot.addWidget(window)
    upcoming = next(w for w in demo_ctx.call(walk_reading.list_walks) if w.date > clock.today())
    demo_ctx.navigator.go("walks", upcoming.id)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    assert area.stack.currentWidget() is area.view
    assert area.view.walk is not None and area.view.walk.id == upcoming.id


def test_a_checklist_template_is_edited_and_walks_keep_their_copy(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walk_id = _walk_id(demo_ctx, "Tessinparken", 2021)
    dialog = TemplateDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.items.rowCount() == 9
    cell(dialog.items, 0, 1).setText("Light and lamps")
    dialog.items.setCurrentCell(8, 0)
    qtbot.mouseClick(
        next(b for b in dialog.findChildren(QPushButton) if b.text() == "Ta bort punkt"),
        Qt.MouseButton.LeftButton,
    )
    _ok(qtbot, dialog)
    template = demo_ctx.call(checklists.get_template, dialog.template.currentData())
    assert [i.title for i in template.items][:1] == ["Light and lamps"]
    assert len(template.items) == 8
    # The recorded walk still has its nine points as walked.
    sheet = demo_ctx.call(walk_records.get_checklist, walk_id)
    assert len(sheet.items) == 9 and sheet.items[0].title == "Belysning"
    # A code typed wrong is refused beside the list, nothing saved (an empty one is made from
    # the point's name: test_walks_template_point_code.py).
    again = TemplateDialog(demo_ctx)
    qtbot.addWidget(again)
    again.items.add_point()
    cell(again.items, 8, 0).setText("snow clearing!")
    cell(again.items, 8, 1).setText("Snow clearing")
    _ok(qtbot, again)
    assert "kod" in again.error_text("items")
    assert len(demo_ctx.call(checklists.get_template, template.id).items) == 8


@pytest.fixture(autouse=True)
def _close_previews() -> Iterator[None]:
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, PdfPreviewDialog):
            widget.close()
