"""What a user does with the widgets in UI tests: click a button by its label, click a row,
type a date, read what a table shows."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QToolButton,
    QToolTip,
    QWidget,
)
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from tests.ui.conftest import ModalDriver
    from ui.main_window import MainWindow
    from ui.overview.view import OverviewArea
    from ui.widgets.form_dialog import FormDialog
    from ui.widgets.pdf_dialog import PdfPreviewDialog

W = TypeVar("W", bound=QWidget)


def button_in(parent: QWidget, text: str) -> QAbstractButton:
    """The visible button labelled ``text`` (mnemonic "&" ignored) inside ``parent``."""
    visible = [b for b in parent.findChildren(QAbstractButton) if b.isVisible()]
    buttons = [b for b in visible if b.text().replace("&", "") == text]
    assert len(buttons) == 1, f"no single button {text!r} among {[b.text() for b in visible]}"
    return buttons[0]


def click_button(qtbot: QtBot, parent: QWidget, text: str) -> None:
    """Click the visible button labelled ``text`` (mnemonic "&" ignored) inside ``parent``."""
    button = button_in(parent, text)
    assert button.isEnabled(), f"the button {text!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_header(qtbot: QtBot, table: QTableView, title: str) -> Qt.SortOrder:
    """Click the column header titled ``title`` (sort, or reverse); the order it now shows."""
    header = table.horizontalHeader()
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    section = titles.index(title)
    spot = QPoint(header.sectionViewportPosition(section) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert header.sortIndicatorSection() == section
    return header.sortIndicatorOrder()


def column_texts(table: QTableView, title: str) -> list[str]:
    """The texts shown in one column, top to bottom."""
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = titles.index(title)
    return [model.index(row, column).data() for row in range(model.rowCount())]


def sorts_in_both_orders(qtbot: QtBot, table: QTableView, title: str, order: list[str]) -> None:
    """Each of two clicks on ``title`` lists the column's texts by their place in ``order``
    (the first of ``order`` first, then the last first), every text of the column one of them."""
    for _click in range(2):
        ascending = click_header(qtbot, table, title) is Qt.SortOrder.AscendingOrder
        ranks = [order.index(text) for text in column_texts(table, title)]
        assert ranks == sorted(ranks, reverse=not ascending), column_texts(table, title)


def row_texts(table: QTableView, first_cell: str) -> dict[str, str]:
    """The row whose first column shows ``first_cell``, as {column title: text}."""
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == first_cell:
            return {t: model.index(row, c).data() for c, t in enumerate(titles)}
    raise AssertionError(f"{first_cell!r} is not in the table")


def click_row(qtbot: QtBot, table: QTableView, first_cell: str) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data() == first_cell:
            table.scrollTo(index)
            rect = table.visualRect(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"{first_cell!r} is not in the table")


def type_date(qtbot: QtBot, field: QDateEdit, value: dt.date) -> None:
    """Empty a date field (select all, Delete) and type the date's digits, as a user would."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, value.strftime("%Y%m%d"))


def line_edit(combo: QComboBox) -> QLineEdit:
    """The field typed into of an editable combo box (the pickers of names)."""
    editor = combo.lineEdit()
    assert editor is not None, "the combo box is not editable"
    return editor


def click_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    """Click the tab of ``page`` in the tab bar, as a user opens it."""
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item in a cell that the view filled (a missing one fails here, not later)."""
    item = table.item(row, column)
    assert item is not None, f"no item in row {row}, column {column}"
    return item


def area_of(window: MainWindow, key: str, kind: type[W]) -> W:
    """The window's area ``key`` as the view it is (a test reaches into its pages)."""
    area = window.area(key)
    assert isinstance(area, kind), f"area {key!r} is a {type(area).__name__}"
    return area


