"""Checklist templates for safety walks: listed, edited, imported from a TOML file.

Editing a template never changes a walk already planned or recorded: walks keep their own copy
of the items (see services/walk_editing.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ChecklistTemplate, ChecklistTemplateItem, Walk
from samverkan_desktop.paths import RESOURCES_DIR
from samverkan_desktop.services.template_files import point_tables, read_toml, text_of
from samverkan_desktop.services.template_names import same_name
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.swedish_order import sort_key

DEFAULT_TEMPLATE_FILE = RESOURCES_DIR / "checklists" / "default.toml"
CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
TITLE_LENGTH = 200  # the column's
NAME_MAX_LENGTH = column_length(ChecklistTemplate.name)  # the new template's name field stops here


@dataclass(frozen=True)
class ItemInput:
    code: str
    title: str
    guidance: str | None = None


@dataclass(frozen=True)
class TemplateInput:
    name: str
    description: str | None
    items: tuple[ItemInput, ...]
    active: bool = True
    expected_version: int | None = None  # the version the form read (None: no check)


@dataclass(frozen=True)
class TemplateRow:
    id: int
    name: str
    description: str | None
    active: bool
    item_count: int
    walk_count: int


@dataclass(frozen=True)
class TemplateItemRow:
    id: int
    position: int
    code: str
    title: str
    guidance: str | None


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    name: str
    description: str | None
    active: bool
    items: tuple[TemplateItemRow, ...]
    version: int

    def to_input(self) -> TemplateInput:
        return TemplateInput(
            self.name,
            self.description,
            tuple(ItemInput(i.code, i.title, i.guidance) for i in self.items),
            self.active,
            self.version,
        )


def list_templates(session: Session, *, active_only: bool = False) -> list[TemplateRow]:
    item_counts = dict(
        session.execute(
            select(
                ChecklistTemplateItem.template_id, func.count(ChecklistTemplateItem.id)
            ).group_by(ChecklistTemplateItem.template_id)
        ).all()
    )
    walk_counts = dict(
        session.execute(
            select(Walk.checklist_template_id, func.count(Walk.id)).group_by(
                Walk.checklist_template_id
            )
        ).all()
    )
    query = select(ChecklistTemplate).order_by(ChecklistTemplate.id)
    if active_only:
        query = query.where(ChecklistTemplate.active.is_(True))
    return [
        TemplateRow(
            t.id,
            t.name,
            t.description,
            t.active,
            item_counts.get(t.id, 0),
            walk_counts.get(t.id, 0),
        )
        for t in sorted(session.scalars(query), key=lambda t: sort_key(t.name))
    ]


def _get(session: Session, template_id: int) -> ChecklistTemplate:
    return get_or_raise(
        session, ChecklistTemplate, template_id, _("The checklist template no longer exists.")
    )


def get_template(session: Session, template_id: int) -> TemplateDetail:
    template = _get(session, template_id)
    return TemplateDetail(
        template.id,
        template.name,
        template.description,
        template.active,
        tuple(
            TemplateItemRow(i.id, i.position, i.code, i.title, i.guidance) for i in template.items
        ),
        template.version,
    )


def default_template_id(session: Session) -> int | None:
    """The template new walks start with: the first active one (the seeded default)."""
    return session.scalar(
        select(ChecklistTemplate.id)
        .where(ChecklistTemplate.active.is_(True))
        .order_by(ChecklistTemplate.id)
        .limit(1)
    )


def _code_from_title(title: str, taken: set[str]) -> str:
    """ "Snöröjning och halka" → "snorojning_och_halka": lower-case letters without their marks,
    digits and _, starting with a letter, unique among ``taken`` (a number added)."""
    plain = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    code = re.sub(r"[^a-z0-9]+", "_", plain).strip("_")
    code = re.sub(r"^[0-9_]+", "", code)[:36].rstrip("_") or "point"
    unique, n = code, 2
    while unique in taken:
        unique, n = f"{code}_{n}", n + 1
    return unique


def _clean_items(items: Sequence[ItemInput]) -> list[ItemInput]:
    if not items:
        raise ValidationError(_("A checklist needs at least one point."), field="items")
    cleaned: list[ItemInput] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        title = clean(item.title, one_line=True)  # a table cell: one line
        if title is None:
            raise ValidationError(
                _("Point {number} has no title.").format(number=number), field="items"
            )
        # Left empty, the code comes from the title: a coordinator should not have to invent
        # an identifier ("lighting") to add a point; one typed is kept (and checked).
        code = (clean(item.code) or "").lower() or _code_from_title(title, seen)
        if not CODE_PATTERN.match(code):
            raise ValidationError(
                _(
                    "Point {number} (“{title}”) needs a short code of lower-case letters, digits "
                    "and _ (like “lighting”)."
                ).format(number=number, title=title),
                field="items",
            )
        if code in seen:
            raise ValidationError(
                _("The code “{code}” is used twice.").format(code=code), field="items"
            )
        seen.add(code)
        if len(title) > TITLE_LENGTH:  # was cut to fit, the point's end lost unseen
            raise ValidationError(
                _(
                    "Point {number} (“{start}…”) is too long: at most {count} characters, it "
                    "has {length}."
                ).format(number=number, start=title[:40], count=TITLE_LENGTH, length=len(title)),
                field="items",
            )
        cleaned.append(ItemInput(code, title, clean(item.guidance)))
    return cleaned


def _apply(
    session: Session, template: ChecklistTemplate, data: TemplateInput, exclude_id: int | None
) -> None:
    name = require_text(data.name, "name", _("Name"))
    check_name(session, name, exclude_id)
    items = _clean_items(data.items)
    template.name = name
    # A few lines in the template window, as the exercises' templates have.
    template.description = clean(data.description)
    template.active = data.active
    before = [(i.code, i.title, i.guidance) for i in template.items]
    if before and before != [(i.code, i.title, i.guidance) for i in items]:
        # The points are part of the template's form: a change of them alone counts as a change
        # of the template (an UPDATE of its row, which bumps its version), so a form opened
        # before is refused rather than saving its older points over these.
        flag_modified(template, "name")
    # Replace the items wholesale: walks hold their own copies, so nothing refers to these rows.
    template.items.clear()
    session.flush()
    template.items.extend(
        ChecklistTemplateItem(position=n, code=i.code, title=i.title, guidance=i.guidance)
        for n, i in enumerate(items, start=1)
    )


def check_name(session: Session, name: str, exclude_id: int | None = None) -> str:
    """``name`` cleaned, for a new template (or the one of ``exclude_id``): refused when empty or
    when another template has it, whatever its case (naming that template as it is written)."""
    name = require_text(name, "name", _("Name"), NAME_MAX_LENGTH)
    existing = same_name(session, ChecklistTemplate, name, exclude_id)
    if existing is not None:
        raise ConflictError(
            _("There is already a checklist named “{name}”.").format(name=existing), field="name"
        )
    return name


def create_template(session: Session, data: TemplateInput) -> int:
    template = ChecklistTemplate()
    # Added after _apply: its duplicate-name query would otherwise autoflush a nameless row.
    _apply(session, template, data, exclude_id=None)
    session.add(template)
    flush_or_conflict(session, _("There is already a checklist with that name."), "name")
    return template.id


def update_template(session: Session, template_id: int, data: TemplateInput) -> int:
    """Save the template's form; returns its new row version. Refused (StaleRecordError) when
    another desk saved it after the form read ``data.expected_version``."""
    template = _get(session, template_id)
    check_version(template, data.expected_version)
    _apply(session, template, data, exclude_id=template_id)
    flush_or_conflict(session, _("There is already a checklist with that name."), "name")
    return template.version


def read_template_file(path: Path) -> TemplateInput:
    """Read a checklist from TOML (the format of resources/checklists/default.toml)."""
    spec = read_toml(path)
    raw_items = spec.get("items")
    if not isinstance(spec.get("name"), str) or not isinstance(raw_items, list):
        raise ValidationError(
            _("{path} is not a checklist file: it needs a name and [[items]].").format(path=path)
        )
    items = []
    for number, point in point_tables(spec, path):
        items.append(
            ItemInput(
                text_of(point, "code", number) or "",
                text_of(point, "title", number) or "",
                text_of(point, "guidance", number),
            )
        )
    return TemplateInput(spec["name"], text_of(spec, "description"), tuple(items))


def import_template(session: Session, path: Path) -> int:
    return create_template(session, read_template_file(path))
