"""PostgreSQL roles, enforced by the server: the reception lends and returns and nothing else,
the read-only role reads, the coordinator changes records. Runs on the loopback PostgreSQL
server of the test suite (never skipped on CI: see tests/conftest.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine, text

from samverkan_desktop import clock
from samverkan_desktop.cli import main as cli_main
from samverkan_desktop.db import open_database
from samverkan_desktop.errors import PermissionDeniedError
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import AuditEntry, GroupType
from samverkan_desktop.services import (
    alarm_history,
    alarm_loans,
    alarms,
    audit,
    group_editing,
    groups,
    meeting_rules,
    meetings,
)
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.core.alarm_data import at, make
from tests.core.db_logins import login


@pytest.fixture
def shared(pg_url: str) -> tuple[str, dict[str, dict[str, int]], int]:
    owner = open_database(pg_url)
    with owner.session() as s:
        data = make(s)
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
    owner.dispose()
    assert cli_main(["--db", pg_url, "db", "grant-roles"]) == 0
    assert cli_main(["--db", pg_url, "db", "grant-roles"]) == 0  # again: idempotent
    return pg_url, {"people": data.people, "units": data.units}, group_id


@pytest.mark.postgres
def test_the_reception_lends_and_returns_but_may_not_change_a_group(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    pg_url, data, group_id = shared
    desk = open_database(login(pg_url, "reception"))
    try:
        with desk.session() as s:
            assert [u.code for u in alarms.list_units(s)][:2] == ["LARM-01", "LARM-02"]
            lent = alarm_loans.lend(s, LendInput(data["units"]["LARM-01"], data["people"]["lena"]))
        with desk.session() as s:
            alarm_loans.return_unit(s, data["units"]["LARM-01"], fault="Knappen fastnar")
        # The database itself refuses anything else.
        with pytest.raises(PermissionDeniedError, match="databasroll"), desk.session() as s:
            s.execute(text("UPDATE groups SET name = 'x' WHERE id = :id"), {"id": group_id})
        with pytest.raises(PermissionDeniedError), desk.session() as s:
            group_editing.update_group(s, group_id, GroupInput("Annat namn", GroupType.NATVERK))
        with pytest.raises(PermissionDeniedError), desk.session() as s:
            s.execute(text("SELECT * FROM audit_log"))  # it writes its trail, never reads it
        with pytest.raises(PermissionDeniedError), desk.session() as s:
            s.execute(text("SELECT * FROM groups"))
    finally:
        desk.dispose()
    owner = open_database(pg_url)
    try:
        with owner.session() as s:
            assert groups.get_group(s, group_id).name == "Trygghetsrådet"
            trail = audit.history(s, "alarm_loans", lent.loan_id)
            assert trail and all("(desk_reception_" in row.who for row in trail)
            assert (
                s.query(AuditEntry).filter(AuditEntry.db_role.like("desk_reception_%")).count() >= 3
            )
    finally:
        owner.dispose()


@pytest.mark.postgres
def test_the_readonly_role_reads_and_the_coordinator_changes(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    pg_url, _data, group_id = shared
    reader = open_database(login(pg_url, "readonly"))
    coordinator = open_database(login(pg_url, "coordinator"))
    try:
        assert reader.call(groups.get_group, group_id).name == "Trygghetsrådet"
        with pytest.raises(PermissionDeniedError):
            reader.call(group_editing.update_group, group_id, GroupInput("Nytt", GroupType.NATVERK))
        coordinator.call(
            group_editing.update_group,
            group_id,
            GroupInput("Trygghetsrådet Östermalm", GroupType.TRYGGHETSRAD),
        )
        new_id = coordinator.call(
            group_editing.create_group, GroupInput("Ny grupp", GroupType.NATVERK)
        )
        coordinator.call(group_editing.delete_group, new_id)
        assert reader.call(groups.get_group, group_id).name == "Trygghetsrådet Östermalm"
        # No schema changes for anyone but the owner.
        engine = coordinator.engine
        with pytest.raises(Exception, match="must be owner"), engine.begin() as conn:
            conn.execute(text("DROP TABLE groups CASCADE"))
    finally:
        reader.dispose()
        coordinator.dispose()


@pytest.mark.postgres
def test_the_readonly_role_exports_the_calendar_numbered_as_the_coordinator_would(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    """The export remembers its SEQUENCE numbers in a table the read-only role may not write:
    it gets its file all the same, with the numbers the coordinator's export then remembers."""
    pg_url, _data, group_id = shared
    owner = open_database(pg_url)
    owner.call(meeting_rules.set_rule_from_phrase, group_id, "1 gång/månad kl 9-10")
    reader = open_database(login(pg_url, "readonly"))
    coordinator = open_database(login(pg_url, "coordinator"))
    try:
        read = reader.call(export_ics)
        assert b"BEGIN:VEVENT" in read and b"SEQUENCE:0" in read
        assert _sequences(coordinator.call(export_ics)) == _sequences(read)
        remembered = coordinator.call(
            lambda s: s.scalar(text("SELECT count(*) FROM calendar_sequences"))
        )
        assert remembered == read.count(b"BEGIN:VEVENT")
    finally:
        owner.dispose()
        reader.dispose()
        coordinator.dispose()