def menu_of(window: MainWindow, index: int) -> QMenu:
    """The menu bar's menu at ``index`` (0: Arkiv, -1: Hjälp)."""
    menu = window.menuBar().actions()[index].menu()
    assert isinstance(menu, QMenu)
    return menu


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key, Swedish letters included (QTest only knows ASCII characters)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        key = Qt.Key(ord(char.upper()))  # Qt's key codes for Latin-1 letters are their code points
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def show_window(qtbot: QtBot, view: W, width: int = 1400, height: int = 850) -> W:
    """Show a widget as a window of the given size, exposed and asked to be active (for keys
    and focus; a test that needs it active waits for that)."""
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    wait_exposed(qtbot, view)
    wait_gathered(qtbot)
    view.activateWindow()
    return view


def _overview_gathering() -> bool:
    """Whether a shown Overview awaits its cards: gathered off the GUI thread, or gathered and
    not yet on the screen. A card laid into the shown Overview is shown by an event Qt posts
    (QLayout::addChildWidget); the wait could end in the loop pass that built the cards, and
    keys sent next (QTest processes no events) found no entry to reach."""
    from ui.overview.view import OverviewArea

    return any(
        area.gathering
        or (area.isVisible() and not all(c.isVisible() for c in area.section_cards()))
        for top in QApplication.topLevelWidgets()
        for area in [top, *top.findChildren(OverviewArea)]
        if isinstance(area, OverviewArea)
    )


@contextmanager
def clock_ticking_fast(area: OverviewArea) -> Iterator[None]:
    """The Overview's five-minute clock ticking every 10 ms (a coordinator's morning in a
    moment), stopped after: left ticking, it started a gathering every 10 ms and the wait for
    the test's background work (tests/ui/conftest.py) spent its whole minute on them."""
    area.clock.setInterval(10)
    try:
        yield
    finally:
        area.clock.stop()


def wait_gathered(qtbot: QtBot) -> None:
    """Wait until every Overview asked to gather has its cards (or its problem) shown."""
    qtbot.waitUntil(lambda: not _overview_gathering(), timeout=15_000)


def wait_exposed(qtbot: QtBot, widget: QWidget) -> None:
    """Wait until a shown window is on the screen (15 s: a loaded machine). Not
    ``qtbot.waitExposed(widget)``: that is a context manager, and called alone it waits for
    nothing."""

    def exposed() -> bool:
        handle = widget.window().windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed, timeout=15_000)


def answer_initials(qtbot: QtBot, typed: str | None = None) -> Callable[[QWidget], None]:
    """Answer the reception's "who is at the desk?" question, optionally typing initials."""
    from ui.reception.initials_dialog import InitialsDialog

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, InitialsDialog)
        if typed is not None:
            dialog.edit.selectAll()
            qtbot.keyClicks(dialog.edit, typed)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    return answer


