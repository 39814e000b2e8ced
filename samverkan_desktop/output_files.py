"""Writing a printout or an export to a file the user named, without ever destroying data.

Every "--out FILE" of the command line and every "Save as" of the window writes through here:
- a database (any file that begins as an SQLite file does: the program's own, a backup, another
  desk's copy) or the journal beside one is refused, not overwritten: a printout written over
  the database had left an 11 KB PDF where every record was;
- the file is written beside its target and then put in its place, so a failure half-way
  leaves what was there before (an earlier export) rather than half a file.
- a command line's ``--out`` ends as what is written does (``.pdf`` for a printout, ``.ics``,
  ``.csv``; in any case): "x.txt" had silently received a PDF, and a name without an ending
  opens in no program;
Any other existing file is replaced, as scripts that write the same export every day expect.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from samverkan_desktop import os_errors, sqlite_files
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLite's files beside a database "x": x-wal, x-shm and x-journal.
JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
# The endings of what the command line writes.
PDF = ".pdf"
ICS = ".ics"
CSV = ".csv"


def is_sqlite_file(path: Path) -> bool:
    if sqlite_files.is_open(path):
        return True  # never read: closing the file would drop SQLite's locks on it
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _journal_of(path: Path) -> Path | None:
    """The database whose journal ``path`` is, if that database exists."""
    for suffix in JOURNAL_SUFFIXES:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            database = path.with_name(path.name[: -len(suffix)])
            if database.is_file():
                return database
    return None


def with_ending(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix``: added, never put in place of what follows a dot the user
    wrote ("Möte 1.12" is "Möte 1.12.pdf", not "Möte 1.pdf")."""
    if path.suffix.lower() == suffix:
        return path
    return path.with_name(path.name + suffix)


def check_target(path: Path, suffix: str | None = None) -> None:
    """Raise ValidationError (Swedish, naming the file) if ``path`` may not be written; with
    ``suffix`` (".pdf"), also when its name does not end so (in any case)."""
    if not str(path).strip() or path == Path("."):  # Path("") is "."
        raise ValidationError(_("Name the file to write."))
    if path.is_dir():
        raise ValidationError(_("{path} is a folder; name a file in it.").format(path=path))
    if not path.parent.is_dir():
        raise ValidationError(_("The folder {folder} does not exist.").format(folder=path.parent))
    if path.exists() and is_sqlite_file(path):
        raise ValidationError(
            _("{path} is a database; it is not overwritten. Choose another file name.").format(
                path=path
            )
        )
    database = _journal_of(path)
    if database is not None:
        raise ValidationError(
            _("{path} belongs to the database {database}; choose another file name.").format(
                path=path, database=database
            )
        )
    if suffix is not None and not path.name.lower().endswith(suffix.lower()):
        raise ValidationError(
            _("The file name {path} must end in {suffix}.").format(path=path, suffix=suffix)
        )


@contextlib.contextmanager
def replacing(path: Path, suffix: str | None = None) -> Iterator[Path]:
    """Check ``path`` (and its ``suffix``), yield a new file beside it to write, and put that
    file in its place when the block ends without an error (otherwise remove it: ``path``
    stays as it was)."""
    check_target(path, suffix)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise _cannot_write(path, error) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise _cannot_write(path, error) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes, suffix: str | None = None) -> None:
    with replacing(path, suffix) as temporary:
        temporary.write_bytes(data)


def _keep_mode(path: Path, temporary: Path) -> None:
    # mkstemp makes the file readable by its owner only; a replaced file keeps its own
    # permissions, a new one gets the usual ones.
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _cannot_write(path: Path, error: OSError) -> ValidationError:
    return ValidationError(
        _("Cannot write {path}: {reason}").format(path=path, reason=os_errors.reason(error))
    )
