"""A PostgreSQL server that takes no change at all, whatever the role may: a hot standby (a
replica), or ``default_transaction_read_only = on`` for the role or the database. Every write
is refused there with SQLSTATE 25006. The calendar export, which only reads, writes its file all
the same (its numbers are not remembered, as for the read-only role: test_roles); a change, and
the reception's lend (its own direct unit of work), say so in one Swedish line naming the
database and the server, not "ett oväntat fel"; so does opening it with a migration pending.

The tests set the database read-only for every new connection (ALTER DATABASE), as a
replica's administrator would for a role; the server refuses a write there with the same
error a hot standby gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from samverkan_desktop.db import open_database
from samverkan_desktop.errors import DatabaseError
from samverkan_desktop.models import GroupType
from samverkan_desktop.services import group_editing, meeting_rules
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.alarm_data import make
from tests.core.test_cli import run_cli

pytestmark = pytest.mark.postgres


def _owner(pg_url: str, *statements: str) -> None:
    """Run ``statements`` as the owner, read-only or not (this connection may write)."""
    engine = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"))
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def _read_only(pg_url: str, on: bool = True) -> None:
    name = make_url(pg_url).database
    setting = "SET default_transaction_read_only = on" if on else "RESET ALL"
    _owner(pg_url, f"ALTER DATABASE {name} {setting}")


def _refused(pg_url: str) -> str:
    url = make_url(pg_url)
    return (
        f"Databasen går bara att läsa: {url.database} på {url.host}:{url.port} "
        "(en reservserver, eller skrivskyddad genom en inställning på servern)."
    )


def _sequences(ics: bytes) -> list[bytes]:
    return [line for line in ics.splitlines() if line.startswith((b"UID", b"SEQUENCE"))]


def test_the_calendar_export_is_written_and_numbered_as_a_writing_desk_would(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(pg_url)
    with database.session() as s:
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        meeting_rules.set_rule_from_phrase(s, group_id, "1 gång/månad kl 9-10")
    database.dispose()
    _read_only(pg_url)
    read = tmp_path / "las.ics"
    code, out, err = run_cli(capsys, "--db", pg_url, "export", "ics", "--out", str(read))
    assert (code, err) == (0, "")
    assert f"Sparade {read}" in out
    assert b"BEGIN:VEVENT" in read.read_bytes() and b"SEQUENCE:0" in read.read_bytes()
    _read_only(pg_url, on=False)
    written = tmp_path / "skriv.ics"
    assert run_cli(capsys, "--db", pg_url, "export", "ics", "--out", str(written))[0] == 0
    assert _sequences(written.read_bytes()) == _sequences(read.read_bytes())


@pytest.mark.parametrize(
    "words",
    [
        ["units", "add", "LARM-77", "--kind", "home-visit"],
        ["settings", "set", "alarms.retention_months", "12"],
        ["loans", "out", "LARM-01", "--to", "Lena Persson"],  # a direct unit of work
    ],
    ids=lambda words: " ".join(words[:2]),
)
def test_a_change_says_the_database_only_reads(
    words: list[str], pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    database = open_database(pg_url)
    database.call(make)
    database.dispose()
    _read_only(pg_url)
    code, out, err = run_cli(capsys, "--db", pg_url, *words)
    assert (code, out) == (1, "")
    assert err == f"Fel: {_refused(pg_url)}\n"


def test_opening_it_with_a_migration_pending_says_so(pg_url: str) -> None:
    _owner(pg_url, "UPDATE alembic_version SET version_num = '0037_membership_overlap'")
    _read_only(pg_url)
    with pytest.raises(DatabaseError) as refused:
        open_database(pg_url)
    assert refused.value.message == _refused(pg_url)
