"""Training: the sessions of each course with their attendees (the alarm training ran three
times in March 2021), and the staff with their alarm training's expiry."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QWidget

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import training
from ui.alarms.common import staff_choices
from ui.alarms.training_status import StaffTraining, staff_training
from ui.context import AppContext
from ui.training.sessions import SessionsListPage
from ui.widgets.list_page import ListPage
from ui.widgets.table_model import WARNING_COLOUR, Column


def _staff(ctx: AppContext, present: set[int]) -> list[tuple[int, str]]:
    # Alarm training is for the district's own staff.
    return [choice for choice in staff_choices(ctx) if choice[0] not in present]


def _alarm_course(ctx: AppContext) -> int | None:
    # A new session here is of the reception's own course (else the dialog's first course,
    # "Krisstöd del 1"), when neither the filter nor a chosen session names one.
    course = ctx.call(training.course_by_code, training.ALARM_COURSE_CODE)
    return course.id if course else None


class TrainingPage(SessionsListPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, _staff, parent, default_course=_alarm_course)


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
        # The list's room over its columns is the names', not the date's at the end.
        Column(_("Name"), lambda r: r.name, width=180, takes_spare_room=True),
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
