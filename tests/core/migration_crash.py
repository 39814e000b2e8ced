"""A migration that crashes: every upgrade step does its work, then runs a statement the database
refuses (a NOT NULL column left empty), as a migration meeting data it did not foresee would."""

from __future__ import annotations

from typing import Any

import pytest
from alembic import op
from alembic.runtime.migration import RevisionStep

from samverkan_desktop.db import Database
from tests.core.migration_steps import migrate, revision

REFUSED = "INSERT INTO organisations (name) VALUES (NULL)"


def crash_upgrades(monkeypatch: pytest.MonkeyPatch) -> None:
    made = RevisionStep.__init__

    def crashing_step(step: RevisionStep, *args: Any, **kwargs: Any) -> None:
        made(step, *args, **kwargs)
        if step.is_upgrade:
            upgrade = step.migration_fn

            def crashing(**kw: Any) -> None:
                upgrade(**kw)
                op.execute(REFUSED)

            step.migration_fn = crashing

    monkeypatch.setattr(RevisionStep, "__init__", crashing_step)


def one_version_back(db: Database) -> set[str]:
    """The database moved back one migration, as a database of the previous version is; its
    schema version(s) then."""
    migrate(db, "-1")
    return revision(db)
