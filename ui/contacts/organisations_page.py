"""Organisations in the contacts register, with the people who belong to each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from samverkan_desktop.formatting import unbroken
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import contact_deletion, contact_restore, contacts
from samverkan_desktop.services.contacts import OrganisationRow, PersonRow
from ui.contacts.deletion_undo import notify_deleted
from ui.contacts.organisation_dialog import OrganisationDialog
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext
from ui.widgets.detail import DetailPane, section_heading
from ui.widgets.list_page import ListPage
from ui.widgets.operations import (
    perform_confirmed,
    refused_before_asking,
    run_form,
)
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column


def organisation_columns() -> list[Column[OrganisationRow]]:
    return [
        # The name breaks onto more lines rather than being cut short at a laptop's width.
        # The list's room over its columns is the names', not the phone's at the end.
        Column(
            _("Name"),
            lambda r: r.name,
            tooltip=lambda r: r.notes or r.name,
            width=215,
            wrap=True,
            takes_spare_room=True,
            # at its widest word (not its 215 px) when the kind decides to stay (``aside``)
            gives_way=True,
        ),
        # "Stadens förvaltning eller bolag" on two lines rather than cut short. (The widths:
        # beside a chosen organisation at 1440 px the phone keeps its column.)
        # Beside a chosen organisation's pane (which names its kind) in a 900 px window it is
        # left out, after the phone and the count, rather than cut the names
        # ("Funktionshinder…", "stadsdelsförvalt…"); it gives way to its widest word before
        # that (so at 1024 px it stays).
        Column(_("Kind"), lambda r: r.kind, width=195, wrap=True, gives_way=True, aside=3),
        # The count before the phone (which the pane beside the list shows too): at a laptop's
        # width the phone is left to the pane (at 1024 px the kinds read "Kollektivtra…").
        # Left out before the kind where the pane's people need the room for their titles
        # (its heading counts the chosen one's): Östermalm's read "Biståndshandlägg…".
        Column(_("People"), lambda r: r.people_count, align_right=True, width=70, aside=2),
        Column(_("Phone"), lambda r: r.phone, width=120, aside=1),
    ]


def member_columns() -> list[Column[PersonRow]]:
    # The name and phone as wide as their texts: what given widths had over them is the
    # title's, and the e-mail address's (at 1440 px its column was left out).
    return [
        # (the e-mail address too: a narrow pane leaves its column out). On one line, as wide
        # as the names: beside the titles that wrap, at 1024 px "Emma" / "Sjöström" broke.
        Column(
            _("Name"),
            lambda r: r.name,
            tooltip=lambda r: "\n".join(part for part in (r.name, r.email) if part),
            wrap=True,
            max_lines=1,
        ),
        # Broken between words onto more lines (the pane has the height), never inside one:
        # cut short at 1024 px, Östermalm's read "Biståndshandlägg…". Its widest word is what
        # it asks of the pane, so the e-mail address (what a coordinator looks up here) keeps
        # its column where a title's whole line would have left it out (at 1440 px).
        Column(
            _("Title"),
            lambda r: r.title,
            tooltip=lambda r: r.title,
            width=190,
            wrap=True,
            gives_way=True,
        ),
        Column(_("Phone"), lambda r: r.phone),
        # Left out where the pane is too narrow for the others (at 1024 px the names were cut
        # to "Elin St…" above a sideways scroll bar); the name's tooltip has the address.
        Column(_("E-mail"), lambda r: r.email, aside=1),
    ]


# A chosen organisation's pane takes from the list the room its people need, up to this part
# of the width: at 1024 px its (3, 2) share cut the names to "Ahmed Ha…", and at 0.45 the
# titles beside the addresses at 1440 px to "Socialsekre…" (the list's Namn and Typ narrowed
# for it, so its Telefon stays there). More only for its people's names, titles and phones.
PEOPLE_MOST = 0.5
# The list's columns: the phone, the count and the kind are what a narrow list beside the pane
# leaves out.
KIND, PEOPLE, PHONE = 1, 2, 3
EMAIL = 3  # of the pane's people: left out first


class OrganisationDetailPane(DetailPane):
    person_activated = Signal(int)  # a person's id: show them among the people
    new_person_requested = Signal()  # the first person of the organisation shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_("Select an organisation to see who belongs to it."), parent)
        self.facts = self.add_facts()
        # Narrow beside the list in a 900 px window: a long value goes under its label rather
        # than be cut at the pane's edge (as a loan's pane does).
        self.facts.wrap_long_rows()
        self.facts.add_fact("org_number", _("Organisation number"))
        self.facts.add_fact("phone", _("Phone"))
        self.add_text("notes", _("Notes"))
        people = QWidget(self)
        layout = self._people_layout = QVBoxLayout(people)
        layout.setContentsMargins(0, 6, 0, 0)
        self.people_heading = section_heading(_("People"), people)
        layout.addWidget(self.people_heading)
        self.people: RecordTable[PersonRow] = RecordTable(
            member_columns(), people, aside_unchosen=True
        )
        self.people.activated.connect(lambda row: self.person_activated.emit(row.id))
        self.people.set_empty_text(_("No one from this organisation is in the register yet."))
        # The first one offered under the text (as every empty register offers its first
        # record): the text said none was there, and the way to one was Personer's form, the
        # organisation picked again there.
        self.new_person_action = QAction(_("New person…"), people)
        self.new_person_action.triggered.connect(
            lambda _checked=False: self.new_person_requested.emit()
        )
        self.people.set_empty_action(self.new_person_action)
        layout.addWidget(self.people, 1)
        # Many organisations have one or two people here, or none yet: their notes the rest.
        self.add_bottom(people, (1, 3), rows=self.people)

    def show_organisation(self, row: OrganisationRow | None, people: list[PersonRow]) -> None:
        if row is None:
            self.people.set_rows([])
            self.show_placeholder()
            return
        self.show_record(row.name, _(row.kind.label), record=row.id)
        self.facts.set_fact("org_number", row.org_number)
        # A number whole on its line (a loan's borrower's broke as "08-508 10" / "310").
        self.facts.set_fact("phone", unbroken(row.phone) if row.phone else None)
        self.set_text("notes", row.notes)
        self.people_heading.setText(_("People ({count})").format(count=len(people)))
        # measured afresh: fitted to a first organisation's short names, the next one's longer
        # ones read "Emma Sjöstr…"
        self.people.set_rows(people, refit=True)
        # None yet: no sideways scroll bar under the titles with nothing to scroll to.
        self.people.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
            if people
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        self.fit_sections()

    def people_room(self, with_address: bool = True) -> int:
        """The pane's width, margins and all, for its people's texts whole: names, titles at
        their widest words, phones and (``with_address``) e-mail addresses."""
        leaving_out = () if with_address else (EMAIL,)
        whole = self.people.whole_words_width(with_aside=True, leaving_out=leaving_out)
        return self.room_for(self.people, whole)


class OrganisationsPage(ListPage[OrganisationRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(organisation_columns(), _("Search organisations …"), parent)
        self.ctx = ctx
        self.detail = OrganisationDetailPane(self)
        self.set_detail(self.detail, (3, 2))
        # Above the list and the pane: in the list's column beside a chosen organisation at
        # 900 px, "Ta bort…" and "Historik…" went behind the tool bar's ».
        self.toolbar_across()
        self.new_action = self.add_action(_("New organisation…"), self.new_organisation, "Ctrl+N")
        self.set_empty_hint(
            _("No organisations yet. {action} adds the first one."), self.new_action
        )
        self.edit_action = self.add_action(_("Edit…"), self.edit_organisation, needs_selection=True)
        self.delete_action = self.add_action(
            _("Delete…"),
            self.delete_organisation,
            QKeySequence.StandardKey.Delete,
            needs_selection=True,
        )
        self.activated.connect(lambda _row: self.edit_organisation())
        self.current_changed.connect(self._show_detail)
        self.detail.new_person_requested.connect(self.new_person)

    def load_rows(self) -> list[OrganisationRow]:
        return self.ctx.call(contacts.list_organisations, self.search_text())

    def count_text(self, count: int) -> str:
        return ngettext("{count} organisation", "{count} organisations", count).format(count=count)

    def register_total(self) -> int:
        return self.ctx.call(contacts.count_organisations)

    def narrowed_count_text(self, shown: int, total: int) -> str:
        return ngettext(
            "{shown} of {count} organisation", "{shown} of {count} organisations", total
        ).format(shown=shown, count=total)

    def _show_detail(self, row: OrganisationRow | None) -> None:
        people = [] if row is None else self.ctx.call(contacts.list_people, organisation_id=row.id)
        self.detail.show_organisation(row, people)
        if row is not None and self.detail_fit is not None:
            # (its most asked again at each width: the window resized, the list beside it
            # keeps its count and kind or not)
            self.detail_fit.set_minimum(self.detail.people_room(), self._people_most)

    def _people_most(self) -> float:
        """The most of the width the pane's people may take: PEOPLE_MOST, or more where their
        texts need it, as far as the list keeps its names at their widest word: their names,
        titles and phones (Östermalm's 23 at 1024 px read "Biståndshandlägg…"), the list
        leaving out the count (which the pane's heading says) and at 900 px the kind (which
        the pane names for the chosen one); with their addresses too where the list keeps
        every column beside them (at 1440 px)."""
        width = self.splitter.width()
        listed = self.splitter.widget(0)
        if width <= 0 or listed is None:
            return PEOPLE_MOST
        # the list's page around its table, and the splitter's handle
        around = listed.width() - self.table.width() + self.splitter.handleWidth()
        wanted = self.detail.people_room()
        if wanted + self.table.whole_words_width(with_aside=True) + around > width:
            wanted = self.detail.people_room(with_address=False)
        least = self.table.whole_words_width(with_aside=True, leaving_out=(KIND, PEOPLE, PHONE))
        return max(PEOPLE_MOST, min(wanted, width - least - around) / width)

    def new_organisation(self) -> None:
        dialog = OrganisationDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "contacts") and dialog.saved_id is not None:
            self.show_id(dialog.saved_id)

    def new_person(self) -> None:
        """A person of the organisation shown, its name left to type; then among its people."""
        organisation = self.current_row()
        if organisation is None:
            return
        dialog = PersonDialog(self.ctx, parent=self, organisation_id=organisation.id)
        if run_form(dialog, self.ctx, "contacts"):
            self._show_detail(self.current_row())

    def edit_organisation(self) -> None:
        organisation = self.current_row()
        if organisation is not None:
            run_form(OrganisationDialog(self.ctx, organisation, self), self.ctx, "contacts")

    def delete_organisation(self) -> None:
        organisation = self.current_row()
        if organisation is None or refused_before_asking(
            self,
            self.ctx,
            "contacts",
            contact_deletion.check_organisation_deletable,
            organisation.id,
        ):
            return
        question = (
            _("Delete organisation"),
            _("Delete the organisation “{name}”?").format(name=organisation.name),
            _("Delete"),
        )
        deleted: list[contact_restore.DeletedContact] = []

        def delete(session: Any) -> None:
            deleted.append(contact_deletion.delete_organisation(session, organisation.id))

        if perform_confirmed(self, self.ctx, "contacts", question, delete):
            text = _("“{name}” was deleted.").format(name=organisation.name)
            notify_deleted(self, self.ctx, text, "contacts", deleted[0])
