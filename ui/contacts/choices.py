"""How people and organisations are offered in pickers across areas (type-ahead combos)."""

from __future__ import annotations

from samverkan_desktop.i18n import N_
from samverkan_desktop.services import contacts
from samverkan_desktop.services.contacts import PersonRow
from ui.context import AppContext

# A people picker's refusal when the name typed is in several (RecordCombo.check_known).
SEVERAL_PEOPLE = N_("Several people match “{text}”: {names} – pick one from the list.")


def person_text(row: PersonRow) -> str:
    """ "Anna Berglund — Kommunpolis, Lokalpolisområde Norrmalm": enough to tell namesakes apart."""
    about = ", ".join(part for part in (row.title, row.organisation) if part)
    return f"{row.name} — {about}" if about else row.name


def people_choices(
    ctx: AppContext, exclude: set[int] | frozenset[int] = frozenset()
) -> list[tuple[int, str]]:
    return [
        (row.id, person_text(row))
        for row in ctx.call(contacts.list_people)
        if row.id not in exclude
    ]


def organisation_choices(ctx: AppContext) -> list[tuple[int, str]]:
    return list(ctx.call(contacts.organisation_names))
