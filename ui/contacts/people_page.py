"""People in the contacts register: search, filters, verification of their details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import QCheckBox, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import (
    contact_import,
    contacts,
    person_groups,
)
from samverkan_desktop.services.contact_import import ContactImport
from samverkan_desktop.services.contact_rows import VERIFY_AFTER_MONTHS, PersonRow
from ui.contacts import list_import, person_deletion
from ui.contacts.choices import organisation_choices
from ui.contacts.person_dialog import PersonDialog, input_from_row
from ui.context import AppContext
from ui.widgets.empty_text import action_named
from ui.widgets.list_page import ListPage
from ui.widgets.operations import (
    perform,
    perform_undo,
    run_form,
)
from ui.widgets.record_combo import RecordCombo
from ui.widgets.table_model import WARNING_COLOUR, Column


def person_columns(
    today: Callable[[], dt.date],
    groups_of: Callable[[int], tuple[str, ...]] = lambda _id: (),
) -> list[Column[PersonRow]]:
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
        # (the address too: a narrow list leaves its column out)
        lines = [p for p in (row.name, row.email, row.department, row.notes) if p]
        groups = groups_of(row.id)
        if groups:
            # Who is this, and in which groups: asked before a change of role or a farewell.
            lines.append(
                ngettext("In the group:", "In {count} groups:", len(groups)).format(
                    count=len(groups)
                )
            )
            lines.extend(f"• {name}" for name in groups)
        return "\n".join(lines)

    return [
        # A name on one line: at 900 px they broke as "Ahmed" / "Hassan" (the table wraps for
        # the title and the organisation beside it); its width fitted to the names.
        Column(_("Name"), lambda r: r.name, tooltip=name_tooltip, wrap=True, max_lines=1),
        # A title and an organisation break between words at 1024 px rather than end in "…"
        # ("Östermalms stadsd…" in most rows); wide, they read on one line as before.
        Column(_("Title"), lambda r: r.title, tooltip=lambda r: r.title, width=210, wrap=True),
        Column(
            _("Organisation"),
            lambda r: r.organisation,
            tooltip=lambda r: r.organisation,
            width=230,
            wrap=True,
        ),
        Column(_("Phone"), lambda r: r.phone, width=120),
        # Whole or left out where the others' floors leave no room for it (at 900 px the
        # addresses read "anna.be…", at 1024 px "anna.berglund…"): the name's tooltip has it.
        Column(_("E-mail"), lambda r: r.email, width=240, wrap=True, max_lines=1, aside=1),
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
        self._groups: dict[int, tuple[str, ...]] = {}
        super().__init__(
            person_columns(self.today, lambda person_id: self._groups.get(person_id, ())),
            _("Search name or organisation …"),
            parent,
            aside_cramped=True,
        )
        # The hint short enough to read whole at 1024 px ("Sök namn, befattning, avdelning,
        # …"); every field searched in the tooltip.
        self.search.setToolTip(_("Searches name, title, department, e-mail and organisation"))
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
        # The check boxes under the search: beside them at 900 px its hint read "Sök namn elle…".
        self.filters_below([self.unverified_check, self.staff_check])

        self.new_action = self.add_action(_("New person…"), self.new_person, "Ctrl+N")
        self.import_action = self.add_action(_("Import from Excel…"), self.import_list)
        # A new district keeps its contacts in Excel already: say so where the list is empty.
        self.set_empty_hint(
            _(
                "No people yet. {action} adds the first one, {importing} brings in your list."
            ).replace("{importing}", action_named(self.import_action)),
            self.new_action,
            also=[self.import_action],
        )
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
        return clock.today()

    def refresh_filters(self) -> None:
        self.organisation_filter.set_items(organisation_choices(self.ctx))

    def load_rows(self) -> list[PersonRow]:
        self._groups = self.ctx.call(person_groups.groups_by_person)
        return self.ctx.call(
            contacts.list_people,
            self.search_text(),
            organisation_id=self.organisation_filter.value(),
            unverified_on=self.today() if self.unverified_check.isChecked() else None,
            staff_only=self.staff_check.isChecked(),
        )

    def count_text(self, count: int) -> str:
        return ngettext("{count} person", "{count} people", count).format(count=count)

    def register_total(self) -> int:
        return self.ctx.call(contacts.count_people)

    def narrowed_count_text(self, shown: int, total: int) -> str:
        return ngettext("{shown} of {count} person", "{shown} of {count} people", total).format(
            shown=shown, count=total
        )

    # --- actions -----------------------------------------------------------------------------

    def new_person(self) -> None:
        dialog = PersonDialog(self.ctx, parent=self)
        if run_form(dialog, self.ctx, "contacts") and dialog.saved_id is not None:
            self.show_id(dialog.saved_id)

    def import_list(self, path: Path | None = None) -> None:
        chosen = path or list_import.choose_list(self)
        if chosen is not None:
            list_import.import_list(self, self.ctx, chosen, self._imported)

    def _imported(self, result: ContactImport) -> None:
        def undo() -> None:
            if not list_import.take_back(self, self.ctx, result, self.notify):
                self._imported(result)  # not taken back: the Undo is still on offer

        # Undo takes back the wrong list, asked first; nothing added: nothing to take back.
        # Kept until the next notice or closed: a wrong list is often seen only on reading
        # it, and the undo is safe later too (who was changed or named since stays).
        self.notify(
            contact_import.summary(result),
            undo=undo if result.records.people else None,
            kept=True,
        )

    def edit_person(self) -> None:
        person = self.current_row()
        if person is not None:
            run_form(PersonDialog(self.ctx, person, self), self.ctx, "contacts")

    def mark_verified(self) -> None:
        person = self.current_row()
        if person is None:
            return
        today = self.today()
        versions: list[int] = []

        def mark(session: Any) -> None:
            versions.append(contacts.mark_verified(session, person.id, today))

        # Working through "not verified": the next person is chosen (RecordTable.set_rows),
        # ready for Ctrl+K.
        if perform(self, self.ctx, "contacts", mark):
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
        """Someone who has left: one question naming their groups, one action
        (ui.contacts.person_deletion)."""
        person = self.current_row()
        if person is not None:
            person_deletion.delete_person(self, self.ctx, person)
