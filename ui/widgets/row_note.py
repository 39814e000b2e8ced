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
at the row's width; the whole of it is the line's tooltip. Another line about what the field
holds keeps its room the same way (``FieldLine``, which a ``RowNote`` is): the lending form's
borrower's alarm training, said as the typed letters stand for one person, moved every row
below as it came and went."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.table_model import MUTED_COLOUR


class FieldLine(QLabel):
    """One line of text under a form row's field, its room kept whether it says something or
    not (``RowNote``'s room: see the module); ``text()`` is the whole line. What it says is set
    with ``say`` (the lending form's borrower's training)."""

    def __init__(
        self,
        field: QWidget,
        parent: QWidget | None = None,
        kept: bool = True,
        error: QLabel | None = None,
    ) -> None:
        """The line's room is under the ``field`` it is about while the focus is in it,
        anywhere (a picker's "Ny grupp…" too: the rows moved as it was clicked, and back as the
        new group came), or while the line says something; else at the form's foot once
        ``keep_room_in``. The focus in another window (the form that button opens, a
        drop-down's list) moves nothing. ``kept`` False: no room elsewhere, for rows that go
        together (an action's responsible organisation above its person read as two rows
        apart); the form grows once as it is typed in. Not while the row's ``error`` line
        shows: the focus given to the field refused put an empty line between the field and its
        refusal."""
        super().__init__(parent)
        self._field = field
        self._kept = kept
        self._focused = False
        self._error = error
        if error is not None:
            error.installEventFilter(self)
        self._room: NoteRoom | None = None  # where its room is kept while it says nothing
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)
        # As wide as the row gives it: a long text must not widen the dialog.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_colour(self, colour: QColor | None) -> None:
        """The text's colour (None: the window's)."""
        palette = self.palette()
        shown = colour if colour is not None else QApplication.palette(self).windowText().color()
        palette.setColor(QPalette.ColorRole.WindowText, shown)
        self.setPalette(palette)

    def _focus_moved(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or now.window() is not self.window():
            return  # another window's (the "Ny grupp…" form opened over it): the form stays
        field = self._field
        focused = field is now or field.isAncestorOf(now)
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

    def say(self, text: str) -> None:
        self.setText(text)
        self._room_moved()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self.line_height() if self.takes_room() else 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self.sizeHint()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        # The style's room above the text (a taller line), or hidden for good (nothing to
        # say: no alarm course): the foot's room changes with it.
        resized = (
            QEvent.Type.ContentsRectChange,
            QEvent.Type.HideToParent,
            QEvent.Type.ShowToParent,
        )
        if kind in resized and self._room is not None:
            self._room.updateGeometry()
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


class RowNote(FieldLine):
    """One line of muted text, what the row's field made of the typing; a ``FieldLine``."""

    def __init__(
        self,
        sources: list[QWidget],
        parent: QWidget | None = None,
        kept: bool = True,
        error: QLabel | None = None,
        field: QWidget | None = None,
    ) -> None:
        """``field``: the widget the focus is in while the line may say something (its
        ``sources``, by default, when they are one). See ``FieldLine``."""
        super().__init__(field if field is not None else _one(sources), parent, kept, error)
        for source in sources:
            source.note_changed.connect(self.show_note)  # type: ignore[attr-defined]
        self.set_colour(MUTED_COLOUR)

    def show_note(self, text: str) -> None:
        self.say(text)
        # The whole note (the line may be cut) and what it means.
        about = _("The record the form takes for the part of its name typed above")
        self.setToolTip(f"{text}\n{about}" if text else "")


def _one(sources: list[QWidget]) -> QWidget:
    (source,) = sources
    return source


class NoteRoom(QWidget):
    """Under a form's rows, the room of its notes not under their fields: one whose field has
    the focus (or that says something) takes its line under its field, this gives the line up,
    and the form's height and buttons stay where they were (the rows under the field move down
    a line as the focus comes to it, not while the user types in it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes: list[FieldLine] = []
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def add(self, note: FieldLine) -> None:
        self._notes.append(note)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        elsewhere = [n for n in self._notes if not n.takes_room() and not n.isHidden()]
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
