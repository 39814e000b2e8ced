"""The selected plan under the register: its facts, version history and attached files (the
register's own columns are in ui.crisis.plan_columns)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.formatting import date_with_week, every_months, iso_date, unbroken
from samverkan_desktop.i18n import _
from samverkan_desktop.services.plan_rows import (
    AttachmentRow,
    DueState,
    ExercisedMark,
    PlanDetail,
    VersionRow,
    days_text,
    exercised_mark,
    exercised_text,
)
from ui.crisis.common import button_row, size_text
from ui.crisis.plan_columns import due_colour, exercised_colour
from ui.widgets.detail import DetailPane, section_heading
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import Column

VERSION_ROWS = 4  # the version history's rows a chosen plan shows without scrolling
CHANGES_WIDTH = 140  # the most of a note the version history asks room for beside the files
# Narrower than this (the pane at 1024 px), the version history and the files are two tabs, and
# the facts take the width the files left: beside both, the facts had ~215 px ("Ägare Anna /
# Berglund", labels above in one row and beside in the next) and the files 120.
TABS_BELOW = 900


def version_columns() -> list[Column[VersionRow]]:
    return [
        Column(
            _("Version"),
            lambda r: r.version + (" ●" if r.is_current else ""),
            sort_key=lambda r: r.adopted_on,
            tooltip=lambda r: _("The current version") if r.is_current else None,
            width=70,
        ),
        # Who adopted a version is in the date's tooltip (and the current one's in the facts):
        # as a column of its own it read "Stads…" and pushed the changes out of sight, the
        # history scrolling sideways at 1100 px.
        Column(_("Adopted"), lambda r: r.adopted_on, tooltip=_adopted_text, width=88),
        # A longer note breaks between words onto more lines ("Reviderad och antagen av
        # stadsdelsdirektören i december 2020." was cut at 1024 px, whole only on hover); the
        # history asks the files beside it for its widest word (PlanDetailPane._fit_lists).
        Column(
            _("Changes"),
            lambda r: r.notes,
            tooltip=lambda r: r.notes,
            width=CHANGES_WIDTH,
            wrap=True,
        ),
    ]


def _adopted_text(row: VersionRow) -> str | None:
    """ "2025-10-15, av Stadsdelsdirektör", as the facts word it; nothing when nobody is named."""
    if not row.adopted_by:
        return None
    return _("{date}, by {who}").format(date=iso_date(row.adopted_on), who=row.adopted_by)


def attachment_columns() -> list[Column[AttachmentRow]]:
    return [
        Column(_("File"), lambda r: r.file_name, tooltip=lambda r: r.file_name, width=200),
        # The size, then the version, are left out where the files are narrow (beside the
        # version history at 1024 px), rather than a sideways scroll bar or "2026-12…".
        Column(_("Version"), lambda r: r.version, width=64, aside=2),
        Column(_("Added"), lambda r: r.added_on, width=88),
        Column(
            _("Size"),
            lambda r: size_text(r.byte_size),
            sort_key=lambda r: r.byte_size,
            align_right=True,
            aside=1,
        ),
    ]


class PlanDetailPane(DetailPane):
    new_version_requested = Signal()
    edit_version_requested = Signal(object)  # VersionRow
    delete_version_requested = Signal(object)
    attach_requested = Signal()
    open_attachment_requested = Signal(object)  # AttachmentRow
    remove_attachment_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Select a plan to see its versions and files."), parent)
        self.detail: PlanDetail | None = None
        self.facts = self.add_facts()
        for key, label in (
            ("kind", _("Kind")),
            ("version", _("Current version")),
            ("adopted", _("Adopted")),
            ("owner", _("Owner")),
            ("interval", _("Revision")),
            ("next", _("Next revision")),
            ("exercised", _("Last exercised")),
        ):
            self.facts.add_fact(key, label)
        # "Samverkansöverenskommelse" under "Typ" at 1024 px: beside it, it was cut at the right.
        self.facts.wrap_long_rows()
        self.add_text("notes", _("Notes"))
        # Under the register: the facts, the version history and the files side by side.
        self.add_bottom(self._lists(), (3, 7))
        self._splitter.setOrientation(Qt.Orientation.Horizontal)

    def fit_sections(self) -> None:
        """Side by side, the facts keep their share of the width (DetailPane's fitting is for
        a part below the facts), and at least what they need not to scroll sideways: at 1024 px
        "Stadsdelsdirektö" was cut above a scroll bar. With the lists as tabs (narrow), the
        facts take what the version history leaves."""
        body = self._scroll.widget()
        if body is not None:
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self._scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll_bar)
        total = sum(self._splitter.sizes())
        if self.tabbed() and total > 0 and not self._dragged:
            lists = self.list_tabs.minimumSizeHint().width() + self._lists_margin
            facts = max(total - lists, total * 3 // 10)
            self._splitter.setSizes([facts, total - facts])

    def tabbed(self) -> bool:
        """Whether the version history and the files are two tabs (a narrow pane)."""
        return self.list_tabs.count() > 0

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        self._arrange_lists(event.size().width() < TABS_BELOW)
        super().resizeEvent(event)

    def _arrange_lists(self, tabbed: bool) -> None:
        """The version history and the files side by side under their headings, or (narrow)
        as two tabs named as the headings."""
        if tabbed == self.tabbed():
            return
        boxes = ((self.versions_box, self.versions_heading), (self.files_box, self.files_heading))
        if tabbed:
            for box, heading in boxes:
                heading.hide()
                self.list_tabs.addTab(box, heading.text())
        else:
            self.list_tabs.clear()
            for place, (box, heading) in enumerate(boxes):
                self._lists_row.insertWidget(place, box, 1)
                box.show()
                heading.show()
        self.list_tabs.setVisible(tabbed)

    def _set_heading(self, heading: QLabel, text: str) -> None:
        heading.setText(text)
        box = self.versions_box if heading is self.versions_heading else self.files_box
        tab = self.list_tabs.indexOf(box)
        if tab >= 0:
            self.list_tabs.setTabText(tab, text)

    def needed_height(self) -> int:
        """The pane's height at which the facts need no scrolling and the version history shows
        VERSION_ROWS rows: at 1024 × 768 its share cut "Senast övad" and showed two versions."""
        facts_short = self.sections_need() - self._scroll.viewport().height()
        versions = self.versions
        row = versions.rowHeight(0) if versions.model().rowCount() else 0
        shown = (row or versions.verticalHeader().defaultSectionSize()) * VERSION_ROWS
        versions_short = shown - versions.viewport().height()
        return self.height() + max(facts_short, versions_short, 0)

    def _lists(self) -> QWidget:
        lists = QWidget(self)
        columns = QHBoxLayout(lists)
        self._lists_row = columns
        self._lists_margin = 8
        columns.setContentsMargins(self._lists_margin, 0, 0, 0)
        self.list_tabs = QTabWidget(lists)
        self.list_tabs.setDocumentMode(True)
        self.list_tabs.hide()
        columns.addWidget(self.list_tabs, 1)
        box = self.versions_box = QWidget(lists)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(box, 1)
        self.versions_heading = section_heading(_("Version history"), box)
        layout.addWidget(self.versions_heading)
        row, (self.new_version_button, self.edit_version_button, self.delete_version_button) = (
            button_row(
                box,
                [
                    (_("New version…"), self.new_version_requested.emit),
                    (_("Edit…"), lambda: self._emit(self.versions, self.edit_version_requested)),
                    (
                        _("Delete…"),
                        lambda: self._emit(self.versions, self.delete_version_requested),
                    ),
                ],
            )
        )
        row.keep_together(self.edit_version_button, self.delete_version_button)
        layout.addLayout(row)
        self.versions: RecordTable[VersionRow] = RecordTable(version_columns(), box)
        back_to_list(self.delete_version_button, self.versions, self.new_version_button)
        self.versions.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.versions.activated.connect(self.edit_version_requested)
        layout.addWidget(self.versions, 1)

        box = self.files_box = QWidget(lists)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(box, 1)
        self.files_heading = section_heading(_("Attached files"), box)
        layout.addWidget(self.files_heading)
        row, (self.attach_button, self.open_button, self.remove_button) = button_row(
            box,
            [
                (_("Attach file…"), self.attach_requested.emit),
                (_("Open file"), lambda: self._emit(self.files, self.open_attachment_requested)),
                (_("Remove…"), lambda: self._emit(self.files, self.remove_attachment_requested)),
            ],
        )
        # Narrow (1024 px), "Bifoga fil…" on a line, what acts on the chosen file on the next.
        row.keep_together(self.open_button, self.remove_button)
        layout.addLayout(row)
        self.files: RecordTable[AttachmentRow] = RecordTable(
            attachment_columns(), box, aside_cramped=True
        )
        back_to_list(self.remove_button, self.files, self.attach_button)
        self.files.activated.connect(self.open_attachment_requested)
        layout.addWidget(self.files, 1)
        self.versions.current_changed.connect(lambda _r: self._update_buttons())
        self.files.current_changed.connect(lambda _r: self._update_buttons())
        self._update_buttons()
        return lists

    @staticmethod
    def _emit(table: RecordTable, signal: SignalInstance) -> None:  # type: ignore[type-arg]
        row = table.current_row()
        if row is not None:
            signal.emit(row)

    def _update_buttons(self) -> None:
        has_version = self.versions.current_row() is not None
        self.edit_version_button.setEnabled(has_version)
        self.delete_version_button.setEnabled(has_version)
        has_file = self.files.current_row() is not None
        self.open_button.setEnabled(has_file)
        self.remove_button.setEnabled(has_file)

    def show_plan(self, detail: PlanDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.versions.set_rows([])
            self.files.set_rows([])
            self.show_placeholder()
            return
        plan = detail.plan
        subtitle = _(plan.due_state.label)
        if plan.kind.per_mandate_period:
            subtitle += " · " + _("required each mandate period")
        self.show_record(plan.name, subtitle, record=plan.id)
        self.facts.set_fact("kind", _(plan.kind.label))
        self.facts.set_fact("version", plan.version)
        # A date and its week kept together, "(v." was left at a line's end over "4)" (in the
        # facts' narrow column at 1024 and 1280 px); "om 51 dagar" the same.
        adopted = unbroken(date_with_week(plan.adopted_on))
        if adopted and plan.adopted_by:
            adopted = _("{date}, by {who}").format(date=adopted, who=plan.adopted_by)
        self.facts.set_fact("adopted", adopted)
        self.facts.set_fact("owner", plan.owner)
        self.facts.set_fact(
            "interval",
            every_months(plan.revision_interval_months)
            if plan.revision_interval_months
            else _("no revision cycle"),
        )
        next_text = due = ""
        if plan.next_revision is not None:
            due = unbroken(date_with_week(plan.next_revision))
            next_text = f"{due} – {unbroken(days_text(plan.days_left))}"
        # Only the date in the colour of a revision due, as in the register's column ("om 8
        # dagar" in orange too read as a warning of its own); a plan no longer in force is
        # greyed whole.
        marked = None if plan.due_state is DueState.INACTIVE else due
        self.facts.set_fact("next", next_text, due_colour(plan.due_state), marked)
        exercised = marker = exercised_text(plan)
        if plan.last_exercise is not None:
            exercised = f"{exercised} – {plan.last_exercise.title}"
        if plan.exercise_reason:  # why (not) to exercise it, as the register's tooltip says
            # (a plan not exercised by its kind: the reason alone, which begins "Övas inte:")
            shown = exercised_mark(plan) is not ExercisedMark.NOT_EXERCISED
            exercised = f"{exercised}\n{plan.exercise_reason}" if shown else plan.exercise_reason
        # Only the date (or "aldrig övad") in the colour, as in the register's column: the
        # title and the reason in orange read as warnings of their own.
        self.facts.set_fact("exercised", exercised, exercised_colour(plan), marker)
        self.set_text("notes", plan.notes)
        self._set_heading(
            self.versions_heading, _("Version history ({count})").format(count=len(detail.versions))
        )
        self.versions.set_rows(detail.versions)
        self._set_heading(
            self.files_heading, _("Attached files ({count})").format(count=len(detail.attachments))
        )
        self.files.set_rows(detail.attachments)
        self._update_buttons()
        self._fit_lists()
        self.fit_sections()

    def _fit_lists(self) -> None:
        """The version history keeps the room its columns need from the files beside it (half
        each cut "Årlig revideri…" at 1024 px); a wide pane still shares half and half."""
        self.versions.setMinimumWidth(self.versions.whole_words_width())
