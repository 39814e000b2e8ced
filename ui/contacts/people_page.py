"""People in the contacts register: search, filters, verification of their details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import VERIFY_AFTER_MONTHS, PersonRow
from ui.contacts.choices import organisation_choices
from ui.contacts.person_dialog import PersonDialog, input_from_row
from ui.context import AppContext
from ui.widgets.fields import RecordCombo
from ui.widgets.list_page import ListPage
from ui.widgets.operations import perform, perform_confirmed, perform_undo, run_form
from ui.widgets.table_model import WARNING_COLOUR, Column


def person_columns(today: Callable[[], dt.date]) -> list[Column[PersonRow]]:
    def due(row: PersonRow) -> bool:
        return row.verification_due(today())

    def verified_text(row: PersonRow) -> str:
        return iso_date(row.last_verified) if row.last_verified else _("never")

    def verified_tooltip(row: PersonRow) -> str | None:
        if not due(row):
            return None
        return ngettext(
            "Not verified in the last {count} month: check the details.",
            "Not verified in the last {count} months: check the details.",
            VERIFY_AFTER_MONTHS,
        ).format(count=VERIFY_AFTER_MONTHS)

    def verified_colour(row: PersonRow) -> QColor | None:
        return WARNING_COLOUR if due(row) else None

    def name_tooltip(row: PersonRow) -> str:
        return "\n".join(p for p in (row.name, row.department, row.notes) if p)

    return [
        Column(_("Name"), lambda r: r.name, tooltip=name_tooltip, width=170),
        Column(_("Title"), lambda r: r.title, tooltip=lambda r: r.title, width=210),
        Column(
            _("Organisation"),
            lambda r: r.organisation,
            tooltip=lambda r: r.organisation,
            width=230,
        ),
        Column(_("Phone"), lambda r: r.phone, width=120),
        Column(_("E-mail"), lambda r: r.email, width=240),
        Column(
            # Short: the last column gets what is left, and "Senast kontrollerad" was cut there.
            _("Verified"),
            verified_text,
            sort_key=lambda r: r.last_verified or dt.date.min,
            tooltip=verified_tooltip,
            colour=verified_colour,
        ),
    ]


class PeoplePage(ListPage[PersonRow]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            person_columns(self.today),
            _("Search name, title, department, e-mail or organisation …"),
            parent,
        )
        self.ctx = ctx
        self.organisation_filter = RecordCombo(_("All organisations"), self, editable=False)
        self.organisation_filter.setMinimumContentsLength(20)
        self.add_filter(self.organisation_filter)
        self.unverified_check = QCheckBox(
            ngettext(
                "Not verified in {count} month",
                "Not verified in {count} months",
                VERIFY_AFTER_MONTHS,
            ).format(count=VERIFY_AFTER_MONTHS),
            self,
        )
        self.unverified_check.setToolTip(
            _("Only people whose details were never checked, or not recently")
        )
        self.add_filter(self.unverified_check)
        self.staff_check = QCheckBox(_("Staff only"), self)
        self.add_filter(self.staff_check)

        self.new_action = self.add_action(_("New person…"), self.new_person, "Ctrl+N")
        self.edit_action = self.add_action(_("Edit…"), self.edit_person, needs_selection=True)
        self.verify_action = self.add_action(
            _("Mark verified today"), self.mark_verified, "Ctrl+K", needs_selection=True
        )
        self.delete_action = self.add_action(
            _("Delete…"),
            self.delete_person,
            QKeySequence.StandardKey.Delete,
            needs_selection=True,
        )
        self.activated.connect(lambda _row: self.edit_person())

    def today(self) -> dt.date:
        return dt.date.today()

    def refresh_filters(self) -> None:
        self.organisation_filter.set_items(organisation_choices(self.ctx))

    def load_rows(self) -> list[PersonRow]:
        return self.ctx.call(
            contacts.list_people,
            self.search_text(),
            organisation_id=self.organisation_filter.value(),
            unverified_on=self.today() if self.unverified_check.isChecked() else None,
            staff_only=self.staff_check.isChecked(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} person", "{count} people", count).format(count=count)

    # --- actions -----------------------------------------------------------------------------

    def new_person(self) -> None:
        dialog = PersonDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "contacts") and dialog.saved_id is not None:
            self.show_id(dialog.saved_id)

    def edit_person(self) -> None:
        person = self.current_row()
        if person is not None:
            run_form(PersonDialog(self.ctx, person, self), self.ctx, "contacts")

    def mark_verified(self) -> None:
        person = self.current_row()
        if person is None:
            return
        today = self.today()
        position = self.table.currentIndex().row()
        versions: list[int] = []

        def mark(session: Any) -> None:
            versions.append(contacts.mark_verified(session, person.id, today))

        if perform(self, self.ctx, "contacts", mark):
            if self.current_row() is None and self.proxy.rowCount():
                # Working through "not verified": the next person is selected, ready for Ctrl+K.
                self.table.selectRow(min(position, self.proxy.rowCount() - 1))
            # Undo puts the old date back if the person is still as this desk left them.
            previous = input_from_row(person, expected_version=versions[0])
            self.notify(
                _("{name}: details marked as verified {date}.").format(
                    name=person.name, date=iso_date(today)
                ),
                undo=lambda: perform_undo(
                    self, self.ctx, "contacts", contacts.update_person, person.id, previous
                ),
            )

    def delete_person(self) -> None:
        person = self.current_row()
        if person is None:
            return
        question = (
            _("Delete person"),
            _("Delete {name} from the contacts register? This cannot be undone.").format(
                name=person.name
            ),
            _("Delete"),
        )
        if perform_confirmed(
            self, self.ctx, "contacts", question, contacts.delete_person, person.id
        ):
            self.notify(_("{name} was deleted.").format(name=person.name))
