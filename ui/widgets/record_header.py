"""The header of an opened record (a walk, an exercise), as the meeting window's: the way back a
link on the first row with the view's buttons at its right, then the title and the date and
status under it, each the whole width. Beside the buttons, a long title broke onto two lines at
1100 px ("Trygghetsvandring Gyllenstiernsgatan", "Seminarieövning: IT-attack mot
verksamhetssystemen"), and at 1024 px an exercise's date, place, type and status wrapped
wherever the narrow column beside them ended ("Karlavägen 104, / stabsrummet")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

if TYPE_CHECKING:
    from ui.context import Navigator

TITLE_STYLE = "font-size: 20px; font-weight: 600; color: #1c3b5a;"
SUBTITLE_STYLE = "color: #5f6b7a; font-size: 13px;"


def header_labels(parent: QWidget) -> tuple[QLabel, QLabel]:
    """The title and the line under it; a longer text than the window's width wraps rather
    than widening the window past a laptop's."""
    title = QLabel(parent)
    title.setStyleSheet(TITLE_STYLE)
    subtitle = QLabel(parent)
    subtitle.setStyleSheet(SUBTITLE_STYLE)
    for label in (title, subtitle):
        label.setWordWrap(True)
    return title, subtitle


# The way back as a link, not a button: the meeting window's (ui.meetings.editor).
BACK_LINK_STYLE = """
QPushButton { border: none; color: #1f6fb2; padding: 1px 0px; text-align: left; }
QPushButton:hover, QPushButton:focus { text-decoration: underline; }
"""


def back_link(button: QPushButton) -> QPushButton:
    button.setStyleSheet(BACK_LINK_STYLE)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def record_header(
    back: QPushButton, title: QLabel, subtitle: QLabel, buttons: list[QPushButton]
) -> QGridLayout:
    """Rows 0 to 2 (a view may add its own under them, from row 3)."""
    header = QGridLayout()
    header.setVerticalSpacing(2)
    header.addWidget(back_link(back), 0, 0, Qt.AlignmentFlag.AlignVCenter)
    row = QHBoxLayout()
    row.setSpacing(6)  # not the grid's: its rows are kept close
    for button in buttons:
        row.addWidget(button)
    header.addLayout(row, 0, 2)
    # The row keeps its tallest button's height when that one is hidden: the bold step button
    # (padded) gone once an exercise was marked evaluated, the title and tabs moved up 4 px.
    header.setRowMinimumHeight(0, max((b.sizeHint().height() for b in buttons), default=0))
    header.addWidget(title, 1, 0, 1, 3)
    header.addWidget(subtitle, 2, 0, 1, 3)
    header.setColumnStretch(1, 1)
    return header


@runtime_checkable
class DeclaresWorkField(Protocol):
    """A page whose work is not in its first field: the exercise's log is typed in its note
    field, under the list of notes that comes first in Tab's order (opened on that tab, the
    focus went to the list and the coordinator's first note to the list's Enter)."""

    def work_field(self) -> QWidget | None: ...


def _takes_focus(widget: QWidget, page: QWidget) -> bool:
    return bool(
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isEnabled()
        and widget.isVisibleTo(page)
    )


def first_field(page: QWidget) -> QWidget | None:
    """The field the page declares (``DeclaresWorkField``) while it takes the focus, else the
    first widget of ``page`` that Tab stops at (a field, a list, a button), in the focus chain's
    order: where the user works next on an opened record."""
    declared = page.work_field() if isinstance(page, DeclaresWorkField) else None
    if declared is not None and page.isAncestorOf(declared) and _takes_focus(declared, page):
        return declared
    widget = page.nextInFocusChain()
    while widget is not page and widget is not None:
        if (
            page.isAncestorOf(widget)
            and _takes_focus(widget, page)
            # A scroll area's frame around the fields is no place to type in.
            and (
                not isinstance(widget, QAbstractScrollArea)
                or isinstance(widget, QAbstractItemView)
                or widget.inherits("QTextEdit")
                or widget.inherits("QPlainTextEdit")
            )
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_work(page: QWidget) -> None:
    """Opening a record, the focus on its page's first field or list rather than on the first
    thing in the window, the "← back" link (which then read underlined, and Enter or Space left
    the record). The link stays a Shift+Tab away, and Esc and Alt+Left still go back."""
    field = first_field(page)
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)


