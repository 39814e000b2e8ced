"""The loan history: a period, open and overdue filters, search; the selected loan in full. Its
reason (sensitive for a home loan) shows only here, and only when the coordinator asks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QWidget,
)

from samverkan_desktop.formatting import display_datetime, thousands, unbroken
from samverkan_desktop.i18n import _, ngettext, pgettext
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services import alarm_history
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow, LoanSort
from ui import key_guide
from ui.alarms.common import due_text
from ui.context import AppContext
from ui.widgets.detail import DetailPane
from ui.widgets.fields import EnumCombo, OptionalDateEdit
from ui.widgets.list_page import ListPage
from ui.widgets.table_model import WARNING_COLOUR, Column


def _warn(row: LoanRow) -> QColor | None:
    return WARNING_COLOUR if row.overdue else None


def returned_text(row: LoanRow, in_row: bool = False) -> str:
    """When the unit came back, "(för sent)" after its due time. ``in_row``: the list's cell,
    "(sen)", on one line at 1024 px ("2026-12-05 08.48 (för sent)" broke onto two); the pane
    and the tooltip say it whole. The date stays in the row: beside a chosen loan the day lent
    gives way, and "18.00" beside a due day three weeks on read as that day."""
    if row.returned_at is None:
        return _("Overdue") if row.overdue else _("Still out")
    text = display_datetime(row.returned_at)
    if row.returned_at > row.due_at:
        text += " " + (
            pgettext("a loan's return, in the list", "(late)") if in_row else _("(late)")
        )
    if row.fault_description:
        text += " · " + _("fault")
    return text


def loan_columns() -> list[Column[LoanRow]]:
    return [
        Column(_("Unit"), lambda r: r.unit_code),
        # Breaks between the names where it must (at 1024 px with no loan chosen it read
        # "Ahmed H…" in every row beside the purpose, which then gives way). The list's room
        # over its columns is the names', not the initials' at the end.
        Column(_("Borrower"), LoanRow.borrower_label, width=150, wrap=True, takes_spare_room=True),
        # Beside a chosen loan (whose pane says both) a narrow list leaves these out rather
        # than cut the borrower ("Ahmed…" at 1024 px, the initials scrolled out of sight).
        Column(_("Purpose"), lambda r: r.purpose, aside=1),
        Column(
            _("Lent"),
            lambda r: display_datetime(r.out_at),
            sort_key=lambda r: r.out_at,
            width=122,
            aside=2,
        ),
        Column(
            _("Due back"),
            lambda r: display_datetime(r.due_at),
            sort_key=lambda r: r.due_at,
            colour=_warn,
            width=122,
        ),
        Column(
            _("Returned"),
            lambda r: returned_text(r, in_row=True),
            sort_key=lambda r: r.returned_at or r.due_at,
            tooltip=returned_text,  # whole when the column is narrowed ("… (sen) · fel")
            colour=_warn,
            width=175,
            # On one line, "(sen)" too: the list leaves a column out rather than break it.
            wrap=True,
            max_lines=1,
        ),
        # Last: who lent it and who took it back in one column ("NH / TH", as in
        # the detail pane and a unit's history), so the list fits beside the pane at 1280x800.
        Column(_("Initials"), LoanRow.initials_out_in, tooltip=initials_tooltip),
    ]


def initials_tooltip(row: LoanRow) -> str | None:
    parts = []
    if row.lent_by_initials:
        parts.append(_("Lent by") + " " + row.lent_by_initials)
    if row.returned_by_initials:
        parts.append(_("Taken back by") + " " + row.returned_by_initials)
    return " · ".join(parts) or None


class LoanDetail(DetailPane):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Choose a loan in the list to see it here."), parent)
        self.ctx = ctx
        self._loan_id: int | None = None
        self.facts = self.add_facts()
        # In a 900 px window the pane is narrow: a department of one long word went under its
        # label rather than be cut at the pane's edge ("Socialtjänste", a sideways scroll bar).
        self.facts.wrap_long_rows()
        for key, label in (
            ("borrower", _("Borrower")),
            ("department", _("Department")),
            ("phone", _("Phone")),
            ("purpose", _("Purpose")),
            ("approved", _("Approved by")),
            ("out", _("Lent")),
            ("due", _("Due back")),
            ("returned", _("Returned")),
            ("condition", _("Condition")),
            ("initials", _("Initials")),
        ):
            self.facts.add_fact(key, label)
        self.reason_heading = self.add_heading(_("Reason"))
        self.reason_button = QPushButton(_("Show the reason"), self)
        self.reason_button.setToolTip(_("Sensitive: shown here only, never at the reception"))
        self.reason_button.clicked.connect(self.reveal_reason)
        self.sections.addWidget(self.reason_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections.addWidget(self.reason_label)

    def show_loan(self, row: LoanRow | None) -> None:
        self._loan_id = row.id if row else None
        if row is None:
            self.show_placeholder()
            return
        self.show_record(
            _("{code} to {name}").format(code=row.unit_code, name=row.borrower_label()),
            _(row.purpose.label),
            record=row.id,
        )
        condition = None
        if row.returned_at is not None:
            condition = (
                _("Fault: {text}").format(text=row.fault_description)
                if row.fault_description
                else _("OK") + (" · " + _("put on charge") if row.put_on_charge else "")
            )
        self.facts.set_fact("borrower", row.borrower_label())
        self.facts.set_fact("department", row.borrower_department)
        # A number whole on its line: it broke as "08-508 10" / "310".
        self.facts.set_fact("phone", unbroken(row.borrower_phone) if row.borrower_phone else None)
        self.facts.set_fact("purpose", _(row.purpose.label))
        self.facts.set_fact("approved", row.approved_by)
        self.facts.set_fact("out", display_datetime(row.out_at))
        self.facts.set_fact("due", due_text(row.due_at), _warn(row))
        self.facts.set_fact("returned", returned_text(row), _warn(row))
        self.facts.set_fact("condition", condition)
        self.facts.set_fact("initials", row.initials_out_in())
        home = row.purpose is UnitKind.HOME_LOAN and not row.pseudonymised
        self.reason_heading.setVisible(home)
        self.reason_button.setVisible(home)
        self.reason_label.clear()
        self.reason_label.hide()

    def reveal_reason(self) -> None:
        if self._loan_id is None:
            return
        detail = self.ctx.call(alarm_history.get_loan, self._loan_id)
        self.reason_label.setText(detail.reason or _("No reason was written down."))
        self.reason_label.show()
        self.reason_button.hide()


# loan_columns() are in the order of the service's sort keys: column n sorts by SORT_KEYS[n]
# (the initials, "NH / TH", by who lent the unit).
SORT_KEYS = alarm_history.SORT_KEYS
COUNT_CAP = 10_000  # counting stops here: "at least 10 000 loans" costs no full count


class LoansPage(ListPage[LoanRow]):
    """A city's million loans: a page at a time, searched, sorted and counted by the database."""

    reloaded = Signal()  # the loans read again (a loan may have become old enough meanwhile)

    page_size = 50  # two screens: the next page comes as the user scrolls

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            loan_columns(), _("Search unit, borrower, manager or department …"), parent
        )
        self.ctx = ctx
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.from_edit = OptionalDateEdit(self)
        self.from_edit.setToolTip(_("Lent on or after this day"))
        self.to_edit = OptionalDateEdit(self)
        self.to_edit.setToolTip(_("Lent on or before this day"))
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(lambda _d: self.narrow())
            # A date that is no date ("2026-02-31") changes no date: the list says so once the
            # typing ends (it kept the rows before, and the count could read "0 lån" beside them).
            edit.editingFinished.connect(self._period_typed)
        self.purpose_filter = EnumCombo(UnitKind, _("All purposes"), self)
        # Not "Not returned": the printout of those units ("Printouts") is called that.
        self.open_check = QCheckBox(_("Out now"), self)
        self.open_check.setToolTip(_("Only loans not yet returned"))
        self.overdue_check = QCheckBox(_("Overdue"), self)
        self.overdue_check.setToolTip(_("Only loans still out after their due time"))
        # Readable on a 1280-pixel screen: the detail pane gives way instead.
        self.search.setMinimumWidth(200)
        for edit in (self.from_edit, self.to_edit):
            self.tab_after_filters(edit)
        for widget in (self.purpose_filter, self.open_check, self.overdue_check):
            self.add_filter(widget)
        # The period and the other filters on a row of their own under the search: in one row
        # they held the list 726 px wide, and at 1100x700 the loan's detail got 136 px. The
        # row wraps where the list is narrower (in one line it made the Alarms area 696 px
        # wide, a window 900 px wide grew to 906); the period goes on a line whole.
        period = [QLabel(_("From"), self), self.from_edit, QLabel(_("to"), self), self.to_edit]
        self.period_row = self.filters_wrapping(
            [*period, self.purpose_filter, self.open_check, self.overdue_check]
        )
        self.period_row.keep_together(*period)
        self.period_row.keep_together(self.open_check, self.overdue_check)
        self.detail = LoanDetail(ctx, self)
        self.set_detail(self.detail, (5, 2))
        self.current_changed.connect(self.detail.show_loan)
        self._problem: str | None = None

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        self._set_dates(start, end)
        self.reload()

    def _set_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.set_value(value)
            edit.blockSignals(False)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        """The period typed; a date the field refuses is none here (period_problem names it)."""
        return self.from_edit.value_or_none(), self.to_edit.value_or_none()

    def clear_filters(self) -> None:
        super().clear_filters()
        self._set_dates(None, None)

    def period_problem(self) -> str | None:
        """Why no loan can match the period: a date that is no date, or an end before the
        start."""
        refusal = self.from_edit.refusal() or self.to_edit.refusal()
        if refusal is not None:
            return refusal
        start, end = self.period()
        if start is None or end is None or start <= end:
            return None
        return _(
            "No loans: “From” ({start}) is after “to” ({end}). Change one of the dates."
        ).format(start=start.isoformat(), end=end.isoformat())

    def _period_typed(self) -> None:
        if self.period_problem() != self._problem:
            self.reload()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter on a date that is no date: the field leaves the key to what holds it (in a
        # form, the default button that refuses it); here the list says why it is empty.
        if key_guide.FORM_SAVE.matches(event) and (
            self.from_edit.hasFocus() or self.to_edit.hasFocus()
        ):
            self._period_typed()
            return
        super().keyPressEvent(event)

    def reload(self, select_id: Any = None) -> None:
        # A period that ends before it starts is said where the rows would be, and beside
        # the dates (red, with the reason as their tooltip); the dates stay as typed.
        problem = self.period_problem()
        if problem != self._problem:
            self._problem = problem
            palette = self.palette()
            if problem:
                palette.setColor(QPalette.ColorRole.Text, WARNING_COLOUR)
            for edit, tip in (
                (self.from_edit, _("Lent on or after this day")),
                (self.to_edit, _("Lent on or before this day")),
            ):
                edit.setToolTip(problem or tip)
                edit.setPalette(palette)
        if problem:
            self.table.set_empty_text(problem, warning=True)
        elif self.filters() != LoanFilter():
            self.table.set_empty_text(_("No loan matches the search and the filters."))
        else:
            self.table.set_empty_text(_("No loans yet."))
        super().reload(select_id)
        self.reloaded.emit()

    def filters(self) -> LoanFilter:
        start, end = self.period()
        return LoanFilter(
            open_only=self.open_check.isChecked(),
            overdue_only=self.overdue_check.isChecked(),
            start=start,
            end=end,
            purpose=self.purpose_filter.value(),
            search=self.search_text() or None,
        )

    def load_page(self, offset: int, limit: int) -> list[LoanRow]:
        if self.period_problem():
            return []  # nothing to ask the database
        column, descending = self.sort_column()
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else "out"
        return self.ctx.call(
            alarm_history.list_loans,
            self.filters(),
            limit=limit,
            offset=offset,
            sort=LoanSort(key, descending),
        )

    def count_rows(self) -> int:
        if self.period_problem():
            return 0
        return int(self.ctx.call(alarm_history.count_loans, self.filters(), cap=COUNT_CAP))

    def count_text(self, count: int) -> str:
        if self.period_problem():
            return ""  # the list says why it is empty: "0 lån" under that read as a result
        if count >= COUNT_CAP:
            return _("At least {count} loans").format(count=thousands(COUNT_CAP))
        return ngettext("{count} loan", "{count} loans", count).format(count=thousands(count))
