"""The main window, the Overview and the first start, as a user meets them."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop import demo
from samverkan_desktop.services import group_editing
from samverkan_desktop.services import groups as group_service
from tests.ui.path_lines import path_on_its_own_line, short_folder
from tests.ui.windows import settle
from ui import app as app_module
from ui.context import AppContext
from ui.first_start import FirstStartDialog
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


def test_sidebar_lists_built_areas_in_swedish_and_navigates(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles[0] == "Översikt"
    assert "Kontakter" in titles
    # Ctrl+<n> jumps to the n-th area, like clicking in the sidebar. The offscreen platform has
    # no active window to deliver shortcuts to, so trigger the action that owns the shortcut.
    by_shortcut = {a.shortcut().toString(): a for a in window.findChildren(QAction)}
    by_shortcut["Ctrl+3"].trigger()
    assert window.current_area_key() == window.area_keys()[2]
    window.sidebar.setCurrentRow(0)
    assert window.current_area_key() == "overview"


def test_last_area_and_geometry_are_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(window)
    # Smaller than the offscreen screen (800x800), so the window manager keeps the size.
    window.resize(701, 503)
    window.navigate("contacts")
    window.close()
    again = MainWindow(ctx, "test.sqlite3")
    qtbot.addWidget(again)
    assert again.current_area_key() == "contacts"
    assert (again.size().width(), again.size().height()) == (701, 503)


def test_overview_shows_groups_ending_and_contacts_to_verify(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = OverviewArea(demo_ctx)
    qtbot.addWidget(area)
    area.show()
    settle(qtbot)
    cards = {card.section.key: card for card in area.section_cards()}
    texts = [b.full_text for b in cards["groups_changing"].findChildren(EntryButton)]
    assert any("Arbetsgrupp skolan som brottsplats" in t and "Löptiden slutar" in t for t in texts)
    assert "I dag är det" in area.heading.text() and "v." in area.heading.text()


def test_overview_entry_navigates_to_the_record(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = OverviewArea(demo_ctx)
    qtbot.addWidget(area)
    area.show()
    settle(qtbot)
    card = next(c for c in area.section_cards() if c.section.key == "groups_changing")
    button = next(b for b in card.findChildren(EntryButton) if "skolan" in b.full_text)
    with qtbot.waitSignal(demo_ctx.navigator.requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    area_key, record_id = signal.args
    assert area_key == "groups"
    assert demo_ctx.call(group_service.get_group, record_id).name == (
        "Arbetsgrupp skolan som brottsplats"
    )


def test_overview_refreshes_when_a_group_changes(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = OverviewArea(demo_ctx)
    qtbot.addWidget(area)
    area.show()
    settle(qtbot)
    before = next(c for c in area.section_cards() if c.section.key == "groups_changing")
    group_id = next(i.record_id for i in before.section.items if "skolan" in i.title)
    demo_ctx.call(group_editing.end_group, group_id)
    demo_ctx.bus.announce("groups")
    settle(qtbot)
    after = next(c for c in area.section_cards() if c.section.key == "groups_changing")
    assert all("skolan" not in i.title for i in after.section.items)


def test_first_start_offers_the_example_district(
    qtbot: QtBot, ctx: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    def choose_demo() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_demo)
    app_module.offer_example(ctx)
    assert not ctx.call(demo.is_empty)
    # A second start on the filled database asks nothing.
    app_module.offer_example(ctx)


def test_start_empty_leaves_the_database_empty(qtbot: QtBot, ctx: AppContext) -> None:
    def choose_empty() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_empty)
    app_module.offer_example(ctx)
    assert ctx.call(demo.is_empty)


def test_enter_on_the_welcome_starts_empty(qtbot: QtBot, ctx: AppContext) -> None:
    """Enter on a real installation's first start loaded the invented example district into
    the real database (it was the default button); the example is still one click away."""
    pressed: list[str] = []

    def press_enter() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FirstStartDialog)
        # The dialog's own focus: the application's is None while another window is active.
        focused = dialog.focusWidget()
        pressed.append(focused.text() if isinstance(focused, QPushButton) else repr(focused))
        qtbot.keyClick(focused or dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    app_module.offer_example(ctx)
    assert pressed == ["Börja med en tom databas"]
    assert ctx.call(demo.is_empty)


def _start_on(url: str, whole: Path | None = None) -> tuple[int, list[str]]:
    """Start the program on ``url``, its settings in ``app_settings``'s file; its exit code and
    the messages it showed (each answered with its first button). ``whole``: a path the message
    must show whole on a line of its own, selectable (path_lines)."""
    shown: list[str] = []

    def capture() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        if whole is not None and not path_on_its_own_line(box, whole):
            shown.append(f"(not whole on a line of its own: {whole})")
        box.buttons()[0].click()

    QTimer.singleShot(0, capture)
    return app_module.run(["main.py", "--db", url]), shown


@pytest.mark.usefixtures("app_settings")
def test_a_damaged_database_gets_a_swedish_message_not_a_traceback(qtbot: QtBot) -> None:
    with short_folder() as root:
        # Deep in a shared folder: inside the sentence the path broke at a "/" mid-way.
        folder = root / "Delade dokument" / "Östermalms stadsdelsförvaltning" / "Trygghet"
        folder.mkdir(parents=True)
        bad = folder / "broken.sqlite3"
        bad.write_bytes(b"this is not a database" * 50)
        code, shown = _start_on(f"sqlite:///{bad}", whole=bad)
        assert code == 1
        assert shown == [f"Den här filen är inte en Samverkan-databas:\n{bad}"]
        assert bad.read_bytes() == b"this is not a database" * 50


@pytest.mark.usefixtures("app_settings")
def test_a_database_of_another_program_is_named_on_a_line_of_its_own(qtbot: QtBot) -> None:
    with short_folder() as root:
        folder = root / "Delade dokument" / "Östermalms stadsdelsförvaltning"
        folder.mkdir(parents=True)
        other = folder / "recept.sqlite3"
        with contextlib.closing(sqlite3.connect(other)) as conn:
            conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
            conn.commit()
        code, shown = _start_on(f"sqlite:///{other}", whole=other)
        assert code == 1
        assert shown == [
            "Den här databasen innehåller tabeller som Samverkan inte har skapat:\n"
            f"{other}\n\nDen har lämnats orörd."
        ]


@pytest.mark.usefixtures("app_settings")
def test_a_folder_given_as_the_database_gets_a_swedish_message_not_a_traceback(
    qtbot: QtBot, tmp_path: Path
) -> None:
    code, shown = _start_on(f"sqlite:///{tmp_path}")
    assert code == 1
    assert shown and f"Databasen {tmp_path} kan inte öppnas: det är en mapp" in shown[0]


def test_overview_entries_of_a_card_begin_in_one_column_whatever_their_mark(
    qtbot: QtBot, ctx: AppContext
) -> None:
    from samverkan_desktop.overview_items import OverviewItem, OverviewSection, Urgency

    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    items = tuple(
        OverviewItem(f"Möte {n}", "tisdag 09.00", None, urgency, "calendar", n)
        for n, urgency in enumerate(Urgency)
    )
    section = OverviewSection("meetings_this_week", "Möten denna vecka", "calendar", 3, items, "")
    area.show_snapshot(dt.date(2026, 12, 1), [section])
    area.show()
    (card,) = area.section_cards()
    starts = set()
    for item, button in zip(items, card.findChildren(EntryButton), strict=True):
        prefix = button.full_text[: button.full_text.index(item.title)]
        starts.add(button.fontMetrics().horizontalAdvance(prefix))
    # Before, an entry marked "·" began 7 px to the left of one marked "○" or "●".
    assert max(starts) - min(starts) <= 1, starts