def acknowledge(qtbot: QtBot, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer a message box as a user does: read its text (into ``seen``) and press OK."""

    def answer(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        click_button(qtbot, box, "OK")

    return answer


STAY = "Stanna kvar"
CLOSE_ANYWAY = "Stäng ändå (det du skrivit förloras)"


def answer_close_question(qtbot: QtBot, button: str, seen: list[str]) -> Callable[[QWidget], None]:
    """Answer "Stänga fönstret?" (typed text could not be saved on closing) with ``button``
    (STAY or CLOSE_ANYWAY), its text read into ``seen``; staying is the default."""

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.defaultButton().text() == STAY  # the safe choice
        click_button(qtbot, box, button)

    return answer


def refusal_on_click(qtbot: QtBot, modals: ModalDriver, parent: QWidget, button: str) -> str:
    """Click ``button`` in ``parent`` expecting a refusal: the message box's text, read and
    answered with OK as a user does."""
    seen: list[str] = []
    modals.answer(acknowledge(qtbot, seen))
    click_button(qtbot, parent, button)
    modals.check()
    assert seen, f"{button!r} showed no message"
    return seen[0]


def refused_then_reloaded(
    qtbot: QtBot,
    modals: ModalDriver,
    dialog: FormDialog,
    hers: Callable[[], None],
    theirs: Callable[[], None],
    save: str = "Spara",
    fields: Callable[[], object] | None = None,
) -> dict[str, object]:
    """Run ``dialog``: the user types (``hers``), another desk saves (``theirs``), she saves
    and is refused, presses F5 and saves again. What she saw, by step: the refusal, the form
    still open after it with the offer to load, the message after loading, closed after the
    second save; with ``fields`` (what the form shows) also that when refused and loaded."""
    seen: dict[str, object] = {}

    def edit(shown: QWidget) -> None:
        assert shown is dialog
        hers()
        theirs()
        click_button(qtbot, dialog, save)
        seen["refusal"] = dialog.general_error.text()
        seen["open"] = dialog.isVisible()
        seen["offered"] = dialog.reload_button.isVisibleTo(dialog)
        if fields is not None:
            seen["kept"] = fields()
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F5)
        if fields is not None:
            seen["fields"] = fields()
        seen["loaded"] = dialog.general_error.text()
        click_button(qtbot, dialog, save)
        seen["closed"] = not dialog.isVisible()

    modals.answer(edit)
    dialog.exec()
    modals.check()
    return seen


@contextmanager
def another_desk(url: str) -> Iterator[Database]:
    """A second program on the same database (its own engine and connections)."""
    from samverkan_desktop.db import open_database

    desk = open_database(url)
    try:
        yield desk
    finally:
        desk.dispose()


def sort_arrow_widths(table: QTableView, section: int) -> list[int]:
    """The sort arrow drawn at the right of a header section: its width row by row, top down
    (wider first: ▼; narrower first: ▲)."""
    header = table.horizontalHeader()
    image = header.grab().toImage()
    right = header.sectionViewportPosition(section) + header.sectionSize(section)
    widths = []
    for y in range(image.height()):
        dark = sum(1 for x in range(right - 20, right - 2) if image.pixelColor(x, y).value() < 140)
        if dark:
            widths.append(dark)
    return widths


def native_keys(written: str) -> str:
    """ "Esc / Alt+Left" as Hjälp → Kortkommandon shows it: Qt names the keys in Swedish
    ("Alt+Vänster", "Ctrl+Skift+P") once its translation is loaded (the window loads it, so
    whether it is depends on the tests run before)."""
    from PySide6.QtGui import QKeySequence

    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(QKeySequence(keys).toString(native) for keys in written.split(" / "))


def answer_nested_question(questions: list[str], answer: Callable[[QMessageBox], None]) -> None:
    """Answer the question a form asks on saving (asked from within a modal driver's handler,
    which the driver's poll is running: it does not see the question); its text goes to
    ``questions``."""

    def poll(tries: int = 1000) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            questions.append(box.text())
            answer(box)
        elif tries:
            QTimer.singleShot(10, lambda: poll(tries - 1))

    QTimer.singleShot(0, poll)


def cancel_typed(qtbot: QtBot, dialog: QWidget, button: str = "Avbryt") -> None:
    """Close a form the user has typed in as they would: Avbryt, then "Stäng utan att spara"
    when asked "Stänga utan att spara?" (which must be asked)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.windowTitle() == "Stänga utan att spara?":
            asked.append(box.informativeText())
            next(b for b in box.buttons() if b.text() == "Stäng utan att spara").click()
        elif tries:
            QTimer.singleShot(10, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    click_button(qtbot, dialog, button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked == ["Det du har skrivit här är inte sparat."]


def shown_windows(kind: type[W]) -> list[W]:
    """The windows of ``kind`` on the screen, oldest first. One an earlier test closed may still
    be among the top-level widgets (its deleteLater waits for an event loop): it is not shown."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def the_window(kind: type[W]) -> W:
    """The one window of ``kind`` on the screen; fails naming how many there are."""
    shown = shown_windows(kind)
    assert len(shown) == 1, f"{len(shown)} windows of {kind.__name__} shown, not one"
    return shown[0]


def run_app(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], kind: type[W], look: Callable[[W], None]
) -> int:
    """``main.py argv`` in this process: ``look`` is the user at its window (the one of ``kind``
    shown) in place of the event loop. The window is closed and deleted before this returns, as
    the process's end would: a window left to a deleteLater outside any event loop stays among
    the top-level widgets into later tests."""
    from ui import app as app_module

    def event_loop(*_args: object) -> int:
        window = the_window(kind)
        try:
            look(window)
        finally:
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        code = app_module.run(argv)
    finally:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind)]
    assert not left, f"{len(left)} windows of {kind.__name__} left after the start"
    return code


def shown_previews() -> list[PdfPreviewDialog]:
    """The print previews open on the screen, oldest first."""
    from ui.widgets.pdf_dialog import PdfPreviewDialog

    return shown_windows(PdfPreviewDialog)


def wait_for_preview(qtbot: QtBot) -> PdfPreviewDialog:
    """The newest print preview, once one is on the screen: the PDF is built off the GUI thread
    first, which takes seconds on a loaded machine."""
    qtbot.waitUntil(lambda: bool(shown_previews()), timeout=15_000)
    return shown_previews()[-1]


def choose_in_menu(menu: QMenu, text: str) -> None:
    """Choose the entry labelled ``text`` (with its "&", as Qt holds it) in a menu, as a click
    on it does; a missing entry fails naming those there are."""
    entries = [a for a in menu.actions() if a.text() == text]
    assert len(entries) == 1, f"no single entry {text!r} among {[a.text() for a in menu.actions()]}"
    entries[0].trigger()


def _answer_popup(qtbot: QtBot, choose: str | None, offered: list[str], polls: list[int]) -> None:
    """Once a menu pops up: its entries into ``offered``, then a click on the one labelled
    ``choose`` (the menu closed when there is none such); polled for up to five seconds."""
    menu = QApplication.activePopupWidget()
    if not isinstance(menu, QMenu):
        polls[0] += 1
        if polls[0] < 500:
            QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
        return
    offered.extend(a.text() for a in menu.actions() if a.text())
    entry = next((a for a in menu.actions() if a.text() == choose), None)
    if entry is None:
        menu.close()
    else:
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(entry).center())


def right_click_menu(
    qtbot: QtBot, widget: QWidget, pos: QPoint, choose: str | None = None
) -> list[str]:
    """Right-click ``widget`` at ``pos``: the entries of the context menu that pops up, after
    clicking the one labelled ``choose`` (the menu is closed when there is none such); none
    when no menu popped up within seconds."""
    offered: list[str] = []
    polls = [0]
    QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
    # Through the window, as the system delivers it: Qt makes the press a context menu event
    # (a right click sent to the widget itself is only a mouse event).
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None, "the widget's window is shown"
    no_keys = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(handle, Qt.MouseButton.RightButton, no_keys, widget.mapTo(window, pos))
    qtbot.waitUntil(lambda: bool(offered) or polls[0] >= 500, timeout=10_000)
    return offered


def click_in_menu(qtbot: QtBot, button: QAbstractButton, choose: str | None = None) -> list[str]:
    """Click ``button`` ("Skriv ut ▾", "Mer ▾") and, in the menu it pops up, the entry labelled
    ``choose`` (none: the menu closed again): the entries offered."""
    offered: list[str] = []
    polls = [0]
    QTimer.singleShot(10, lambda: _answer_popup(qtbot, choose, offered, polls))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(offered) or polls[0] >= 500, timeout=10_000)
    return offered


def settle(qtbot: QtBot) -> None:
    """Let the layouts settle: events are processed round after round until nothing shown
    moves, resizes, shows or hides between two rounds. A fixed qtbot.wait(20) may be a single
    round on a loaded machine, which leaves unrun a layout that another one asked for."""
    last: list[object] = [None]

    def still() -> bool:
        QApplication.processEvents()
        if _overview_gathering():  # its cards are still to come
            return False
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        shape = [
            (w.isVisible(), w.geometry().getRect())
            for top in shown
            for w in [top, *top.findChildren(QWidget)]
        ]
        same = shape == last[0]
        last[0] = shape
        return same

    qtbot.waitUntil(still, timeout=10_000)


def line_edit_text_room(edit: QLineEdit) -> int:
    """The width a line edit gives its text (and placeholder): its contents less the style's
    margins and the clear button's place, kept for it while the field is empty too."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    contents = contents.marginsRemoved(edit.textMargins())
    right = min((b.x() for b in edit.findChildren(QToolButton)), default=contents.right())
    return min(right, contents.right()) - contents.left() - 4  # Qt's 2 px either side


def hover_tooltip(qtbot: QtBot, table: QTableView, row: int, column: int) -> str:
    """Rest the pointer on a cell: the tooltip shown then ("" for none)."""
    QToolTip.hideText()  # it fades out
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
    cell = table.visualRect(table.model().index(row, column)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, cell, table.viewport().mapToGlobal(cell))
    QApplication.sendEvent(table.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def field_label(dialog: FormDialog, field: QWidget) -> str:
    """The label a form shows beside ``field`` (its row's box holds the field and its error)."""
    row = field.parentWidget()
    assert row is not None
    label = dialog.form.labelForField(row)
    assert isinstance(label, QLabel), label
    return label.text()


def combo_text_whole(combo: QComboBox) -> bool:
    """Whether a combo's current text has room in its field (beside the arrow), uncut."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= field.width()


def keep_shot(widget: QWidget, name: str) -> None:
    """For looking at it: SAMVERKAN_SHOTS=dir saves the widget as the test saw it (name.png);
    without it nothing is written."""
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, f"{name}.png"))


def after_a_passing_notice(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, parent: QWidget) -> None:
    """Wait until a passing notice shown now in ``parent``, and lasting four times as long as
    those shown before (50 ms, patched before the start), has gone: any notice that would pass
    has passed."""
    from ui.widgets import notice as notice_module
    from ui.widgets.notice import NoticeBar

    monkeypatch.setattr(notice_module, "VISIBLE_MS", 200)
    passing = NoticeBar(parent)
    passing.show_message("Sparat.")
    qtbot.waitUntil(lambda: not passing.isVisible(), timeout=15_000)
    passing.deleteLater()


def answer_file_dialogs(
    monkeypatch: pytest.MonkeyPatch, choose: Callable[[QFileDialog], str | list[str]]
) -> None:
    """The file dialogs (ui.widgets.file_dialogs) answered without being shown: ``choose`` gets
    each one (its title, ``nameFilters()``, ``selectedFiles()`` the name offered) and returns
    the path chosen, or the paths (of one folder), "" or [] for Cancel."""

    def run(dialog: QFileDialog) -> int:
        chosen = choose(dialog)
        named = [chosen] if isinstance(chosen, str) else chosen
        paths = [Path(name) for name in named if name]
        if not paths:
            return QDialog.DialogCode.Rejected.value
        dialog.setDirectory(str(paths[0].parent))
        dialog.selectFile(
            " ".join(f'"{p.name}"' for p in paths) if len(paths) > 1 else str(paths[0])
        )
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", run)


def plain(text: str) -> str:
    """``text`` with its no-break spaces as plain ones (a title's parts, "kl. 18.30" kept whole)
    and without word joiners ("09.00–10.30" kept whole): for a test about what a text says,
    not where it may wrap."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def wrapped_lines(label: QLabel) -> list[str]:
    """A word-wrapped label's text as its width breaks it into lines (and its "\n" as the label
    does), each as ``plain`` gives it (a line ending in "(v." tells a week torn from its
    number)."""
    from tests.ui.cell_room import wrapped_lines as text_lines

    room = label.contentsRect().width()
    return [
        plain(line)
        for paragraph in label.text().split("\n")
        for line in text_lines(paragraph, label.font(), room)
    ]


def list_under(toolbar: QToolBar) -> QTableView | None:
    """The list a tool bar acts on: the ``table`` of its page or area (None when it has none)."""
    widget = toolbar.parentWidget()
    while widget is not None:
        table = getattr(widget, "table", None)
        if isinstance(table, QTableView):
            return table
        widget = widget.parentWidget()
    return None
