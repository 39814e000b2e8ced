"""Action items: those raised at this meeting, and those still open from the group's earlier
meetings (followed up here with a note or a new status). Stored through the shared Action
services; the Actions area lists them all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.enums import ActionSource
from samverkan_desktop.formatting import clock_text, date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import actions
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.after_group_end import ENDED_NEW_ACTIONS
from samverkan_desktop.services.meeting_editing import note_day
from samverkan_desktop.services.meetings import MeetingDetail
from ui import key_guide
from ui.actions.open_list_widths import READABLE_TEXT
from ui.actions.status_change import MARK_DONE, MARK_DONE_KEY, set_status
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog
from ui.meetings.action_widths import planned_widths
from ui.meetings.carried_counts import earlier_heading
from ui.meetings.keys import add_shortcut, empty_hint
from ui.meetings.postpone_dialog import PostponeDialog
from ui.widgets import empty_text
from ui.widgets.detail import section_heading
from ui.widgets.dialogs import confirm
from ui.widgets.greyed import grey_for
from ui.widgets.lines_room import room_for_lines
from ui.widgets.list_table import stretch_from
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR, Column, display_text
from ui.widgets.wrapped_text import unbreakable_pieces

QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"
EMPTY_TEXT_LINES = 2  # an empty list's sentence, on two lines where the window is narrow


def _due_colour(row: ActionRow):  # type: ignore[no-untyped-def]
    if row.overdue:
        return WARNING_COLOUR
    return MUTED_COLOUR if not row.is_open else None


WHAT, WHO, DUE_COLUMN, STATUS, RAISED_AT = range(5)  # (sorted by the due date at first)
LATEST = -1  # the latest follow-up, the last column
# The lines each column takes, tried in turn until the columns fit: the title on two lines as
# long as there is room, the due date over its week and where it was raised on three lines
# first (rows are three lines high for who answers anyway); at 900 px the latest follow-up is
# left out (in "Följ upp…") rather than the title on five lines and the follow-up on six.
PLANS = (
    {WHAT: 2, WHO: 3, DUE_COLUMN: 1, STATUS: 1, RAISED_AT: 2, LATEST: 3},
    {WHAT: 2, WHO: 3, DUE_COLUMN: 1, STATUS: 1, RAISED_AT: 3, LATEST: 3},
    {WHAT: 2, WHO: 3, DUE_COLUMN: 2, STATUS: 1, RAISED_AT: 3, LATEST: 3},
    {WHAT: 3, WHO: 3, DUE_COLUMN: 2, STATUS: 1, RAISED_AT: 3, LATEST: 3},
    {WHAT: 3, WHO: 3, DUE_COLUMN: 2, STATUS: 1, RAISED_AT: 3},
)
GROWING = (WHAT, RAISED_AT, WHO)  # onto one line in a wide window, the title first
POSTPONE_KEY = "Ctrl+U"  # U for "skjut upp": free in the editor and the calendar around it


def action_columns(
    raised_at: Callable[[ActionRow], str] | None = None,
) -> list[Column[ActionRow]]:
    """The columns of an actions table; ``raised_at``: the earlier meetings' table, with where
    each action was raised, as ``raised_at`` words it."""
    columns = [
        # What and who break onto more lines on a laptop rather than end in "…" while the
        # dates beside them keep their room ('Förbereda revidering…', 'Anna Berglund · Öst…').
        # With rows, ActionsTable gives them widths from their texts (the dates over their
        # weeks where narrow); these are an empty table's.
        Column(_("What"), lambda r: r.title, width=300, wrap=True),
        Column(_("Who"), lambda r: r.responsible, width=240, wrap=True),
        Column(
            _("Due"),
            lambda r: date_with_week(r.due_on),
            sort_key=lambda r: r.due_on,
            colour=_due_colour,
            width=150,
            wrap=True,
        ),
        Column(_("Status"), lambda r: r.status, colour=_due_colour, width=100),
    ]
    if raised_at is not None:
        columns.append(
            Column(
                _("Raised at"),
                raised_at,
                tooltip=lambda r: r.source_text,
                width=150,
                wrap=True,
            )
        )
    columns.append(
        Column(
            _("Latest follow-up"),
            lambda r: (
                f"{r.last_note.noted_on.isoformat()} {r.last_note.text}" if r.last_note else ""
            ),
            wrap=True,  # its rows as tall as it needs: "…stäms av …" at 1024 px, a row short
        )
    )
    return columns


class ActionsTable(RecordTable[ActionRow]):
    """A meeting's actions, its columns as wide as their texts on the lines ``PLANS`` allow
    (see ui.meetings.action_widths); a window too narrow for any squeezes them as any list."""

    _by_lines: dict[int, dict[int, int]] | None = None  # measured once per rows shown

    def _fit_new_rows(self, any_rows: bool, refit: bool = False) -> None:
        self._by_lines = None
        super()._fit_new_rows(any_rows, refit)

    def _squeeze_to_viewport(self) -> None:
        fit = None
        if self.rows_model.rows() and not self._user_sized:
            fit = planned_widths(
                self.viewport().width(), self._needs_by_lines(), self._plans(), GROWING
            )
        if fit is None:
            self.setColumnHidden(self.rows_model.columnCount() - 1, False)
            super()._squeeze_to_viewport()
            return
        widths, stretching = fit
        with self._program_sizing():
            for index in range(self.rows_model.columnCount()):
                self.setColumnHidden(index, index not in widths and index != stretching)
            for index, width in widths.items():
                self.setColumnWidth(index, width)
            stretch_from(self, stretching, READABLE_TEXT)

    def _plans(self) -> list[dict[int, int]]:
        """PLANS for this table's columns (the meeting's own actions have no "Raised at")."""
        last = self.rows_model.columnCount() - 1
        raised = last > RAISED_AT
        return [
            {last if c == LATEST else c: n for c, n in plan.items() if raised or c != RAISED_AT}
            for plan in PLANS
        ]

    def _needs_by_lines(self) -> dict[int, dict[int, int]]:
        """The room each column's texts need on one, two and three lines, its title on two
        (measured once per rows shown, not at each resize)."""
        if self._by_lines is None:
            self._by_lines = self._measured_by_lines()
        return self._by_lines

    def _measured_by_lines(self) -> dict[int, dict[int, int]]:
        font, advance = self.font(), self.fontMetrics().horizontalAdvance
        needs = {}
        for column, given in enumerate(self.rows_model.columns()):
            texts = {display_text(given.value(row)) for row in self.rows_model.rows()} - {""}
            words = {word for text in texts for word in unbreakable_pieces(text)}
            widest = max(map(advance, words), default=0)
            longest = max(map(advance, texts), default=0)
            title = self._two_line_room(column)
            margin = self._text_margin(column) + 2  # (as the floors: the text's rounding)
            needs[column] = {
                lines: max(title, margin + room_for_lines(texts, font, lines, widest, longest))
                for lines in (1, 2, 3)
            }
        return needs


class ActionsTab(QWidget):
    def __init__(
        self, ctx: AppContext, act: Callable[..., bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.act = act
        self.detail: MeetingDetail | None = None
        self.raised: RecordTable[ActionRow] = ActionsTable(action_columns(), self)
        self.raised.setObjectName("raisedActions")
        self.earlier: RecordTable[ActionRow] = ActionsTable(action_columns(self.raised_at), self)
        self.earlier.setObjectName("earlierActions")
        # Earliest due first, overdue on top: what to take up first, in the order the agenda
        # tab and the printouts list them (not by "What", alphabetically).
        for table in (self.raised, self.earlier):
            table.sortByColumn(DUE_COLUMN, Qt.SortOrder.AscendingOrder)
        self.earlier.set_empty_text(_("No open actions from the group's earlier meetings."))
        self.raised_heading = section_heading(_("Raised at this meeting"), self)
        self.earlier_heading = section_heading(_("Open from earlier meetings"), self)
        self.new_button = QPushButton(_("New action…"), self)
        self.new_button.clicked.connect(self.new_action)
        self.edit_button = QPushButton(_("Edit / follow up…"), self)
        self.edit_button.clicked.connect(lambda: self.edit_action(self.raised))
        self.delete_button = QPushButton(_("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_action)
        back_to_list(self.delete_button, self.raised, self.new_button)
        self.follow_button = QPushButton(_("Follow up…"), self)
        self.follow_button.clicked.connect(lambda: self.edit_action(self.earlier))
        # The two follow-ups most made at a meeting, without the whole form: done, or later.
        self.done_button = QPushButton(_(MARK_DONE), self)
        self.done_button.clicked.connect(self.mark_done)
        self.postpone_button = QPushButton(_("Postpone…"), self)
        self.postpone_button.clicked.connect(self.postpone)
        top = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        top.addStretch(1)
        lower = QHBoxLayout()
        for button in (self.follow_button, self.done_button, self.postpone_button):
            lower.addWidget(button)
        lower.addStretch(1)
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.raised_heading)
        layout.addLayout(top)
        layout.addWidget(self.raised, 1)
        layout.addWidget(self.earlier_heading)
        layout.addLayout(lower)
        layout.addWidget(self.earlier, 1)
        # The keys follow the page: each table's buttons, then the table (Tab leaves a table
        # for the next field; arrows move within it). Ctrl+N is "new" here as in every area.
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.raised)
        QWidget.setTabOrder(self.raised, self.follow_button)
        QWidget.setTabOrder(self.follow_button, self.done_button)
        QWidget.setTabOrder(self.done_button, self.postpone_button)
        QWidget.setTabOrder(self.postpone_button, self.earlier)
        new = add_shortcut(self, self.new_button, "Ctrl+N", self.new_action)
        add_shortcut(self, self.done_button, MARK_DONE_KEY, self.mark_done)
        add_shortcut(self, self.postpone_button, POSTPONE_KEY, self.postpone)
        self.empty_offered = _(
            "No actions raised at this meeting yet. “{button}” ({keys}) adds one."
        ).format(button=self.new_button.text(), keys=key_guide.first_key(new))
        self.raised.set_empty_text(self.empty_offered)
        self.raised.activated.connect(lambda _row: self.edit_action(self.raised))
        self.earlier.activated.connect(lambda _row: self.edit_action(self.earlier))
        self.raised.current_changed.connect(self._update_buttons)
        self.earlier.current_changed.connect(self._update_buttons)
        self._update_buttons()

    def raised_at(self, row: ActionRow) -> str:
        """Where an earlier action was raised: at one of this group's meetings, the meeting's
        day with its week, as the lists write a day, and its time alone ("Möte 2026-11-03
        (v. 45) 09.00"; the group's name, known here, repeated on every row and cut the column
        short); elsewhere (a walk, an exercise) in full."""
        starts = None
        if self.detail is not None and row.source_type is ActionSource.MEETING:
            starts = self.detail.carried_from.get(row.source_id or 0)
        if starts is None:
            return row.source_text
        when = f"{date_with_week(starts.date())} {clock_text(starts)}"
        return _("Meeting {when}").format(when=when)

    def _update_buttons(self, *_args: object) -> None:
        self.edit_button.setEnabled(self.raised.current_row() is not None)
        self.delete_button.setEnabled(self.raised.current_row() is not None)
        earlier = self.earlier.current_row()
        self.follow_button.setEnabled(earlier is not None)
        self.done_button.setEnabled(earlier is not None and earlier.is_open)
        self.postpone_button.setEnabled(earlier is not None and earlier.is_open)

    def show_meeting(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self.raised.set_rows(detail.actions)
        self.earlier.set_rows(detail.carried_actions)
        self.raised_heading.setText(
            _("Raised at this meeting ({count})").format(count=len(detail.actions))
        )
        self.earlier_heading.setText(earlier_heading(detail.carried_actions))
        self.new_button.setEnabled(True)
        grey_for([self.new_button], detail.refused_outside_days(ENDED_NEW_ACTIONS))
        none_raised = _("No actions raised at this meeting.")
        empty_hint(self.raised, self.new_button, none_raised, self.empty_offered)
        # Why none can be raised is a longer sentence than the hint: a line more for it.
        refused = not self.new_button.isEnabled()
        self._compact_when_empty(self.raised, not detail.actions, EMPTY_TEXT_LINES + refused)
        self._compact_when_empty(self.earlier, not detail.carried_actions)
        self._update_buttons()

    def _compact_when_empty(
        self, table: RecordTable[ActionRow], empty: bool, lines: int = EMPTY_TEXT_LINES
    ) -> None:
        """An empty list as high as its sentence (of up to ``lines`` lines), its room to the
        other: at 1024 px the meeting's own actions scrolled, four of five in sight, above an
        empty list of earlier ones as high as theirs."""
        line = table.fontMetrics().lineSpacing()
        text = lines * line + 2 * empty_text.PADDING
        frame = 2 * table.frameWidth()
        # its titles on two lines where narrow ("Senaste / uppföljning" at 1024 px)
        header = table.horizontalHeader().sizeHint().height() + line
        table.setMaximumHeight(header + text + frame if empty else QWIDGETSIZE_MAX)
        self._layout.setStretchFactor(table, 0 if empty else 1)

    def new_action(self) -> None:
        if self.detail is None:
            return
        dialog = ActionDialog(self.ctx, self.detail, parent=self)
        if dialog.exec():
            self.act(None, changes=("meetings", "actions"))
            self.raised.select_id(dialog.saved_id)

    def edit_action(self, table: RecordTable[ActionRow]) -> None:
        row = table.current_row()
        if (
            self.detail is not None
            and row is not None
            and ActionDialog(self.ctx, self.detail, row, parent=self).exec()
        ):
            self.act(None, changes=("meetings", "actions"))

    def follow_up(self, action_id: int) -> None:
        """Follow up one of the actions open from earlier meetings (chosen elsewhere)."""
        if self.earlier.select_id(action_id):
            self.edit_action(self.earlier)

    def mark_done(self) -> None:
        """The selected earlier action done, closed on the day notes at this meeting carry."""
        row = self.earlier.current_row()
        if self.detail is None or row is None or not row.is_open:
            return
        on = max(note_day(self.detail.starts_at.date()), row.raised_on)
        if self.act(set_status, row, ActionStatus.DONE, on, changes=("meetings", "actions")):
            self.earlier.select_id(row.id)

    def postpone(self) -> None:
        row = self.earlier.current_row()
        if self.detail is None or row is None or not row.is_open:
            return
        if PostponeDialog(self.ctx, self.detail, row, parent=self).exec():
            self.act(None, changes=("meetings", "actions"))
            self.earlier.select_id(row.id)

    def delete_action(self) -> None:
        row = self.raised.current_row()
        if row is not None and confirm(
            self,
            _("Delete action"),
            _("Delete the action “{title}” and its follow-up notes?").format(title=row.title),
            _("Delete"),
        ):
            self.act(actions.delete_action, row.id, changes=("meetings", "actions"))
