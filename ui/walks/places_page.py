"""The places register: each place with its yearly priorities, linked groups, its walks and how
its ratings moved walk to walk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.rating_scale import rating_colour
from samverkan_desktop.services import places, walk_followup
from samverkan_desktop.services.places import PlaceDetail, PlaceRow
from samverkan_desktop.services.walk_followup import RatingHistory
from ui.context import AppContext
from ui.walks.common import roomy
from ui.walks.rating_key import RatingKey
from ui.widgets.kept_together import counts_kept, dots_kept
from ui.widgets.lines_room import line_count
from ui.widgets.list_page import ListPage
from ui.widgets.list_table import tab_leaves
from ui.widgets.next_choice import choice_followed
from ui.widgets.page_labels import heading, muted
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import WARNING_COLOUR, Column
from ui.widgets.wording import EMPTY, or_empty

WALKS_HEIGHT = 120  # pixels, about four walks: more scroll in the list
TEXT_MARGINS = 8  # pixels of a list row's width its text does not take (the style's margins)


def place_columns() -> list[Column[PlaceRow]]:
    return [
        Column(_("Place"), lambda r: r.name, wrap=True),
        Column(_("Area"), lambda r: r.area),
        # Beside a chosen place's pane, which lists its walks with their dates, a narrow list
        # leaves these to it: at 1024 px the names broke as "Gyllenstierns-gatan" and the
        # areas read "Norrmal…" beside a count of one figure 90 px wide.
        Column(_("Walks"), lambda r: r.walk_count, align_right=True, aside=1),
        # With their weeks, as the list of walks beside writes a walk's day ("2026-12-28
        # (v. 53)"): the bare ISO day here read as another kind of date.
        Column(
            _("Last walked"),
            lambda r: date_with_week(r.last_walked),
            sort_key=lambda r: r.last_walked,
            aside=2,
        ),
        Column(
            _("Next walk"), lambda r: date_with_week(r.next_walk), sort_key=lambda r: r.next_walk
        ),
        # Listed by a priority year, a place without a walk that year says so here.
        Column(_("Prioritised"), prioritised_text, colour=gap_colour, wrap=True),
    ]


def prioritised_text(row: PlaceRow) -> str:
    years = ", ".join(str(y) for y in row.priority_years)
    return f"{years} · {row.year_gap}" if row.year_gap else years


def gap_colour(row: PlaceRow) -> QColor | None:
    return WARNING_COLOUR if row.year_gap else None


def mean_text(value: float | None) -> str:
    return EMPTY if value is None else f"{value:.1f}".replace(".", ",")


class PlaceDetailPane(QFrame):
    open_walk_requested = Signal(int)
    add_priority_requested = Signal()
    remove_priority_requested = Signal(int, str)  # the priority's id and how it reads

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placePane")
        self.setStyleSheet(
            "QFrame#placePane { background: white; border: 1px solid #d5dde6; border-radius: 6px; }"
        )
        self.title = heading("", self)
        # A long name on two lines: on one it held the pane 460 px wide at 1024 px (Klarakvarteren
        # (Vasagatan–Mäster Samuelsgatan)), the list beside it cut to "Norrmal…".
        self.title.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.priorities = roomy(QListWidget(self))
        self.priorities.setMaximumHeight(90)
        self.priorities.setWordWrap(True)  # a long reason on more lines, not sideways
        # Wrapped rows still brought a needless sideways scroll bar into the 90 px box.
        self.priorities.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        add = QPushButton(_("Prioritise for a year…"), self)
        add.clicked.connect(self.add_priority_requested)
        self.remove = QPushButton(_("Remove priority"), self)
        self.remove.clicked.connect(self._remove_priority)
        back_to_list(self.remove, self.priorities, add)
        # "Remove priority" removes the one chosen: without a choice it did nothing.
        self.priorities.currentItemChanged.connect(
            lambda item, _previous: self.remove.setEnabled(item is not None)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        self.walks = roomy(QListWidget(self))
        self.walks.setMaximumHeight(WALKS_HEIGHT)
        self.walks.setWordWrap(True)
        self.walks.itemActivated.connect(self._open_walk)
        self.ratings = tab_leaves(QTableWidget(self))
        self.ratings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratings.verticalHeader().setVisible(False)
        # The points break onto more lines, the walks' dates read whole beside them: as wide
        # as its longest point, it pushed the dates out of a pane at 1024 px ("20…" above a
        # sideways scroll bar).
        self.ratings.setWordWrap(True)
        # (nine points: their rows follow the column's width as the pane is resized)
        rows = self.ratings.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # as roomy as before on one line
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.placeholder = muted(_("Choose a place in the list to see it here."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.placeholder)
        self._content = QWidget(self)
        inner = QVBoxLayout(self._content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.facts)
        inner.addWidget(heading(_("Prioritised"), self))
        inner.addWidget(self.priorities)
        inner.addLayout(buttons)
        inner.addWidget(heading(_("Walks here"), self))
        inner.addWidget(self.walks)
        # Short: the whole sentence took three lines at 1024 px, from the table's rows.
        self.ratings_title = heading(_("Ratings per walk"), self)
        self.ratings_title.setToolTip(
            _("Each walk's rating of the place: the mean over its stops, 0–3")
        )
        self.ratings_title.setWordWrap(True)  # on one line it held the pane 550 px wide
        inner.addWidget(self.ratings_title)
        inner.addWidget(self.ratings, 1)
        # One line under the table: at 1024 px the wrapping key took two, from the rows.
        self.rating_key = RatingKey(self, compact=True)
        inner.addWidget(self.rating_key)
        layout.addWidget(self._content, 1)
        self.show_place(None, None)

    def _remove_priority(self) -> None:
        item = self.priorities.currentItem()
        if item is not None:
            self.remove_priority_requested.emit(item.data(Qt.ItemDataRole.UserRole), item.text())

    def _open_walk(self, item: QListWidgetItem) -> None:
        self.open_walk_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    def show_place(self, place: PlaceDetail | None, history: RatingHistory | None) -> None:
        self.placeholder.setVisible(place is None)
        self._content.setVisible(place is not None)
        if place is None or history is None:
            return
        self.title.setText(place.name)
        lines = [place.area or "", place.description or ""]
        if place.latitude is not None:
            lines.append(
                _("Coordinates: {lat}, {lon}").format(lat=place.latitude, lon=place.longitude)
            )
        if place.groups:
            lines.append(_("Linked groups: {names}").format(names=", ".join(place.groups)))
        self.facts.setText("\n".join(line for line in lines if line))
        with choice_followed(self.priorities):
            self.priorities.clear()
            for priority in place.priorities:
                text = f"{priority.year}: {or_empty(priority.reason)}"
                item = QListWidgetItem(text, self.priorities)
                item.setData(Qt.ItemDataRole.UserRole, priority.id)
        self.remove.setEnabled(self.priorities.currentItem() is not None)
        self.walks.clear()
        for walk in place.walks:
            # The day with its week, as the list beside it; the count with its word and each
            # " · " ending a line (it broke "… · 3" / "iakttagelser" at 1024 px).
            text = f"{date_with_week(walk.date)} · {_(walk.status.label)} · " + ngettext(
                "{n} observation", "{n} observations", walk.observation_count
            ).format(n=walk.observation_count)
            text = dots_kept(counts_kept(text))
            item = QListWidgetItem(text, self.walks)
            item.setData(Qt.ItemDataRole.UserRole, walk.id)
        self._fit_walks()
        self._show_history(history)

    def _fit_walks(self) -> None:
        """The walks' list as high as its rows, at most WALKS_HEIGHT: a place walked once or
        twice left 60 px empty there that the ratings' rows and their key need at 1024 px."""
        walks = self.walks
        # A row's hint is one line high: the wrapped ones get their further lines.
        width = walks.viewport().width() - TEXT_MARGINS
        spacing = walks.fontMetrics().lineSpacing()
        rows = sum(
            walks.sizeHintForRow(r)
            + spacing * (max(1, line_count(walks.item(r).text(), walks.font(), width)) - 1)
            for r in range(walks.count())
        )
        frame = 2 * walks.frameWidth()
        least = walks.fontMetrics().height() + frame  # the empty list's line
        walks.setFixedHeight(min(WALKS_HEIGHT, max(least, rows + frame)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_walks()  # its rows wrap to the pane's width

    def _show_history(self, history: RatingHistory) -> None:
        self.ratings.clear()
        self.ratings.setColumnCount(1 + len(history.walks))
        self.ratings.setRowCount(len(history.rows))
        self.ratings.setHorizontalHeaderLabels(
            [_("Checklist point")] + [w.date.isoformat() for w in history.walks]
        )
        for row, (_code, title, values) in enumerate(history.rows):
            self.ratings.setItem(row, 0, QTableWidgetItem(title))
            for column, value in enumerate(values, start=1):
                cell = QTableWidgetItem(mean_text(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value is not None:
                    cell.setBackground(QBrush(QColor(rating_colour(value))))
                self.ratings.setItem(row, column, cell)
        header = self.ratings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class PlacesPage(ListPage[PlaceRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(place_columns(), _("Search place, area or description …"), parent)
        self.ctx = ctx
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("priorityYearFilter")
        self.fill_filters()
        self.add_filter(self.year_filter)
        self.detail = PlaceDetailPane(self)
        # The list keeps three fifths: at half the width (1280 px) the places' names were cut
        # to "Gyllenst…", "Klarakv…".
        self.set_detail(self.detail, (3, 2))
        self.current_changed.connect(self.show_detail)

    def fill_filters(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(_("All places"), None)
        for year in self.ctx.call(places.priority_years):
            self.year_filter.addItem(_("Prioritised {year}").format(year=year), year)
        self.year_filter.setCurrentIndex(max(0, self.year_filter.findData(current)))
        self.year_filter.blockSignals(False)

    def load_rows(self) -> list[PlaceRow]:
        return self.ctx.call(
            places.list_places, self.search_text(), priority_year=self.year_filter.currentData()
        )

    def show_detail(self, row: PlaceRow | None) -> None:
        if row is None:
            self.detail.show_place(None, None)
            return
        place = self.ctx.call(places.get_place, row.id)
        history = self.ctx.call(walk_followup.place_rating_history, row.id)
        self.detail.show_place(place, history)

    def count_text(self, count: int) -> str:
        return ngettext("{count} place", "{count} places", count).format(count=count)