def _sequences(ics: bytes) -> list[bytes]:
    return [line for line in ics.splitlines() if line.startswith((b"UID", b"SEQUENCE"))]


@pytest.mark.postgres
def test_the_readonly_role_exports_a_deleted_meeting_as_cancelled(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    """Deleted after an export, a meeting goes out cancelled and numbered one higher, from the
    read-only role too (which may not remember it), numbered as the coordinator's export."""
    pg_url, _data, group_id = shared
    reader = open_database(login(pg_url, "readonly"))
    coordinator = open_database(login(pg_url, "coordinator"))
    day = clock.today() + dt.timedelta(days=30)
    starts = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
    try:
        meeting = coordinator.call(
            meetings.add_meeting,
            group_id,
            meetings.MeetingInput(starts, starts + dt.timedelta(hours=1)),
        )
        assert b"SEQUENCE:0" in coordinator.call(export_ics)
        coordinator.call(meetings.delete_meeting, meeting)
        read = reader.call(export_ics)
        entry = read.split(f"UID:meeting-{meeting}@samverkan".encode())[1].split(b"END:VEVENT")[0]
        assert b"STATUS:CANCELLED" in entry and b"SEQUENCE:1" in entry
        assert _sequences(coordinator.call(export_ics)) == _sequences(read)
    finally:
        reader.dispose()
        coordinator.dispose()


def test_roles_are_for_postgresql_only(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--db", sqlite_url, "db", "grant-roles"]) == 1
    assert "PostgreSQL" in capsys.readouterr().err
    assert cli_main(["--db", sqlite_url, "db", "add-login", "anna", "--role", "reception"]) == 1
    assert cli_main(["--db", sqlite_url, "db", "grant-roles", "--show"]) == 0
    assert "GRANT SELECT, INSERT, UPDATE, DELETE" in capsys.readouterr().out


@pytest.mark.postgres
def test_a_login_name_is_checked(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli_main(["--db", pg_url, "db", "add-login", "Robert'); DROP", "--role", "readonly"]) == 1
    )
    assert "inloggningsnamn" in capsys.readouterr().err
    engine = create_engine(pg_url)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'robert%'")) == 0
    engine.dispose()


def _owner_scalar(pg_url: str, sql: str) -> object:
    owner = open_database(pg_url)
    try:
        with owner.session() as s:
            return s.scalar(text(sql))
    finally:
        owner.dispose()


@pytest.mark.postgres
def test_the_reception_never_reads_a_threat_and_sees_only_staff(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    pg_url, data, _group_id = shared
    desk = open_database(login(pg_url, "reception"))
    try:
        # A home loan lent, undone and lent again at the desk: the reason is written, never read.
        home = LendInput(
            data["units"]["LARM-13"],
            data["people"]["lena"],
            due_at=dt.datetime.combine(clock.today() + dt.timedelta(days=14), dt.time(16)),
            reason="Hot från klient; polisanmält",
            approved_by_id=data["people"]["karin"],
        )
        first = desk.call(alarm_loans.lend, home)
        desk.call(alarm_loans.undo_loan_action, first.loan_id)
        lent = desk.call(alarm_loans.lend, home)
        with pytest.raises(PermissionDeniedError, match="läsa"), desk.session() as s:
            s.execute(text("SELECT reason FROM alarm_loans"))
        with desk.session() as s:
            names = set(s.scalars(text("SELECT name FROM people")))
        assert names == {"Lena Persson", "Lars Ek", "Leif Pettersson", "Karin Lindqvist"}
    finally:
        desk.dispose()
    owner = open_database(pg_url)
    try:
        with owner.session() as s:
            assert alarm_history.get_loan(s, lent.loan_id).reason == (
                "Hot från klient; polisanmält"
            )
    finally:
        owner.dispose()


@pytest.mark.postgres
def test_the_reception_undoes_its_last_lend_but_cannot_wipe_the_log(
    shared: tuple[str, dict[str, dict[str, int]], int],
) -> None:
    pg_url, data, _group_id = shared
    owner = open_database(pg_url)
    try:
        with owner.session() as s:  # last week's loan, returned: the log the desk must keep
            old = alarm_loans.lend(
                s,
                LendInput(data["units"]["LARM-02"], data["people"]["leif"]),
                now=at(9, day=16),
            )
            alarm_loans.return_unit(s, data["units"]["LARM-02"], now=at(15, day=16))
    finally:
        owner.dispose()
    desk = open_database(login(pg_url, "reception"))
    try:
        with desk.session() as s:
            connection = s.connection()  # its results count the rows a statement changed
            gone = connection.execute(text("DELETE FROM alarm_loans")).rowcount
            connection.execute(text("DELETE FROM alarm_unit_events"))
            rewritten = connection.execute(
                text("UPDATE alarm_loans SET borrower_id = NULL, pseudonymised = true")
            ).rowcount
        assert (gone, rewritten) == (0, 0)
    finally:
        desk.dispose()
    assert _owner_scalar(pg_url, f"SELECT count(*) FROM alarm_loans WHERE id = {old.loan_id}") == 1
    assert (
        _owner_scalar(pg_url, f"SELECT borrower_id FROM alarm_loans WHERE id = {old.loan_id}")
        == (data["people"]["leif"])
    )
