"""The checklist templates' dialogs (of walks and of exercises; their files are TOML like those in
resources/checklists and resources/exercises), alike where a user expects one program: the list
of templates above the fields with "New template…" (its name asked) and the import beside it,
then name, description, "In use" and the points with their buttons above them. What differs,
each dialog says: its entries, its columns of points and its services."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from ui.widgets.chosen_record_form import ChosenRecordForm
from ui.widgets.dialogs import ask_text, show_error
from ui.widgets.fields import TextBox
from ui.widgets.file_dialogs import open_file
from ui.widgets.point_table import PointTable

R = TypeVar("R")


def import_question() -> tuple[str, str]:
    """The file dialog's title and its filter, as Qt writes them ("All files" as in the
    program's other file choosers: a template saved under another name is still found)."""
    return _("Import a checklist template"), _("Checklist templates (*.toml);;All files (*)")


class TemplateForm(ChosenRecordForm[R]):
    template: QComboBox
    name: QLineEdit
    description: TextBox
    active: QCheckBox
    items: PointTable
    name_length = 200  # the name's column: typing stops there

    # --- what a dialog says ---------------------------------------------------------------

    def template_entries(self) -> Sequence[tuple[str, object]]:
        """The list's entries, (text, data), in their order."""
        raise NotImplementedError

    def import_template(self, path: Path) -> int:
        """Store the template of the file at ``path``; its id (a refusal: DomainError)."""
        raise NotImplementedError

    def templates_changed(self) -> None:
        """After a template is added: whom to tell (nobody unless a dialog says so)."""

    def start_template(self, name: str) -> None:
        """A new template named ``name`` (cleaned and refused by the service) made and shown."""
        raise NotImplementedError

    # --- the fields both dialogs have, laid out alike ---------------------------------------

    def add_template_fields(self, offered: str, table: PointTable) -> None:
        """Name, a description of a few lines, "In use" (``offered``: for what), and the points
        with their buttons above them (in sight beside the label, however long the list)."""
        self.name = QLineEdit(self)
        self.add_row("name", _("Name"), self.name)
        self.description = TextBox(self, lines=2)
        self.add_row("description", _("Description"), self.description)
        self.active = QCheckBox(offered, self)
        self.add_row("active", _("In use"), self.active)
        self.items = table
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(table.buttons(box))
        column.addWidget(table, 1)
        self.add_row("items", _("Points"), box)

    # --- the list and its buttons -----------------------------------------------------------

    def add_template_row(self) -> list[QPushButton]:
        """The form's "Template" row: the list, then "New template…" and the import, made in
        that order (the order Tab goes in). Returns the two buttons."""
        self.template = QComboBox(self)
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        made = []
        # The import's words as the program's other imports ("Importera från Excel…").
        for text, clicked in (
            (_("New template…"), self.new_template),
            (_("Import from file…"), self.import_file),
        ):
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

    def new_template(self) -> None:
        """ "New template…": its name asked; an empty or taken one is refused and asked again
        with the name as typed, to be corrected rather than typed anew."""
        if not self.may_leave_shown():  # the new template is shown in the fields
            return
        name = ""
        while (
            typed := ask_text(
                self, _("New template"), _("Name of the template:"), name, self.name_length
            )
        ) is not None:
            name = typed
            try:
                self.start_template(name)
            except DomainError as error:
                show_error(self, error)
                continue
            return

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
