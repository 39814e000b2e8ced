"""Contacts: the people and organisations every other area picks from."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.overview_items import ORGANISATIONS, PEOPLE, UNVERIFIED_CONTACTS
from ui.contacts.organisations_page import OrganisationsPage
from ui.contacts.people_page import PeoplePage
from ui.context import AppContext
from ui.widgets.area import Area
from ui.widgets.linked_view import LinkedView


class ContactsArea(Area):
    key = "contacts"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.people = PeoplePage(ctx, self)
        self._linked = LinkedView(self.people.filter_state)
        self.organisations = OrganisationsPage(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.people, _("People"))
        self.tabs.addTab(self.organisations, _("Organisations"))
        self.organisations.detail.person_activated.connect(self.show_record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        self.people.refresh_filters()
        self.people.reload()
        self.organisations.reload()

    def show_record(self, record_id: int) -> None:
        """Show a person (the Overview's "due for verification" entries land here)."""
        self.tabs.setCurrentWidget(self.people)
        self.people.show_id(record_id)

    def show_subset(self, subset: str) -> None:
        """The people the Overview counts as not verified: that filter alone, so the list holds
        exactly the card's number (a search or an organisation left chosen would hide some).
        The "Get started" card's step opens the people as they are."""
        if subset == ORGANISATIONS:  # the "Get started" step: mark our own administration
            self.tabs.setCurrentWidget(self.organisations)
            return
        if subset not in (UNVERIFIED_CONTACTS, PEOPLE):
            return
        self.tabs.setCurrentWidget(self.people)
        if subset == PEOPLE:
            return
        self.people.clear_filters()
        self.people.unverified_check.blockSignals(True)
        self.people.unverified_check.setChecked(True)
        self.people.unverified_check.blockSignals(False)
        self.people.reload()
        self._linked.shown()

    def chosen(self) -> None:
        if self._linked.ends():
            self.people.clear_filters()
            self.people.reload()
