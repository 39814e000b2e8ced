"""One round of an ordinary day at the coordinator's window: every area visited, the everyday
forms opened and closed unsaved, the views switched, an agenda previewed. Driven by clicks on
the sidebar, the toolbars and the buttons, as a user does (menu entries by their action)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QTableView, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarRow
from tests.soak.engine import DialogCloser, Path, Wait
from ui.main_window import MainWindow

# The dialogs a round opens, by the step that opens them; a round that missed one says so.
EVERYDAY = (
    "Ny grupp",
    "Gruppens meny",
    "Redigera grupp",
    "Spara grupp",
    "Mötesregel",
    "Överenskommelser",
    "Mötets meny",
    "Nytt möte",
    "Dagordningspunkt",
    "Dagordning (PDF)",
    "Historik (möte)",
    "Ny åtgärd",
    "Redigera åtgärd",
    "Historik (åtgärd)",
    "Planera vandring",
    "Ändra vandringens plan",
    "Nytt larm",
    "Redigera larm",
    "Låna ut",
    "Ny övning",
    "Redigera övning",
    "Ny person",
    "Redigera person",
    "Inställningar",
    "Säkerhetskopior",
    "Kortkommandon",
    "Om Samverkan",
)


@dataclass
class RoundLog:
    """What a round opened (step → dialog class closed) and what it could not open."""

    opened: dict[str, str] = field(default_factory=dict)
    missed: list[str] = field(default_factory=list)


class Visitor:
    """The user at ``window``: their clicks, and the dialogs they open and close again."""

    def __init__(self, window: MainWindow, closer: DialogCloser) -> None:
        self.window = window
        self.closer = closer
        self.log = RoundLog()

    def opens(self, step: str, do: Callable[[], object]) -> None:
        """``do`` opens a modal dialog (the closer closes it); noted under ``step``."""
        before = Counter(self.closer.closed)
        do()
        new = Counter(self.closer.closed)
        new.subtract(before)
        kinds = [kind for kind, count in new.items() if count > 0]
        if kinds:
            self.log.opened[step] = ", ".join(sorted(kinds))
        else:
            self.log.missed.append(step)

    def area(self, key: str) -> QWidget:
        """Click the area in the sidebar."""
        sidebar = self.window.sidebar
        row = self.window.area_keys().index(key)
        spot = sidebar.visualItemRect(sidebar.item(row)).center()
        QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        return self.window.area(key)


def press(root: QWidget, text: str) -> None:
    """Click the visible toolbar button or push button labelled ``text`` (translated), or
    trigger the window's menu entry of that name."""
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.isEnabled() and _label(button.text()) == text:
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    for action in root.findChildren(QAction):
        if _label(action.text()) == text and action.isEnabled() and _shown(action):
            action.trigger()
            return
    raise LookupError(f"nothing to press labelled {text!r}")


def _label(text: str) -> str:
    return text.replace("&", "")


def _shown(action: QAction) -> bool:
    owner = action.parent()
    return not isinstance(owner, QWidget) or owner.isVisible() or isinstance(owner, MainWindow)


def t(msgid: str) -> str:
    return _label(_(msgid))


def has_rows(table: QTableView) -> Callable[[], bool]:
    return lambda: table.isVisible() and table.model().rowCount() > 0


def click_row(table: QTableView, row: int = 0) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    spot = table.visualRect(index).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=spot)


def right_click_row(table: QTableView, row: int = 0) -> None:
    """Right-click a row through its window, as the system delivers it (Qt makes the press a
    context menu event; one sent to the widget itself is only a mouse event)."""
    index = table.model().index(row, 0)
    table.scrollTo(index)
    spot = table.viewport().mapTo(table.window(), table.visualRect(index).center())
    handle = table.window().windowHandle()
    assert handle is not None, "the window is shown"
    QTest.mouseClick(handle, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, spot)


