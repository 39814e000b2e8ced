"""Under the agenda's follow-up item: the actions still open from earlier meetings (and those
closed since the previous one), each chosen by a double-click or Enter to be followed up where
it is discussed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models.meetings import STANDING_ACTIONS
from samverkan_desktop.services.meeting_rows import AgendaItemRow, MeetingDetail
from ui import key_guide
from ui.meetings.carried_counts import carried_line
from ui.widgets.detail import section_heading
from ui.widgets.kept_together import counts_kept
from ui.widgets.table_model import WARNING_COLOUR

ROWS_IN_VIEW = 4  # more scroll: the minutes above keep room to write in
ROW_PADDING = 4  # agenda_tab's style sheet: QListWidget#carriedActions::item { padding: 4px }
TEXT_MARGINS = 8


class CarriedActions(QObject):
    """Two widgets for the tab's layout: ``heading`` (the count, the hint) and ``lines``, which
    stretches as the minutes' fields do and is at least as tall as its rows (up to
    ``ROWS_IN_VIEW`` of them): at 1024 × 768 it showed about two, the rest behind a scroll bar."""

    chosen = Signal(int)  # an open action's id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.heading = QWidget(parent)
        self.label = section_heading("", self.heading)
        # Wraps where the hint leaves too little room: on one line "2 åtgärder från tidigare
        # möten (fortfarande öppna: 1)" and the hint widened the window past 1024 px for good.
        self.label.setWordWrap(True)
        self.lines = QListWidget(parent)
        self.lines.setObjectName("carriedActions")
        self.lines.setWordWrap(True)
        self.lines.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hint = QLabel(_("Double-click to follow up."), self.heading)
        self.hint.setStyleSheet("color: #5f6b7a;")
        top = QHBoxLayout(self.heading)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.label, 1)  # takes the room beside the hint: one line where it fits
        top.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignBottom)
        self.lines.itemActivated.connect(self._activated)
        self.lines.installEventFilter(self)
        self._width = -1  # the width the rows were measured at

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Rows wrap to the list's width, so their height is measured again when it changes.
        resized = watched is self.lines and event.type() == QEvent.Type.Resize
        if resized and self.lines.width() != self._width:
            self._fit_rows()
        return False

    def _fit_rows(self) -> None:
        self._width = self.lines.width()
        shown = min(self.lines.count(), ROWS_IN_VIEW)
        frame = self.lines.frameWidth()
        # The style sheet's padding and the text's margins beside it; the view's own size hint
        # leaves the wrapping out (three rows of two lines measured as wrapped rows of three).
        text_width = max(self._width - 2 * frame - 2 * ROW_PADDING - TEXT_MARGINS, 1)
        metrics = self.lines.fontMetrics()
        rows = sum(
            metrics.boundingRect(
                QRect(0, 0, text_width, 10_000),
                Qt.TextFlag.TextWordWrap,
                self.lines.item(row).text(),
            ).height()
            + 2 * ROW_PADDING
            + 1  # the border under each row
            for row in range(shown)
        )
        self.lines.setMinimumHeight(rows + 2 * frame if shown else 0)

    def _activated(self, line: QListWidgetItem) -> None:
        action_id = line.data(Qt.ItemDataRole.UserRole)
        if action_id is not None:
            self.chosen.emit(action_id)

    def show_for(self, detail: MeetingDetail | None, item: AgendaItemRow | None) -> None:
        """Shown under the follow-up item only."""
        carried = detail.carried_actions if detail else ()
        visible = item is not None and item.standing_key == STANDING_ACTIONS
        self.heading.setVisible(visible)
        self.lines.setVisible(visible)
        self.hint.setVisible(visible and bool(carried))
        if not visible:
            return
        first = detail is not None and detail.previous_meeting is None
        # Each count with its word where the heading wraps: at 900 px "1)" stood alone under
        # "möten (fortfarande öppna:".
        self.label.setText(counts_kept(carried_line(carried, first_meeting=first)))
        self.lines.clear()
        for action in carried:
            due = _("due {date}").format(date=iso_date(action.due_on)) if action.due_on else ""
            who = " · ".join(p for p in (action.responsible, due, _(action.status.label)) if p)
            mark = "⚠ " if action.overdue else ""
            line = QListWidgetItem(f"{mark}{action.title}\n{who}", self.lines)
            line.setData(Qt.ItemDataRole.UserRole, action.id)
            line.setToolTip(
                action.source_text
                + "\n"
                + _("Double-click (or {key}) to follow up the action.").format(
                    key=key_guide.LIST_OPEN.label()
                )
            )
            if action.overdue:
                line.setForeground(WARNING_COLOUR)
        if not carried:
            # A group's first meeting has no earlier actions to be closed.
            QListWidgetItem(
                _("No earlier meetings – nothing to follow up yet.")
                if first
                else _("None – every earlier action is closed."),
                self.lines,
            )
        self._fit_rows()