def _record_page(tabs: QTabWidget) -> QWidget | None:
    """The record's view holding ``tabs``: the page of the area's stack (list or record)."""
    widget: QWidget | None = tabs
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            return widget
        widget = parent
    return None


def _can_resume(widget: QWidget | None, page: QWidget) -> bool:
    return (
        widget is not None
        and shiboken6.isValid(widget)
        and page.isAncestorOf(widget)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
    )


class _FocusOnShow(QObject):
    """``focus_work`` on the tabs' page when a record is opened: shown from the list, or
    another record than the one shown before. The same record come back to without being
    opened anew (another area shown and then this one, from the side bar, or another of the
    area's tabs) gives the focus back to the widget the user was in: it went to the tab's first
    field, and the note being typed went on in the wrong field."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._resume: QWidget | None = None  # in use when the record was hidden, still open
        tabs.installEventFilter(self)

    def opened(self) -> None:
        """Another record is shown: its first field, not the last one's field in use."""
        self._resume = None
        if self._tabs.isVisible():  # no Show to come: once the record's tabs are filled
            QTimer.singleShot(0, self._tabs, lambda: focus_work(self._tabs.currentWidget()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # A spontaneous Show is the window coming back (restored, uncovered): the user's field
        # keeps the focus, as Qt gives it back.
        if watched is not self._tabs or event.spontaneous():
            return False
        page = _record_page(self._tabs)
        if event.type() == QEvent.Type.Hide:
            # Hidden with its area (the record stays open), not by going back to the list.
            kept = page is not None and not page.isHidden()
            self._resume = page.focusWidget() if page is not None and kept else None
        elif event.type() == QEvent.Type.Show:
            resume, self._resume = self._resume, None
            if page is not None and resume is not None and _can_resume(resume, page):
                resume.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                focus_work(self._tabs.currentWidget())
        return False


class StartTab:
    """Which tab an opened record shows. Opened afresh it starts on the tab where its step
    continues; the same record shown again, after a change, stays on the tab the user is on
    (kept from the record shown before, a newly planned walk opened on a greyed closing-meeting
    tab). A record come back to (from the list, or from another area) returns to the tab it
    was left on, unless its step moved meanwhile: the tab of the new step is then the one to
    work in. Remembered per record for the session, in the Navigator (the window's memory of
    where the user came from), never in the database."""

    def __init__(self, tabs: QTabWidget, navigator: Navigator, kind: str) -> None:
        self._tabs = tabs
        self._left = navigator.last_tabs
        self._kind = kind
        self._shown: tuple[int, object] | None = None  # the record shown and its step
        tabs.currentChanged.connect(self._remember)
        # Opened (its view shown), the record's tabs take the focus; shown again after a change
        # while the user is on the list, they leave it there; come back to, the field in use.
        self._on_show = _FocusOnShow(tabs)

    def open(self, record_id: int, step: object, start: QWidget) -> None:
        """Show ``record_id``, at ``step``, on its tab; ``start``: its step's tab."""
        shown, self._shown = self._shown, None  # the switch below is not the user's
        if shown is None or shown[0] != record_id:
            self._on_show.opened()
            left = self._left.get((self._kind, record_id))
            if left is not None and left[0] == step:
                self._tabs.setCurrentIndex(left[1])
            else:
                self._tabs.setCurrentWidget(start)
        self._shown = (record_id, step)
        self._remember()

    def _remember(self, *_index: object) -> None:
        if self._shown is not None:
            record_id, step = self._shown
            self._left[(self._kind, record_id)] = (step, self._tabs.currentIndex())
