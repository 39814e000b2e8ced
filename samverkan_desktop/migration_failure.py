"""A schema upgrade that failed at start, in the user's words.

It was told as "the database file is damaged", which sent the coordinator to restore a backup of
a sound file. What is true: the upgrade failed; the backup taken just before it (SQLite: every
migration is preceded by one, db_opening._migrate) is at PATH; and the state the database was left in.
The upgrade runs in one transaction on both backends, so normally nothing was changed; that is
read back, not assumed, and a database found partly upgraded is told so.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from samverkan_desktop.errors import DomainError, MigrationFailedError
from samverkan_desktop.i18n import _

log = logging.getLogger(__name__)


def failed(
    error: BaseException, engine: Engine, parsed: URL, before: set[str], backup: Path | None
) -> MigrationFailedError:
    """The error for an upgrade that raised ``error``; ``before``: the schema versions it began
    at; ``backup``: the copy taken just before, when there is one."""
    from samverkan_desktop import db_problems

    log.error("The upgrade of %s failed", parsed.render_as_string(), exc_info=error)
    database = (
        str(Path(parsed.database).resolve())
        if parsed.get_backend_name() == "sqlite" and parsed.database
        else parsed.render_as_string(hide_password=True)
    )
    message = _(
        "The upgrade of the database {database} to this version of Samverkan failed, so the "
        "program cannot open it."
    ).format(database=database)
    if _unchanged(engine, before):
        message += " " + _("Nothing was changed: the database is as it was before the upgrade.")
        if backup is not None:
            message += " " + _("A backup taken just before the upgrade is at {backup}.").format(
                backup=backup
            )
        message += " " + _(
            "Go on working with the version of Samverkan you had before, and give the details "
            "below to whoever supports Samverkan."
        )
    elif backup is not None:
        message += " " + _(
            "The database may be left partly upgraded: do not use it, restore the backup taken "
            "just before the upgrade, {backup}, and give the details below to whoever supports "
            "Samverkan."
        ).format(backup=backup)
    else:
        message += " " + _(
            "The database may be left partly upgraded: do not use it, restore it from your own "
            "backup, and give the details below to whoever supports Samverkan."
        )
    said = db_problems.details(error)
    step = _failed_step(error)
    return MigrationFailedError(message, details=f"{step}: {said}" if step else said)


def _failed_step(error: BaseException) -> str | None:
    """The migration (db/versions) the error was raised in, for whoever helps; None when it
    came from elsewhere (Alembic, the connection)."""
    from samverkan_desktop.paths import MIGRATIONS_DIR

    versions = (MIGRATIONS_DIR / "versions").resolve()
    found = None
    frame = error.__traceback__
    while frame is not None:
        source = Path(frame.tb_frame.f_code.co_filename)
        if source.parent.resolve() == versions:
            found = source.stem
        frame = frame.tb_next
    return found


def _unchanged(engine: Engine, before: set[str]) -> bool:
    """Whether the database still holds the schema versions it had before the upgrade."""
    from sqlalchemy.exc import SQLAlchemyError

    from samverkan_desktop.db import current_revisions

    try:
        return current_revisions(engine) == before
    except (SQLAlchemyError, DomainError):
        log.warning("The schema version could not be read after the failed upgrade", exc_info=True)
        return False
