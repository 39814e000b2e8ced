"""Planning-checklist templates for exercises, editable in the database (seeded by migration
0007 from ``resources/exercises/default.toml``). An exercise copies a template's points when it
is planned, so editing a template never changes an exercise already planned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseTemplate, ExerciseTemplateItem
from samverkan_desktop.services.template_files import (
    point_tables,
    read_toml,
    text_of,
    whole_weeks,
)
from samverkan_desktop.services.template_names import same_name
from samverkan_desktop.services.validation import (
    check_weeks_before,
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.swedish_order import sort_key

NAME_MAX_LENGTH = column_length(ExerciseTemplate.name)  # the new template's name field stops here


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    description: str | None
    active: bool
    item_count: int


@dataclass(frozen=True)
class TemplateItemRow:
    id: int
    position: int
    title: str
    guidance: str | None
    weeks_before: int | None


@dataclass(frozen=True)
class TemplateDetail:
    """A template as its editor shows it; ``version`` is what its save is checked against."""

    id: int
    name: str
    description: str | None
    active: bool
    items: tuple[TemplateItemRow, ...]
    version: int


@dataclass(frozen=True)
class TemplateItemInput:
    title: str
    guidance: str | None = None
    weeks_before: int | None = None


def list_templates(session: Session, active_only: bool = False) -> list[TemplateRow]:
    counts = dict(
        session.execute(
            select(ExerciseTemplateItem.template_id, func.count(ExerciseTemplateItem.id)).group_by(
                ExerciseTemplateItem.template_id
            )
        ).all()
    )
    query = select(ExerciseTemplate).order_by(ExerciseTemplate.id)
    if active_only:
        query = query.where(ExerciseTemplate.active.is_(True))
    return [
        TemplateRow(t.id, t.name, t.description, t.active, counts.get(t.id, 0))
        for t in sorted(session.scalars(query), key=lambda t: sort_key(t.name))
    ]


def default_template_id(session: Session) -> int | None:
    """The planning checklist a new exercise starts with: the first active template listed
    (the window's "Plan exercise" and ``exercises plan`` alike)."""
    templates = list_templates(session, active_only=True)
    return templates[0].id if templates else None


def get_template_items(session: Session, template_id: int) -> list[TemplateItemRow]:
    template = _get(session, template_id)
    return [
        TemplateItemRow(i.id, i.position, i.title, i.guidance, i.weeks_before)
        for i in template.items
    ]


def get_template(session: Session, template_id: int) -> TemplateDetail:
    template = _get(session, template_id)
    return TemplateDetail(
        template.id,
        template.name,
        template.description,
        template.active,
        tuple(get_template_items(session, template_id)),
        template.version,
    )


def _get(session: Session, template_id: int) -> ExerciseTemplate:
    return get_or_raise(
        session, ExerciseTemplate, template_id, _("The checklist template no longer exists.")
    )


def _duplicate(name: str) -> str:
    return _("There is already a checklist template named “{name}”.").format(name=name.strip())


def _check_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    """``name`` cleaned; refused when another template has it, whatever its case (the unique
    index tells only the same letters apart), naming that template as it is written."""
    name = require_text(name, "name", _("Name"), NAME_MAX_LENGTH)
    existing = same_name(session, ExerciseTemplate, name, exclude_id)
    if existing is not None:
        raise ConflictError(_duplicate(existing), field="name")
    return name


def create_template(
    session: Session,
    name: str,
    description: str | None = None,
    items: Sequence[TemplateItemInput] = (),
) -> int:
    template = ExerciseTemplate(
        name=_check_name(session, name),
        description=clean(description),
        active=True,
    )
    session.add(template)
    flush_or_conflict(session, _duplicate(name), field="name")
    if items:
        save_template_items(session, template.id, items)
    return template.id


def update_template(
    session: Session,
    template_id: int,
    name: str,
    description: str | None,
    active: bool,
    expected_version: int | None = None,
) -> int:
    """Save the name, description and use; returns the new row version. Refused
    (StaleRecordError) when another desk saved the template after ``expected_version``."""
    template = _get(session, template_id)
    check_version(template, expected_version)
    template.name = _check_name(session, name, template_id)
    template.description = clean(description)
    template.active = active
    flush_or_conflict(session, _duplicate(name), field="name")
    return template.version


def save_template(
    session: Session,
    template_id: int,
    name: str,
    description: str | None,
    active: bool,
    items: Sequence[TemplateItemInput],
    expected_version: int | None = None,
) -> int:
    """The editor's save, all or nothing: the template and its points, checked against the
    version the editor read; returns the new version."""
    update_template(session, template_id, name, description, active, expected_version)
    save_template_items(session, template_id, items)
    return _get(session, template_id).version


def delete_template(session: Session, template_id: int) -> None:
    session.delete(_get(session, template_id))
    session.flush()


def save_template_items(
    session: Session,
    template_id: int,
    items: Sequence[TemplateItemInput],
    expected_version: int | None = None,
) -> None:
    """Replace the template's points with ``items`` in this order. A change of them counts as a
    change of the template (its version goes up): an editor opened before is refused rather than
    saving its older points over these."""
    template = _get(session, template_id)
    check_version(template, expected_version)
    checked = []
    for index, item in enumerate(items):
        title = require_text(item.title, f"items.{index}.title", _("Point"), max_length=300)
        if item.weeks_before is not None:
            check_weeks_before(item.weeks_before, f"items.{index}.weeks_before")
        checked.append((title, clean(item.guidance), item.weeks_before))
    if [(i.title, i.guidance, i.weeks_before) for i in template.items] != checked:
        flag_modified(template, "name")  # an UPDATE of the template's row bumps its version
    template.items.clear()
    session.flush()
    for position, (title, guidance, weeks) in enumerate(checked, start=1):
        template.items.append(
            ExerciseTemplateItem(
                position=position, title=title, guidance=guidance, weeks_before=weeks
            )
        )
    session.flush()


def import_template(session: Session, path: Path) -> int:
    """Create a template from a TOML file shaped like resources/exercises/default.toml: the
    template's ``name``, its ``description``, and [[items]] each with a ``title`` and, if
    wanted, ``guidance`` and ``weeks_before`` (whole weeks)."""
    data = read_toml(path)
    name = text_of(data, "name")
    if not name or not name.strip():
        raise ValidationError(
            _(
                "{path} is not an exercise template: “name” (the template's name) is missing."
            ).format(path=path),
            field="file",
        )
    items = []
    for number, point in point_tables(data, path):
        title = text_of(point, "title", number)
        if not title or not title.strip():
            raise ValidationError(
                _("Point {number} of the exercise template has no “title” (its text).").format(
                    number=number
                ),
                field="file",
            )
        items.append(
            TemplateItemInput(
                title,
                text_of(point, "guidance", number),
                whole_weeks(point, number, "weeks_before"),
            )
        )
    return create_template(session, name, text_of(data, "description"), items)
