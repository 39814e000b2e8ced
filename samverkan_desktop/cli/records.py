"""The records a command names by number: known to exist before it works on them, and
named as its list names them when it has changed one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _

if TYPE_CHECKING:
    from samverkan_desktop.db import Database


def open_record(args: argparse.Namespace, model: type, record_id: int, unknown: str) -> Database:
    """The database, once the record a command names is known to exist. An id typed wrong is
    ``unknown`` ("There is no loan with number 99999."); the services' "… no longer exists" is
    for a record another desk deleted meanwhile."""
    db = open_db(args)
    require_record(db, model, record_id, unknown)
    return db


def require_record(db: Database, model: type, record_id: int, unknown: str) -> None:
    """NotFoundError ``unknown`` (with ``{id}``) when no such record exists."""
    from samverkan_desktop.services.validation import get_or_raise

    db.call(get_or_raise, model, record_id, unknown.format(id=record_id))


def require_organisation(db: Database, organisation_id: int) -> None:
    """ "There is no organisation with number 999." for an --organisation never registered."""
    from samverkan_desktop.models import Organisation

    require_record(
        db, Organisation, organisation_id, _("There is no organisation with number {id}.")
    )


def require_place(db: Database, place_id: int) -> None:
    """ "There is no place with number 999." for a --place never registered."""
    from samverkan_desktop.models import Place

    require_record(db, Place, place_id, _("There is no place with number {id}."))


def require_group(db: Database, group_id: int) -> None:
    """ "There is no group with number 999." for a --group never registered: the services' "The
    group no longer exists." is for a group another desk deleted meanwhile, not a mistyped id."""
    from samverkan_desktop.models import Group

    require_record(db, Group, group_id, _("There is no group with number {id}."))


def numbered_title(number: int, title: str) -> str:
    """ "12 ”Byt belysning i gångtunneln”": a record a command changed, as its list names it."""
    return _("{id} “{title}”").format(id=number, title=title)
