"""Long id lists are read in batches (``services.id_batches``) wherever their length has no
bound: re-planning a rule passes every future meeting of the group, pseudonymising passes every
old loan. Each test passes more ids than an older SQLite accepts in one statement (999), so it
fails with "too many SQL variables" if its path sends all the ids at once."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from samverkan_desktop import audit_entries, audit_trail
from samverkan_desktop.db import Database
from samverkan_desktop.models import AgendaItem, AuditEntry, Decision, Invitee, Meeting
from samverkan_desktop.models.meetings import DEFAULT_TEMPLATE
from samverkan_desktop.services import contacts
from samverkan_desktop.services.meeting_common import group_has_minutes, meetings_with_minutes
from samverkan_desktop.services.meeting_work import meetings_with_user_work
from tests.core.meeting_data import at, make_group
from tests.core.sqlite_limits import OLD_LIMIT, bound_value_limit

MANY = OLD_LIMIT + 201  # more meetings than one statement may name


def _many_meetings(session: Session, group_id: int) -> list[int]:
    """``MANY`` weekly meetings of the group, opened once (invitees none, agenda automatic)."""
    first = dt.date(2027, 1, 4)
    session.execute(
        insert(Meeting),
        [
            {
                "group_id": group_id,
                "starts_at": at(first + dt.timedelta(weeks=n), 9),
                "ends_at": at(first + dt.timedelta(weeks=n), 10),
                "original_start": at(first + dt.timedelta(weeks=n), 9),
                "from_rule": True,
                "prepared": True,
            }
            for n in range(MANY)
        ],
    )
    ids = list(
        session.scalars(select(Meeting.id).where(Meeting.group_id == group_id).order_by(Meeting.id))
    )
    session.execute(
        insert(AgendaItem),
        [
            {"meeting_id": meeting_id, "position": position, "standing_key": key, "title": title}
            for meeting_id in ids
            for position, (key, title) in enumerate(DEFAULT_TEMPLATE)
        ],
    )
    return ids


def test_a_decision_at_any_of_many_meetings_counts_as_minutes(sqlite_db: Database) -> None:
    with bound_value_limit(sqlite_db, OLD_LIMIT) as db, db.session() as s:
        group_id = make_group(s)
        ids = _many_meetings(s, group_id)
        assert meetings_with_minutes(s, ids) == set()
        s.add(Decision(meeting_id=ids[-1], text="Belysningen vid torget ses över."))
        s.flush()
        assert meetings_with_minutes(s, ids) == {ids[-1]}
        # The agenda's warning before its template is replaced asks the same question.
        assert group_has_minutes(s, group_id)


def test_replanning_keeps_the_work_on_any_of_many_meetings(sqlite_db: Database) -> None:
    """A changed agenda and a guest invited by hand, on the last of many opened meetings: a
    change of the rule must keep both meetings."""
    with bound_value_limit(sqlite_db, OLD_LIMIT) as db, db.session() as s:
        group_id = make_group(s)
        ids = _many_meetings(s, group_id)
        renamed, with_guest = ids[-2], ids[-1]
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.meeting_id == renamed, AgendaItem.position == 0)
            .values(title="Lägesbild från polisen")
        )
        guest = contacts.create_person(s, contacts.PersonInput("Lina Ek"))
        s.add(Invitee(meeting_id=with_guest, person_id=guest))
        s.flush()
        meetings = list(s.scalars(select(Meeting).where(Meeting.group_id == group_id)))
        assert meetings_with_user_work(s, meetings) == {renamed, with_guest}


def test_scrubbing_the_trail_of_many_records_hides_each(sqlite_db: Database) -> None:
    """Pseudonymising a backlog of old loans scrubs the trail of every one of them."""
    with bound_value_limit(sqlite_db, OLD_LIMIT) as db, db.session() as s:
        person_id = contacts.create_person(s, contacts.PersonInput("Lina Ek", phone="070-1234567"))
        others = range(person_id + 1, person_id + MANY)
        changed = audit_trail.scrub(s, "people", [*others, person_id], frozenset({"phone"}))
        entry = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "people", AuditEntry.record_id == str(person_id)
            )
        ).one()
    assert changed == 1
    assert entry.changes["phone"] == audit_entries.HIDDEN
    assert entry.changes["name"] == {"old": None, "new": "Lina Ek"}
