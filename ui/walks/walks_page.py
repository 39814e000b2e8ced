"""The list of walks, newest first, with search and filters by year, step and place, and a pane
with the selected walk's essentials."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.formatting import clock_held, date_with_week, with_clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places, walk_reading
from samverkan_desktop.services.walk_rows import WalkRow, status_text
from ui.context import AppContext
from ui.widgets.fields import EnumCombo
from ui.widgets.kept_together import counts_kept, dots_kept
from ui.widgets.list_page import ListPage
from ui.widgets.page_labels import heading, muted
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column


def _open_colour(row: WalkRow) -> QColor | None:
    return WARNING_COLOUR if row.open_actions else None


def _status_colour(row: WalkRow) -> QColor | None:
    return MUTED_COLOUR if row.status is WalkStatus.CANCELLED else None


def walk_columns() -> list[Column[WalkRow]]:
    return [
        Column(_("Date"), lambda r: date_with_week(r.date), sort_key=lambda r: r.date),
        # As wide as most texts need, on one line where there is room; on a laptop beside the
        # summary pane they break onto a second line rather than end in "…" ("Avslutande …").
        Column(_("Place"), lambda r: r.place, tooltip=lambda r: r.place, width=180, wrap=True),
        Column(_("Area"), lambda r: r.area, tooltip=lambda r: r.area, width=135, wrap=True),
        Column(
            _("Format"),
            lambda r: r.format,
            tooltip=lambda r: _(r.format.label),
            width=120,
            wrap=True,
            # Beside a chosen walk's summary (which says its format, and its observations)
            # a narrow list leaves these out rather than break its places inside their words
            # ("Gyllens-tiernsg-atan" at 1024 px).
            aside=1,
        ),
        Column(
            _("Status"),
            lambda r: status_text(r.status, r.cancel_reason),
            colour=_status_colour,
            tooltip=lambda r: status_text(r.status, r.cancel_reason),
            # In the method's order, cancelled last (by its text "Avslutande möte hållet" came
            # before "Genomförd" and "Planering").
            sort_key=lambda r: list(WalkStatus).index(r.status),
            width=150,
            wrap=True,
        ),
        Column(_("Observations"), lambda r: r.observation_count, align_right=True, aside=2),
        Column(_("Open actions"), lambda r: r.open_actions, colour=_open_colour, align_right=True),
    ]


class WalkSummary(QFrame):
    """The selected walk in short, with a button to open it."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkSummary")
        self.setStyleSheet(
            "QFrame#walkSummary { background: white; border: 1px solid #d5dde6;"
            " border-radius: 6px; }"
        )
        self._walk_id: int | None = None
        self.title = heading("", self)
        self.title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(_("Open the walk"), self)
        self.open_button.clicked.connect(self._request_open)
        self.placeholder = muted(_("Choose a walk in the list to see it here."), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.show_walk(None)

    def _request_open(self) -> None:
        if self._walk_id is not None:
            self.open_requested.emit(self._walk_id)

    def show_walk(self, row: WalkRow | None) -> None:
        self._walk_id = row.id if row else None
        self.placeholder.setVisible(row is None)
        for widget in (self.title, self.body, self.open_button):
            widget.setVisible(row is not None)
        if row is None:
            return
        self.title.setText(_("Safety walk {place}").format(place=row.place))
        counts = [
            ngettext(
                "{n} participant on the list", "{n} participants on the list", row.participant_count
            ).format(n=row.participant_count)
            + " · "
            + ngettext("{n} resident", "{n} residents", row.resident_count).format(
                n=row.resident_count
            ),
            ngettext("{n} observation", "{n} observations", row.observation_count).format(
                n=row.observation_count
            )
            + " · "
            + ngettext("{n} open action", "{n} open actions", row.open_actions).format(
                n=row.open_actions
            ),
        ]
        lines = [
            clock_held(with_clock(date_with_week(row.date), row.start_time, row.end_time)),
            f"{_(row.light.label)} · {_(row.format.label)}",
            _("Step: {status}").format(status=status_text(row.status, row.cancel_reason)),
            # Each count with its word, a " · " ending a line: the pane broke "11 deltagare på
            # listan · 11" / "boende" at 1024 and 900 px.
            *(dots_kept(counts_kept(line)) for line in counts),
        ]
        self.body.setText("\n".join(lines))


class WalksPage(ListPage[WalkRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(walk_columns(), _("Search place or area …"), parent)
        # The hint short enough to read whole at 1024 px ("Sök plats, område, samling…");
        # every field searched in the tooltip.
        self.search.setToolTip(_("Searches place, area, meeting point and purpose"))
        self.ctx = ctx
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.year_filter = QComboBox(self)
        self.year_filter.setObjectName("yearFilter")
        self.status_filter = EnumCombo(WalkStatus, _("All steps"), self)
        self.status_filter.setObjectName("statusFilter")
        self.place_filter = QComboBox(self)
        self.place_filter.setObjectName("placeFilter")
        # A long place name is elided here (the list opens as wide as the longest), so the
        # list fits a laptop's window.
        self.place_filter.setMinimumContentsLength(18)
        self.place_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Four characters narrower where the row lacks room: at 900 px a walk chosen in the
        # list (its summary beside it) made the window 916 px wide. With room it keeps 18.
        narrower = 4 * self.place_filter.fontMetrics().horizontalAdvance("x")
        self.place_filter.setMinimumWidth(self.place_filter.minimumSizeHint().width() - narrower)
        self.fill_filters()
        for combo in (self.year_filter, self.status_filter, self.place_filter):
            self.add_filter(combo)
        # The search alone on its row, the filters under it (wrapping where the list is
        # narrow), as in Grupper och möten: beside a chosen walk at 900 px one row left the
        # search 40 px, "Sök…".
        self.filters_wrapping([self.year_filter, self.status_filter, self.place_filter])
        self.summary = WalkSummary(self)
        self.summary.setMaximumWidth(380)
        self.set_detail(self.summary, (4, 1))
        self.current_changed.connect(self.summary.show_walk)

    def fill_filters(self) -> None:
        """Years and places change as walks and places are added."""
        for combo, first, items in (
            (
                self.year_filter,
                _("All years"),
                [(y, str(y)) for y in self.ctx.call(walk_reading.walk_years)],
            ),
            (
                self.place_filter,
                _("All places"),
                [(p.id, p.name) for p in self.ctx.call(places.list_places)],
            ),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def load_rows(self) -> list[WalkRow]:
        return self.ctx.call(
            walk_reading.list_walks,
            self.search_text(),
            year=self.year_filter.currentData(),
            status=self.status_filter.value(),
            place_id=self.place_filter.currentData(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} walk", "{count} walks", count).format(count=count)
