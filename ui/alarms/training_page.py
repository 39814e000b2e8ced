"""Training: the sessions of each course with their attendees (the alarm training ran three
times in March 2021), and the staff with their alarm training's expiry."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.formatting import date_with_week, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import training
from samverkan_desktop.services.training import AttendeeRow, SessionRow
from ui.alarms.common import staff_choices
from ui.alarms.training_status import StaffTraining, staff_training
from ui.context import AppContext
from ui.widgets.detail import DetailPane
from ui.widgets.fields import RecordCombo
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import WARNING_COLOUR, Column


def session_columns() -> list[Column[SessionRow]]:
    return [
        Column(_("Date"), lambda r: date_with_week(r.held_on), sort_key=lambda r: r.held_on),
        Column(_("Course"), lambda r: r.course, width=200),
        Column(_("Attendees"), lambda r: r.attendee_count, align_right=True, width=90),
        Column(_("Place"), lambda r: r.place, tooltip=lambda r: r.place),
    ]


class AttendeesPanel(QWidget):
    """Who attended a session; add someone by typing part of a name, remove the selected."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id: int | None = None
        self.table: RecordTable[AttendeeRow] = RecordTable(
            [
                Column(_("Attendee"), lambda r: r.name, width=200),
                Column(_("Department"), lambda r: r.department),
            ],
            self,
            id_of=lambda r: r.attendance_id,
        )
        self.person_combo = RecordCombo(_("Type part of a name to add an attendee"), self)
        self.add_button = QPushButton(_("Add"), self)
        self.add_button.clicked.connect(self.add_attendee)
        line = self.person_combo.lineEdit()
        assert line is not None
        line.returnPressed.connect(self.add_attendee)
        self.remove_button = QPushButton(_("Remove"), self)
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_attendee)
        self.table.current_changed.connect(lambda r: self.remove_button.setEnabled(r is not None))
        row = QHBoxLayout()
        row.addWidget(self.person_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        if session_id is None:
            self.table.set_rows([])
            return
        rows = self.ctx.call(training.list_attendees, session_id)
        self.table.set_rows(rows)
        present = {r.person_id for r in rows}
        self.person_combo.set_items([c for c in staff_choices(self.ctx) if c[0] not in present])
        self.person_combo.set_value(None)

    def add_attendee(self) -> None:
        person_id = self.person_combo.value()
        if self.session_id is None or person_id is None:
            return
        if perform(self, self.ctx, "alarms", training.add_attendee, self.session_id, person_id):
            self.person_combo.set_value(None)
            self.person_combo.setFocus()

    def remove_attendee(self) -> None:
        row = self.table.current_row()
        if row is not None:
            perform(self, self.ctx, "alarms", training.remove_attendee, row.attendance_id)


class SessionDetail(DetailPane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Choose a session to see who attended."), parent)
        self.facts = self.add_facts()
        for key, label in (
            ("date", _("Date")),
            ("place", _("Place")),
            ("validity", _("Valid for")),
        ):
            self.facts.add_fact(key, label)
        self.add_text("notes", _("Notes"))
        self.attendees = AttendeesPanel(ctx, self)
        self.add_bottom(self.attendees, (1, 3))
        self._courses: dict[int, int | None] = {}

    def set_courses(self, validity: dict[int, int | None]) -> None:
        self._courses = validity

    def show_session(self, row: SessionRow | None) -> None:
        if row is None:
            self.show_placeholder()
            self.attendees.show_session(None)
            return
        self.show_record(row.course, date_with_week(row.held_on))
        months = self._courses.get(row.course_id)
        self.facts.set_fact("date", date_with_week(row.held_on))
        self.facts.set_fact("place", row.place)
        self.facts.set_fact(
            "validity",
            ngettext("{n} month", "{n} months", months).format(n=months)
            if months
            else _("never expires"),
        )
        self.set_text("notes", row.notes)
        self.attendees.show_session(row.id)
        self.fit_sections()


class TrainingPage(ListPage[SessionRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(session_columns(), _("Search course, place or notes …"), parent)
        self.ctx = ctx
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.course_filter = RecordCombo(_("All courses"), self, editable=False)
        self.course_filter.setMinimumContentsLength(24)
        self.add_filter(self.course_filter)
        self.detail = SessionDetail(ctx, self)
        self.set_detail(self.detail, (1, 1))
        self.current_changed.connect(self.detail.show_session)

    def fill_filters(self) -> None:
        courses = self.ctx.call(training.list_courses)
        self.course_filter.set_items([(c.id, c.name) for c in courses])
        self.detail.set_courses({c.id: c.validity_months for c in courses})

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


def _expired(row: StaffTraining) -> QColor | None:
    return None if row.valid else WARNING_COLOUR


def borrower_columns() -> list[Column[StaffTraining]]:
    def attended(row: StaffTraining) -> object:
        return row.training.last_attended if row.training else None

    def until(row: StaffTraining) -> str:
        status = row.training
        if status is None or status.last_attended is None:
            return _("not trained")
        return iso_date(status.valid_until) if status.valid_until else _("never expires")

    return [
        Column(_("Name"), lambda r: r.name, width=180),
        Column(_("Department"), lambda r: r.department, width=230),
        Column(_("Phone"), lambda r: r.phone, width=120),
        Column(_("Last trained"), attended, width=110),
        Column(
            _("Training valid until"),
            until,
            sort_key=lambda r: r.training.valid_until if r.training else None,
            colour=_expired,
        ),
    ]


class BorrowersPage(ListPage[StaffTraining]):
    """Staff who may borrow an alarm, with their alarm training's expiry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(borrower_columns(), _("Search name or department …"), parent)
        self.ctx = ctx
        self.expired_check = QCheckBox(_("Training not valid"), self)
        self.add_filter(self.expired_check)

    def load_rows(self) -> list[StaffTraining]:
        rows = staff_training(self.ctx, self.search_text())
        return [r for r in rows if not (self.expired_check.isChecked() and r.valid)]

    def count_text(self, count: int) -> str:
        return ngettext("{count} staff member", "{count} staff members", count).format(count=count)
