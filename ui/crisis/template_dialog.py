"""Edit the planning-checklist templates of exercises (seeded from resources/exercises): name,
description, in use or not, and the points with their guidance and weeks before the exercise.
Exercises keep the copy they were planned with; a changed template counts for new exercises."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QPushButton,
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
from ui.widgets.point_table import PointTable

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
        self.items = PointTable(
            [_("Point"), _("Guidance"), _("Weeks before")], self, TITLE, numbers=(WEEKS,)
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(GUIDANCE, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(TITLE, 300)
        self.items.setColumnWidth(WEEKS, 110)
        self.items.setMinimumHeight(360)
        buttons = self.items.buttons(self)
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
            weeks = "" if point.weeks_before is None else str(point.weeks_before)
            self.items.append(point.title, point.guidance or "", weeks)

    def points(self) -> list[TemplateItemInput]:
        result = []
        for row in range(self.items.rowCount()):
            title, guidance, weeks = (self.items.text(row, c) for c in range(3))
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
