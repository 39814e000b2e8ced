"""Brandskydd: the fire-safety inspections of the premises (SBA). Above the list the state in a
few lines, as the district's report puts it ("Senast besiktigat 11 jan 2021 av … – Godkänt",
when the next inspection is due, red when past, the evacuation leaders); under it the selected
inspection with its remarks, which are followed up to the end in Åtgärder.

Keys as on the sibling pages: Ins (or Ctrl+N) records a new inspection, Enter edits the selected
one, Del deletes it (refused, with the number, while its remarks are actions)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import date_with_week, dotted, iso_date, short_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import InspectionResult
from samverkan_desktop.services import fire_inspections, fire_summary
from samverkan_desktop.services.fire_inspections import DUE_WITHIN_DAYS, InspectionRow
from ui import key_guide
from ui.context import AppContext
from ui.crisis.fire_dialog import InspectionDialog
from ui.widgets.detail import DetailPane
from ui.widgets.fields import EnumCombo
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform_confirmed, refused_before_asking, run_form
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.table_model import DUE_SOON_COLOUR, WARNING_COLOUR, Column
from ui.widgets.wording import EMPTY

WARN_HEX = WARNING_COLOUR.name()


def _result_colour(row: InspectionRow) -> QColor | None:
    return WARNING_COLOUR if row.result is InspectionResult.NOT_APPROVED else None


def _remarks_text(row: InspectionRow) -> str:
    if not row.remarks:
        return EMPTY
    # "1 öppen av 1", "2 öppna av 3"
    return ngettext("{open} open of {total}", "{open} open of {total}", row.open_remarks).format(
        open=row.open_remarks, total=row.remarks
    )


def inspection_columns() -> list[Column[InspectionRow]]:
    def next_colour(row: InspectionRow) -> QColor | None:
        today = clock.today()
        if row.is_overdue(today):
            return WARNING_COLOUR
        return DUE_SOON_COLOUR if row.is_due(today) else None

    return [
        Column(
            _("Inspected"), lambda r: iso_date(r.inspected_on), sort_key=lambda r: r.inspected_on
        ),
        Column(_("Premises"), lambda r: r.premises, tooltip=lambda r: r.premises, wrap=True),
        Column(_("Inspected by"), lambda r: r.performed_by, wrap=True),
        # wraps too: "Godkänt med anmärkningar" on two lines beside premises on two rather
        # than on one beside premises on three
        Column(_("Result"), lambda r: _(r.result.label), colour=_result_colour, wrap=True),
        Column(
            _("Remarks"),
            _remarks_text,
            sort_key=lambda r: (r.open_remarks, r.remarks),
            colour=lambda r: WARNING_COLOUR if r.open_remarks else None,
        ),
        Column(
            _("Next inspection"),
            lambda r: iso_date(r.next_due_on) if r.is_latest else "",
            sort_key=lambda r: r.next_due_on,
            tooltip=lambda r: None if r.is_latest else _("A later inspection replaced this one"),
            colour=next_colour,
        ),
    ]


class FireSafetyPage(ListPage[InspectionRow]):
    history_table = "fire_inspections"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            inspection_columns(), _("Search premises, inspected by or summary …"), parent
        )
        self.ctx = ctx
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.header = QLabel(self)
        self.header.setObjectName("fireSummary")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setContentsMargins(2, 0, 2, 6)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, self.header)  # type: ignore[attr-defined]

        self.result_filter = EnumCombo(InspectionResult, _("All results"), self)
        self.result_filter.setObjectName("resultFilter")
        self.add_filter(self.result_filter)
        self.due_check = QCheckBox(
            _("To inspect within {days} days").format(days=DUE_WITHIN_DAYS), self
        )
        self.due_check.setToolTip(_("Only premises to inspect soon, and those overdue"))
        self.add_filter(self.due_check)

        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.detail = DetailPane(_("Choose an inspection to see its remarks."), self)
        facts = self.detail.add_facts()
        facts.add_fact("performed_by", _("Inspected by"))
        facts.add_fact("result", _("Result"))
        facts.add_fact("next_due_on", _("Next inspection by"))
        self.facts = facts
        self.detail.add_text("summary", _("Summary"))
        self.detail.add_text("remarks", _("Remarks (followed up in Actions)"))
        # The remarks need the room more than the list, which holds a few inspections a year.
        self.detail.setMinimumHeight(240)
        self.set_detail(self.detail, (2, 3), vertical=True)

        self.new_action = self.add_action(_("New inspection…"), self.new_inspection, "Ctrl+N")
        self.new_action.setShortcuts([QKeySequence("Ctrl+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.new_action.setToolTip(self._new_with_keys())
        self.set_empty_hint(
            _("No fire safety inspections yet. {action} adds the first one."), self.new_action
        )
        self.edit_action = self.add_action(_("Edit…"), self.edit_inspection, needs_selection=True)
        self.delete_action = self.add_action(
            _("Delete…"),
            self.delete_inspection,
            QKeySequence(QKeySequence.StandardKey.Delete),
            needs_selection=True,
        )
        # The list on paper, with each inspection's remarks (also Arkiv → Skriv ut… here; Ctrl+P
        # as the other areas' printouts).
        self.print_action = self.add_action(
            _("Print inspection list…"), self.print_list, QKeySequence.StandardKey.Print
        )
        self.activated.connect(lambda _row: self.edit_inspection())
        self.current_changed.connect(self._show_detail)

    # --- the list ------------------------------------------------------------------------------

    def load_rows(self) -> list[InspectionRow]:
        today = clock.today()
        self._show_summary()
        return self.ctx.call(
            fire_inspections.list_inspections,
            today,
            search=self.search_text() or None,
            result=self.result_filter.value(),
            due_only=self.due_check.isChecked(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} inspection", "{count} inspections", count).format(count=count)

    def _show_summary(self) -> None:
        today = clock.today()
        try:
            summary = self.ctx.call(fire_summary.summary, today)
        except DomainError as error:
            self.header.setText(html.escape(error.message))
            return
        self.header.setText(summary_html(summary, today, self._new_with_keys()))

    def _new_with_keys(self) -> str:
        """The action with the keys it binds, "Ny besiktning… (Ctrl+N / Ins)", for its tooltip
        and the header (a changed shortcut changes both)."""
        return key_guide.with_keys(self.new_action.text(), self.new_action, True)

    # --- the selected inspection ---------------------------------------------------------------

    def _show_detail(self, row: InspectionRow | None) -> None:
        if row is None:
            self.detail.show_placeholder()
            return
        today = clock.today()
        try:
            remarks = self.ctx.call(fire_inspections.remarks_of, row.id, today)
        except DomainError:
            self.detail.show_placeholder()  # deleted meanwhile: the next refresh drops it
            return
        self.detail.show_record(row.premises, date_with_week(row.inspected_on), record=row.id)
        self.facts.set_fact("performed_by", row.performed_by)
        self.facts.set_fact("result", _(row.result.label), _result_colour(row))
        self.facts.set_fact(
            "next_due_on", date_with_week(row.next_due_on) if row.is_latest else None
        )
        self.detail.set_text("summary", row.summary)
        lines = []
        for remark in remarks:
            due = _("by {date}").format(date=iso_date(remark.due_on)) if remark.due_on else ""
            status = _(remark.status.label)
            lines.append("• " + dotted(remark.title, remark.responsible, due, status))
        self.detail.set_text("remarks", "\n".join(lines))
        self.detail.fit_sections()

    def print_list(self) -> None:
        from samverkan_desktop.reports import fire_inspection_list

        today = clock.today()
        preview_in_background(
            self,
            _("Fire safety inspections"),
            _("Fire safety inspections {date}.pdf").format(date=today.isoformat()),
            lambda: self.ctx.call(fire_inspection_list.build, today),
        )

    # --- changing ------------------------------------------------------------------------------

    def new_inspection(self) -> None:
        rows = self.model.rows()
        previous = max(rows, key=lambda r: (r.inspected_on, r.id), default=None)
        dialog = InspectionDialog(self.ctx, parent=self, previous=previous)
        if run_form(dialog, self.ctx, ("crisis", "actions")) and dialog.saved_id is not None:
            self.show_id(dialog.saved_id)

    def edit_inspection(self) -> None:
        row = self.current_row()
        if row is not None:
            run_form(InspectionDialog(self.ctx, row, self), self.ctx, ("crisis", "actions"))

    def delete_inspection(self) -> None:
        row = self.current_row()
        if row is None or refused_before_asking(
            self, self.ctx, "crisis", fire_inspections.check_deletable, row.id
        ):
            return
        question = (
            _("Delete inspection"),
            _("Delete the inspection of {premises} on {date}?").format(
                premises=row.premises, date=iso_date(row.inspected_on)
            ),
            _("Delete"),
        )
        if perform_confirmed(
            self, self.ctx, "crisis", question, fire_inspections.delete_inspection, row.id
        ):
            self.notify(_("The inspection was deleted."))


def summary_html(summary: fire_summary.FireSafetySummary, today: dt.date, new: str) -> str:
    """The header's lines, as the paper writes them; ``new`` names the action that records an
    inspection, with its keys ("Ny besiktning… (Ctrl+N / Ins)")."""
    lines = []
    latest = summary.latest
    if latest is None:
        lines.append(
            html.escape(
                _("No fire safety inspection is recorded. Add the latest with {action}.").format(
                    action=new
                )
            )
        )
    else:
        last = _("Last inspected {date} by {who} – {result}").format(
            date=short_date(latest.inspected_on, today),
            who=latest.performed_by,
            result=_(latest.result.label),
        )
        lines.append(f"<b>{html.escape(last)}</b>")
    due = summary.next_due
    if due is not None:
        day = html.escape(short_date(due.next_due_on, today))
        if due.next_due_on < today:  # only the day in red, as the list's column marks it
            day = f'<span style="color:{WARN_HEX}; font-weight:600">{day}</span>'
        template = html.escape(_("Next inspection by {date} ({premises})"))
        lines.append(template.format(date=day, premises=html.escape(due.premises)))
    leaders = ngettext(
        "{count} evacuation leader", "{count} evacuation leaders", summary.evacuation_leaders
    ).format(count=summary.evacuation_leaders)
    network = ""
    if summary.network is not None:
        network = (
            _("{network} last met {date}").format(
                network=summary.network, date=short_date(summary.network_last_met, today)
            )
            if summary.network_last_met is not None
            else _("{network} has not met yet").format(network=summary.network)
        )
    lines.append(html.escape(dotted(leaders, network)))
    return "<br/>".join(lines)
