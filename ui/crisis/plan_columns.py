"""The plans register's columns: what they show and colour (a revision or an exercise falling
due), and how name and kind share the width beside the others."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView

from samverkan_desktop.formatting import date_with_week, every_months_or_years
from samverkan_desktop.i18n import _
from samverkan_desktop.services.plans import DueState, PlanRow, exercised_text
from ui.crisis.common import days_text
from ui.widgets.record_table import RecordTable
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
