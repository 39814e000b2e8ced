"""Why a file could not be read or written, in the user's language.

``OSError.strerror`` comes from the C library in English ("File exists", "No space left on
device"); a Swedish message must not end in English. The usual causes get their own text; any
other keeps the system's words."""

from __future__ import annotations

import errno

from samverkan_desktop.i18n import N_, _

_REASONS: dict[int, str] = {
    errno.ENOENT: N_("the file or folder does not exist"),
    errno.EACCES: N_("you do not have permission"),
    errno.EPERM: N_("you do not have permission"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("your disk quota is used up"),
    errno.EROFS: N_("the disk is read-only"),
    errno.EEXIST: N_("a file with that name is in the way"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.EBUSY: N_("it is in use by another program"),
    errno.EIO: N_("the disk could not be read or written (it may be failing)"),
    errno.ETIMEDOUT: N_("the network drive did not answer"),
}


def reason(error: OSError) -> str:
    """A short reason for ``error`` to put after "Cannot save …:"."""
    text = _REASONS.get(error.errno or 0)
    if text is not None:
        return _(text)
    return error.strerror or str(error)


# SQLite words its file errors itself, in English (its C library's strerror is not asked).
_SQLITE_REASONS: tuple[tuple[str, int], ...] = (
    ("unable to open database file", errno.EACCES),
    ("disk is full", errno.ENOSPC),
    ("readonly", errno.EROFS),
    ("disk i/o error", errno.EIO),
)


def sqlite_reason(error: BaseException) -> str:
    """``reason`` for an error of Python's sqlite3 about a file (a copy written, a file read)."""
    text = str(error).lower()
    for words, number in _SQLITE_REASONS:
        if words in text:
            if number == errno.EACCES:
                return _(_CANNOT_OPEN)
            return _(_REASONS[number])
    return str(error)


_CANNOT_OPEN = N_("the file cannot be opened or created there")
