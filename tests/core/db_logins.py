"""Logins of the shared database's roles for tests on the loopback PostgreSQL server."""

from __future__ import annotations

import itertools
import os

from sqlalchemy.engine import make_url

from samverkan_desktop.cli import main as cli_main

_logins = itertools.count()


def login(pg_url: str, role: str) -> str:
    """A fresh login role of the given kind (roles are per server, so names are unique); the
    roles' rights must have been granted (``db grant-roles``)."""
    name = f"desk_{role}_{os.getpid()}_{next(_logins)}"
    assert cli_main(["--db", pg_url, "db", "add-login", name, "--role", role]) == 0
    return make_url(pg_url).set(username=name).render_as_string(hide_password=False)