def one_round(visitor: Visitor) -> Path:
    """A round of the whole window; ``visitor.log`` tells what it opened (``EVERYDAY``)."""
    visitor.log = RoundLog()
    visitor.area("overview")
    yield None
    yield from _groups(visitor)
    yield from _calendar(visitor)
    yield from _actions(visitor)
    yield from _walks(visitor)
    yield from _alarms(visitor)
    yield from _crisis(visitor)
    yield from _contacts(visitor)
    yield from _window_dialogs(visitor, WINDOW_DIALOGS)
    visitor.area("overview")
    yield None


def short_round(visitor: Visitor) -> Path:
    """A few of each kind (a form, a list of records, a window's dialog, a message box), for a
    quick look: ``SHORT``."""
    visitor.log = RoundLog()
    visitor.area("overview")
    yield None
    area = visitor.area("groups")
    page = area.page  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the groups")
    visitor.opens("Ny grupp", lambda: press(page, t("New group…")))
    yield None
    yield from _window_dialogs(visitor, SHORT_WINDOW_DIALOGS)
    visitor.area("overview")
    yield None


WINDOW_DIALOGS = (
    ("Inställningar", "&Settings…"),
    ("Säkerhetskopior", "&Backups…"),
    ("Kortkommandon", "&Keyboard shortcuts"),
    ("Om Samverkan", "&About Samverkan"),
)
SHORT_WINDOW_DIALOGS = tuple(d for d in WINDOW_DIALOGS if d[0] != "Säkerhetskopior")
SHORT = ("Ny grupp", *(step for step, _text in SHORT_WINDOW_DIALOGS))


def _window_dialogs(visitor: Visitor, steps: tuple[tuple[str, str], ...]) -> Path:
    """The main window's menu entries (by their actions, as their keys do)."""
    for step, text in steps:
        visitor.opens(step, partial(press, visitor.window, t(text)))
        yield None


def _groups(visitor: Visitor) -> Path:
    area = visitor.area("groups")
    page = area.page  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the groups")
    visitor.opens("Ny grupp", lambda: press(page, t("New group…")))
    yield None
    click_row(page.table)
    yield None
    visitor.opens("Gruppens meny", lambda: right_click_row(page.table))
    yield None
    visitor.opens("Redigera grupp", lambda: press(page, t("Edit…")))
    yield None
    visitor.closer.save_next()  # a change: every area showing groups gathers its rows anew
    visitor.opens("Spara grupp", lambda: press(page, t("Edit…")))
    yield None
    visitor.opens("Mötesregel", lambda: press(page, t("Meeting rule…")))
    yield None
    visitor.opens("Överenskommelser", lambda: press(page, t("Agreements…")))
    yield None


def _calendar(visitor: Visitor) -> Path:
    area = visitor.area("calendar")
    yield None
    for mode in ("Week", "List"):  # the views, switched
        press(area.page, t(mode))  # type: ignore[attr-defined]
        yield None
    listed = area.list_view  # type: ignore[attr-defined]
    yield Wait(has_rows(listed), "the calendar's list")
    # A meeting's row (a walk's or an exercise's has no menu: it is changed in its own area).
    shown = [isinstance(row, CalendarRow) for row in listed.rows()]
    if True in shown:
        visitor.opens("Mötets meny", lambda: right_click_row(listed, shown.index(True)))
    else:
        visitor.log.missed.append("Mötets meny")
    press(area.page, t("Month"))  # type: ignore[attr-defined]
    yield None
    visitor.opens("Nytt möte", lambda: press(area.page, t("New meeting…")))  # type: ignore[attr-defined]
    yield None
    today = clock.today()
    rows = [row for row in area.rows if row.starts_at.date() >= today]  # type: ignore[attr-defined]
    if not rows:
        visitor.log.missed.extend(["Dagordningspunkt", "Historik (möte)", "Dagordning (PDF)"])
        return
    area.open_meeting(rows[0].id)  # type: ignore[attr-defined]
    editor = area.editor  # type: ignore[attr-defined]
    yield None
    QTest.mouseClick(editor.agenda_button, Qt.MouseButton.LeftButton)
    yield Wait(lambda: _preview() is not None, "the agenda's preview")
    preview = _preview()
    assert preview is not None
    visitor.log.opened["Dagordning (PDF)"] = type(preview).__name__
    press(preview, t("Close"))  # Esc goes to the active window: the main one, just after it opened
    yield Wait(lambda: _preview() is None, "the preview to close")
    editor.tabs.setCurrentWidget(editor.agenda_tab)
    yield None
    visitor.opens("Dagordningspunkt", lambda: press(editor.agenda_tab, t("Add item…")))
    yield None
    visitor.opens("Historik (möte)", editor.more_menu.history_action.trigger)
    yield None
    for button in (editor.next_button, editor.next_button, editor.previous_button):
        if button.isEnabled():  # the group's meetings, one after another
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            yield None
    QTest.mouseClick(editor.back_button, Qt.MouseButton.LeftButton)
    yield None


