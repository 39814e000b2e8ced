"""Edit the checklist templates walks start from: name, description and the points (the title
printed on the form and the guiding question). Walks already planned keep their own copy, so
nothing recorded changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import checklists
from samverkan_desktop.services.checklists import ItemInput, TemplateInput
from ui.context import AppContext
from ui.walks.common import muted
from ui.widgets.dialogs import show_error
from ui.widgets.form_dialog import FormDialog
from ui.widgets.point_table import PointTable

NEW = -1  # the combo's entry for a new template


class TemplateDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_("Checklist templates"), parent, _("Save"), ctx.settings, (900, 620))
        self.ctx = ctx
        self.template = QComboBox(self)
        self.template.currentIndexChanged.connect(lambda _i: self._load())
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
        self.template.blockSignals(True)
        self.template.clear()
        for row in self.ctx.call(checklists.list_templates):
            self.template.addItem(row.name, row.id)
        self.template.addItem(_("New template"), NEW)
        index = self.template.findData(select) if select is not None else 0
        self.template.setCurrentIndex(max(0, index))
        self.template.blockSignals(False)
        self._load()

    def _load(self) -> None:
        template_id = self.template.currentData()
        self.items.setRowCount(0)
        if template_id in (None, NEW):
            self.name.clear()
            self.description.clear()
            self.active.setChecked(True)
            return
        detail = self.ctx.call(checklists.get_template, template_id)
        self.name.setText(detail.name)
        self.description.setText(detail.description or "")
        self.active.setChecked(detail.active)
        for item in detail.items:
            self.items.append(item.code, item.title, item.guidance or "")

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
        template_id = self.template.currentData()
        if template_id in (None, NEW):
            self.ctx.call(checklists.create_template, self.data())
        else:
            self.ctx.call(checklists.update_template, template_id, self.data())

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, _("Import checklist"), str(Path.home()), _("Checklists (*.toml)")
            )
        if not path:
            return
        try:
            new_id = self.ctx.call(checklists.import_template, Path(path))
        except DomainError as error:
            show_error(self, error)
            return
        self._fill_templates(new_id)
