"""Edit the checklist templates walks start from: name, description and the points (the title
printed on the form and the guiding question). Walks already planned keep their own copy, so
nothing recorded changes. Saved against the version it was filled from: another desk's save since
is refused with the text kept (ChosenRecordForm)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import checklists
from samverkan_desktop.services.checklists import ItemInput, TemplateDetail, TemplateInput
from ui.context import AppContext
from ui.walks.common import muted
from ui.widgets.chosen_record_form import ChosenRecordForm
from ui.widgets.dialogs import show_error
from ui.widgets.file_dialogs import open_file
from ui.widgets.point_table import PointTable

NEW = -1  # the combo's entry for a new template


class TemplateDialog(ChosenRecordForm[TemplateDetail]):
    record_fields = ("name", "description", "active", "items")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Checklist templates"), parent, _("Save"), ctx.settings, (900, 620))
        self.ctx = ctx
        self.template = QComboBox(self)
        self.choose_with(self.template)
        import_button = QPushButton(_("Import from file…"), self)
        # Not connected directly: the click's "checked" flag (False) landed in ``path`` and the
        # button did nothing.
        import_button.clicked.connect(lambda _checked=False: self.import_file())
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(import_button)
        self.name = QLineEdit(self)
        self.description = QLineEdit(self)
        self.active = QCheckBox(_("Offered for new walks"), self)
        self.items = PointTable([_("Code"), _("Point"), _("Guiding question")], self, first_typed=1)
        self.items.setObjectName("templateItems")
        # The code is an internal key (English in the shipped template: "lighting"): it links a
        # point to the same point on earlier walks for the follow-up's comparison, and a renamed
        # point keeps it. Kept in its hidden column; a new point's is made from its name.
        self.items.setColumnHidden(0, True)
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(1, 240)
        self.items.setMinimumHeight(300)
        buttons = self.items.buttons(self)
        self.add_row("template", _("Template"), chooser)
        self.add_row("name", _("Name"), self.name)
        self.add_row("description", _("Description"), self.description)
        self.add_row("active", "", self.active)
        self.add_row("items", _("Points"), self.items)
        self.add_row("buttons", "", buttons)
        self.add_row(
            "note",
            "",
            muted(
                _("Walks already planned or recorded keep the points they were planned with."), self
            ),
        )
        self._fill_templates()
        self.template.setFocus()  # not the Save button: Enter would save at once

    def _fill_templates(self, select: int | None = None) -> None:
        with QSignalBlocker(self.template):
            self.template.clear()
            for row in self.ctx.call(checklists.list_templates):
                self.template.addItem(row.name, row.id)
            self.template.addItem(_("New template"), NEW)
            index = self.template.findData(select) if select is not None else 0
            self.template.setCurrentIndex(max(0, index))
        self.show_chosen()

    def load_chosen(self, data: object) -> TemplateDetail | None:
        if data in (None, NEW):
            return None
        return self.ctx.call(checklists.get_template, data)

    def read_record(self, shown: TemplateDetail) -> TemplateDetail:
        return self.ctx.call(checklists.get_template, shown.id)

    def clear_fields(self) -> None:
        self.name.clear()
        self.description.clear()
        self.active.setChecked(True)
        self.items.setRowCount(0)

    def fill(self, record: TemplateDetail) -> None:
        self.name.setText(record.name)
        self.description.setText(record.description or "")
        self.active.setChecked(record.active)
        self.items.fill([(i.code, i.title, i.guidance or "") for i in record.items])

    def entry_text(self, record: TemplateDetail) -> str:
        return record.name

    def points_of(self, record: TemplateDetail) -> object:
        return [(i.code, i.title, i.guidance) for i in record.items]

    def data(self) -> TemplateInput:
        return TemplateInput(
            name=self.name.text(),
            description=self.description.text(),
            items=tuple(
                ItemInput(
                    self.items.text(r, 0), self.items.text(r, 1), self.items.text(r, 2) or None
                )
                for r in range(self.items.rowCount())
            ),
            active=self.active.isChecked(),
        )

    def save(self) -> None:
        if self.record is None:
            self.ctx.call(checklists.create_template, self.data())
            return
        data = dataclasses.replace(self.data(), expected_version=self.record.version)
        self.ctx.call(checklists.update_template, self.record.id, data)

    def import_file(self, path: str | None = None) -> None:
        if not self.may_leave_shown():  # the imported template is shown in the fields
            return
        chosen = (
            Path(path)
            if path is not None
            else open_file(self, _("Import checklist"), Path.home(), _("Checklists (*.toml)"))
        )
        if chosen is None:
            return
        try:
            new_id = self.ctx.call(checklists.import_template, chosen)
        except DomainError as error:
            show_error(self, error)
            return
        self._fill_templates(new_id)
