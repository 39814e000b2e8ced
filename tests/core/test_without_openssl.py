"""SQLAlchemy imports asyncio, and asyncio imports ssl (OpenSSL's libssl, about 1.2 MiB of a
start that issue 7 budgets at twice a bare window); SQLAlchemy imports hashlib too (OpenSSL's
libcrypto, 3.4 MiB). The core loads both without OpenSSL: a fresh process that opens a database
has neither ssl nor hashlib's OpenSSL part loaded, its event loop still runs, SQLAlchemy's MD5
gives the same digest, and ssl and hashlib import and work afterwards for anything that asks."""

from __future__ import annotations

import hashlib
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
        print("asyncio" in sys.modules, "ssl" in sys.modules, "_hashlib" in sys.modules)
        print(any("libcrypto" in line for line in open("/proc/self/maps")))
        """
    )
    assert out == "True False False\nFalse"


def test_sqlalchemy_shortens_names_as_ever_and_hashlib_has_openssl_afterwards() -> None:
    out = _run(
        """
        from samverkan_desktop.db import open_database  # noqa: F401
        from sqlalchemy import util
        print(util.md5_hex("samverkan"))
        import hashlib
        print(hashlib.md5(b"samverkan").hexdigest(), hashlib.scrypt(b"x", salt=b"s", n=2, r=1, p=1).hex())
        """
    )
    digest = hashlib.md5(b"samverkan").hexdigest()
    scrypt = hashlib.scrypt(b"x", salt=b"s", n=2, r=1, p=1).hex()
    assert out == f"{digest}\n{digest} {scrypt}"


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
