"""Step 5, follow-up: ratings compared with the earlier walk at the place, what was closed
since and what is still open, and the walks linked before and after."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.rating_scale import rating_colour
from samverkan_desktop.services import walk_actions, walk_followup
from samverkan_desktop.services.walk_rows import WalkDetail
from ui.context import AppContext
from ui.walks.common import roomy
from ui.walks.observation_dialogs import ActionFollowUpDialog
from ui.walks.observations_tab import action_item
from ui.walks.places_page import mean_text
from ui.walks.rating_key import RatingKey
from ui.widgets.layout_items import clear_layout
from ui.widgets.list_rows import rows_height
from ui.widgets.list_table import tab_leaves
from ui.widgets.page_labels import heading, muted
from ui.widgets.wording import EMPTY

# The lists of actions keep at least this share of the row beside the ratings: at 1024 px the
# ratings' point titles on one line left them 202 px, an action on five lines. The titles wrap
# instead, down to POINTS_LEAST.
LISTS_SHARE = 0.4
POINTS_LEAST = 150


def change_text(value: float | None) -> str:
    if value is None:
        return EMPTY
    if abs(value) < 0.05:
        return "±0"
    return ("+" if value > 0 else "−") + mean_text(abs(value))


class FollowUpTab(QWidget):
    open_walk_requested = Signal(int)
    plan_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._least_ratings = 0  # the table's width with its points at POINTS_LEAST
        self.intro = muted("", self)
        self.links = QHBoxLayout()
        self.plan_button = QPushButton(_("Plan the follow-up walk…"), self)
        self.plan_button.setObjectName("planFollowUp")
        self.plan_button.clicked.connect(self.plan_requested)
        self.ratings = tab_leaves(QTableWidget(self))
        self.ratings.setObjectName("ratingComparison")
        self.ratings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ratings.verticalHeader().setVisible(False)
        self.ratings.horizontalHeader().setStretchLastSection(True)
        self.ratings.setWordWrap(True)
        # Sized to its columns (_fit_ratings): a sideways bar would only eat a row's height.
        self.ratings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.closed = _wrapping(roomy(QListWidget(self)))
        self.closed.setObjectName("closedSince")
        self.still_open = _wrapping(roomy(QListWidget(self)))
        self.still_open.setObjectName("stillOpen")
        # The ratings (a narrow table, as high as its points) beside the two lists: stacked, a
        # laptop's height hid the last points behind a scroll bar and the lists' due dates and
        # statuses past their right edge, with half the tab's width left empty.
        ratings = QVBoxLayout()
        self.ratings_title = heading("", self)
        self.ratings_title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        # The titles wrap: on one line "Fortfarande öppet från vandringen" held the tab 712 px
        # wide, a window 900 px wide grew to 958.
        self.ratings_title.setWordWrap(True)
        ratings.addWidget(self.ratings_title)
        ratings.addWidget(self.ratings, 1)
        self.rating_key = RatingKey(self)  # what the cells' colours say
        ratings.addWidget(self.rating_key)
        ratings.addStretch(0)
        self.lists = lists = QVBoxLayout()
        self.closed_title = heading("", self)
        self.open_title = heading("", self)
        for title, widget in ((self.closed_title, self.closed), (self.open_title, self.still_open)):
            title.setWordWrap(True)
            lists.addWidget(title)
            lists.addWidget(widget, 1)
            # The column's height shared by what the rows need (_share_lists), not half each:
            # five closed actions scrolled at 1024 × 768 over the room the open three left.
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            widget.installEventFilter(self)
            # The step where actions are followed up: a double-click (or Enter) opens "Följ upp
            # åtgärden" as on Iakttagelser och åtgärder; it did nothing here.
            widget.setToolTip(
                _("Double-click an action to follow it up: its status or a dated note")
            )
            widget.itemActivated.connect(self.follow_up)
        self.body = body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(ratings, 0)
        body.addLayout(lists, 1)
        self.outer = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.intro)
        layout.addLayout(self.links)
        layout.addLayout(body, 1)

    def _clear_links(self) -> None:
        clear_layout(self.links, keep=(self.plan_button,))

    def _link(self, text: str, walk_id: int) -> None:
        button = QPushButton(text, self)
        button.clicked.connect(lambda: self.open_walk_requested.emit(walk_id))
        self.links.addWidget(button)

    def show_walk(self, walk: WalkDetail) -> None:
        self._clear_links()
        if walk.follow_up_of is not None:
            self._link(
                _("Open the walk it follows up ({date})").format(
                    date=walk.follow_up_of.date.isoformat()
                ),
                walk.follow_up_of.id,
            )
        for later in walk.follow_ups:
            self._link(
                _("Open the follow-up walk ({date})").format(date=later.date.isoformat()), later.id
            )
        self.links.addWidget(self.plan_button)
        # Once the closing meeting is held, planning it is the walk's next step, in the
        # header's step button above every tab: the same button twice on one screen.
        self.plan_button.setVisible(
            walk.is_walked
            and not walk.follow_ups
            and walk.status is not WalkStatus.CLOSING_MEETING_HELD
        )
        self.links.addStretch(1)

        comparison = self.ctx.call(walk_followup.compare_ratings, walk.id)
        # No earlier walk to follow up: this walk's own actions, what has become of them.
        actions = self.ctx.call(
            walk_actions.follow_up_actions
            if comparison.earlier is not None
            else walk_actions.own_actions,
            walk.id,
        )
        if comparison.earlier is None and walk.follow_ups:
            # Not "plan a follow-up": it is planned, and its button is right below.
            self.intro.setText(
                _(
                    "No earlier walk at this place to compare with. The follow-up walk on "
                    "{date} checks what was done since this one."
                ).format(date=walk.follow_ups[-1].date.isoformat())
            )
        elif comparison.earlier is None:
            self.intro.setText(
                _(
                    "No earlier walk at this place to compare with. After this walk, plan a "
                    "follow-up walk some months later to check what was done."
                )
            )
        else:
            self.intro.setText(
                _("Compared with the walk on {date} at the same place.").format(
                    date=comparison.earlier.date.isoformat()
                )
            )
        self._fill_ratings(comparison)
        today = clock.today()
        if comparison.earlier is not None:
            self.closed_title.setText(_("Closed since"))
            self.open_title.setText(_("Still open"))
            closed_empty, open_empty = (
                _("Nothing closed since the earlier walk."),
                _("Nothing still open."),
            )
        else:
            self.closed_title.setText(_("Closed since this walk"))
            self.open_title.setText(_("Still open from this walk"))
            closed_empty, open_empty = (
                _("None of this walk's actions is closed yet."),
                _("No open actions from this walk."),
            )
        for widget, rows, empty in (
            (self.closed, actions.closed_since, closed_empty),
            (self.still_open, actions.still_open, open_empty),
        ):
            widget.clear()
            for action in rows:
                action_item(action, today, widget)
            if not rows:
                QListWidgetItem(empty, widget).setFlags(Qt.ItemFlag.NoItemFlags)
        self._share_lists()

    def follow_up(self, item: QListWidgetItem) -> None:
        action = item.data(Qt.ItemDataRole.UserRole)  # None on a list's "nothing" line
        if action is not None and ActionFollowUpDialog(self.ctx, action, parent=self).exec():
            self.ctx.bus.announce("walks", "actions")

    def _fill_ratings(self, comparison: walk_followup.RatingComparisonSet) -> None:
        earlier = comparison.earlier
        headers = [_("Checklist point"), _("This walk")]
        if earlier is not None:
            headers += [earlier.date.isoformat(), _("Change")]
            self.ratings_title.setText(_("Ratings compared (mean over the stops, 0–3)"))
        else:  # one walk: nothing compared, its ratings as they are
            self.ratings_title.setText(_("Ratings (mean over the stops, 0–3)"))
        self.ratings.clear()
        self.ratings.setColumnCount(len(headers))
        self.ratings.setHorizontalHeaderLabels(headers)
        self.ratings.setRowCount(len(comparison.ratings))
        for row, rating in enumerate(comparison.ratings):
            self.ratings.setItem(row, 0, QTableWidgetItem(rating.title))
            values = [rating.now] + ([rating.earlier] if earlier is not None else [])
            for column, value in enumerate(values, start=1):
                cell = QTableWidgetItem(mean_text(value))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if value is not None:
                    cell.setBackground(QBrush(QColor(rating_colour(value))))
                self.ratings.setItem(row, column, cell)
            if earlier is not None:
                cell = QTableWidgetItem(change_text(rating.change))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if rating.change:
                    cell.setForeground(QColor("#1e7b34" if rating.change > 0 else "#b42318"))
                self.ratings.setItem(row, len(headers) - 1, cell)
        self._fit_ratings()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.ratings.columnCount():
            self._fit_ratings()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # The ratings counted at their least width, not at the width they were fitted to:
        # fitted at 1440 px a compared walk's table held the window 923 px wide at 900.
        hint = super().minimumSizeHint()
        if self._least_ratings:
            margins = self.outer.contentsMargins()
            lists = self.lists.minimumSize().width()
            body = self._least_ratings + self.body.spacing() + lists
            above = max(self.intro.minimumSizeHint().width(), self.links.minimumSize().width())
            hint.setWidth(max(body, above) + margins.left() + margins.right())
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A list shown, or given another width, wraps its rows anew: their heights change.
        if event.type() == QEvent.Type.Show or (
            event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._share_lists()
        return super().eventFilter(watched, event)

    def _share_lists(self) -> None:
        """Each list's share of the column's height in proportion to its rows' height: both
        whole when the column has room for them, else both cut alike."""
        for widget in (self.closed, self.still_open):
            if widget.isVisible():  # laid out: its rows as wrapped at its width
                need = rows_height(widget) + 2 * widget.frameWidth()
                self.lists.setStretch(self.lists.indexOf(widget), max(1, need))

    def _fit_ratings(self) -> None:
        """As wide as its columns (room kept for a scroll bar), the points' titles wrapping
        where the lists beside would get less than their share, and no higher than its rows."""
        table = self.ratings
        frame = 2 * table.frameWidth()
        header = table.horizontalHeader()
        # What each column needs: stretched, the last one kept the width of the walk shown before.
        header.setStretchLastSection(False)
        table.resizeColumnsToContents()
        bar = table.verticalScrollBar().sizeHint().width()
        values = sum(table.columnWidth(c) for c in range(1, table.columnCount()))
        margins = self.outer.contentsMargins()
        body = self.width() - margins.left() - margins.right()
        room = int(body * (1 - LISTS_SHARE)) - self.body.spacing() - values - frame - bar
        table.setColumnWidth(0, max(POINTS_LEAST, min(table.columnWidth(0), room)))
        self._least_ratings = POINTS_LEAST + values + frame + bar
        # a wrapped title gets its second line; a row never below its usual height, which
        # keeps the dots of "Överblick" (roomy)
        usual = table.verticalHeader().defaultSectionSize()
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, max(usual, table.rowHeight(row) + 6))
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        header.setStretchLastSection(True)
        table.setFixedWidth(columns + frame + table.verticalScrollBar().sizeHint().width())
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMaximumHeight(rows + header.sizeHint().height() + frame)


def _wrapping(widget: QListWidget) -> QListWidget:
    """An action's line wraps within the list: cut at its edge, its due date and status were
    the part out of sight."""
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return widget
