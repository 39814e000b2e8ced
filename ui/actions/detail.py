"""The selected action beside the list: what, who, by when, where it came from (a link that opens
it), its dated follow-up notes; change its status or add a note right here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.actions import NOTE_MAX_LENGTH
from ui.widgets.detail import DetailPane, section_heading
from ui.widgets.fields import EnumCombo
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.table_model import WARNING_COLOUR
from ui.widgets.typed_drafts import TypedDrafts

STATUS_DELAY_MS = 400
MIN_WIDTH_CHARS = 42  # the pane's least width, in average characters


def overdue_text(action: ActionRow, today: dt.date) -> str:
    if action.due_on is None:
        return ""
    days = (today - action.due_on).days
    return ngettext("overdue by {n} day", "overdue by {n} days", days).format(n=days)


class ActionDetailPane(DetailPane):
    status_requested = Signal(object, object)  # ActionRow, the new ActionStatus
    note_requested = Signal(object, str)  # ActionRow, the note's text
    edit_requested = Signal(object)  # ActionRow
    group_requested = Signal(int)  # a group id: show it in Groups & meetings
    origin_requested = Signal(object)  # an Origin: open the meeting, walk, exercise ...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Select an action in the list to follow it up."), parent)
        # Room for a fact's label and a value of a few words: beside the list in a window of
        # 1100 px the pane got some 215 px and cut its values behind a sideways scroll bar.
        self.setMinimumWidth(MIN_WIDTH_CHARS * self.fontMetrics().averageCharWidth())
        self.action: ActionRow | None = None
        self.sections.addLayout(self._status_row())
        self.facts = self.add_facts(_("Facts"))
        # "stadsdelsförvaltning" beside "Ansvarig" is wider than the pane's room once its
        # scroll bar shows (at 1024 px): such a value goes under its label, not past the edge.
        self.facts.wrap_long_rows()
        for key, label in (
            ("responsible", _("Responsible")),
            ("due", _("Due")),
            ("raised", _("Raised")),
            ("closed", _("Closed")),
            # On two lines: the widest label on one pushed the values behind a sideways scroll
            # bar in a laptop's window (and the pane cannot grow without cutting the list).
            ("priority_area", _("Priority\narea")),
            ("group", _("Group")),
            ("source", _("Source")),
        ):
            self.facts.add_fact(key, label)
        source = self.facts.value_label("source")
        source.linkActivated.connect(lambda _link: self._request_origin())
        self.add_text("description", _("Description"))
        notes = self._notes_section()
        self.add_bottom(notes, (1, 1), rows=self.notes)

    def _status_row(self) -> FlowLayout:
        """Status, Edit… and Show group on one line; the buttons wrap below the status where
        the pane is narrow (beside the list at 1280 px) instead of being cut off."""
        row = FlowLayout()
        row.setContentsMargins(0, 6, 0, 2)
        status = QWidget(self)  # the label stays beside its drop-down
        status_layout = QHBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(_("Status"), status)
        label.setObjectName("factLabel")
        self.status_combo = EnumCombo(ActionStatus, parent=status)
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.status_combo)
        # activated: only a user's choice changes the status (not filling the pane). Arrow keys
        # on the closed list step through statuses: apply once the user stops.
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self._request_status)
        self.status_combo.activated.connect(lambda _index: self._status_timer.start())
        self.edit_button = QPushButton(_("Edit…"), self)
        self.edit_button.clicked.connect(self._request_edit)
        self.group_button = QPushButton(_("Show group"), self)
        self.group_button.clicked.connect(self._request_group)
        status_layout.addWidget(label)
        status_layout.addWidget(self.status_combo)
        row.addWidget(status)
        row.addWidget(self.edit_button)
        row.addWidget(self.group_button)
        return row

    def _notes_section(self) -> QWidget:
        self._notes_part = section = QWidget(self)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 6, 0, 0)
        self.notes_heading = section_heading(_("Follow-up notes"), section)
        layout.addWidget(self.notes_heading)
        self.notes = QListWidget(section)
        self.notes.setObjectName("actionNotes")
        self.notes.setWordWrap(True)
        self.notes.setAlternatingRowColors(True)
        self.notes.setSpacing(3)
        layout.addWidget(self.notes, 1)
        # The note is typed across the pane's width, the button under it: beside the button
        # the field had 85 px ("Skriv en uppfölj…") at 1100 and 1366 px alike.
        self.note_edit = QLineEdit(section)
        self.note_edit.setObjectName("noteEdit")
        # Short enough to read whole in the pane at 1280 px ("Skriv en uppföljningsanteckning,
        # d…"): the heading above says what kind of note.
        self.note_edit.setPlaceholderText(_("New note, dated today …"))
        self.note_edit.setMaxLength(NOTE_MAX_LENGTH)  # as the service takes it (typed, pasted)
        self.note_edit.returnPressed.connect(self._request_note)
        self.drafts = TypedDrafts(self.note_edit)  # by action: a note typed, not yet added
        self.titles: dict[int, str] = {}  # by action: its title when last shown (drafts' names)
        layout.addWidget(self.note_edit)
        self.note_button = QPushButton(_("Add note"), section)
        self.note_button.clicked.connect(self._request_note)
        entry = QHBoxLayout()
        entry.addStretch(1)
        entry.addWidget(self.note_button)
        layout.addLayout(entry)
        return section

    # --- requests ----------------------------------------------------------------------------

    def _request_edit(self) -> None:
        if self.action is not None:
            self.edit_requested.emit(self.action)

    def _request_status(self) -> None:
        status = self.status_combo.value()
        if self.action is not None and status is not self.action.status:
            self.status_requested.emit(self.action, status)

    def _request_note(self) -> None:
        text = self.note_edit.text().strip()
        if self.action is not None and text:
            self.note_requested.emit(self.action, text)

    def _request_origin(self) -> None:
        if self.action is not None and self.action.origin is not None:
            self.origin_requested.emit(self.action.origin)

    def _request_group(self) -> None:
        if self.action is not None and self.action.group_id is not None:
            self.group_requested.emit(self.action.group_id)

    # --- filling -----------------------------------------------------------------------------

    def show_action(self, action: ActionRow | None, today: dt.date | None = None) -> None:
        self.action = action
        self._status_timer.stop()
        # A note typed but not yet added belongs to its action: kept for it when another is
        # chosen (or none), put back when it is chosen again.
        self.drafts.show_record(action.id if action is not None else None)
        if action is None:
            self.notes.clear()
            self.show_placeholder()
            return
        self.titles[action.id] = action.title
        today = today or clock.today()
        # Where it came from: the Source line, as the list says.
        self.show_record(action.title, record=action.id)
        self.status_combo.set_value(action.status)
        facts = self.facts
        facts.set_fact("responsible", action.responsible)
        due = date_with_week(action.due_on) or _("no due date")
        if action.overdue:
            due = f"{due} – {overdue_text(action, today)}"
        facts.set_fact("due", due, WARNING_COLOUR if action.overdue else None)
        facts.set_fact("raised", date_with_week(action.raised_on))
        facts.set_fact("closed", date_with_week(action.closed_on))
        facts.set_fact("priority_area", action.shown_priority_area)  # as the list beside it
        facts.set_fact("group", action.group)
        # Its meeting, walk or exercise opens from its name; one deleted is named, no link.
        if action.origin is not None:
            facts.set_link("source", action.source_text)
        else:
            facts.set_fact("source", action.source_text)
        facts.value_label("source").setToolTip(
            _("Open where the action came from") if action.origin is not None else ""
        )
        self.set_text("description", action.description)
        self.group_button.setVisible(action.group_id is not None)
        self.notes.clear()
        for note in reversed(action.notes):  # the latest first: that is what one looks for
            item = QListWidgetItem(f"{date_with_week(note.noted_on)}\n{note.text}", self.notes)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
        self.notes_heading.setText(
            _("Follow-up notes ({count})").format(count=len(action.notes))
            if action.notes
            else _("Follow-up notes")
        )
        self.fit_sections()

    def note_texts(self) -> list[str]:
        return [self.notes.item(i).text() for i in range(self.notes.count())]
