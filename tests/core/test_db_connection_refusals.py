"""A PostgreSQL address the server refuses says what to fix, in one Swedish line: the database's
name, the login, the server's name. Each was "Kan inte ansluta till databasservern … – kör
servern?" (the server ran) or the driver's English ("failed to resolve host …")."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from samverkan_desktop.db import translate_operational_error
from tests.conftest import PostgresServer, _admin_url, _pg_admin
from tests.core.test_cli import run_cli


def _address(server: PostgresServer | str, **parts: str) -> tuple[str, str]:
    """The server's address with ``parts`` changed, and its "host:port"."""
    url = make_url(_admin_url(server)).set(**parts)  # type: ignore[arg-type]
    return url.render_as_string(hide_password=False), f"{url.host}:{url.port or 5432}"


@pytest.mark.postgres
def test_a_database_not_on_the_server_is_named(
    postgres_server: PostgresServer | str, capsys: pytest.CaptureFixture[str]
) -> None:
    url, server = _address(postgres_server, database="samverkan_finns_inte")
    code, out, err = run_cli(capsys, "--db", url, "groups", "list")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Det finns ingen databas ”samverkan_finns_inte” på databasservern {server}: "
        "kontrollera databasens namn i adressen.\n"
    )


@pytest.mark.postgres
def test_a_login_the_server_refuses_is_named(
    postgres_server: PostgresServer | str, capsys: pytest.CaptureFixture[str]
) -> None:
    url, server = _address(postgres_server, username="Ingen_Sadan")
    code, out, err = run_cli(capsys, "--db", url, "groups", "list")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Databasservern på {server} nekade inloggningen som ”Ingen_Sadan”: "
        "användarnamnet eller lösenordet är fel, eller så saknas lösenordet.\n"
    )


def test_a_wrong_password_and_an_unknown_server_name_are_told_apart() -> None:
    # libpq's words, as a server with password logins and a name that is not found give them
    # (the tests' server trusts every login; no name lookup in a test).
    import psycopg

    url = "postgresql+psycopg://Anna:fel@db.kommun.invalid:5433/samverkan"
    wrong = (
        'connection failed: connection to server at "10.0.0.5", port 5433 failed: FATAL:  '
        'password authentication failed for user "Anna"'
    )
    assert translate_operational_error(psycopg.OperationalError(wrong), url).message == (
        "Databasservern på db.kommun.invalid:5433 nekade inloggningen som ”Anna”: "
        "användarnamnet eller lösenordet är fel, eller så saknas lösenordet."
    )
    unknown = "failed to resolve host 'db.kommun.invalid': [Errno -2] Name or service not known"
    assert translate_operational_error(psycopg.OperationalError(unknown), url).message == (
        "Databasservern db.kommun.invalid går inte att hitta: kontrollera serverns namn i "
        "databasadressen."
    )


@pytest.fixture
def password_role(postgres_server: PostgresServer | str) -> Iterator[tuple[str, str]]:
    """A role the server asks a password of (scram), and the address of its login with a wrong
    one. The tests' server trusts every other login; only this role's line is put first."""
    if isinstance(postgres_server, str):
        pytest.skip("the logins of a server given by SAMVERKAN_TEST_PG_URL are not set here")
    name = f"pw_{os.getpid()}"
    _pg_admin(postgres_server, f"CREATE ROLE {name} LOGIN PASSWORD 'ratt-losenord'")
    hba = postgres_server.data / "pg_hba.conf"
    trusting = hba.read_text()
    hba.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n{trusting}")
    _pg_admin(postgres_server, "SELECT pg_reload_conf()")
    url, server = _address(postgres_server, username=name, password="fel-losenord")
    try:
        _until_the_password_is_asked(url)
        yield url, server
    finally:
        hba.write_text(trusting)
        _pg_admin(postgres_server, "SELECT pg_reload_conf()")
        _pg_admin(postgres_server, f"DROP ROLE IF EXISTS {name}")


def _until_the_password_is_asked(url: str) -> None:
    # The server reads its login rules again after the reload signal, not at the call.
    import psycopg

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    for _attempt in range(100):
        try:
            psycopg.connect(plain).close()
        except psycopg.OperationalError:
            return
        time.sleep(0.05)
    pytest.fail("the server did not ask the role's password after the reload")


@pytest.mark.postgres
def test_a_wrong_password_on_the_server_is_named_with_the_role(
    password_role: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    url, server = password_role
    name = make_url(url).username
    code, out, err = run_cli(capsys, "--db", url, "groups", "list")
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Databasservern på {server} nekade inloggningen som ”{name}”: "
        "användarnamnet eller lösenordet är fel, eller så saknas lösenordet.\n"
    )
