"""A training session's list columns, its detail pane and its attendees, as both areas show them.

Training is one register: the alarm training and the crisis courses live in the same tables, so a
change announces both areas.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.composed_text import composed
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import training
from samverkan_desktop.services.training import AttendeeRow, SessionRow
from ui import key_guide
from ui.context import AppContext
from ui.training.session_actions import CHANGES, DefaultCourse, SessionActions, no_default_course
from ui.widgets.detail import DetailPane
from ui.widgets.dialogs import show_error
from ui.widgets.list_key import own_key
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.record_combo import RecordCombo
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.row_note import RowNote
from ui.widgets.table_model import Column

# Who may be added as an attendee: (id, label) pairs, leaving out those already present.
PersonChoices = Callable[[AppContext, set[int]], list[tuple[int, str]]]
CLEAR_ROOM = 24  # a line edit's clear button, kept for it while the field is empty too


def session_columns() -> list[Column[SessionRow]]:
    return [
        # As wide as its dates and title, no more: at 1280 px its 18 px over them were what
        # the course lacked to read "…bemötande av egen personal i kris" on one line.
        Column(_("Date"), lambda r: date_with_week(r.held_on), sort_key=lambda r: r.held_on),
        # The course and the place break onto more lines rather than end in "…": "Krisstöd del
        # 2: Bemötande av barn och unga i …" left out what told the parts apart.
        Column(_("Course"), lambda r: r.course, tooltip=lambda r: r.course, width=400, wrap=True),
        # Beside a chosen session (whose pane lists its attendees) a narrow list leaves the
        # count out rather than break the course's words ("Larmutbil-dning" at 1024 px).
        Column(_("Attendees"), lambda r: r.attendee_count, align_right=True, width=80, aside=1),
        # ... then the place, which the pane says too: beside it the courses broke into five
        # lines ("Stadens / webbutbildning / om / våldsbejakande / extremism") at 1024 px.
        Column(_("Place"), lambda r: r.place, tooltip=lambda r: r.place, wrap=True, aside=2),
    ]


class AttendeesPanel(QWidget):
    """Who attended a session: type part of a name and press Enter to add; remove the selected."""

    def __init__(
        self, ctx: AppContext, choices: PersonChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._choices = choices
        self.session_id: int | None = None
        self._refused: str | None = None  # the letters just refused (see add_attendee)
        self.table: RecordTable[AttendeeRow] = RecordTable(
            [
                Column(_("Attendee"), lambda r: r.name, width=190),
                Column(_("Department"), lambda r: r.department),
            ],
            self,
            id_of=lambda r: r.attendance_id,
        )
        self.person = RecordCombo(
            _("Type a name and press {key}").format(key=key_guide.ATTENDEE_ADD.label()), self
        )
        # As wide as the pane allows, not as the longest name: sized to its names, the field
        # held the pane 520 pixels wide and the sessions list was cut to half the area.
        self.person.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # ... but never narrower than its hint, with room for the clear button: at 1024 px it
        # read "Skriv ett namn och try…".
        line = self.person.lineEdit()
        assert line is not None
        metrics = self.person.fontMetrics()
        hint = metrics.horizontalAdvance(line.placeholderText()) + CLEAR_ROOM
        self.person.setMinimumContentsLength(
            max(16, math.ceil(hint / metrics.horizontalAdvance("X")))
        )
        line.returnPressed.connect(self.add_attendee)
        self.add_button = QPushButton(_("Add"), self)
        self.add_button.clicked.connect(self.add_attendee)
        self.remove_button = QPushButton(_("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_attendee)
        back_to_list(self.remove_button, self.table, self.person)
        self.remove_button.setToolTip(
            key_guide.with_keys(
                _("Remove the attendee from the session"), key_guide.ATTENDEE_REMOVE
            )
        )
        # Delete in the attendees removes the one chosen there, as "Remove" does: it reached the
        # page's "Delete session…", which asked to delete the whole session.
        own_key(self.table, key_guide.ATTENDEE_REMOVE, self.remove_attendee)
        # The sheet to sign at the session (before it), or the record of who came (after).
        self.print_button = QPushButton(_("Attendance list…"), self)
        self.print_button.clicked.connect(lambda _checked=False: self.print_list())
        self.file_stem = ""  # "Larmutbildning 2026-12-08", set with the session
        self.table.current_changed.connect(self._follow_choice)
        self.not_yet = QLabel(_("Attendees are registered once the session has been held."), self)
        self.not_yet.setWordWrap(True)
        self.not_yet.hide()
        row = QHBoxLayout()
        row.addWidget(self.not_yet, 1)
        row.addWidget(self.person, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(RowNote([self.person], self))  # "→ Lena Persson — …" for "Lena"
        layout.addWidget(self.table, 1)
        # "Remove" under the list it removes from: beside the field, at 1024 px, it left the
        # field too narrow for its own hint ("Skriv ett namn och try…").
        below = QHBoxLayout()  # its own row: beside the field it widened the pane
        below.addWidget(self.remove_button)
        below.addStretch(1)
        below.addWidget(self.print_button)
        layout.addLayout(below)

    def _follow_choice(self, row: AttendeeRow | None) -> None:
        self.remove_button.setEnabled(row is not None)

    def set_held(self, held: bool) -> None:
        """A session still to come takes no attendees (the service refuses them): say so in
        place of the field rather than after a name is typed."""
        for widget in (self.person, self.add_button, self.remove_button):
            widget.setVisible(held)
        self.not_yet.setVisible(not held)
        # The last attendee removed: the list says so, not a blank box under the field.
        self.table.set_empty_text(
            _("No attendees registered. Type a name above and press {key}.").format(
                key=key_guide.ATTENDEE_ADD.label()
            )
            if held
            else ""
        )

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        rows = self.ctx.call(training.list_attendees, session_id) if session_id else []
        self.table.set_rows(rows)
        # New rows say nothing of a choice they lost (the attendee just removed, as the groups'
        # members): "Remove" stayed enabled beside a list with no row chosen.
        self._follow_choice(self.table.current_row())
        present = {r.person_id for r in rows}
        self.person.set_items(self._choices(self.ctx, present))
        self.person.set_value(None)

    def typed_person(self) -> int | None:
        """The person the typed letters mean: as the field reads them (the whole name, or a
        part only one name holds), else the one name that begins with them ("Lena" is Lena
        Persson, not Helena Wikström) or one of whose names does ("pers")."""
        person_id: int | None = self.person.value()
        typed = composed(self.person.currentText().strip()).casefold()
        if person_id is not None or not typed:
            return person_id
        starting = [
            index
            for index in range(self.person.count())
            if any(
                word.startswith(typed)
                for word in self.person.itemText(index).split(" — ")[0].casefold().split()
            )
            or self.person.itemText(index).casefold().startswith(typed)
        ]
        if len(starting) != 1:
            return None
        chosen: int = self.person.itemData(starting[0])
        return chosen

    def add_attendee(self) -> None:
        if self.session_id is None:
            return
        person_id = self.typed_person()
        if person_id is None:
            # With the name list open, one Enter reaches here twice: say it once.
            typed = self.person.currentText().strip()
            if typed and typed != self._refused:
                self._not_understood()
                self._refused = typed
                QTimer.singleShot(0, self._forget_refusal)
            return
        if perform(self, self.ctx, CHANGES, training.add_attendee, self.session_id, person_id):
            self.person.set_value(None)
            self.person.setFocus()

    def _forget_refusal(self) -> None:
        self._refused = None

    def _not_understood(self) -> None:
        """Enter on letters that name nobody, or several: say so (before, nothing happened and
        the next name was typed onto the end of the first)."""
        typed = self.person.currentText().strip()
        if not typed:
            return
        folded = composed(typed).casefold()
        names = [self.person.itemText(i).split(" — ")[0] for i in range(self.person.count())]
        fitting = [n for n in names if any(w.startswith(folded) for w in n.casefold().split())]
        names = fitting or [n for n in names if folded in n.casefold()]
        if names:
            message = _("“{text}” fits several: {names}. Type more of the name.").format(
                text=typed, names=", ".join(names[:5]) + (" …" if len(names) > 5 else "")
            )
        else:
            message = _(
                "Nobody to add is called “{text}” (already on the list, or not in the register)."
            ).format(text=typed)
        show_error(self, message)
        self.person.setFocus()
        line = self.person.lineEdit()
        if line is not None:
            line.selectAll()

    def print_list(self) -> None:
        from samverkan_desktop.reports import training_attendance  # loads ReportLab

        session_id = self.session_id
        if session_id is None:
            return
        preview_in_background(
            self,
            _("Attendance list"),
            _("Attendance list {name}.pdf").format(name=self.file_stem.replace("/", "-")),
            lambda: self.ctx.call(training_attendance.build, session_id),
        )

    def remove_attendee(self) -> None:
        row = self.table.current_row()
        if row is not None:
            perform(self, self.ctx, CHANGES, training.remove_attendee, row.attendance_id)


class SessionPane(DetailPane):
    """One session: place, how long it is valid, notes, and who attended."""

    def __init__(
        self, ctx: AppContext, choices: PersonChoices, parent: QWidget | None = None
    ) -> None:
        super().__init__(_("Choose a session to see who attended."), parent)
        self.facts = self.add_facts()
        for key, label in (("place", _("Place")), ("validity", _("Valid for"))):
            self.facts.add_fact(key, label)
        self.add_text("notes", _("Notes"))
        self.attendees = AttendeesPanel(ctx, choices, self)
        # A session to come has no attendees yet: their empty list leaves the notes room.
        self.add_bottom(self.attendees, (1, 4), rows=self.attendees.table)
        self.validity: dict[int, int | None] = {}

    def show_session(self, row: SessionRow | None) -> None:
        if row is None:
            self.show_placeholder()
            self.attendees.show_session(None)
            return
        self.show_record(row.course, date_with_week(row.held_on), record=row.id)
        months = self.validity.get(row.course_id)
        self.facts.set_fact("place", row.place)
        self.facts.set_fact(
            "validity",
            ngettext("{n} month", "{n} months", months).format(n=months)
            if months
            else _("never expires"),
        )
        self.set_text("notes", row.notes)
        self.attendees.show_session(row.id)
        self.attendees.set_held(row.held_on <= clock.today())
        self.attendees.file_stem = f"{row.course} {row.held_on.isoformat()}"
        self.fit_sections()


class SessionsListPage(ListPage[SessionRow]):
    """The sessions, newest first, filtered by course and searched by course, place or notes, with
    the chosen session's attendees beside them: as the alarms and the crisis areas list them
    (``choices``: who may attend; ``default_course``: a new session's course when neither the
    filter nor a chosen session tells). Both areas have the same actions (session_actions)."""

    def __init__(
        self,
        ctx: AppContext,
        choices: PersonChoices,
        parent: QWidget | None = None,
        default_course: DefaultCourse = no_default_course,
    ) -> None:
        super().__init__(session_columns(), _("Search course, place or notes …"), parent)
        self.ctx = ctx
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.course_filter = RecordCombo(_("All courses"), self, editable=False)
        self.course_filter.setMinimumContentsLength(26)
        self.add_filter(self.course_filter)
        self.detail = SessionPane(ctx, choices, self)
        self.set_detail(self.detail, (3, 2))
        # Beside a chosen session at 1024 px the list's column held neither the search's hint
        # ("Sök kurs, plats eller ant…") nor the actions ("Ny kurs" and "Redigera kurs" under
        # the » arrow): the course filter under the search, the tool bar the page's width.
        self.filters_below([self.course_filter])
        self.toolbar_across()
        self.current_changed.connect(self.detail.show_session)
        self.session_actions = SessionActions(self, default_course)

    def add_new_session_action(self, slot: Callable[[], object]) -> QAction:
        """ "New session…" (Ctrl+N), which the empty list names."""
        action = self.add_action(_("New session…"), slot, "Ctrl+N")
        self.set_empty_hint(_("No training sessions yet. {action} adds the first one."), action)
        return action

    def fill_filters(self) -> None:
        courses = self.ctx.call(training.list_courses)
        self.course_filter.set_items([(c.id, c.name) for c in courses])
        self.detail.validity = {c.id: c.validity_months for c in courses}

    def load_rows(self) -> list[SessionRow]:
        rows = self.ctx.call(training.list_sessions, self.course_filter.value())
        needle = self.search_text().casefold()
        return [
            r
            for r in rows
            if not needle
            or any(needle in (t or "").casefold() for t in (r.course, r.place, r.notes))
        ]

    def count_text(self, count: int) -> str:
        return ngettext("{count} session", "{count} sessions", count).format(count=count)
