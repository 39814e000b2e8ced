"""Översikt → Veckosammanställning…: the Friday summary to management of a week. The week is
chosen with its neighbours; its items (source and heading) are listed in the order they are
printed, the selected one edited beside them; both printouts are previewed from here (for
management, and "Inför helgen" with the items that may be passed on), and the day it went out
is noted with "Markera som skickad" (it stays editable). "Hämta från möte…" adds the minuted
agenda items of a meeting (Thursday's network) as items (minutes_import_dialog). "Historik…"
(Ctrl+H) shows who changed the week's summary and its items, and when.

Keys: Ctrl+N a new item, Ctrl+S saves it, Delete in the list removes the selected item after a
question. What was typed is never dropped silently: choosing another item, week or printout saves
it first (a refusal stays beside the text), and closing the window with it unsaved asks. A save
(or a move, a removal, "Markera som skickad") refused because another desk changed the week
meanwhile says what of the item they changed and what was not done ("inget sparades", "punkten
flyttades inte") and offers to load it (F5), keeping what was typed; until then doing it again
is refused too. An item removed at another desk while it was written here is offered to be saved
as a new item ("Spara som ny punkt"), the typed text kept.

The week's bar is ``brief_week_bar``; an item moved or removed and the week marked as sent,
``brief_week_changes``; the item's editor, ``brief_item_editor``."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError, NotFoundError, StaleRecordError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefDetail, BriefItemRow, BriefWeek
from ui import key_guide
from ui.context import AppContext
from ui.overview.brief_item_editor import BriefItemEditor, item_of
from ui.overview.brief_week_bar import BriefWeekBar, week_title
from ui.overview.brief_week_changes import WeekChanges
from ui.widgets.closing import Answer, ask_do_or_discard
from ui.widgets.dialogs import show_info
from ui.widgets.form_reload import Refusal
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.record_table import RecordTable
from ui.widgets.removal_focus import back_to_list
from ui.widgets.table_model import Column


def item_columns() -> list[Column[BriefItemRow]]:
    return [
        Column(_("Source"), lambda i: i.source_label),
        Column(_("Heading"), lambda i: i.heading, wrap=True, width=220),
        # "nej" too: an empty cell read as not yet decided
        Column(_("Passed on"), lambda i: _("yes") if i.shareable else _("no")),
    ]


class WeeklyBriefDialog(OneTimeDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, week: BriefWeek | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(_("Weekly summary"))
        self.week = week or BriefWeek.of(clock.today())
        self.detail = BriefDetail(self.week, None, None, 0, ())
        self._switching = False

        self.changes = WeekChanges(self, self)

        self.week_bar = BriefWeekBar(self)
        self.week_bar.week_chosen.connect(self.go_to)
        self.table: RecordTable[BriefItemRow] = RecordTable(item_columns(), self)
        self.table.setSortingEnabled(False)  # the printed order, as listed
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.set_empty_text(
            _("No items this week yet. “{button}” ({keys}) adds one.").format(
                button=_("New item"), keys=key_guide.BRIEF_NEW.label()
            )
        )
        self.table.current_changed.connect(self._chosen)
        self.new_button = QPushButton(_("New item"), self)
        self.new_button.clicked.connect(lambda: self.new_item())
        self.import_button = QPushButton(_("Import from a meeting…"), self)
        self.import_button.clicked.connect(lambda: self.import_from_meeting())
        self.up_button = QPushButton(_("Up"), self)
        self.up_button.clicked.connect(lambda: self.changes.move_selected(-1))
        self.down_button = QPushButton(_("Down"), self)
        self.down_button.clicked.connect(lambda: self.changes.move_selected(1))
        self.remove_button = QPushButton(_("Remove…"), self)
        self.remove_button.clicked.connect(lambda: self.changes.remove_selected())
        back_to_list(self.remove_button, self.table, self.new_button)
        list_buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.import_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        ):
            list_buttons.addWidget(button)
        list_buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_buttons)

        self.editor = BriefItemEditor(self, self)
        self.save_button = QPushButton(_("Save item"), self)
        self.save_button.clicked.connect(lambda: self.save_item())
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.editor, 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        right_layout.addLayout(save_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        self.preview_button = QPushButton(_("Preview for management…"), self)
        self.preview_button.clicked.connect(lambda: self.preview(shared=False))
        self.shared_button = QPushButton(_("Preview “Before the weekend”…"), self)
        self.shared_button.clicked.connect(lambda: self.preview(shared=True))
        self.sent_button = QPushButton(_("Mark as sent"), self)
        self.sent_button.clicked.connect(lambda: self.changes.mark_sent())
        self.history_button = QPushButton(_("History…"), self)
        self.history_button.clicked.connect(lambda: self.show_history())
        close = QPushButton(_("Close"), self)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        for button in (
            self.preview_button,
            self.shared_button,
            self.sent_button,
            self.history_button,
        ):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.week_bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._keys()
        self.resize(1000, 560)
        self.load()

    def _keys(self) -> None:
        key_guide.BRIEF_NEW.bind(self, self.new_item)
        key_guide.BRIEF_SAVE.bind(self, self.save_item)
        key_guide.BRIEF_REMOVE.bind(
            self.table, self.changes.remove_selected, Qt.ShortcutContext.WidgetShortcut
        )
        key_guide.BRIEF_HISTORY.bind(self, self.show_history)
        self.editor.as_new_button.clicked.connect(lambda _checked=False: self.save_as_new())
        self.new_button.setToolTip(key_guide.with_keys(_("New item"), key_guide.BRIEF_NEW))
        self.save_button.setToolTip(key_guide.with_keys(_("Save item"), key_guide.BRIEF_SAVE))
        self.remove_button.setToolTip(
            _("Remove the selected item ({keys} in the list)").format(
                keys=key_guide.BRIEF_REMOVE.label()
            )
        )
        self.history_button.setToolTip(
            key_guide.with_keys(
                _("Who changed this week's summary and its items, and when"),
                key_guide.BRIEF_HISTORY,
            )
        )

    # --- the week ---------------------------------------------------------------------------

    def load(self, select_id: int | None = None, detail: BriefDetail | None = None) -> None:
        """Show the week (``detail`` when just read) and save against its version from now."""
        self.detail = detail or self.ctx.call(weekly_briefs.get_brief, self.week)
        self.week_bar.show_week(self.week, self.detail.sent_on)
        self._switching = True
        try:
            self.table.set_rows(self.detail.items, select_id=select_id)
            if select_id is None and self.editor.item_id is not None:
                self.table.select_id(self.editor.item_id)
            elif select_id is None and self.detail.items and not self.editor.edited():
                self.table.select_id(self.detail.items[0].id)  # a week opens on its first
        finally:
            self._switching = False
        if not self.editor.edited():  # what is typed stays
            self._show(self.table.current_row())
        self._enable()

    def _show(self, item: BriefItemRow | None) -> None:
        last = self.detail.items[-1].source if self.detail.items else None
        self.editor.show_item(item, last)

    def _enable(self) -> None:
        chosen = self.table.current_row() is not None
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)
        self._enable_sent()
        self.history_button.setEnabled(self.detail.id is not None)  # nothing written: none

    def _enable_sent(self) -> None:
        """ "Mark as sent" says what it does on a week already sent: marked today, there is
        nothing to do; sent another day, it notes today's date instead (sent again after a
        change). A button that looked the same either way sent weeks out again unnoticed."""
        sent_on = self.detail.sent_on
        again = sent_on is not None and sent_on != clock.today()
        self.sent_button.setText(_("Mark as sent today") if again else _("Mark as sent"))
        self.sent_button.setEnabled(bool(self.detail.items) and sent_on != clock.today())
        if sent_on is None:
            tip = _("Note that the summary went to management today")
        elif again:
            tip = _("Sent {date}; notes today's date instead, as it went out again").format(
                date=iso_date(sent_on)
            )
        else:
            tip = _("Already marked as sent today")
        self.sent_button.setToolTip(tip)

    def go_to(self, week: BriefWeek) -> None:
        if not self.saved_first():
            return
        self.week = week
        self.editor.show_item(None)
        self.load()

    # --- the items --------------------------------------------------------------------------

    def _chosen(self, row: BriefItemRow | None) -> None:
        if self._switching or (row is not None and row.id == self.editor.item_id):
            return
        if not self.editor.edited():
            self._show(row)
            self._enable()
            return
        # What was typed is saved first; after the click (reloading the list inside the
        # view's mouse handling would leave it holding a row that no longer exists).
        target = row.id if row is not None else None
        QTimer.singleShot(0, lambda: self._switch_to(target))

    def _switch_to(self, target: int | None) -> None:
        saved = self.saved_first()
        self._switching = True
        try:
            if not saved and self.editor.item_id is None:  # back to the item being written
                self.table.clearSelection()
                self.table.setCurrentIndex(self.table.model().index(-1, -1))
            elif not saved:
                self.table.select_id(self.editor.item_id)
            elif target is not None:
                self.table.select_id(target)
        finally:
            self._switching = False
        if saved:
            self._show(self.table.current_row())
        self._enable()

    def saved_first(self) -> bool:
        """Before leaving the item in the editor: save what was typed. False: refused (the
        refusal is shown beside the text, which stays)."""
        return not self.editor.edited() or self.save_item()

    def new_item(self) -> None:
        if not self.saved_first():
            return
        self._switching = True
        try:
            self.table.clearSelection()
            self.table.setCurrentIndex(self.table.model().index(-1, -1))
        finally:
            self._switching = False
        self._show(None)
        self._enable()
        self.editor.focus_heading()

    def save_item(self) -> bool:
        data = self.editor.value()
        try:
            if self.editor.item_id is None:
                item_id = self.ctx.call(
                    weekly_briefs.add_item, self.week, data, self.detail.version
                )
            else:
                item_id = self.editor.item_id
                self.ctx.call(weekly_briefs.update_item, item_id, data, self.detail.version)
        except StaleRecordError:
            self.refused()
            return False
        except NotFoundError as error:
            if self.editor.item_id is None:
                self.editor.show_error(error)
            else:  # removed at another desk: saved again as a new item if she chooses
                self.editor.offer_as_new(error)
            return False
        except DomainError as error:
            self.editor.show_error(error)  # the text stays
            return False
        self.editor.mark_saved(item_id)
        self.load(select_id=item_id)
        return True

    def save_as_new(self) -> None:
        """The item in the editor was removed at another desk: what was typed is added as a new
        item, last in the week as it is saved now (their removal and other changes stay)."""
        self.editor.make_new()
        self.load()  # their week; the typed text stays in the editor
        self.save_item()

    def refused(self, refusal: Refusal | None = None) -> None:
        """Another desk changed the week since it was read: nothing was saved (or moved, or
        removed). The text stays and the week is not read anew (saving again would write over
        theirs unseen): the user loads their change (F5) when she chooses."""
        self.editor.reload_offer.offer(refusal)

    # --- the week as shown and saved, for the editor's offer to load theirs (WeekShown) ---------

    def shown_week(self) -> BriefDetail:
        return self.detail

    def saved_week(self) -> BriefDetail:
        return self.ctx.call(weekly_briefs.get_brief, self.week)

    def show_week(self, week: BriefDetail) -> None:
        """F5 or the button after a refusal: the week as the other desk saved it, the item in
        the editor too (what the user typed is put back by the offer)."""
        item_id = self.editor.item_id
        self.load(select_id=item_id, detail=week)
        theirs = item_of(week, item_id)
        if theirs is not None:
            self._show(theirs)
        elif not self.editor.edited():  # removed there, nothing typed here: the list's
            self._show(self.table.current_row())

    def import_from_meeting(self) -> None:
        """The minuted agenda items of a meeting (the Thursday network's) become items."""
        from ui.overview.minutes_import_dialog import MinutesImportDialog

        if not self.saved_first():
            return
        picker = MinutesImportDialog(self.ctx, self.week, self.detail.version, self)
        picker.exec()
        result = picker.imported
        self.load(select_id=result.added[0] if result and result.added else None)
        if result is not None and not result.added:
            show_info(self, _("The ticked items are already in the summary."))

    def show_history(self) -> None:
        from ui.widgets.history import show_history

        if self.detail.id is not None and self.saved_first():  # what was typed, in it too
            show_history(self, self.ctx, "weekly_briefs", self.detail.id, week_title(self.week))

    # --- printouts and closing ---------------------------------------------------------------

    def preview(self, shared: bool) -> None:
        from samverkan_desktop.reports import weekly_brief  # loads ReportLab
        from ui.widgets.pdf_preview import preview_in_background

        if not self.saved_first():
            return
        week = self.week
        preview_in_background(
            self,
            weekly_brief.title(week, shared),
            weekly_brief.file_name(week, shared),
            lambda: self.ctx.call(weekly_brief.build, week, shared),
        )

    def reject(self) -> None:  # Esc
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editor.edited():
            answer = ask_do_or_discard(
                self,
                _("The item “{heading}” has changes that are not saved.").format(
                    heading=self.editor.heading.text().strip() or _("New item")
                ),
                _("Save and close"),
                _("Close without saving"),
            )
            if answer is Answer.STAY or (answer is Answer.DO and not self.save_item()):
                event.ignore()
                return
        event.accept()
        super().reject()
