"""Safety walks: the walks and the places registers, and one walk at a time carried through the
method's steps (Brå/Boverket: plan, walk, closing meeting, follow-up walk)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.services import places
from ui.context import AppContext
from ui.walks.place_dialogs import PlaceDialog, PriorityDialog
from ui.walks.places_page import PlacesPage
from ui.walks.template_dialog import TemplateDialog
from ui.walks.typed_leaving import leaving_the_walk, may_leave
from ui.walks.walk_dialog import WalkDialog
from ui.walks.walk_view import WalkView
from ui.walks.walks_page import WalksPage
from ui.widgets.area import Area
from ui.widgets.closing import closing_the_window
from ui.widgets.dialogs import confirm
from ui.widgets.operations import perform, refused_before_asking


class WalksArea(Area):
    key = "walks"
    # Names of people and organisations, groups linked to places, actions followed elsewhere.
    depends_on = frozenset({"contacts", "groups", "actions"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.walks_page = WalksPage(ctx, self)
        self.places_page = PlacesPage(ctx, self)
        self.view = WalkView(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.walks_page, _("Walks"))
        self.tabs.addTab(self.places_page, _("Places and priorities"))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.view)

        page = self.walks_page
        self.new_walk_action = page.add_action(_("Plan a walk…"), self.new_walk, "Ctrl+N")
        page.set_empty_hint(_("No walks yet. {action} plans the first one."), self.new_walk_action)
        self.open_action = page.add_action(
            _("Open the walk"), self.open_current, needs_selection=True
        )
        # The places' toolbar has no room left (at 1280 px beside a chosen place).
        self.plan_print_action = page.add_action(_("Walk plan for the year…"), self.print_plan)
        page.activated.connect(lambda row: self.open_walk(row.id))
        page.summary.open_requested.connect(self.open_walk)

        places_page = self.places_page
        new_place = places_page.add_action(_("New place…"), self.new_place)
        places_page.set_empty_hint(_("No places yet. {action} adds the first one."), new_place)
        places_page.add_action(_("Edit…"), self.edit_place, needs_selection=True)
        places_page.add_action(_("Plan a walk here…"), self.new_walk_here, needs_selection=True)
        places_page.add_action(
            _("Delete…"), self.delete_place, QKeySequence.StandardKey.Delete, needs_selection=True
        )
        # Edited a few times a year: under "More ▾", else it and "History…" went behind » at 1024.
        places_page.add_more_action(_("Checklist templates…"), self.edit_templates)
        places_page.activated.connect(lambda _row: self.edit_place())
        places_page.detail.open_walk_requested.connect(self.open_walk)
        places_page.detail.add_priority_requested.connect(self.add_priority)
        places_page.detail.remove_priority_requested.connect(self.remove_priority)

        self.view.back_requested.connect(self.show_lists)
        self.view.open_walk_requested.connect(self.open_walk)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- Area --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.walks_page.fill_filters()
        self.places_page.fill_filters()
        self.walks_page.reload()
        self.places_page.reload()
        if self.stack.currentWidget() is self.view:
            self.view.refresh()

    def show_record(self, record_id: int) -> None:
        self.open_walk(record_id)

    # --- navigation --------------------------------------------------------------------------

    def open_walk(self, walk_id: int) -> None:
        """Another walk opened asks first, as closing the window does, when what was typed in
        the one shown could not be saved (opened, it replaced the text)."""
        shown = self.view.walk
        if shown is not None and shown.id != walk_id and not self._may_leave():
            return
        if self.view.show_walk(walk_id):
            self.stack.setCurrentWidget(self.view)
            self.walks_page.select_id(walk_id)

    def open_current(self) -> None:
        row = self.walks_page.current_row()
        if row is not None:
            self.open_walk(row.id)

    def show_lists(self) -> None:
        if not self._may_leave():
            return
        self.stack.setCurrentWidget(self.tabs)
        self.walks_page.table.setFocus()

    def _may_leave(self) -> bool:
        return may_leave(self, self.isVisible(), leaving_the_walk())

    # --- walks and places --------------------------------------------------------------------

    def new_walk(self, place_id: int | None = None) -> None:
        dialog = WalkDialog(self.ctx, place_id=place_id, parent=self)
        if dialog.exec() and dialog.saved_id is not None:
            self.ctx.bus.announce("walks")
            self.open_walk(dialog.saved_id)

    def new_walk_here(self) -> None:
        row = self.places_page.current_row()
        if row is not None:
            self.new_walk(row.id)

    def new_place(self) -> None:
        dialog = PlaceDialog(self.ctx, parent=self)
        if dialog.exec():
            self.ctx.bus.announce("walks")
            self.places_page.select_id(dialog.saved_id)

    def edit_place(self) -> None:
        row = self.places_page.current_row()
        if row is not None and PlaceDialog(self.ctx, row.id, parent=self).exec():
            self.ctx.bus.announce("walks")

    def delete_place(self) -> None:
        row = self.places_page.current_row()
        if row is None or refused_before_asking(
            self, self.ctx, "walks", places.check_place_deletable, row.id
        ):
            return
        if confirm(
            self,
            _("Delete place"),
            _("Delete “{name}” from the places register?").format(name=row.name),
            _("Delete"),
        ):
            perform(self, self.ctx, "walks", places.delete_place, row.id)

    def window_closing(self, shown: bool) -> bool:
        """The walk's checklist answers, summary and closing notes typed and not saved are
        saved, as leaving their tab does. A refusal (another desk changed the walk meanwhile)
        shows the tab, with the text, and asks whether to close all the same."""
        return may_leave(self, shown, closing_the_window())

    def main_printout(self) -> QAction:
        return self.plan_print_action

    def print_plan(self) -> None:
        """The year the list shows, else this year, to start from."""
        from ui.walks.plan_print import print_walk_plan

        year = self.walks_page.year_filter.currentData() or clock.today().year
        print_walk_plan(self, self.ctx, year)

    def edit_templates(self) -> None:
        if TemplateDialog(self.ctx, parent=self).exec():
            self.ctx.bus.announce("walks")

    def add_priority(self) -> None:
        row = self.places_page.current_row()
        if row is not None and PriorityDialog(self.ctx, row.id, parent=self).exec():
            self.ctx.bus.announce("walks")

    def remove_priority(self, priority_id: int, text: str) -> None:
        row = self.places_page.current_row()
        if confirm(
            self,
            _("Remove priority"),
            _("Remove the priority “{text}” of {place}?").format(
                text=text, place=row.name if row else ""
            ),
            _("Remove"),
        ):
            perform(self, self.ctx, "walks", places.remove_priority, priority_id)
