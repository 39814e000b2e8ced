"""Edit the checklist templates walks start from: name, description and the points (the title
printed on the form and the guiding question). Walks already planned keep their own copy, so
nothing recorded changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
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
        self.items = QTableWidget(0, 3, self)
        self.items.setObjectName("templateItems")
        self.items.setHorizontalHeaderLabels([_("Code"), _("Point"), _("Guiding question")])
        # The code is an internal key (English in the shipped template: "lighting"): it links a
        # point to the same point on earlier walks for the follow-up's comparison, and a renamed
        # point keeps it. Kept in its hidden column; a new point's is made from its name.
        self.items.setColumnHidden(0, True)
        self.items.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(1, 240)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.setMinimumHeight(300)
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            (_("Add point"), self.add_point),
            (_("Remove point"), self.remove_point),
            (_("Move up"), lambda: self.move_point(-1)),
            (_("Move down"), lambda: self.move_point(+1)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button_row.addWidget(button)
        button_row.addStretch(1)
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
            self._append(item.code, item.title, item.guidance or "")

    def _append(self, code: str, title: str, guidance: str) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        for column, text in enumerate((code, title, guidance)):
            self.items.setItem(row, column, QTableWidgetItem(text))

    def add_point(self) -> None:
        # Typing starts with the point's name: its code may stay empty (made from the name).
        self._append("", "", "")
        self.items.setCurrentCell(self.items.rowCount() - 1, 1)
        item = self.items.item(self.items.rowCount() - 1, 1)
        assert item is not None  # _append filled every cell of the new row
        self.items.editItem(item)

    def remove_point(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def move_point(self, offset: int) -> None:
        row = self.items.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        for column in range(3):
            mine = self.items.takeItem(row, column)
            theirs = self.items.takeItem(target, column)
            self.items.setItem(row, column, theirs)
            self.items.setItem(target, column, mine)
        self.items.setCurrentCell(target, self.items.currentColumn())

    def _cell(self, row: int, column: int) -> str:
        item = self.items.item(row, column)
        return item.text() if item is not None else ""

    def data(self) -> TemplateInput:
        return TemplateInput(
            name=self.name.text(),
            description=self.description.text(),
            items=tuple(
                ItemInput(self._cell(r, 0), self._cell(r, 1), self._cell(r, 2) or None)
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
