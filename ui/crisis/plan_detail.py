"""The selected plan under the register: its facts, version history and attached files; and
what the register's columns show."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QStyle, QVBoxLayout, QWidget

from samverkan_desktop.formatting import (
    date_with_week,
    every_months,
    every_months_or_years,
    iso_date,
    unbroken,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.services.plans import (
    AttachmentRow,
    DueState,
    PlanDetail,
    PlanRow,
    VersionRow,
    exercised_text,
)
from ui.crisis.common import button_row, days_text, size_text
from ui.widgets.detail import DetailPane, section_heading
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import DUE_SOON_COLOUR, MUTED_COLOUR, WARNING_COLOUR, Column


def due_colour(state: DueState) -> QColor | None:
    if state is DueState.OVERDUE:
        return WARNING_COLOUR
    if state is DueState.DUE_SOON:
        return DUE_SOON_COLOUR
    if state is DueState.INACTIVE:
        return MUTED_COLOUR
    return None


NAME_COLUMN, KIND_COLUMN = 0, 1
VERSION_ROWS = 4  # the version history's rows a chosen plan shows without scrolling
CHANGES_WIDTH = 140  # the most of a note the version history asks room for beside the files
# A kind column with room for fewer characters is left out, its room the names': at 1024 px
# it read "Risk…", "Krisl…", "Syst…" (the kind stays in the filter and the chosen plan's facts).
KIND_LEAST_CHARS = 12


def _row_colour(row: PlanRow) -> QColor | None:
    return MUTED_COLOUR if row.due_state is DueState.INACTIVE else None


def _next_text(row: PlanRow) -> str:
    return date_with_week(row.next_revision) if row.next_revision else "–"


def _exercised_order(row: PlanRow) -> dt.date:
    # Oldest first: "never" before every date, the plans that are not exercised after them.
    if row.last_exercise is not None:
        return row.last_exercise.date
    return dt.date.min if row.never_exercised else dt.date.max


def _exercised_title(row: PlanRow) -> str | None:
    lines = [row.last_exercise.title] if row.last_exercise else []
    if row.exercise_due and row.exercise_interval_months:  # why the date stands out
        lines.append(
            _("Due to be exercised: the plan is to be exercised at least {every}.").format(
                every=every_months_or_years(row.exercise_interval_months)
            )
        )
    return "\n".join(lines) or None


def _exercised_colour(row: PlanRow) -> QColor | None:
    # The colour of a revision due soon, as the Overview's card marks the same plans: the
    # interval is the coordinator's own rhythm, not a date the adopted plan set (red).
    return DUE_SOON_COLOUR if row.exercise_due else None


def plan_columns(today: Callable[[], dt.date]) -> list[Column[PlanRow]]:
    # Widths: see fit_plan_columns. The revision state is asked on every paint, not taken from
    # the day the list was loaded: a plan falls due while the list stays open (overnight).
    def state(row: PlanRow) -> DueState:
        return row.due_on(today())[0]

    def days_left(row: PlanRow) -> int | None:
        return row.due_on(today())[1]

    return [
        # Breaks between words where it must (at 1024 px every name was cut: "Krisledningsplan
        # Österm…"); from 1280 px the names read on one line.
        Column(
            _("Name"), lambda r: r.name, tooltip=lambda r: r.name, colour=_row_colour, wrap=True
        ),
        # A kind that misses its line by a word takes a second one rather than end in "…"
        # ("Handlingsplan mot våldsbejakande extre…" at 1440 px, the names whole beside it).
        Column(_("Kind"), lambda r: r.kind, tooltip=lambda r: _(r.kind.label), lines=True),
        Column(_("Version"), lambda r: r.version),
        Column(_("Adopted"), lambda r: r.adopted_on),
        Column(_("Owner"), lambda r: r.owner, tooltip=lambda r: r.owner),
        Column(
            _("Next revision"),
            _next_text,
            sort_key=lambda r: r.next_revision,
            colour=lambda r: due_colour(state(r)),
            tooltip=lambda r: days_text(days_left(r)) or None,
        ),
        Column(
            _("Last exercised"),
            exercised_text,
            sort_key=_exercised_order,
            tooltip=_exercised_title,
            colour=_exercised_colour,
        ),
        Column(
            _("Status"),
            state,
            sort_key=lambda r: list(DueState).index(state(r)),
            colour=lambda r: due_colour(state(r)),
        ),
    ]


class _NameShare(QObject):
    """Keeps the kind column at a third of the room name and kind share (less, down to a
    fifth, while a name would be cut: since "Senast övad" took its room), the name the rest
    (shared equally, both were cut: "Krisledningsplan Östermalms stadsdelsför…" beside a whole
    "Krisledningsplan", though the name is what tells the plans apart and the kind mostly
    repeats its first words, and shows whole on hover). Room the names do not need goes to
    the kind, up to its longest text; a kind with room for less than KIND_LEAST_CHARS is left
    out. The other columns are as wide as their texts and their title on one line beside the
    sort arrow."""

    def __init__(self, table: RecordTable[PlanRow]) -> None:
        super().__init__(table)
        self.table = table
        self._fitting = False
        header = table.horizontalHeader()
        header.sectionResized.connect(self._fit)
        model = table.model()
        for changed in (model.modelReset, model.layoutChanged, model.rowsInserted):
            changed.connect(self._fit)  # new texts: as ResizeToContents did
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _need(self, column: int) -> int:
        # +6: the view's hint leaves a text a few pixels short of the cell's margins
        return self.table.sizeHintForColumn(column) + 6

    def _fitted(self, column: int) -> int:
        # Qt's own fit (ResizeToContents) gave the titles 10–15 px they do not use: at 1366 px
        # "Handlingsplan mot våldsbejakande extre…" was cut while that room stood empty.
        header = self.table.horizontalHeader()
        title = str(self.table.model().headerData(column, Qt.Orientation.Horizontal) or "")
        title_room = self.table.header_room(header.fontMetrics().horizontalAdvance(title))
        return max(self.table.sizeHintForColumn(column), title_room)

    def _fit(self, *_args: object) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit_sections()
        finally:
            self._fitting = False

    def _fit_sections(self) -> None:
        header = self.table.horizontalHeader()
        others = 0
        for column in range(header.count()):
            if column in (NAME_COLUMN, KIND_COLUMN):
                continue
            width = self._fitted(column)
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
            others += width
        shared = self.table.viewport().width() - others
        hint = header.sectionSizeHint(KIND_COLUMN)
        kind = max(shared // 3, hint)
        # Room the name does not need goes to the kind, up to its longest text: with two
        # thirds the names had 70 px to spare while "Systematiskt brandskyddsarbe…" was cut.
        spare = shared - kind - self._need(NAME_COLUMN)
        if spare > 0:
            kind = min(kind + spare, max(kind, self._need(KIND_COLUMN)))
        else:  # the names first, the kind down to a fifth (whole on hover)
            kind = max(shared - self._need(NAME_COLUMN), shared // 5, hint)
        least = self.table.fontMetrics().averageCharWidth() * KIND_LEAST_CHARS
        left_out = shared > 0 and kind < least
        if self.table.isColumnHidden(KIND_COLUMN) != left_out:
            self.table.setColumnHidden(KIND_COLUMN, left_out)
        if shared > 0 and not left_out and header.sectionSize(KIND_COLUMN) != kind:
            header.resizeSection(KIND_COLUMN, kind)


def fit_plan_columns(table: RecordTable[PlanRow]) -> None:
    """The register's columns: name and kind share what is left (two thirds to the name), the
    others (version, dates, owner, status) are as wide as their contents and title, so no title
    or date is cut short."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.Interactive)
    _NameShare(table)


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
        # A short note ("Årlig revidering.") reads whole, a longer one is cut (whole on hover):
        # the history asks the files beside it for that much room (PlanDetailPane._fit_lists).
        Column(
            _("Changes"),
            lambda r: r.notes,
            tooltip=lambda r: r.notes,
            width=CHANGES_WIDTH,
            gives_way=True,
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
        "Stadsdelsdirektö" was cut above a scroll bar."""
        body = self._scroll.widget()
        if body is not None:
            scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
            self._scroll.setMinimumWidth(body.minimumSizeHint().width() + scroll_bar)

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
        columns.setContentsMargins(8, 0, 0, 0)
        box = QWidget(lists)
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

        box = QWidget(lists)
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
        self.show_record(plan.name, subtitle)
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
        next_text = ""
        if plan.next_revision is not None:
            due = unbroken(date_with_week(plan.next_revision))
            next_text = f"{due} – {unbroken(days_text(plan.days_left))}"
        self.facts.set_fact("next", next_text, due_colour(plan.due_state))
        exercised = exercised_text(plan)
        if plan.last_exercise is not None:
            exercised = f"{exercised} – {plan.last_exercise.title}"
        self.facts.set_fact("exercised", exercised)
        self.set_text("notes", plan.notes)
        self.versions_heading.setText(
            _("Version history ({count})").format(count=len(detail.versions))
        )
        self.versions.set_rows(detail.versions)
        self.files_heading.setText(
            _("Attached files ({count})").format(count=len(detail.attachments))
        )
        self.files.set_rows(detail.attachments)
        self._update_buttons()
        self._fit_lists()
        self.fit_sections()

    def _fit_lists(self) -> None:
        """The version history keeps the room its columns need from the files beside it (half
        each cut "Årlig revideri…" at 1024 px); a wide pane still shares half and half."""
        self.versions.setMinimumWidth(self.versions.whole_words_width())
