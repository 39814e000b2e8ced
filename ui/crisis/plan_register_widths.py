"""The widths of the plans register's columns: the name and the kind share what the others (as
wide as their texts and title) leave, and a kind is never cut short with "…" where the names
could give it room on a second line."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QHeaderView

from samverkan_desktop.services.plan_rows import PlanRow
from ui.widgets.list_table import text_margin
from ui.widgets.record_table import RecordTable

NAME_COLUMN, KIND_COLUMN = 0, 1
LINES = 2  # a kind cut short on one line reads whole on two, and the names beside it


def room_on_lines(texts: Sequence[str], font: QFont, lines: int) -> int:
    """The narrowest text width at which each of ``texts`` takes at most ``lines`` lines,
    broken between words, none wider than that ("Samverkansöverenskommelse" whole)."""
    low, high = 1, max(map(QFontMetrics(font).horizontalAdvance, texts), default=1)
    while low < high:
        middle = (low + high) // 2
        if all(_fits(text, font, middle, lines) for text in texts):
            high = middle
        else:
            low = middle + 1
    return low


def _fits(text: str, font: QFont, width: int, lines: int) -> bool:
    """Whether ``text`` broken between words takes at most ``lines`` lines of ``width``
    pixels, each within them (a word wider than a line runs over it)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as a wrapping cell breaks it
    layout.setTextOption(option)
    count, fits = 0, True
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
        fits = fits and line.naturalTextWidth() <= width
    layout.endLayout()
    return fits and count <= lines


class _NameShare(QObject):
    """Keeps the kind column at a third of the room name and kind share, the name the rest
    (shared equally, both were cut: "Krisledningsplan Östermalms stadsdelsför…" beside a whole
    "Krisledningsplan", though the name is what tells the plans apart and the kind mostly
    repeats its first words). Room the names do not need on one line goes to the kind, up to
    its longest text. Where the kinds do not get the room to read whole on two lines that way,
    they get just that and the names break onto a second line beside them (at 1280 px
    "Risk- och sårba…", "Systematiskt br…" while the version and dates kept their room); where
    not even both on two lines fit, the kind is left out, its room the names' (at 1024 px it
    read "Risk…", "Krisl…"; the kind stays in the filter and the chosen plan's facts). The
    other columns are as wide as their texts and their title on one line beside the sort
    arrow."""

    def __init__(self, table: RecordTable[PlanRow]) -> None:
        super().__init__(table)
        self.table = table
        self._fitting = False
        self._two_lines: dict[tuple[str, ...], int] = {}  # texts -> their room on two lines
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

    def _need_on_two_lines(self, column: int) -> int:
        """The column's width for each of its texts on at most LINES lines (as the rows are
        measured: a pixel narrower than the text gets)."""
        model = self.table.model()
        texts = tuple(
            sorted({str(model.index(row, column).data() or "") for row in range(model.rowCount())})
        )
        if texts not in self._two_lines:
            self._two_lines[texts] = room_on_lines(texts, self.table.font(), LINES)
        return self._two_lines[texts] + text_margin(self.table) + 2

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
        if shared <= 0:  # not laid out yet
            return
        kind = self._kind_width(shared)
        left_out = kind is None
        if self.table.isColumnHidden(KIND_COLUMN) != left_out:
            self.table.setColumnHidden(KIND_COLUMN, left_out)
        if kind is not None and header.sectionSize(KIND_COLUMN) != kind:
            header.resizeSection(KIND_COLUMN, kind)

    def _kind_width(self, shared: int) -> int | None:
        """The kind's part of the room ``shared`` with the names; None: left out."""
        hint = self.table.horizontalHeader().sectionSizeHint(KIND_COLUMN)
        kind = max(shared // 3, hint)
        # Room the name does not need goes to the kind, up to its longest text: with two
        # thirds the names had 70 px to spare while "Systematiskt brandskyddsarbe…" was cut.
        name = self._need(NAME_COLUMN)
        if shared - kind - name > 0:
            kind = min(shared - name, max(kind, self._need(KIND_COLUMN)))
        else:  # the names whole on one line first: the kind on two lines in the rest
            kind = shared - name
        two_lines = self._need_on_two_lines(KIND_COLUMN)
        if kind >= two_lines:
            return kind
        if shared - two_lines >= self._need_on_two_lines(NAME_COLUMN):
            return two_lines  # the names break onto a second line beside it
        return None


def fit_plan_columns(table: RecordTable[PlanRow]) -> None:
    """The register's columns: name and kind share what is left (_NameShare), the others
    (version, dates, owner, status) are as wide as their contents and title, so no title or
    date is cut short."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(KIND_COLUMN, QHeaderView.ResizeMode.Interactive)
    _NameShare(table)
