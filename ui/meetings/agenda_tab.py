"""The agenda and the minutes: numbered items (the group's standing items plus free ones; add,
edit, remove, move up and down) and the minutes of the selected item beside them.

Minutes are saved when another item is chosen, with "Save minutes" (Ctrl+S in the editor) and
when leaving the meeting; if saving fails the text stays where it was typed. Under the
follow-up item the actions still open from earlier meetings are listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError, StaleRecordError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.models.meetings import STANDING_DONE_NEXT
from samverkan_desktop.services import agenda, meeting_removals
from samverkan_desktop.services.after_group_end import ENDED_MINUTES
from samverkan_desktop.services.meeting_rows import AgendaItemRow, MeetingDetail, item_starts
from samverkan_desktop.services.validation import clean
from ui.context import AppContext
from ui.meetings.agenda_buttons import AgendaButtons
from ui.meetings.agenda_overrun import AgendaOverrunNote
from ui.meetings.carried_list import CarriedActions
from ui.meetings.dialogs import AgendaItemDialog
from ui.meetings.keys import add_shortcut
from ui.meetings.removal_undo import Act, remove_with_undo
from ui.widgets.arrow_buttons import as_down, as_up, enable_arrows
from ui.widgets.button_minimum import minimum_to_text
from ui.widgets.detail import section_heading
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.greyed import grey_for
from ui.widgets.next_choice import chosen_after_removal
from ui.widgets.notice import NoticeBar
from ui.widgets.operations import refused_before_asking
from ui.widgets.removal_focus import back_to_list

ITEM_TITLE_STYLE = "font-size: 15px; font-weight: 600; color: #1c3b5a;"
AGENDA_STYLE = """
QListWidget#agendaItems::item { padding: 6px 4px; border-bottom: 1px solid #eef1f4; }
QListWidget#agendaItems::item:selected { background: #1f6fb2; color: white; }
QListWidget#carriedActions::item { padding: 4px; border-bottom: 1px solid #eef1f4; }
"""


# Minutes written under the item. Held to the title's last word by no-break spaces: a title
# that filled its line at 1024 px left the mark alone on a second ("… Norrmalm" / "✎").
NOTES_MARK = "\u00a0\u00a0✎"


def item_text(item: AgendaItemRow, starts: dt.datetime | None = None) -> str:
    """ "09.15  3. Laget runt": the start shown when the agenda's minutes give one."""
    text = f"{item.number}. {item.title}"
    if starts is not None:
        text = f"{clock_text(starts)}  {text}"
    if item.notes or item.next_steps:
        text += NOTES_MARK
    return text


class MinutesEdit(QPlainTextEdit):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(placeholder)


