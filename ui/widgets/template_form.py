"""The checklist templates' dialogs (of walks and of exercises; their files are TOML like those in
resources/checklists and resources/exercises): the list of templates above the fields, with its
buttons beside it, and a template imported from a file, chosen in the list once read: one
wording of the import (its button, the file dialog's title and filter) for both dialogs. What
differs, each dialog says: its entries and its import service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from ui.widgets.chosen_record_form import ChosenRecordForm
from ui.widgets.dialogs import show_error
from ui.widgets.file_dialogs import open_file

R = TypeVar("R")


def import_question() -> tuple[str, str]:
    """The file dialog's title and its filter, as Qt writes them ("All files" as in the
    program's other file choosers: a template saved under another name is still found)."""
    return _("Import a checklist template"), _("Checklist templates (*.toml);;All files (*)")


class TemplateForm(ChosenRecordForm[R]):
    template: QComboBox

    # --- what a dialog says ---------------------------------------------------------------

    def template_entries(self) -> Sequence[tuple[str, object]]:
        """The list's entries, (text, data), in their order."""
        raise NotImplementedError

    def import_template(self, path: Path) -> int:
        """Store the template of the file at ``path``; its id (a refusal: DomainError)."""
        raise NotImplementedError

    def templates_changed(self) -> None:
        """After a template is added: whom to tell (nobody unless a dialog says so)."""

    # --- the list and its buttons -----------------------------------------------------------

    def add_template_row(self, *buttons: tuple[str, Callable[[], object]]) -> list[QPushButton]:
        """The form's "Template" row: the list, then ``buttons`` (text, what a click does)
        beside it and the import last, made in that order (the order Tab goes in). Returns
        the buttons, the import's last."""
        self.template = QComboBox(self)
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        made = []
        # The import's words as the program's other imports ("Importera från Excel…").
        for text, clicked in (*buttons, (_("Import from file…"), self.import_file)):
            button = QPushButton(text, self)
            # Not connected directly: the click's "checked" flag (False) would be an argument.
            button.clicked.connect(lambda _checked=False, call=clicked: call())
            row.addWidget(button)
            made.append(button)
        self.add_row("template", _("Template"), chooser)
        self.choose_with(self.template)
        return made

    def fill_templates(self, select: object = None) -> None:
        """The list read anew, ``select``'s entry chosen (else the first), its record shown."""
        with QSignalBlocker(self.template):
            self.template.clear()
            for text, data in self.template_entries():
                self.template.addItem(text, data)
            if select is not None:
                self.template.setCurrentIndex(max(0, self.template.findData(select)))
        self.show_chosen()

    def import_file(self) -> None:
        if not self.may_leave_shown():  # the imported template is shown in the fields
            return
        title, filters = import_question()
        chosen = open_file(self, title, Path.home(), filters)
        if chosen is None:
            return
        try:
            template_id = self.import_template(chosen)
        except DomainError as error:
            show_error(self, error)
            return
        self.templates_changed()
        self.fill_templates(template_id)
