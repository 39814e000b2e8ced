"""Edit the checklist templates walks start from: name, description and the points (the title
printed on the form and the guiding question). Walks already planned keep their own copy, so
nothing recorded changes. Saved against the version it was filled from: another desk's save since
is refused with the text kept (ChosenRecordForm)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QHeaderView, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services import checklists
from samverkan_desktop.services.checklists import ItemInput, TemplateDetail, TemplateInput
from ui.context import AppContext
from ui.widgets.page_labels import muted
from ui.widgets.point_table import PointTable
from ui.widgets.template_form import TemplateForm

NEW = -1  # the list's entry of a new template, not saved yet


class TemplateDialog(TemplateForm[TemplateDetail]):
    record_fields = ("name", "description", "active", "items")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Checklist templates"), parent, _("Save"), ctx.settings, (900, 620))
        self.ctx = ctx
        self.add_template_row()
        table = PointTable([_("Code"), _("Point"), _("Guiding question")], self, first_typed=1)
        table.setObjectName("templateItems")
        # The code is an internal key (English in the shipped template: "lighting"): it links a
        # point to the same point on earlier walks for the follow-up's comparison, and a renamed
        # point keeps it. Kept in its hidden column; a new point's is made from its name.
        table.setColumnHidden(0, True)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(1, 240)
        table.setMinimumHeight(300)
        self.add_template_fields(_("Offered for new walks"), table)
        self.add_row(
            "note",
            "",
            muted(
                _("Walks already planned or recorded keep the points they were planned with."), self
            ),
        )
        self.fill_templates()
        self.template.setFocus()  # not the Save button: Enter would save at once

    name_length = checklists.NAME_MAX_LENGTH

    def template_entries(self) -> list[tuple[str, object]]:
        return [(row.name, row.id) for row in self.ctx.call(checklists.list_templates)]

    def start_template(self, name: str) -> None:
        """Shown to be filled in, saved with its points: a walk's checklist has at least one, so
        none is stored before (the name is checked now, to be corrected in the question)."""
        name = self.ctx.call(checklists.check_name, name)
        with QSignalBlocker(self.template):
            self.template.addItem(name, NEW)
            self.template.setCurrentIndex(self.template.count() - 1)
        self.show_chosen()
        self.name.setText(name)  # typed: leaving it unsaved is asked first

    def show_chosen(self) -> None:
        # A new template left unsaved leaves the list too: nothing of it was stored.
        chosen = self.template.currentIndex()
        with QSignalBlocker(self.template):
            for index in reversed(range(self.template.count())):
                if index != chosen and self.template.itemData(index) == NEW:
                    self.template.removeItem(index)
        super().show_chosen()

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
        self.description.setPlainText(record.description or "")
        self.active.setChecked(record.active)
        self.items.fill([(i.code, i.title, i.guidance or "") for i in record.items])

    def entry_text(self, record: TemplateDetail) -> str:
        return record.name

    def points_of(self, record: TemplateDetail) -> object:
        return [(i.code, i.title, i.guidance) for i in record.items]

    def data(self) -> TemplateInput:
        return TemplateInput(
            name=self.name.text(),
            description=self.description.toPlainText(),
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

    def import_template(self, path: Path) -> int:
        return self.ctx.call(checklists.import_template, path)
