"""Actions: every action from meetings, safety walks and exercises in one list, followed up until
closed. Filters (open / overdue / all, organisation, priority area, source, search), sorting on
every column, a detail pane with the dated follow-up notes, status changes with Undo, printing.

Large registers stay quick: the first page comes straight from SQL (LIMIT), while an in-memory
index of every action is built (off the GUI thread when there are many); once it is there, each
keystroke filters in memory and only the page on screen is fetched.

The filters are in ui.actions.list_filters, the changes to the chosen action in
ui.actions.action_changes.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop import clock
from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import thousands
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.overview_items import OVERDUE_ACTIONS
from samverkan_desktop.services import action_list, action_reading, groups
from samverkan_desktop.services.action_index import ActionIndex
from samverkan_desktop.services.action_list_rows import ActionListRow, action_list_rows
from ui import key_guide
from ui.actions.action_changes import ActionChanges
from ui.actions.detail import ActionDetailPane
from ui.actions.list_filters import SHOW_OVERDUE, ActionFilters
from ui.actions.status_change import MARK_DONE, MARK_DONE_KEY
from ui.actions.table import ActionsTable
from ui.contacts.choices import organisation_choices
from ui.context import AppContext
from ui.runner import run_in_background
from ui.widgets.count_words import count_words
from ui.widgets.detail_fit import DetailFit
from ui.widgets.dialogs import show_error
from ui.widgets.empty_text import EmptyText, action_named, no_match_text
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.linked_view import LinkedView
from ui.widgets.list_column import list_column
from ui.widgets.next_choice import chosen_after_removal
from ui.widgets.notice import NoticeBar
from ui.widgets.pdf_preview import preview_in_background
from ui.widgets.wording import add_print_menu, keep_ellipsis

SYNC_INDEX_LIMIT = 5000  # up to this many actions the index is built at once (a few ms)
INDEX_START_DELAY_MS = 300


class ActionsArea(ActionFilters, ActionChanges):
    key = "actions"
    depends_on = frozenset({"meetings", "walks", "groups", "contacts", "crisis", "exercises"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._index: ActionIndex | None = None
        self._building = False
        self._generation = 0  # bumped when the index is dropped; a build from before is stale
        self._touched: set[int] = set()  # changed here: patch the index instead of rebuilding
        self._linked = LinkedView(self.filter_state)
        # Every widget is made in its final parent: moving a styled widget tree into the
        # splitter afterwards polished it twice (10 ms of the area's first rows).
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(self.splitter)
        self._build_filters(left)
        self.table = ActionsTable(left)
        self.model = self.table.actions_model
        self.model.sort_requested.connect(lambda _key, _desc: self.reload())
        self.detail = ActionDetailPane(self.splitter)
        self.notice = NoticeBar(left)
        self.count_label = QLabel(left)
        self.count_label.setObjectName("countLabel")
        self.toolbar = QToolBar(left)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._searching.leads_into(self.table)
        self.new_action = self._add_action(_("New action…"), self.create_action, "Ctrl+N")
        self.edit_action = self._add_action(_("Edit…"), self.edit_current, "Ctrl+E")
        self.detail.edit_button.setToolTip(
            key_guide.with_keys(_("Change what, who, due date or priority area"), self.edit_action)
        )
        self.done_action = self._add_action(_(MARK_DONE), self.mark_done, MARK_DONE_KEY)
        # Under "Skriv ut ▾" as every area's printouts; Ctrl+P prints the list at once.
        self.print_action = self._add_action(_("Action list…"), self.print_list, "Ctrl+P", self)
        self.print_menu = QMenu(self)
        self.print_menu.addAction(self.print_action)
        self.print_button_action = add_print_menu(self.toolbar, self.print_menu)
        self.history_action = self._add_action(_("History…"), self.show_history, "Ctrl+H")
        self.history_action.setToolTip(
            key_guide.with_keys(_("Who changed the selected record, and when"), self.history_action)
        )
        self._layout(left)

        self.table.current_changed.connect(self._show_detail)
        self.table.activated.connect(lambda _row: self.edit_current())
        self.detail.status_requested.connect(self.change_status)
        self.detail.note_requested.connect(self.add_note)
        self.detail.edit_requested.connect(lambda action: self.edit(action))
        self.detail.group_requested.connect(lambda gid: self.ctx.navigator.go("groups", gid))
        self.detail.origin_requested.connect(
            lambda origin: self.ctx.navigator.go(origin.area, origin.record_id)
        )
        self.empty_text = EmptyText(self.table, self.model)
        self._show_detail(None)

    def _add_action(
        self, text: str, slot: Any, shortcut: str, holder: QWidget | None = None
    ) -> QAction:
        """An action on ``holder`` (the tool bar; a menu's on the area, its key listening
        while the area is shown)."""
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({native})")
        action.triggered.connect(lambda _checked=False: slot())
        (holder or self.toolbar).addAction(keep_ellipsis(action))
        return action

    def _layout(self, left: QWidget) -> None:
        # Two lines of filters: on one the list could not be narrower than 700 px, and a laptop
        # at 125 % (about 1090 px) had no room for it beside the sidebar and the detail.
        search_line = QHBoxLayout()
        search_line.setContentsMargins(0, 0, 0, 0)
        search_line.addWidget(self.search, 1)
        search_line.addWidget(self.show_filter, 0)
        # Onto a third where the list is narrow: on one, beside a chosen action, the list kept
        # 576 px and the window was 1066 px wide, wider than a 1024-pixel screen.
        self.filter_flow = filters = FlowLayout()
        self._choice_widths: dict[QComboBox, int] = {}
        for combo in self._filter_combos()[1:]:
            filters.addWidget(combo)
            filters.grow(combo, partial(self._choice_width, combo))
        self._measure_filters()
        # The tool bar above the search, as on every register (it was under the filters here
        # alone); Tab reads it as drawn.
        list_column(
            left,
            self.toolbar,
            self.search,
            [search_line, filters],
            self.table,
            [self.notice, self.count_label],
        )
        self.splitter.setChildrenCollapsible(False)
        # With an action chosen the list gets three quarters (its six columns fit beside the
        # pane at 1440 pixels); with none, all but the pane's hint.
        self.detail_fit = DetailFit(self.splitter, (3, 1))
        self._list_empty = False
        self.splitter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        layout.addWidget(self.splitter)

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.organisation_filter.set_items(organisation_choices(self.ctx))
        self.area_filter.set_items(
            [(a.id, a.name) for a in self.ctx.call(groups.list_priority_areas)]
        )
        self.group_filter.set_items(self.ctx.call(groups.group_names))
        self._measure_filters()
        if self._index is not None and self._touched and self._index.today == clock.today():
            self.ctx.call(self._index.refresh_ids, sorted(self._touched))
        else:
            self._index = None
            self._generation += 1
        self._touched.clear()
        self.reload()

    def show_record(self, record_id: int) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        self.reload(select_id=record_id)
        if self.table.current_id() != record_id:
            self.clear_filters()
            self.reload(select_id=record_id)
        if self.table.current_id() != record_id:
            self.table.select_id(record_id, load_all=True)

    def show_subset(self, subset: str) -> None:
        """The actions past their due date, as the Overview's card counts them: that filter
        alone (the default "Open actions", or a search left typed, showed another number)."""
        if subset != OVERDUE_ACTIONS:
            return
        self.clear_filters()
        self.show_filter.blockSignals(True)
        self.show_filter.setCurrentIndex(self.show_filter.findData(SHOW_OVERDUE))
        self.show_filter.blockSignals(False)
        self.reload()
        self._linked.shown()

    def main_printout(self) -> QAction:
        return self.print_action

    def window_closing(self, shown: bool) -> bool:
        """Follow-up notes typed and not added: asked about (ui.actions.typed_notes)."""
        from ui.actions.typed_notes import notes_closing

        return notes_closing(self, shown)

    def chosen(self) -> None:
        if self._linked.ends():
            self.own_view()

    # --- the list ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Show the actions matching the filters, keeping (or moving) the selection: an action
        deleted, or done under "Öppna åtgärder", makes way for the one in its place."""
        self._searching.settled()
        keep = select_id if select_id is not None else self.table.current_id()
        before = self.model.ids()
        filters, (sort, descending) = self.current_filter(), self.current_sort()
        try:
            if self._index is None and not self._building:
                self._start_index()
            if self._index is not None:
                ids = self._index.select(filters, sort, descending)
                self.model.set_ids(ids, self._fetch)
                self._set_count(len(ids), len(self._index))
            else:  # the index is on its way: the first page straight from SQL meanwhile
                first = self.ctx.call(action_list.first_ids, filters, sort, descending)
                self.model.set_first_rows(self._fetch(first), self._fetch)
                self.count_label.setText(_("Counting …"))
        except DomainError as error:
            show_error(self, error)
            return
        self._say_why_empty()
        if keep is not None and select_id is None and not self._searching.narrowing:
            after = self.model.ids()
            if keep not in after:
                keep = chosen_after_removal(before, keep, set(after))
        if keep is not None:
            self.table.select_id(keep)
        self._show_detail(self.table.current_row())

    def _say_why_empty(self) -> None:
        empty = self.model.rowCount() == 0
        # "Open actions" is a filter too: the register is empty only when it holds none at all.
        register_empty = empty and self.ctx.call(action_list.count_actions) == 0
        self.empty_text.set_text(
            _("No actions yet. {action} adds the first one.").format(
                action=action_named(self.new_action)
            )
            if register_empty
            else no_match_text()
        )
        self.empty_text.set_action(self.new_action if register_empty else None)
        self._list_empty = empty
        self._fit_hint(self.table.current_row() is not None)

    def _fit_hint(self, chosen: bool) -> None:
        """No pane asking to choose beside an empty list, nor beside a list whose texts read
        whole only in its room: at 1024 px the sources and responsibles were cut while the
        hint "Välj en åtgärd i listan…" kept some 160 px."""
        beside = self.splitter.width() - self.splitter.handleWidth() - self.detail.minimumWidth()
        chrome = self.table.width() - self.table.viewport().width()  # (its left has no margins)
        crowded = not chosen and not self.table.reads_whole(beside - chrome)
        self.detail_fit.set_empty(self._list_empty or crowded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._fit_hint(self.table.current_row() is not None)
        return super().eventFilter(watched, event)

    def _fetch(self, ids: Any) -> list[ActionListRow]:
        return self.ctx.call(action_list_rows, ids)

    def _set_count(self, count: int, total: int) -> None:
        """ "5 av 27 åtgärder" while a search or a filter narrows the list ("Open actions" too):
        the total is every action in the index, which holds them all (no count query)."""
        narrowed = total if self.filters_on() else None
        self.count_label.setText(count_words(count, narrowed, _actions_text, _actions_of_text))

    def _start_index(self) -> None:
        if self.ctx.call(action_list.count_actions) <= SYNC_INDEX_LIMIT:
            self._index = self.ctx.call(ActionIndex)
            return
        self._building = True
        # Start once the first page is painted: the worker competes for the interpreter.
        QTimer.singleShot(INDEX_START_DELAY_MS, self._build_index)

    def _build_index(self) -> None:
        generation = self._generation

        def done(index: ActionIndex) -> None:
            self._building = False
            if generation == self._generation:  # else changed meanwhile: build again
                self._index = index
            self.reload()

        def failed(error: DomainError) -> None:
            self._building = False
            show_error(self, error)

        run_in_background(
            lambda: self.ctx.call(ActionIndex), done, failed, name="Actions: the search index"
        )

    # --- the selected action -----------------------------------------------------------------

    def _show_detail(self, row: Any) -> None:
        action = None
        if row is not None:
            try:
                action = self.ctx.call(action_reading.get_action, row.id)
            except DomainError:
                action = None  # deleted meanwhile: the next refresh drops it
        self.detail.show_action(action)
        self._fit_hint(action is not None)  # (shown before it is shared out)
        self.detail_fit.fit(action is not None)
        for item in (self.edit_action, self.done_action, self.history_action):
            item.setEnabled(action is not None)

    # --- printing ----------------------------------------------------------------------------

    def print_list(self) -> None:
        from samverkan_desktop.reports import actions_list

        filters, (sort, descending) = self.current_filter(), self.current_sort()
        preview_in_background(
            self,
            _("Actions"),
            _("actions.pdf"),
            lambda: self.ctx.call(actions_list.build, filters, sort, descending),
        )


def _actions_text(count: int) -> str:
    return ngettext("{count} action", "{count} actions", count).format(count=thousands(count))


def _actions_of_text(shown: int, total: int) -> str:
    return ngettext("{shown} of {count} action", "{shown} of {count} actions", total).format(
        shown=thousands(shown), count=thousands(total)
    )
