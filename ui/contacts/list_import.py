"""Kontakter → "Importera från Excel…": the list the district already keeps, read in the
background (imports run off the GUI thread), then said in one message: how many were added,
and each row that needs a look, with its row number as Excel shows it. The wrong list imported
is taken back with "Undo", asked first as a deletion is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import contact_import, import_undo
from samverkan_desktop.services.contact_import import ContactImport
from ui.context import AppContext
from ui.runner import run_in_background
from ui.widgets.dialogs import confirm, show_error
from ui.widgets.file_dialogs import open_file
from ui.widgets.report_dialog import show_report


def choose_list(parent: QWidget) -> Path | None:
    return open_file(
        parent,
        _("Import a contact list"),
        Path.home(),
        _("Excel lists (*.xlsx *.csv);;All files (*)"),
    )


def import_list(
    parent: QWidget, ctx: AppContext, path: Path, done: Callable[[ContactImport], None]
) -> None:
    """Import ``path``; the register's lists are told, ``done`` gets what was imported."""

    def finished(result: ContactImport) -> None:
        ctx.bus.announce("contacts")
        lines = contact_import.skipped_lines(result)
        if lines:  # rows to correct: a message to read, not a line that fades
            show_report(parent, _("Contact list imported"), contact_import.summary(result), lines)
        done(result)

    def failed(error: DomainError) -> None:
        show_error(parent, error)

    run_in_background(
        lambda: ctx.call(contact_import.import_contacts, path),
        finished,
        failed,
        name=f"Contacts: importing {path}",
    )


def take_back(
    parent: QWidget, ctx: AppContext, result: ContactImport, said: Callable[[str], None]
) -> bool:
    """The import's "Undo": after a yes (False: the user said no), its people and
    organisations go again, in the background (a long list is many people to check); ``said``
    gets what was removed."""
    records = result.records
    question = import_undo.removal_question(len(records.people), len(records.organisations))
    if not confirm(parent, _("Undo the import"), question, _("Remove")):
        return False

    def finished(removal: import_undo.ImportRemoval) -> None:
        ctx.bus.announce("contacts")
        said(import_undo.removal_summary(removal))

    def failed(error: DomainError) -> None:
        ctx.bus.announce("contacts")  # changed meanwhile: show the list as it is
        show_error(parent, error)

    run_in_background(
        lambda: ctx.call(import_undo.remove_imported, records),
        finished,
        failed,
        name="Contacts: undoing an import",
    )
    return True
