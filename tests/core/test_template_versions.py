"""Two desks saving the same walk checklist template or exercise planning-checklist template: the
save based on the version its editor read is refused once another desk has saved, changing
nothing, and passes with the current version. A change of the points alone is a change of the
template: the other desk's older copy is refused too. Scripts and imports name no version and
save as before."""

from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.services import checklists, exercise_templates
from samverkan_desktop.services.checklists import ItemInput, TemplateDetail
from samverkan_desktop.services.exercise_templates import TemplateItemInput


def _checklist(db: Database) -> TemplateDetail:
    template_id = db.call(checklists.default_template_id)
    assert template_id is not None
    return db.call(checklists.get_template, template_id)


def _titles(detail: TemplateDetail) -> list[str]:
    return [i.title for i in detail.items]


def test_a_checklist_template_saved_over_another_desks_is_refused(db: Database) -> None:
    shown = _checklist(db)  # this desk's editor opens
    theirs = dataclasses.replace(shown.to_input(), description="Den andra datorns text")
    assert db.call(checklists.update_template, shown.id, theirs) == shown.version + 1
    mine = dataclasses.replace(shown.to_input(), name="Min checklista")
    with pytest.raises(StaleRecordError):
        db.call(checklists.update_template, shown.id, mine)
    now = db.call(checklists.get_template, shown.id)
    assert (now.name, now.description, now.version) == (
        shown.name,
        "Den andra datorns text",
        shown.version + 1,
    )
    current = dataclasses.replace(now.to_input(), name="Min checklista")
    assert db.call(checklists.update_template, shown.id, current) == now.version + 1
    assert db.call(checklists.get_template, shown.id).name == "Min checklista"
    script = dataclasses.replace(current, name="Skriptets namn", expected_version=None)
    db.call(checklists.update_template, shown.id, script)  # scripts: no check
    assert db.call(checklists.get_template, shown.id).name == "Skriptets namn"


def test_a_checklist_templates_points_changed_elsewhere_refuse_the_older_copy(
    db: Database,
) -> None:
    shown = _checklist(db)
    data = shown.to_input()
    theirs = dataclasses.replace(data, items=(ItemInput("", "Snöröjning"), *data.items))
    db.call(checklists.update_template, shown.id, theirs)  # only a point added
    now = db.call(checklists.get_template, shown.id)
    assert now.version == shown.version + 1
    with pytest.raises(StaleRecordError):
        db.call(checklists.update_template, shown.id, dataclasses.replace(data, name="Min"))
    assert _titles(db.call(checklists.get_template, shown.id)) == _titles(now)
    # The same points and name saved again: nothing changed, the version stays.
    db.call(checklists.update_template, shown.id, now.to_input())
    assert db.call(checklists.get_template, shown.id).version == now.version


def _exercise_template(db: Database) -> exercise_templates.TemplateDetail:
    template_id = db.call(exercise_templates.default_template_id)
    assert template_id is not None
    return db.call(exercise_templates.get_template, template_id)


def _save_exercise_template(
    db: Database,
    shown: exercise_templates.TemplateDetail,
    version: int | None,
    name: str | None = None,
    items: tuple[TemplateItemInput, ...] | None = None,
) -> int:
    points = items or tuple(
        TemplateItemInput(i.title, i.guidance, i.weeks_before) for i in shown.items
    )
    return db.call(
        exercise_templates.save_template,
        shown.id,
        name or shown.name,
        shown.description,
        shown.active,
        points,
        version,
    )


def test_an_exercise_template_saved_over_another_desks_is_refused(db: Database) -> None:
    shown = _exercise_template(db)
    theirs = _save_exercise_template(db, shown, shown.version, name="Deras mall")
    assert theirs == shown.version + 1
    with pytest.raises(StaleRecordError):
        _save_exercise_template(db, shown, shown.version, name="Min mall")
    now = db.call(exercise_templates.get_template, shown.id)
    assert (now.name, now.version) == ("Deras mall", theirs)
    assert [i.title for i in now.items] == [i.title for i in shown.items]
    assert _save_exercise_template(db, now, now.version, name="Min mall") == theirs + 1
    assert db.call(exercise_templates.get_template, shown.id).name == "Min mall"
    _save_exercise_template(db, now, None, name="Skriptets mall")  # scripts: no check
    assert db.call(exercise_templates.get_template, shown.id).name == "Skriptets mall"


def test_an_exercise_templates_points_changed_elsewhere_refuse_the_older_copy(
    db: Database,
) -> None:
    shown = _exercise_template(db)
    db.call(exercise_templates.save_template_items, shown.id, [TemplateItemInput("Bara en punkt")])
    now = db.call(exercise_templates.get_template, shown.id)
    assert now.version == shown.version + 1
    with pytest.raises(StaleRecordError):
        _save_exercise_template(db, shown, shown.version, name="Min mall")
    after = db.call(exercise_templates.get_template, shown.id)
    assert (after.name, [i.title for i in after.items]) == (shown.name, ["Bara en punkt"])
    # Its own points saved again unchanged: no new version.
    _save_exercise_template(db, now, now.version)
    assert db.call(exercise_templates.get_template, shown.id).version == now.version
