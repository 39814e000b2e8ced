"""Files copied into the data folder (plan attachments, walk photos) follow their records;
what the system says about the file picked, or about copying it there, is told in one line
naming the file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session

from samverkan_desktop import os_errors
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def picked_size(source: Path, field: str) -> int:
    """The size of the file picked to be stored. One missing, or one the system will not read
    (a name too long for the disk, no permission), is a ValidationError naming it."""
    try:
        if not source.is_file():
            raise ValidationError(
                _("The file {path} does not exist.").format(path=source), field=field
            )
        return source.stat().st_size
    except OSError as error:
        raise ValidationError(
            _("“{name}” cannot be read: {reason}").format(
                name=source.name, reason=os_errors.reason(error)
            ),
            field=field,
        ) from error


def not_stored(source: Path, error: OSError, field: str) -> ValidationError:
    """The error for a picked file whose copy into the data folder failed (a full disk, a
    name too long there); the caller removes what was half written."""
    return ValidationError(
        _("“{name}” could not be copied into the data folder: {reason}").format(
            name=source.name, reason=os_errors.reason(error)
        ),
        field=field,
    )


def remove_after_commit(session: Session, root: Path, *relative: str) -> None:
    """Delete the copies once the deletion of their record is committed: a failed or rolled-back
    unit of work keeps both the record and its files."""
    state = {"pending": True}

    def committed(_session: Session) -> None:
        if state["pending"]:
            state["pending"] = False
            for rel in relative:
                (root / rel).unlink(missing_ok=True)

    def rolled_back(_session: Session, _transaction: object) -> None:
        state["pending"] = False

    event.listen(session, "after_commit", committed, once=True)
    event.listen(session, "after_soft_rollback", rolled_back, once=True)
