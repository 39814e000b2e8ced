"""The grey line under a form row's field saying what the field made of what was typed ("→ Elsa
Holmgren — Socialtjänsten, vuxenenheten" for "elsa hol"), beside the row's error line.

A field tells it through one signal, ``note_changed(str)`` ("" when there is nothing to say);
the row listens to every widget in it that has one (a picker's field, a list of organisation
lines), unless its ``says_notes()`` answers False (a picker that is a plain drop-down). The room
of its line is kept whether it says something or not, so that the buttons under it stay where
they are while the user types: a button that moved as the note came and went was clicked beside
(the reception's OK). A form keeps that room at its foot (``NoteRoom``) while the field is not
in use: kept under the field, it showed as an empty line between "Organisation" and the next
row. While the field has the focus, and so may say something, the line's room is under it (the
foot gives it up): the rows below move once as the focus comes, not as the note comes when the
list of names closes on part of a name ("Vasap"), which moved them down a line under the
user's eyes and the next click landed on the field above the one aimed at. Rows that go
together may leave it out until the field is typed in (``kept``). A long note is cut with "…"
at the row's width; the whole of it is the line's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.table_model import MUTED_COLOUR


class RowNote(QLabel):
    """One line of muted text, its room kept when empty; ``text()`` is the whole note."""

    def __init__(
        self,
        sources: list[QWidget],
        parent: QWidget | None = None,
        kept: bool = True,
        error: QLabel | None = None,
        field: QWidget | None = None,
    ) -> None:
        """The line's room is under the ``field`` it is about (its sources, by default) while
        the focus is in it, anywhere (a picker's "Ny grupp…" too: the rows moved as it was
        clicked, and back as the new group came), or while the line says something; else at
        the form's foot once ``keep_room_in``. The focus in another window (the form that
        button opens, a drop-down's list) moves nothing. ``kept`` False: no room elsewhere,
        for rows that go together (an action's responsible organisation above its person read
        as two rows apart); the form grows once as it is typed in. Not while the row's
        ``error`` line shows: the focus given to the field refused put an empty line between
        the field and its refusal."""
        super().__init__(parent)
        self._in_use = [field] if field is not None else sources
        self._kept = kept
        self._focused = False
        self._error = error
        if error is not None:
            error.installEventFilter(self)
        self._room: NoteRoom | None = None  # where its room is kept while it says nothing
        for source in sources:
            source.note_changed.connect(self.show_note)  # type: ignore[attr-defined]
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, MUTED_COLOUR)
        self.setPalette(palette)
        # As wide as the row gives it: a long name must not widen the dialog.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or now.window() is not self.window():
            return  # another window's (the "Ny grupp…" form opened over it): the form stays
        focused = any(widget is now or widget.isAncestorOf(now) for widget in self._in_use)
        if focused != self._focused:
            self._focused = focused
            self._room_moved()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._error and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._room_moved()
        return super().eventFilter(watched, event)

    def keep_room_in(self, room: NoteRoom) -> None:
        """While it says nothing, its room is ``room``'s (at the form's foot), not its own."""
        self._room = room
        room.add(self)
        self.updateGeometry()

    def _room_moved(self) -> None:
        self.updateGeometry()
        if self._room is not None:  # the same layout pass: the form keeps its height
            self._room.updateGeometry()

    def takes_room(self) -> bool:
        """Whether its line's room is under the field (else at the form's foot, or none)."""
        kept_here = self._kept and self._room is None
        refused = self._error is not None and not self._error.isHidden()
        return kept_here or (self._focused and not refused) or bool(self.text())

    def line_height(self) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def show_note(self, text: str) -> None:
        self.setText(text)
        self._room_moved()
        # The whole note (the line may be cut) and what it means.
        about = _("The record the form takes for the part of its name typed above")
        self.setToolTip(f"{text}\n{about}" if text else "")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self.line_height() if self.takes_room() else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ContentsRectChange and self._room is not None:
            self._room.updateGeometry()  # the style's room above the text: a taller line
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        room = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, room.width()
        )
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            room, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )


class NoteRoom(QWidget):
    """Under a form's rows, the room of its notes not under their fields: one whose field has
    the focus (or that says something) takes its line under its field, this gives the line up,
    and the form's height and buttons stay where they were (the rows under the field move down
    a line as the focus comes to it, not while the user types in it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[RowNote] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add(self, note: RowNote) -> None:
        self._notes.append(note)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        elsewhere = [note for note in self._notes if not note.takes_room()]
        return QSize(0, sum(note.line_height() for note in elsewhere))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()


def noting(widget: QWidget) -> list[QWidget]:
    """The outermost widgets in ``widget`` (itself included) with a ``note_changed`` signal: a
    list of lines that relays its lines' notes is followed once, not also line by line."""
    if hasattr(widget, "note_changed"):
        says_notes = getattr(widget, "says_notes", None)
        return [widget] if says_notes is None or says_notes() else []
    found: list[QWidget] = []
    for child in widget.children():
        if isinstance(child, QWidget):
            found.extend(noting(child))
    return found