class AgendaTab(QWidget):
    decision_requested = Signal(int)  # agenda item id
    follow_up_requested = Signal(int)  # an open action's id, chosen under the follow-up item

    def __init__(
        self, ctx: AppContext, act: Act, notice: NoticeBar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.act = act
        self.notice = notice  # the editor's: "… was removed" with Undo
        # The last move's undo, where the item began and which item: kept while offered.
        self._move_undo: tuple[Callable[[], None], int, int] | None = None
        self.detail: MeetingDetail | None = None
        self.dirty_item_id: int | None = None
        # The minutes as last shown, per item: what a save may replace (agenda.record_minutes).
        self._shown: dict[int, tuple[str | None, str | None]] = {}
        self._filling = False
        self._item_shown: int | None = None  # the item whose minutes the two fields show
        self.setStyleSheet(AGENDA_STYLE)

        self.items = QListWidget(self)
        self.items.setObjectName("agendaItems")
        self.items.setWordWrap(True)
        # Without a horizontal scroll bar a long heading wraps to the list's width (a scroll
        # bar gave it all the width it wanted, on one line, cut off at 1280 pixels).
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = self._button(_("Add item…"), "Ctrl+Shift+N", self.add_item)
        self.edit_button = self._button(_("Edit…"), None, self.edit_item)
        self.remove_button = self._button(_("Remove…"), "Del", self.remove_item, within=self.items)
        back_to_list(self.remove_button, self.items, self.add_button)
        # ↑ and ↓, as every other ordered list. Ctrl+Up/Down move the item while the list has
        # the focus, not from the minutes, where the keys move the cursor (they moved the item
        # under the coordinator's text).
        self.up_button = self._keyed(
            as_up(QPushButton(self)), "Ctrl+Up", lambda: self.move_item(-1), within=self.items
        )
        self.down_button = self._keyed(
            as_down(QPushButton(self)), "Ctrl+Down", lambda: self.move_item(1), within=self.items
        )
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(section_heading(_("Agenda"), left))
        left_layout.addWidget(self.items, 1)
        self.overrun_note = AgendaOverrunNote(left)
        left_layout.addWidget(self.overrun_note)
        self.buttons = AgendaButtons(
            (self.add_button, self.edit_button, self.remove_button),
            (self.up_button, self.down_button),
            self,
            left,
        )
        left_layout.addWidget(self.buttons)
        # Narrower than the style's usual width where the agenda lacks room: beside the
        # minutes they held a window 900 px wide at 913 px when a meeting was opened.
        for button in (self.add_button, self.edit_button, self.remove_button):
            minimum_to_text(button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        self.item_title = QLabel(right)
        self.item_title.setStyleSheet(ITEM_TITLE_STYLE)
        self.item_title.setWordWrap(True)
        self.presenter = QLabel(right)
        self.presenter.setStyleSheet("color: #5f6b7a;")
        self.notes_label = section_heading(_("Minutes"), right)
        self.notes_edit = MinutesEdit(_("What was said and agreed under this item"), right)
        self.notes_edit.setObjectName("minutesNotes")
        self.next_label = section_heading(_("How we continue"), right)
        self.next_edit = MinutesEdit(_("Next steps (optional)"), right)
        self.next_edit.setObjectName("minutesNextSteps")
        self.earlier = CarriedActions(right)
        self.earlier.chosen.connect(self._follow_up)
        self.carried, self.carried_label = self.earlier.lines, self.earlier.label  # short names
        self.save_button = QPushButton(_("Save minutes"), right)
        self.save_button.clicked.connect(self.save_minutes)
        self.decision_button = QPushButton(_("Decision under this item…"), right)
        self.decision_button.clicked.connect(self._request_decision)
        self.discard_button = QPushButton(_("Discard my changes"), right)
        self.discard_button.setToolTip(_("Show the minutes as they are saved now"))
        self.discard_button.clicked.connect(self.discard_minutes)
        self.discard_button.hide()  # offered after another desk's minutes refused a save
        self.saved_label = QLabel(right)
        self.saved_label.setStyleSheet("color: #5f6b7a;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.decision_button)
        bottom.addWidget(self.saved_label, 1)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.presenter)
        right_layout.addWidget(self.notes_label)
        right_layout.addWidget(self.notes_edit, 3)
        right_layout.addWidget(self.next_label)
        right_layout.addWidget(self.next_edit, 2)
        right_layout.addWidget(self.earlier.heading)
        right_layout.addWidget(self.earlier.lines, 2)
        right_layout.addLayout(bottom)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([2000, 3000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(splitter)

        self.items.currentItemChanged.connect(self._current_changed)
        # Enter opens the item as a double-click does, as in every list (key_guide.LIST_OPEN).
        self.items.itemActivated.connect(lambda _item: self.edit_item())
        self.notes_edit.textChanged.connect(self._touched)
        self.next_edit.textChanged.connect(self._touched)
        self._show_item(None)

    def _button(
        self,
        text: str,
        key: str | None,
        slot: Callable[[], Any],
        within: QWidget | None = None,
    ) -> QPushButton:
        return self._keyed(QPushButton(text, self), key, slot, within)

    def _keyed(
        self,
        button: QPushButton,
        key: str | None,
        slot: Callable[[], Any],
        within: QWidget | None = None,
    ) -> QPushButton:
        """``button`` doing ``slot``, by a click or by ``key`` within ``within`` (the tab)."""
        button.clicked.connect(lambda _checked=False: slot())
        if key:
            add_shortcut(within or self, button, key, slot)
        return button

    # --- showing -------------------------------------------------------------------------------

    def current_item(self) -> AgendaItemRow | None:
        widget_item = self.items.currentItem()
        if widget_item is None or self.detail is None:
            return None
        item_id = widget_item.data(Qt.ItemDataRole.UserRole)
        return next((i for i in self.detail.agenda if i.id == item_id), None)

    def show_meeting(self, detail: MeetingDetail) -> None:
        same_meeting = self.detail is not None and self.detail.id == detail.id
        if not same_meeting:
            self.dirty_item_id = None
        # Only the same meeting keeps its item: another meeting's item id is not on this agenda,
        # and the next meeting opened on "no item chosen" with its minutes greyed out.
        keep = self.current_item() if same_meeting else None
        before = [item.id for item in self.detail.agenda] if keep and self.detail else []
        self.detail = detail
        self.items.blockSignals(True)
        self.items.clear()
        for item, starts in zip(
            detail.agenda, item_starts(detail.starts_at, detail.agenda), strict=True
        ):
            widget_item = QListWidgetItem(item_text(item, starts), self.items)
            widget_item.setData(Qt.ItemDataRole.UserRole, item.id)
        self.items.blockSignals(False)
        self.overrun_note.show_for(detail)
        ids = [item.id for item in detail.agenda]
        # The item removed: the one now in its place (or the one before) is chosen, not the
        # first item, far from where the coordinator was.
        wanted = None
        if keep is not None:
            wanted = keep.id if keep.id in ids else chosen_after_removal(before, keep.id, ids)
        self.select_item(wanted if wanted is not None else (ids[0] if ids else None))

    def select_item(self, item_id: int | None) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.blockSignals(True)
                self.items.setCurrentRow(row)
                self.items.blockSignals(False)
                break
        self._show_item(self.current_item())

    def _show_item(self, item: AgendaItemRow | None) -> None:
        has_item = item is not None
        widgets: tuple[QWidget, ...] = (
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.notes_edit,
            self.next_edit,
            self.save_button,
            self.decision_button,
        )
        for widget in widgets:
            widget.setEnabled(has_item)
        place = self.items.currentRow() if has_item else None
        enable_arrows(self.up_button, self.down_button, place, self.items.count(), self.items)
        minutes = (self.notes_edit, self.next_edit, self.save_button, self.decision_button)
        grey_for(minutes, self.detail.refused_outside_days(ENDED_MINUTES) if self.detail else None)
        self.item_title.setText(f"{item.number}. {item.title}" if item else _("No item chosen"))
        self.presenter.setText(
            _("Presented by: {who}").format(who=item.presenter) if item and item.presenter else ""
        )
        self.presenter.setVisible(bool(item and item.presenter))
        done_next = item is not None and item.standing_key == STANDING_DONE_NEXT
        self.notes_label.setText(_("What we have done") if done_next else _("Minutes"))
        self.next_label.setText(_("How we continue") if done_next else _("Next steps"))
        if item is not None and self.dirty_item_id != item.id:
            # The item just saved keeps its text as typed when that is what was stored: set
            # again, the cursor would jump to the start (what is typed next lands there) and
            # the undo history would be gone.
            same_item = item.id == self._item_shown
            self._filling = True
            for edit, stored in ((self.notes_edit, item.notes), (self.next_edit, item.next_steps)):
                if not (same_item and clean(edit.toPlainText()) == stored):
                    edit.setPlainText(stored or "")
            self._filling = False
            self._shown[item.id] = (item.notes, item.next_steps)
        self._item_shown = item.id if item is not None else None
        self.earlier.show_for(self.detail, item)

    # --- minutes -------------------------------------------------------------------------------

    def _touched(self) -> None:
        item = self.current_item()
        if not self._filling and item is not None:
            self.dirty_item_id = item.id
            self.saved_label.setText("")

    def _current_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if self.dirty_item_id is not None and not self.save_minutes():
            # Not saved: stay on the item so the text typed is not lost.
            if previous is not None:
                self.items.blockSignals(True)
                self.items.setCurrentItem(previous)
                self.items.blockSignals(False)
            return
        self._show_item(self.current_item())

    def save_minutes(self) -> bool:
        """Store the minutes typed for the item; True when nothing is left unsaved."""
        refusal = self.store_minutes()
        if refusal is not None:
            show_error(self, refusal)
        return refusal is None

    def store_minutes(self) -> DomainError | None:
        """Store the minutes typed for the item; the refusal, if any, is returned rather than
        shown (closing the window asks whether to close all the same). The text stays typed."""
        item_id = self.dirty_item_id
        if item_id is None:
            return None
        try:
            self.ctx.call(
                agenda.record_minutes,
                item_id,
                self.notes_edit.toPlainText(),
                self.next_edit.toPlainText(),
                shown=self._shown.get(item_id),
            )
        except DomainError as error:
            self.discard_button.setVisible(isinstance(error, StaleRecordError))
            return error
        self.dirty_item_id = None
        self.discard_button.hide()
        self.saved_label.setText(_("Minutes saved."))
        self.act(None)
        return None

    def discard_minutes(self) -> None:
        """Drop the minutes typed here and show the item's minutes as saved now."""
        self.dirty_item_id = None
        self.discard_button.hide()
        self.saved_label.setText("")
        self.act(None)

    def _follow_up(self, action_id: int) -> None:
        """An open action followed up where it is discussed, under the follow-up item (the
        minutes typed are saved first, as before any dialog)."""
        if self.save_minutes():
            self.follow_up_requested.emit(action_id)

    def _request_decision(self) -> None:
        item = self.current_item()
        if item is not None:
            self.decision_requested.emit(item.id)

    # --- the items -----------------------------------------------------------------------------

    def add_item(self) -> None:
        if self.detail is None or not self.save_minutes():
            return
        dialog = AgendaItemDialog(self.ctx, self.detail.id, parent=self)
        if dialog.exec():
            self.act(None)
            self.select_item(dialog.saved_id)

    def edit_item(self) -> None:
        item = self.current_item()
        if (
            self.detail is not None
            and item is not None
            and self.save_minutes()
            and AgendaItemDialog(self.ctx, self.detail.id, item, self).exec()
        ):
            self.act(None)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or not self.save_minutes():
            return
        if refused_before_asking(
            self, self.ctx, "meetings", agenda.check_agenda_item_removable, item.id
        ):
            return
        if confirm(
            self,
            _("Remove agenda item"),
            _("Remove “{title}” from the agenda?").format(title=item.title),
            _("Remove"),
        ):
            remove_with_undo(
                self.act,
                self.notice,
                _("“{title}” was removed from the agenda.").format(title=item.title),
                meeting_removals.remove_agenda_item,
                item.id,
                meeting_removals.restore_agenda_item,
                self.select_item,
            )

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None or self.detail is None or not self.save_minutes():
            return
        position = item.number - 1 + step
        if not 0 <= position < len(self.detail.agenda):
            return
        # Moved again while Undo offers this item's move: Undo puts it back where it began.
        start, offered = item.number - 1, self._move_undo
        if offered and offered[2] == item.id and self.notice.offered_undo() is offered[0]:
            start = offered[1]
        if not self.act(agenda.move_agenda_item, item.id, position):
            return

        def undo() -> None:
            if self.act(agenda.move_agenda_item, item.id, start, undoing=True):
                self.select_item(item.id)

        self._move_undo = (undo, start, item.id)
        self.notice.show_message(
            _("“{title}” was moved to number {number}.").format(
                title=item.title, number=position + 1
            ),
            undo,
        )
