"""A checklist point saved without a code gets one made from its name (lower-case letters
without their marks, digits and _), unique within the template; a code typed is kept."""

from __future__ import annotations

from samverkan_desktop.db import Database
from samverkan_desktop.services import checklists
from samverkan_desktop.services.checklists import ItemInput, TemplateInput


def test_codes_are_made_from_the_names_when_left_empty(db: Database) -> None:
    template_id = db.call(
        checklists.create_template,
        TemplateInput(
            name="Vinterkväll",
            description=None,
            items=(
                ItemInput("", "Snöröjning och halka"),
                ItemInput("", "Snöröjning, och halka!"),  # the same code: numbered
                ItemInput("", "24-timmarsöppet"),  # a code starts with a letter
                ItemInput("", "Ö"),
                ItemInput("lighting", "Belysning"),  # typed: kept
            ),
        ),
    )
    items = db.call(checklists.get_template, template_id).items
    assert [i.code for i in items] == [
        "snorojning_och_halka",
        "snorojning_och_halka_2",
        "timmarsoppet",
        "o",
        "lighting",
    ]
