"""Edit the planning-checklist templates of exercises (seeded from resources/exercises): name,
description, in use or not, and the points with their guidance and weeks before the exercise.
Exercises keep the copy they were planned with; a changed template counts for new exercises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_templates
from samverkan_desktop.services.exercise_templates import TemplateItemInput
from ui.context import AppContext
from ui.widgets.dialogs import show_error
from ui.widgets.fields import TextBox
from ui.widgets.form_dialog import FormDialog

TITLE, GUIDANCE, WEEKS = range(3)


class ExerciseTemplateDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Exercise checklist templates"),
            parent,
            ok_text=_("Save"),
            settings=ctx.settings,
            size=(900, 600),
        )
        self.ctx = ctx
        self.template = QComboBox(self)
        self.template.setMinimumContentsLength(30)
        new = QPushButton(_("New template…"), self)
        new.clicked.connect(lambda: self.new_template())
        imported = QPushButton(_("Import file…"), self)
        imported.setToolTip(_("A template in TOML like resources/exercises/default.toml"))
        imported.clicked.connect(lambda: self.import_file())
        chooser = QWidget(self)
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.template, 1)
        row.addWidget(new)
        row.addWidget(imported)
        self.add_row("template", _("Template"), chooser)
        self.name = QLineEdit(self)
        self.add_row("name", _("Name"), self.name)
        self.description = TextBox(self, lines=2)
        self.add_row("description", _("Description"), self.description)
        self.active = QCheckBox(_("Offered for new exercises"), self)
        self.add_row("active", _("In use"), self.active)
        self.items = QTableWidget(0, 3, self)
        self.items.setHorizontalHeaderLabels([_("Point"), _("Guidance"), _("Weeks before")])
        self.items.verticalHeader().setVisible(False)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(GUIDANCE, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(TITLE, 300)
        self.items.setColumnWidth(WEEKS, 110)
        self.items.setMinimumHeight(360)
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            (_("Add point"), self.add_point),
            (_("Remove point"), self.remove_point),
            ("↑", lambda: self.move_point(-1)),
            ("↓", lambda: self.move_point(1)),
        ):
            button = QPushButton(text, self)
            if text in ("↑", "↓"):
                button.setFixedWidth(34)
            button.clicked.connect(lambda _c=False, s=slot: s())
            button_row.addWidget(button)
        button_row.addStretch(1)
        items_box = QWidget(self)
        items_layout = QVBoxLayout(items_box)
        items_layout.setContentsMargins(0, 0, 0, 0)
        items_layout.addWidget(buttons)
        items_layout.addWidget(self.items, 1)
        self.add_row("items", _("Points"), items_box)
        self.template.currentIndexChanged.connect(lambda _i: self._load())
        self._fill_templates()

    def _fill_templates(self, select: int | None = None) -> None:
        self.template.blockSignals(True)
        self.template.clear()
        for row in self.ctx.call(exercise_templates.list_templates):
            label = row.name if row.active else _("{name} (not in use)").format(name=row.name)
            self.template.addItem(label, row.id)
        if select is not None:
            self.template.setCurrentIndex(max(0, self.template.findData(select)))
        self.template.blockSignals(False)
        self._load()

    def _load(self) -> None:
        template_id = self.template.currentData()
        rows = {r.id: r for r in self.ctx.call(exercise_templates.list_templates)}
        row = rows.get(template_id)
        self.clear_errors()
        self.name.setText(row.name if row else "")
        self.description.setPlainText(row.description or "" if row else "")
        self.active.setChecked(row.active if row else False)
        points = self.ctx.call(exercise_templates.get_template_items, template_id) if row else []
        self.items.setRowCount(0)
        for point in points:
            self._append(point.title, point.guidance or "", point.weeks_before)

    def _append(self, title: str, guidance: str, weeks: int | None) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        self.items.setItem(row, TITLE, QTableWidgetItem(title))
        self.items.setItem(row, GUIDANCE, QTableWidgetItem(guidance))
        cell = QTableWidgetItem("" if weeks is None else str(weeks))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.items.setItem(row, WEEKS, cell)

    # --- points ------------------------------------------------------------------------------

    def add_point(self) -> None:
        self._append("", "", None)
        row = self.items.rowCount() - 1
        self.items.setCurrentCell(row, TITLE)
        item = self.items.item(row, TITLE)
        if item is not None:
            self.items.editItem(item)

    def remove_point(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)

    def move_point(self, delta: int) -> None:
        row = self.items.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.items.rowCount():
            return
        texts = [self._text(row, c) for c in range(3)]
        self.items.removeRow(row)
        self.items.insertRow(target)
        for column, text in enumerate(texts):
            self.items.setItem(target, column, QTableWidgetItem(text))
        self.items.setCurrentCell(target, self.items.currentColumn())

    def _text(self, row: int, column: int) -> str:
        item = self.items.item(row, column)
        return item.text().strip() if item is not None else ""

    def points(self) -> list[TemplateItemInput]:
        result = []
        for row in range(self.items.rowCount()):
            title, guidance, weeks = (self._text(row, c) for c in range(3))
            if not (title or guidance or weeks):
                continue  # an empty line added by mistake
            if weeks and not weeks.isdigit():
                self.items.setCurrentCell(row, WEEKS)
                raise ValidationError(
                    _("Point {n}: weeks before is a whole number, e.g. 4.").format(n=row + 1),
                    field="items",
                )
            result.append(TemplateItemInput(title, guidance or None, int(weeks) if weeks else None))
        return result

    # --- templates ---------------------------------------------------------------------------

    def new_template(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, _("New template"), _("Name of the template"))
            if not ok:
                return
        try:
            template_id = self.ctx.call(exercise_templates.create_template, name)
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.bus.announce("crisis")
        self._fill_templates(template_id)

    def import_file(self, path: str | None = None) -> None:
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self, _("Import a checklist template"), str(Path.home()), _("TOML files (*.toml)")
            )
        if not path:
            return
        try:
            template_id = self.ctx.call(exercise_templates.import_template, Path(path))
        except DomainError as error:
            show_error(self, error)
            return
        self.ctx.bus.announce("crisis")
        self._fill_templates(template_id)

    def save(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        points = self.points()
        name, description, active = (
            self.name.text(),
            self.description.toPlainText(),
            self.active.isChecked(),
        )

        def store(session: Session) -> None:  # one unit of work: all or nothing
            exercise_templates.update_template(session, template_id, name, description, active)
            exercise_templates.save_template_items(session, template_id, points)

        try:
            self.ctx.call(store)
        except ValidationError as error:
            if error.field and error.field.startswith("items."):
                raise ValidationError(
                    _("Point {n}: {message}").format(
                        n=int(error.field.split(".")[1]) + 1, message=error.message
                    ),
                    field="items",
                ) from error
            raise
