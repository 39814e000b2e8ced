"""The meeting's decisions, numbered, each optionally under an agenda item. A meeting kept
outside its group's days cannot have new ones (they are minutes): "Nytt beslut…" is greyed with
the core's reason, which its key says too."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import meeting_removals
from samverkan_desktop.services.after_group_end import ENDED_MINUTES
from samverkan_desktop.services.meetings import DecisionRow, MeetingDetail
from ui import key_guide
from ui.context import AppContext
from ui.meetings.dialogs import DecisionDialog
from ui.meetings.keys import add_shortcut, empty_hint
from ui.meetings.removal_undo import Act, remove_with_undo
from ui.widgets.dialogs import confirm
from ui.widgets.greyed import grey_for
from ui.widgets.notice import NoticeBar
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import MUTED_COLOUR, Column
from ui.widgets.wording import EMPTY


def _shortened(text: str, most: int = 80) -> str:
    """A long decision in a question: cut between words, with "…" saying there is more."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[: most - 1].rsplit(" ", 1)[0] if " " in text[: most - 1] else text[: most - 1]
    return cut.rstrip(" ,.;:–-") + "…"


class DecisionsTab(QWidget):
    def __init__(
        self, ctx: AppContext, act: Act, notice: NoticeBar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.act = act
        self.notice = notice  # the editor's: "… was removed" with Undo
        self.detail: MeetingDetail | None = None
        self.table: RecordTable[DecisionRow] = RecordTable(self._columns(), self)
        self.table.setObjectName("decisions")
        self.table.setWordWrap(True)
        self.add_button = QPushButton(_("New decision…"), self)
        self.edit_button = QPushButton(_("Edit…"), self)
        self.remove_button = QPushButton(_("Remove…"), self)
        self.add_button.clicked.connect(lambda: self.add_decision())
        self.edit_button.clicked.connect(self.edit_decision)
        self.remove_button.clicked.connect(self.remove_decision)
        back_to_list(self.remove_button, self.table, self.add_button)
        QWidget.setTabOrder(self.add_button, self.edit_button)  # as shown: buttons, table
        QWidget.setTabOrder(self.edit_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.table)
        new = add_shortcut(self, self.add_button, "Ctrl+N", lambda: self.add_decision())
        self.empty_offered = _("No decisions yet. “{button}” ({keys}) records one.").format(
            button=self.add_button.text(), keys=key_guide.first_key(new)
        )
        self.table.set_empty_text(self.empty_offered)
        self.table.activated.connect(lambda _row: self.edit_decision())
        self.table.current_changed.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._update_buttons(None)

    def _columns(self) -> list[Column[DecisionRow]]:
        return [
            Column(_("No."), lambda r: self._number(r), width=50),
            # A decision under no item shows "–" (an empty cell looked like something missing).
            Column(
                _("Agenda item"),
                lambda r: self._item_text(r) or EMPTY,
                tooltip=lambda r: None if self._item_text(r) else _("Not under any agenda item"),
                colour=lambda r: None if self._item_text(r) else MUTED_COLOUR,
                width=220,
                wrap=True,
            ),
            # The whole decision, on as many lines as it takes (it was cut after two with "…").
            Column(_("Decision"), lambda r: " ".join(r.text.split()), wrap=True),
        ]

    def _number(self, row: DecisionRow) -> int:
        ids = [d.id for d in self.detail.decisions] if self.detail else []
        return ids.index(row.id) + 1 if row.id in ids else 0

    def _item_text(self, row: DecisionRow) -> str:
        if self.detail is None or row.agenda_item_id is None:
            return ""
        item = next((i for i in self.detail.agenda if i.id == row.agenda_item_id), None)
        return f"{item.number}. {item.title}" if item else ""

    def _update_buttons(self, row: DecisionRow | None) -> None:
        self.edit_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)

    def show_meeting(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self.table.set_rows(detail.decisions)
        self._update_buttons(self.table.current_row())
        self.add_button.setEnabled(True)
        grey_for([self.add_button], detail.refused_outside_days(ENDED_MINUTES))
        empty_hint(self.table, self.add_button, _("No decisions."), self.empty_offered)

    def add_decision(self, item_id: int | None = None) -> None:
        if (
            self.detail is not None
            and DecisionDialog(self.ctx, self.detail, item_id=item_id, parent=self).exec()
        ):
            self.act(None)

    def edit_decision(self) -> None:
        row = self.table.current_row()
        if (
            self.detail is not None
            and row is not None
            and DecisionDialog(self.ctx, self.detail, row, parent=self).exec()
        ):
            self.act(None)

    def remove_decision(self) -> None:
        row = self.table.current_row()
        if row is not None and confirm(
            self,
            _("Remove decision"),
            _("Remove the decision “{text}”?").format(text=_shortened(row.text)),
            _("Remove"),
        ):
            remove_with_undo(
                self.act,
                self.notice,
                _("The decision “{text}” was removed.").format(text=_shortened(row.text)),
                meeting_removals.remove_decision,
                row.id,
                meeting_removals.restore_decision,
                self.table.select_id,
            )
