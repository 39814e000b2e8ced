"""Typed domain errors. Each carries a user-facing (already translated) message.

Services raise these; the window shows them beside a field or in a dialog, the command line
prints them on stderr with exit code 1.
"""

from __future__ import annotations

from collections.abc import Sequence


class DomainError(Exception):
    """A problem the user can understand and fix."""

    def __init__(
        self, message: str, *, field: str | None = None, command_line: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        # The name of the input field the message belongs to, when there is one.
        self.field = field
        # The message as the command line says it, when the window's speaks of a form that
        # keeps what was typed ("… det du skrev finns kvar"): a command keeps nothing, it was
        # not carried out and can be run again.
        self.command_line = command_line

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """Input that breaks a rule (empty name, end before start, ...)."""


class FieldErrors(ValidationError):
    """Several fields refused at once (a form's required fields left empty): a form shows each
    under its own field, the first one given the cursor; the command line says them in one
    line. Raise it only for two or more."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__(" ".join(e.message for e in errors), field=errors[0].field)
        self.errors = tuple(errors)


def refuse_all(refusals: Sequence[ValidationError]) -> None:
    """Raise every refusal found at once: one as itself, several as FieldErrors (none: return)."""
    if len(refusals) > 1:
        raise FieldErrors(list(refusals))
    if refusals:
        raise refusals[0]


class NotFoundError(DomainError):
    """A record the user referred to does not exist (any more)."""


class ConflictError(DomainError):
    """The change collides with existing data (duplicate name, unit already on loan, ...)."""


class StaleRecordError(ConflictError):
    """The record was saved elsewhere after the form read it (version columns): refused."""


class ChangedSinceError(StaleRecordError):
    """An Undo refused because another desk changed the record after this desk's change; the
    message names what they changed (no form is open to show it)."""


class InUseError(DomainError):
    """A record cannot be removed because other records still refer to it."""


class DatabaseError(DomainError):
    """The database cannot be opened or used safely.

    ``details``: the driver's own (English, technical) words, when the message leaves them out:
    the window shows them under "Detaljer", the command line on a line of their own."""

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        details: str | None = None,
        command_line: str | None = None,
        cause: str | None = None,
    ) -> None:
        super().__init__(message, field=field, command_line=command_line)
        self.details = details
        # The message without the paths it names, for a sentence that names them on lines of
        # their own after it (the window's notice); None when the message names none.
        self.cause = cause


class BackupFailedError(DatabaseError):
    """A backup that could not be taken (its folder cannot be made, the copy failed).
    ``cause``: why, without the paths the message names, for a sentence that names the
    backups folder on a line of its own after it (the window's notice)."""

    def __init__(self, message: str, *, cause: str, command_line: str | None = None) -> None:
        super().__init__(message, command_line=command_line, cause=cause)
        self.cause: str = cause


class DatabaseLockedError(DatabaseError):
    pass


class DatabaseBusyError(DatabaseLockedError):
    """The database stayed busy at another desk through the work: the window keeps what was
    typed, to try again; the command line says the command was not carried out (command_line)."""


class DatabaseCorruptError(DatabaseError):
    pass


class SchemaTooNewError(DatabaseError):
    pass


class NotSamverkanDatabaseError(DatabaseError):
    pass


def not_samverkan_file(path: object) -> NotSamverkanDatabaseError:
    """A file that is not one of ours, opened at start or chosen to restore: the window's
    message names it whole on a line of its own (inside the sentence it broke at a "/"), the
    command line's keeps it in one line."""
    from samverkan_desktop.i18n import _

    return NotSamverkanDatabaseError(
        _("This file is not a Samverkan database:\n{path}").format(path=path),
        command_line=_("The file {path} is not a Samverkan database.").format(path=path),
    )


class MigrationFailedError(DatabaseError):
    """The upgrade of the database's schema at start failed (not damage: see migration_failure)."""


class PermissionDeniedError(DatabaseError):
    """The database role may not make this change (PostgreSQL roles, samverkan.roles)."""


class DataFolderError(DomainError, OSError):
    """The program's own folder (paths.data_dir) cannot be made: a read-only home, a full
    disk. An OSError still to the code that does without a cache file; the user's words to
    whoever shows it."""
