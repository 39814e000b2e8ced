"""Edit the planning-checklist templates of exercises (seeded from resources/exercises): name,
description, in use or not, and the points with their guidance and weeks before the exercise.
Exercises keep the copy they were planned with; a changed template counts for new exercises.
Saved against the version it was filled from: another desk's save since is refused with the text
kept (ChosenRecordForm)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHeaderView, QWidget

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import exercise_templates
from samverkan_desktop.services.exercise_templates import TemplateDetail, TemplateItemInput
from ui.context import AppContext
from ui.widgets.point_table import PointTable
from ui.widgets.template_form import TemplateForm

TITLE, GUIDANCE, WEEKS = range(3)


def entry_text(name: str, active: bool) -> str:
    """A template in the list: its name, and whether it is offered for new exercises."""
    return name if active else _("{name} (not in use)").format(name=name)


class ExerciseTemplateDialog(TemplateForm[TemplateDetail]):
    record_fields = ("name", "description", "active", "items")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            _("Exercise checklist templates"),
            parent,
            ok_text=_("Save"),
            settings=ctx.settings,
            size=(900, 600),
        )
        self.ctx = ctx
        _new, imported = self.add_template_row()
        self.template.setMinimumContentsLength(30)
        # What the file holds, in the words it is written in (not where the bundled one lies).
        imported.setToolTip(
            _(
                "A TOML text file: the template's name and description, and one [[items]] per "
                "point with its title, guidance and weeks_before (weeks before the exercise)"
            )
        )
        self.add_template_fields(
            _("Offered for new exercises"),
            PointTable(
                [_("Point"), _("Guidance"), _("Weeks before")], self, TITLE, numbers=(WEEKS,)
            ),
        )
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(GUIDANCE, QHeaderView.ResizeMode.Stretch)
        self.items.setColumnWidth(TITLE, 300)
        self.items.setColumnWidth(WEEKS, 110)
        self.items.setMinimumHeight(360)
        self.fill_templates()

    def template_entries(self) -> list[tuple[str, object]]:
        rows = self.ctx.call(exercise_templates.list_templates)
        return [(entry_text(row.name, row.active), row.id) for row in rows]

    def load_chosen(self, data: object) -> TemplateDetail | None:
        if data is None:  # no template at all
            return None
        return self.ctx.call(exercise_templates.get_template, data)

    def read_record(self, shown: TemplateDetail) -> TemplateDetail:
        return self.ctx.call(exercise_templates.get_template, shown.id)

    def clear_fields(self) -> None:
        self.name.clear()
        self.description.clear()
        self.active.setChecked(False)
        self.items.setRowCount(0)

    def fill(self, record: TemplateDetail) -> None:
        self.name.setText(record.name)
        self.description.setPlainText(record.description or "")
        self.active.setChecked(record.active)
        self.items.fill(
            [
                (p.title, p.guidance or "", "" if p.weeks_before is None else str(p.weeks_before))
                for p in record.items
            ]
        )

    def entry_text(self, record: TemplateDetail) -> str:
        return entry_text(record.name, record.active)

    def points_of(self, record: TemplateDetail) -> object:
        return [(i.title, i.guidance, i.weeks_before) for i in record.items]

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

    name_length = exercise_templates.NAME_MAX_LENGTH

    def start_template(self, name: str) -> None:
        template_id = self.ctx.call(exercise_templates.create_template, name)
        self.templates_changed()
        self.fill_templates(template_id)

    def import_template(self, path: Path) -> int:
        return self.ctx.call(exercise_templates.import_template, path)

    def templates_changed(self) -> None:
        self.ctx.bus.announce("crisis")

    def save(self) -> None:
        if self.record is None:
            return
        try:
            self.ctx.call(
                exercise_templates.save_template,
                self.record.id,
                self.name.text(),
                self.description.toPlainText(),
                self.active.isChecked(),
                self.points(),
                self.record.version,
            )
        except ValidationError as error:
            if error.field and error.field.startswith("items."):
                raise ValidationError(
                    _("Point {n}: {message}").format(
                        n=int(error.field.split(".")[1]) + 1, message=error.message
                    ),
                    field="items",
                ) from error
            raise