def _preview() -> QWidget | None:
    from ui.widgets.pdf_dialog import PdfPreviewDialog

    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog)]
    return next((w for w in shown if w.isVisible()), None)


def _actions(visitor: Visitor) -> Path:
    area = visitor.area("actions")
    table = area.table  # type: ignore[attr-defined]
    yield Wait(has_rows(table), "the actions")
    visitor.opens("Ny åtgärd", lambda: press(area, t("New action…")))
    yield None
    click_row(table)
    yield None
    visitor.opens("Redigera åtgärd", lambda: press(area, t("Edit…")))
    yield None
    visitor.opens("Historik (åtgärd)", lambda: press(area, t("History…")))
    yield None


def _walks(visitor: Visitor) -> Path:
    area = visitor.area("walks")
    page = area.walks_page  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the walks")
    visitor.opens("Planera vandring", lambda: press(page, t("Plan a walk…")))
    yield None
    click_row(page.table)
    yield None
    press(page, t("Open the walk"))
    yield None
    view = area.view  # type: ignore[attr-defined]
    visitor.opens("Ändra vandringens plan", lambda: press(view, t("Change the plan…")))
    yield None
    press(view, t("← All walks"))
    yield None


def _alarms(visitor: Visitor) -> Path:
    area = visitor.area("alarms")
    page = area.units_page  # type: ignore[attr-defined]
    area.tabs.setCurrentWidget(page)  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the alarm units")
    visitor.opens("Nytt larm", lambda: press(page, t("New unit…")))
    yield None
    click_row(page.table)
    yield None
    visitor.opens("Redigera larm", lambda: press(page, t("Edit…")))
    yield None
    for row in range(page.table.model().rowCount()):  # a unit at hand, to lend
        click_row(page.table, row)
        if area.lend_action.isEnabled():  # type: ignore[attr-defined]
            break
    yield None
    visitor.opens("Låna ut", lambda: press(page, t("Lend…")))
    yield None


def _crisis(visitor: Visitor) -> Path:
    area = visitor.area("crisis")
    tabs = area.tabs  # type: ignore[attr-defined]
    bar = tabs.tabBar()
    spot = bar.tabRect(tabs.indexOf(area.exercises_stack)).center()  # type: ignore[attr-defined]
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=spot)
    page = area.exercises_page  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the exercises")
    visitor.opens("Ny övning", lambda: press(page, t("New exercise…")))
    yield None
    click_row(page.table)
    yield None
    press(page, t("Open the exercise"))
    yield None
    view = area.exercise_view  # type: ignore[attr-defined]
    visitor.opens("Redigera övning", lambda: press(view, t("Edit…")))
    yield None
    press(view, t("← All exercises"))
    yield None


def _contacts(visitor: Visitor) -> Path:
    area = visitor.area("contacts")
    page = area.people  # type: ignore[attr-defined]
    yield Wait(has_rows(page.table), "the people")
    visitor.opens("Ny person", lambda: press(page, t("New person…")))
    yield None
    click_row(page.table)
    yield None
    visitor.opens("Redigera person", lambda: press(page, t("Edit…")))
    yield None
