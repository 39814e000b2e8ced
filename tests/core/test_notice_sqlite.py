"""The agenda read with plain SQL (notice_sqlite) is the agenda the services read: the same
MeetingDetail for every meeting of the example district and at the edges of the carried
actions' dates, the same PDF, and the ORM's road whenever the plain reader cannot answer.
``samverkan print agenda`` on SQLite then runs without SQLAlchemy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from reportlab import rl_config
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from samverkan_desktop import backup
from samverkan_desktop.db import Database, _alembic_config, head_revisions, open_database
from samverkan_desktop.models import ActionSource, ActionStatus, MeetingStatus
from samverkan_desktop.notice_sqlite import read_notice
from samverkan_desktop.reports.agenda import agenda_pdf, build_agenda
from samverkan_desktop.services import actions, agenda, contacts, meetings, membership_changes
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def sqlite_demo(sqlite_db: Database) -> Database:
    """The example district on SQLite (the plain reader reads SQLite files only)."""
    from samverkan_desktop import demo

    with sqlite_db.session() as session:
        demo.load(session)
    return sqlite_db


def _url(db: Database) -> str:
    return str(db.engine.url)


def _orm_notice(db: Database, meeting_id: int) -> meetings.MeetingDetail:
    # Through the services, in a unit of work of its own: it also prepares a meeting opened
    # for the first time, so the plain reader finds its invitees and agenda afterwards.
    return db.call(meetings.get_notice, meeting_id)


def _file(db: Database) -> str:
    path = db.engine.url.database
    assert path is not None
    return path


def _meeting_ids(db: Database) -> list[int]:
    with sqlite3.connect(_file(db)) as conn:
        return [row[0] for row in conn.execute("SELECT id FROM meetings ORDER BY id")]


def test_every_meeting_of_the_example_district_reads_and_prints_the_same(
    sqlite_demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _url(sqlite_demo)
    ids = _meeting_ids(sqlite_demo)
    # A meeting whose agenda was emptied by hand and a cancelled one, to have those too.
    with sqlite3.connect(_file(sqlite_demo)) as conn:
        emptied, cancelled = (
            row[0]
            for row in conn.execute(
                "SELECT id FROM meetings WHERE status = 'planned' ORDER BY starts_at DESC LIMIT 2"
            )
        )
    with sqlite_demo.session() as s:
        for item in meetings.get_meeting(s, emptied).agenda:
            agenda.remove_agenda_item(s, item.id)
        meetings.cancel_meeting(s, cancelled, "Lokalen är upptagen – vi ses i januari.")
    seen: list[meetings.MeetingDetail] = []
    for meeting_id in ids:
        expected = _orm_notice(sqlite_demo, meeting_id)
        assert read_notice(url, meeting_id) == expected, meeting_id
        seen.append(expected)
    # The comparison covered what a notice can hold (else the demo changed under this test).
    assert any(d.carried_actions for d in seen)
    assert any(a.last_note for d in seen for a in d.carried_actions)
    assert any(a.overdue for d in seen for a in d.carried_actions)
    assert any(a.source_type is ActionSource.MEETING for d in seen for a in d.carried_actions)
    assert any(d.status is MeetingStatus.CANCELLED for d in seen)
    assert any(not d.agenda for d in seen)
    assert any(d.invitees for d in seen)
    assert any(
        set("åäöÅÄÖ") & set(d.group_name + "".join(i.name for i in d.invitees)) for d in seen
    )

    # The same PDF, byte for byte (no creation time or random document id in it).
    monkeypatch.setattr(rl_config, "invariant", 1)
    chosen = {
        "most carried actions": max(seen, key=lambda d: len(d.carried_actions)),
        "cancelled": next(d for d in seen if d.status is MeetingStatus.CANCELLED),
        "empty agenda": next(d for d in seen if not d.agenda),
        "first": seen[0],
    }
    for case, detail in chosen.items():
        plain = read_notice(url, detail.id)
        assert plain is not None, case
        by_orm = build_agenda(sqlite_demo.call(meetings.get_notice, detail.id))
        assert build_agenda(plain) == by_orm, case
        assert sqlite_demo.call(agenda_pdf, detail.id) == by_orm, case  # the window's road


def test_carried_actions_at_the_edges_of_the_meeting_day(sqlite_db: Database) -> None:
    """Raised the day before or on the day, closed before the previous meeting, between the
    two (while preparing: reported at this one), on or after the day, due before or on it,
    raised at this meeting or another: the plain reader's choice and order are the
    services'."""
    day = dt.date(2026, 11, 3)
    previous_day = day - dt.timedelta(days=14)
    with sqlite_db.session() as s:
        group = make_group(s, "Trygghetsrådet Älvsjö", members=("Örjan Åberg", "Ärla Ek"))
        earlier, meeting = (
            meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10), "Sal Å"))
            for d in (previous_day, day)
        )
        person = meetings.get_meeting(s, meeting).invitees[0].person_id
        police = contacts.create_organisation(s, contacts.OrganisationInput("Polisen Söder"))
        expected_ids = set()
        n = 0
        for raised in (day - dt.timedelta(days=20), day - dt.timedelta(days=1), day):
            for closed in (
                None,
                previous_day - dt.timedelta(days=1),
                day - dt.timedelta(days=1),
                day,
                day + dt.timedelta(days=1),
            ):
                for source, source_id in (
                    (ActionSource.MEETING, earlier),
                    (ActionSource.MEETING, meeting),
                    (ActionSource.OTHER, None),
                ):
                    if closed is not None and closed < raised:
                        continue
                    n += 1
                    action = actions.create_action(
                        s,
                        ActionInput(
                            f"Åtgärd {n}: belysning & ”skyltar” <vid> Östbergatorget",
                            responsible_person_id=person if n % 3 else None,
                            responsible_organisation_id=police if n % 2 or not n % 3 else None,
                            due_on=(max(raised, day - dt.timedelta(days=1)), day, None)[n % 3],
                            source_type=source,
                            source_id=source_id,
                            raised_on=raised,
                            group_id=group,
                        ),
                        today=raised,
                    )
                    if n % 4 == 0:
                        # Notes in order of date, then of writing (not only of writing).
                        for text, on in (("sist", 2), ("först", 0), ("sedan", 0)):
                            when = raised + dt.timedelta(days=on)
                            actions.add_action_note(s, action, f"{n}: {text}", on=when)
                    if closed is not None:
                        status = ActionStatus.DONE if n % 2 else ActionStatus.REJECTED
                        actions.set_action_status(s, action, status, on=closed)
                    elif n % 5 == 0:
                        actions.set_action_status(s, action, ActionStatus.IN_PROGRESS, on=raised)
                    if (
                        raised < day
                        and (closed is None or closed > previous_day)
                        and source_id != meeting
                    ):
                        expected_ids.add(action)
        # Namesakes among the invitees keep one order (by id).
        for _ in range(2):
            namesake = contacts.create_person(s, contacts.PersonInput("Anna Öberg"))
            membership_changes.add_member(s, group, namesake)
    url = _url(sqlite_db)
    detail = _orm_notice(sqlite_db, meeting)
    assert {a.id for a in detail.carried_actions} == expected_ids
    assert read_notice(url, meeting) == detail
    earlier_detail = _orm_notice(sqlite_db, earlier)  # first: it opens (prepares) it
    assert read_notice(url, earlier) == earlier_detail


