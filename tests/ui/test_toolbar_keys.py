"""A tool bar by keys, as a keyboard user meets it on Platser och prioriteringar at 1024 × 768:
one Tab stop before the search, the arrow keys from button to button (past the disabled ones),
Home and End, Enter or Space presses (on "Mer ▾": its menu, an entry chosen by the keys), the
button chosen last is where Tab comes back, and the buttons with no room (in a narrower window)
are reached through the » button. The PDF preview's "Stäng" too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_tab
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row
from tests.ui.windows import settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.pdf_dialog import PdfPreviewDialog

SHIFT = Qt.KeyboardModifier.ShiftModifier
EXTENSION = "qt_toolbar_ext_button"  # Qt's name for the » button


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> str:
    """Press ``key`` where the focus is: the button then chosen ("»" for the » button)."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier or Qt.KeyboardModifier.NoModifier)
    return _name(QApplication.focusWidget())


def _name(widget: QWidget | None) -> str:
    if isinstance(widget, QToolButton):
        action = widget.defaultAction()
        if action is not None:
            return action.text()
        if widget.objectName() == EXTENSION:
            return "»"
    return type(widget).__name__


def _menu_offered(qtbot: QtBot, press: Callable[[], object], enter: bool = False) -> list[str]:
    """The entries of the menu that ``press`` pops up (closed again; ``enter``: its first entry
    chosen by Down and Enter instead)."""
    offered: list[str] = []

    def look() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, look)
            return
        offered.extend(a.text() for a in menu.actions() if a.text())
        if enter:
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        else:
            menu.close()

    QTimer.singleShot(10, look)
    press()
    qtbot.waitUntil(lambda: bool(offered))
    return offered


def _back_in(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def _places(qtbot: QtBot, demo_ctx: AppContext, width: int = 1024) -> WalksArea:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), width, 768)
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate("walks")
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    click_tab(qtbot, area.tabs, area.places_page)
    settle(qtbot)
    return area


def test_the_arrow_keys_go_from_button_to_button_past_the_disabled_ones(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    page = _places(qtbot, demo_ctx).places_page
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the search
    assert QApplication.focusWidget() is page.search
    # The tool bar above the search: no place chosen, so no Redigera … Ta bort.
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Ny plats…"
    assert _press(qtbot, Qt.Key.Key_Right) == "Mer ▾"
    assert _press(qtbot, Qt.Key.Key_Right) == "Ny plats…"  # round again
    assert _press(qtbot, Qt.Key.Key_Left) == "Mer ▾"
    assert _press(qtbot, Qt.Key.Key_Tab) == "SearchField"  # one Tab leaves the tool bar

    seen: list[str] = []

    def close(dialog: QWidget) -> None:
        seen.append(dialog.windowTitle())
        modals._close(dialog)

    modals.answer(close, close)
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Mer ▾"  # chosen last
    offered = _menu_offered(qtbot, lambda: _press(qtbot, Qt.Key.Key_Return), enter=True)
    assert offered == ["Checklistmallar…"]
    qtbot.waitUntil(lambda: len(seen) == 1)
    # Closed: the focus back on the button, for the next one (the offscreen platform gives the
    # window back its activation only when asked).
    _back_in(qtbot, page.window())
    assert _name(QApplication.focusWidget()) == "Mer ▾"
    assert _press(qtbot, Qt.Key.Key_Home) == "Ny plats…"
    _press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(seen) == 2)
    modals.check()
    assert seen == ["Checklistmallar", "Ny plats"]


def test_the_tool_bar_is_reached_at_once_after_its_tab_is_opened(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Its buttons shown only as the tab opens: Shift+Tab from the search clicked straight away
    (no pause for the events after) went past the tool bar."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1440, 900)
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate("walks")
    settle(qtbot)
    area = window.area("walks")
    assert isinstance(area, WalksArea)
    click_tab(qtbot, area.tabs, area.places_page)
    qtbot.mouseClick(area.places_page.search, Qt.MouseButton.LeftButton)
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Ny plats…"


def test_buttons_with_no_room_are_reached_through_the_extension_button(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    page = _places(qtbot, demo_ctx, 900).places_page  # at 1024 all fit
    click_row(qtbot, page.table, "Gyllenstiernsgatan")  # its pane leaves the tool bar short
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)  # the tool bar above it
    settle(qtbot)
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Ny plats…"
    assert _press(qtbot, Qt.Key.Key_Right) == "Redigera…"  # a place chosen: enabled now
    assert _press(qtbot, Qt.Key.Key_End) == "»"
    offered = _menu_offered(qtbot, lambda: _press(qtbot, Qt.Key.Key_Return))
    assert "Mer ▾" in offered


def test_the_print_button_opens_its_menu_by_keys(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1440, 900)
    qtbot.waitUntil(window.isActiveWindow)
    window.navigate("groups")
    settle(qtbot)
    page = window.area("groups").page  # type: ignore[attr-defined]
    click_row(qtbot, page.table, "Lokal styrgrupp Östermalm")
    qtbot.mouseClick(page.search, Qt.MouseButton.LeftButton)  # the tool bar above it
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Ny grupp…"
    while _name(QApplication.focusWidget()) != "Skriv ut ▾":
        assert _press(qtbot, Qt.Key.Key_Right) != "Ny grupp…", "no Skriv ut in the tool bar"
    offered = _menu_offered(qtbot, lambda: _press(qtbot, Qt.Key.Key_Space))
    assert "Medlemslista för vald grupp…" in offered


def test_the_preview_closes_from_its_tool_bar(qtbot: QtBot) -> None:
    dialog = PdfPreviewDialog("Prov", _one_page(), "prov.pdf")
    show_window(qtbot, dialog, 900, 700)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.view.setFocus()
    assert _press(qtbot, Qt.Key.Key_Backtab, SHIFT) == "Skriv ut…"
    assert _press(qtbot, Qt.Key.Key_End) == "Stäng"
    assert _press(qtbot, Qt.Key.Key_Left) == "Anpassa till bredd"
    assert _press(qtbot, Qt.Key.Key_Right) == "Stäng"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _one_page() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(72, 720, "Prov")
    canvas.showPage()
    canvas.save()
    return out.getvalue()
