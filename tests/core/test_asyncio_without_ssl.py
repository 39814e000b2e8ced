"""SQLAlchemy imports asyncio, and asyncio imports ssl (OpenSSL's libssl, about 1.2 MiB of a
start that issue 7 budgets at twice a bare window). The core loads asyncio without it: a fresh
process that opens a database has no ssl loaded, its event loop still runs, and ssl imports and
works afterwards for anything that asks for it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_opening_a_database_loads_no_ssl(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = _run(
        f"""
        import sys
        from samverkan_desktop.db import open_database
        from samverkan_desktop.services import groups
        db = open_database({url!r})
        db.call(groups.list_groups)
        print("asyncio" in sys.modules, "ssl" in sys.modules)
        """
    )
    assert out == "True False"


def test_the_event_loop_runs_and_ssl_imports_afterwards() -> None:
    out = _run(
        """
        import asyncio
        import sqlalchemy.orm  # noqa: F401
        import samverkan_desktop  # noqa: F401  (already loaded asyncio: nothing changes)
        print(asyncio.run(asyncio.sleep(0, "ran")))
        import ssl
        print(ssl.create_default_context().verify_mode == ssl.CERT_REQUIRED)
        """
    )
    assert out == "ran\nTrue"
    out = _run(
        """
        import samverkan_desktop  # noqa: F401
        import asyncio
        print(asyncio.run(asyncio.sleep(0, "ran")), asyncio.sslproto.ssl)
        import ssl
        print(ssl.create_default_context().verify_mode == ssl.CERT_REQUIRED)
        """
    )
    assert out == "ran None\nTrue"