def test_the_plain_reader_leaves_what_it_cannot_answer_to_the_services(
    sqlite_db: Database, tmp_path: Path
) -> None:
    url = _url(sqlite_db)
    with sqlite_db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(s, group, meetings.MeetingInput(at(dt.date(2026, 12, 1), 9), at(dt.date(2026, 12, 1), 10)))  # fmt: skip
    assert read_notice(url, meeting) is None  # never opened: preparing it is a write
    assert read_notice(url, 4242) is None  # no such meeting: the services word the message
    assert read_notice(url, 2**70) is None
    _orm_notice(sqlite_db, meeting)
    assert read_notice(url, meeting) is not None
    assert read_notice("postgresql+psycopg://nobody@localhost/samverkan", meeting) is None
    assert read_notice("sqlite://", meeting) is None
    assert read_notice(f"sqlite:///{tmp_path / 'missing.sqlite3'}", meeting) is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    assert read_notice(f"sqlite:///{tmp_path / 'junk.sqlite3'}", meeting) is None


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def printed_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[tuple[str, int]]:
    """A demo database file (no backups yet) and a meeting opened once (prepared)."""
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert run_cli(capsys, "--db", url, "demo")[0] == 0
    db = open_database(url)
    try:
        meeting_id = max(_meeting_ids(db), key=lambda m: len(_orm_notice(db, m).carried_actions))
    finally:
        db.dispose()
    for old in backup.list_backups(tmp_path / "demo.sqlite3"):
        old.path.unlink()
    yield url, meeting_id


def _print_in_a_process(url: str, meeting_id: int | str, out: Path) -> tuple[int, list[str], str]:
    script = (
        "import json, sys\n"
        "from samverkan_desktop.cli import main\n"
        f"code = main(['--db', {url!r}, 'print', 'agenda', {str(meeting_id)!r}, "
        f"'--out', {str(out)!r}])\n"
        "print(json.dumps([code, sorted(sys.modules)]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    code, modules = json.loads(done.stdout.splitlines()[-1])
    return code, modules, done.stderr


def test_printing_an_agenda_on_sqlite_loads_no_sqlalchemy(
    printed_demo: tuple[str, int], tmp_path: Path
) -> None:
    url, meeting_id = printed_demo
    out = tmp_path / "kallelse.pdf"
    code, modules, _err = _print_in_a_process(url, meeting_id, out)
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    loaded = set(modules)
    for unwanted in ("sqlalchemy", "samverkan_desktop.db", "samverkan_desktop.models", "alembic"):
        assert unwanted not in loaded, unwanted
    # As every command: the first of the day backs the database up.
    assert [b.reason for b in backup.list_backups(tmp_path / "demo.sqlite3")] == [backup.DAILY]


def test_a_meeting_never_opened_is_prepared_and_printed_by_the_services(
    sqlite_url: str, tmp_path: Path
) -> None:
    db = open_database(sqlite_url)
    with db.session() as s:
        group = make_group(s, "Platssamverkan Årsta", members=("Åsa Öhman", "Eva Ek"))
        day = dt.date(2026, 12, 1)
        meeting = meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10)))
    db.dispose()
    out = tmp_path / "kallelse.pdf"
    code, modules, _err = _print_in_a_process(sqlite_url, meeting, out)
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    assert "sqlalchemy" in modules  # the services' road, which prepared the meeting
    assert read_notice(sqlite_url, meeting) is not None
    code, modules, _err = _print_in_a_process(sqlite_url, meeting, out)
    assert code == 0 and "sqlalchemy" not in modules


