"""Why a database server could not be reached, in the user's words: a server that is down, a
name that is not found, a login refused, a database that is not there.

Each asks for a different fix (start the server, correct the address, the password, the
database's name); "is the server running?" for all of them sent the user to the wrong one.
The driver's words (libpq's, English) are read: at login PostgreSQL gives no SQLSTATE to the
client. Words not recognised keep the question whether the server runs."""

from __future__ import annotations

import getpass
import re

from sqlalchemy.engine import URL

from samverkan_desktop.errors import DatabaseError
from samverkan_desktop.i18n import _

LOGIN_REFUSED = ("password authentication failed", "no password supplied", "role ")
HOST_UNKNOWN = ("failed to resolve host", "could not translate host name")
CONNECTION_WORDS = ("could not connect", "connection", *HOST_UNKNOWN)
_NAMED_USER = re.compile(r'(?:user|role) "([^"]+)"')


def is_connection_failure(text: str) -> bool:
    """Whether the driver's (lower-case) ``text`` says the connection was not made."""
    return any(words in text for words in CONNECTION_WORDS)


def connection_error(said: str, parsed: URL | None, server: str) -> DatabaseError:
    """The message for what the driver ``said``; ``server`` is "host:port"."""
    text = said.lower()
    if any(words in text for words in HOST_UNKNOWN):
        host = parsed.host if parsed is not None and parsed.host else server
        return DatabaseError(
            _(
                "The database server {host} cannot be found: check the server's name in the "
                "database address."
            ).format(host=host)
        )
    if 'database "' in text and "does not exist" in text:
        database = parsed.database if parsed is not None else ""
        return DatabaseError(
            _(
                "There is no database “{database}” on the server at {server}: check the "
                "database's name in the address."
            ).format(database=database, server=server)
        )
    if any(words in text for words in LOGIN_REFUSED):
        named = _NAMED_USER.search(said)
        user = named[1] if named else (parsed.username if parsed is not None else None)
        return DatabaseError(
            _(
                "The database server at {server} refused the login as “{user}”: the user name "
                "or the password is wrong, or the password is missing."
            ).format(server=server, user=user or getpass.getuser())
        )
    return DatabaseError(
        _("Cannot connect to the database server at {server} – is the server running?").format(
            server=server
        )
    )
