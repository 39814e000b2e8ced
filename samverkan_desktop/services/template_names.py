"""A checklist template's name is taken by another that reads the same but for case ("Övning"
and "övning" are one template to a reader). Compared here, not in SQL: SQLite's lower() folds
only A–Z, so "Övning" and "övning" passed its check."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session


def same_name(session: Session, model: Any, name: str, exclude_id: int | None = None) -> str | None:
    """The name of another template of ``model`` that is ``name`` but for case, else None."""
    wanted = name.strip().casefold()
    for template_id, existing in session.execute(select(model.id, model.name)):
        if template_id != exclude_id and existing.casefold() == wanted:
            return str(existing)
    return None