def test_a_database_of_another_version_takes_the_services_road(
    printed_demo: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, meeting_id = printed_demo
    database = tmp_path / "demo.sqlite3"
    with sqlite3.connect(database) as conn:
        (current,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    out = tmp_path / "kallelse.pdf"
    argv = ["--db", url, "print", "agenda", str(meeting_id), "--out", str(out)]
    assert read_notice(url, meeting_id) is None
    code, _out, err = run_cli(capsys, *argv)
    assert code == 1 and err.startswith("Fel: ") and err.count("\n") == 1 and not out.exists()
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (current,))
    assert run_cli(capsys, *argv)[0] == 0


def test_an_older_database_is_migrated_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.sqlite3"
    script = ScriptDirectory.from_config(_alembic_config())
    (head,) = head_revisions()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        newest = script.get_revision(head)
        assert newest is not None and isinstance(newest.down_revision, str)  # no merge
        command.upgrade(_alembic_config(conn), newest.down_revision)
    engine.dispose()
    url = f"sqlite:///{path}"
    assert read_notice(url, 1) is None
    code, _out, err = run_cli(capsys, "--db", url, "print", "agenda", "1", "--out", str(tmp_path / "k.pdf"))  # fmt: skip
    assert (code, err) == (1, "Fel: Det finns inget möte med nummer 1.\n")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head


@pytest.mark.parametrize(
    ("meeting", "code", "message"),
    [
        ("4242", 1, "Fel: Det finns inget möte med nummer 4242.\n"),
        ("-1", 1, "Fel: Det finns inget möte med nummer -1.\n"),
    ],
)
def test_an_unknown_meeting_gives_the_same_one_line_message(
    printed_demo: tuple[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    meeting: str,
    code: int,
    message: str,
) -> None:
    url, _meeting_id = printed_demo
    out = tmp_path / "kallelse.pdf"
    argv = ["--db", url, "print", "agenda", "--out", str(out), "--", meeting]
    assert run_cli(capsys, *argv)[::2] == (code, message)
    assert not out.exists()


def test_the_detail_has_one_shape() -> None:
    # One definition of the notice's rows, whichever reader fills them.
    from samverkan_desktop.services import meeting_rows

    assert meetings.MeetingDetail is meeting_rows.MeetingDetail
    assert {f.name for f in dataclasses.fields(meeting_rows.MeetingDetail)} >= {
        "carried_actions",
        "invitees",
        "agenda",
    }


def test_the_windows_agenda_reads_plain_sql_in_its_own_transaction(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """agenda_pdf (the window's print and preview) reads a prepared meeting's notice with plain
    SQL on the session's own connection: it sees the session's unsaved change and needs no
    ORM reading; a meeting never opened takes the ORM's road, which prepares it."""
    from samverkan_desktop.models import Meeting

    monkeypatch.setattr(rl_config, "invariant", 1)
    with sqlite_db.session() as s:
        group = make_group(s, "Trygghetsrådet Årsta", members=("Örjan Åberg", "Ärla Ek"))
        opened, fresh = (
            meetings.add_meeting(s, group, meetings.MeetingInput(at(day, 9), at(day, 10), "Sal Ö"))
            for day in (dt.date(2026, 12, 1), dt.date(2026, 12, 8))
        )
    get_notice = meetings.get_notice
    before = sqlite_db.call(get_notice, opened)  # opened: prepared
    orm_reads: list[int] = []

    def counted(session: Session, meeting_id: int) -> meetings.MeetingDetail:
        orm_reads.append(meeting_id)
        return get_notice(session, meeting_id)

    monkeypatch.setattr(meetings, "get_notice", counted)
    with pytest.raises(_Rollback), sqlite_db.session() as s:
        s.get_one(Meeting, opened).title = "Extra möte om Årstaberg"  # not flushed yet
        pdf = agenda_pdf(s, opened)
        raise _Rollback
    assert orm_reads == []
    assert pdf == build_agenda(dataclasses.replace(before, title="Extra möte om Årstaberg"))
    fresh_pdf = sqlite_db.call(agenda_pdf, fresh)
    assert orm_reads == [fresh]
    assert fresh_pdf == build_agenda(sqlite_db.call(get_notice, fresh))


class _Rollback(Exception):
    pass
