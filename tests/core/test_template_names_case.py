"""A checklist template's name that differs from another's only in case ("övning" beside
"Övning") is refused, in the services (the window and the command line alike), naming the
template that has it. SQLite's lower() folds only A–Z: the walks' check let "övning" pass."""

from __future__ import annotations

import dataclasses

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.services import checklists, exercise_templates
from samverkan_desktop.services.checklists import ItemInput, TemplateInput


def _walk_template(name: str) -> TemplateInput:
    return TemplateInput(name, None, (ItemInput("", "Belysning"),))


def test_a_walk_template_named_as_another_but_for_case_is_refused(db: Database) -> None:
    db.call(checklists.create_template, _walk_template("Övning i parken"))
    with pytest.raises(ConflictError) as refused:
        db.call(checklists.create_template, _walk_template("  övning I PARKEN "))
    assert refused.value.message == "Det finns redan en checklista som heter ”Övning i parken”."
    other = db.call(checklists.create_template, _walk_template("Kvällsrunda"))
    data = db.call(checklists.get_template, other).to_input()
    with pytest.raises(ConflictError):
        db.call(
            checklists.update_template,
            other,
            dataclasses.replace(data, name="ÖVNING i parken"),
        )
    # Its own name in another case is no clash.
    db.call(
        checklists.update_template,
        other,
        dataclasses.replace(data, name="kvällsrunda"),
    )


def test_an_exercise_template_named_as_another_but_for_case_is_refused(db: Database) -> None:
    db.call(exercise_templates.create_template, "Övning med skolorna")
    with pytest.raises(ConflictError) as refused:
        db.call(exercise_templates.create_template, "övning med skolorna")
    assert refused.value.message == (
        "Det finns redan en checklistmall som heter ”Övning med skolorna”."
    )
    other = db.call(exercise_templates.create_template, "Stabsövning")
    with pytest.raises(ConflictError):
        db.call(exercise_templates.update_template, other, "ÖVNING MED SKOLORNA", None, True)
    db.call(exercise_templates.update_template, other, "stabsövning", None, True)
