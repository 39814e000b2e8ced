"""Two desks at the same moment, where the database's unique indexes used to answer in their own
words. A group's first meeting rule saved at two desks: the second is told, in Swedish, that the
group was given a rule meanwhile (PostgreSQL; SQLite lets one desk write at a time and says the
database is busy, wait and try again); nothing of its attempt is kept and trying again works.
A crisis role or contact-list line added at two desks: both are kept, numbered one after the
other (the second read "there is already a crisis role named …", about a name nobody had); so
are a stop on a route and a person in a role. A stop's checklist answers saved at two desks: the
second is told its answers were not saved, and the first desk's stay (also when both showed the
answers' version: the second waits, then finds it moved). SQLite, another desk's
write between this desk's reading and writing: "someone saved at the same moment", not "locked"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError, DatabaseLockedError, StaleRecordError
from samverkan_desktop.services import (
    checklists,
    contacts,
    crisis_external,
    crisis_org,
    meeting_planning,
    meeting_rules,
    places,
    walk_editing,
    walk_records,
    walk_route,
    walk_rows,
    walk_steps,
)
from tests.core.database_rules import rows
from tests.core.meeting_data import TODAY, make_group
from tests.core.two_desks import at_the_same_moment

Desk = Callable[[Session], object]
MONTHLY = "1 gång/månad"
THURSDAYS = "varje torsdag förmiddag"
BUSY = (
    "Databasen är upptagen av en annan dator – försök igen. Inget sparades; det du skrev finns "
    "kvar. Förblir den upptagen, stäng andra program som har databasfilen öppen."
)


def _rule(db: Database, group_id: int) -> list[tuple[object, object]]:
    return [
        (r["phrase"], r["meeting_frequency"])
        for r in rows(
            db,
            "SELECT r.phrase, g.meeting_frequency FROM meeting_rules r "
            "JOIN groups g ON g.id = r.group_id WHERE r.group_id = :g",
            g=group_id,
        )
    ]


def _meetings(db: Database, group_id: int) -> int:
    found = rows(db, "SELECT count(*) AS n FROM meetings WHERE group_id = :g", g=group_id)
    return int(str(found[0]["n"]))  # type: ignore[call-overload]


def test_a_group_s_first_rule_saved_at_two_desks_tells_the_second(db: Database) -> None:
    with db.session() as s:
        group = make_group(s)
    planned: list[meeting_planning.PlanResult] = []

    def save(phrase: str) -> Callable[[Session], meeting_planning.PlanResult]:
        return lambda s: meeting_rules.set_rule_from_phrase(s, group, phrase, today=TODAY)

    with pytest.raises((ConflictError, DatabaseLockedError)) as refused:
        at_the_same_moment(
            db,
            lambda s: planned.append(save(MONTHLY)(s)),
            save(THURSDAYS),
        )
    if db.is_sqlite:
        assert refused.value.message == BUSY
    else:
        assert refused.value.message == (
            "Gruppen fick en mötesregel vid en annan dator i samma ögonblick, så din sparades "
            "inte; det du skrev finns kvar. Öppna gruppen igen för att se den regeln och ändra "
            "den om din ska gälla."
        )
    # The first desk's rule and meetings, nothing of the second's.
    assert _rule(db, group) == [(MONTHLY, MONTHLY)]
    assert _meetings(db, group) == planned[0].created > 0
    # The second desk tries again: its rule now replaces the first.
    with db.session() as s:
        save(THURSDAYS)(s)
    assert _rule(db, group) == [(THURSDAYS, THURSDAYS)]


def test_two_desks_adding_a_crisis_role_at_once_keep_both(db: Database) -> None:
    def add(name: str) -> Desk:
        return lambda s: crisis_org.create_role(s, crisis_org.RoleInput(name))

    try:
        at_the_same_moment(db, add("Krisledare"), add("Informatör"))
    except DatabaseLockedError as busy:  # SQLite: one desk writes at a time
        assert db.is_sqlite and busy.message == BUSY
        with db.session() as s:
            add("Informatör")(s)
    assert rows(db, "SELECT position, name FROM crisis_roles ORDER BY position") == [
        {"position": 1, "name": "Krisledare"},
        {"position": 2, "name": "Informatör"},
    ]


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    database = open_database(pg_url)
    yield database
    database.dispose()


@pytest.mark.postgres
def test_two_desks_adding_to_a_numbered_list_at_once_keep_both(pg_db: Database) -> None:
    """A line of the contact list, a stop on a walk's route, a person in a crisis role."""
    with pg_db.session() as s:
        police = contacts.create_organisation(s, contacts.OrganisationInput("Polisen"))
        park = places.create_place(s, places.PlaceInput("Tessinparken"))
        walk = walk_editing.create_walk(s, walk_rows.WalkInput(park, dt.date(2026, 12, 10)))
        role = crisis_org.create_role(s, crisis_org.RoleInput("Krisledare"))
        karin = contacts.create_person(s, contacts.PersonInput("Karin Lindqvist"))
        per = contacts.create_person(s, contacts.PersonInput("Per Almgren"))

    def line(function: str) -> Desk:
        data = crisis_external.ExternalInput(police, function, last_verified=dt.date(2026, 11, 1))
        return lambda s: crisis_external.create_external(s, data)

    def stop(name: str) -> Desk:
        return lambda s: walk_route.add_stop(s, walk, name)

    def holder(person: int) -> Desk:
        return lambda s: crisis_org.add_member(s, role, person)

    at_the_same_moment(pg_db, line("Kommunpolis"), line("Vakthavande befäl"))
    at_the_same_moment(pg_db, stop("Lekplatsen"), stop("Gången mot Lidingövägen"))
    at_the_same_moment(pg_db, holder(karin), holder(per))
    assert rows(pg_db, "SELECT position, function FROM crisis_contacts ORDER BY position") == [
        {"position": 1, "function": "Kommunpolis"},
        {"position": 2, "function": "Vakthavande befäl"},
    ]
    assert rows(pg_db, "SELECT position, name FROM route_stops ORDER BY position") == [
        {"position": 1, "name": "Lekplatsen"},
        {"position": 2, "name": "Gången mot Lidingövägen"},
    ]
    assert rows(pg_db, "SELECT rank, person_id FROM crisis_role_members ORDER BY rank") == [
        {"rank": 0, "person_id": karin},
        {"rank": 1, "person_id": per},
    ]


@pytest.mark.postgres
def test_two_desks_answering_the_same_stop_at_once_tells_the_second(pg_db: Database) -> None:
    day = dt.date(2021, 9, 20)
    with pg_db.session() as s:
        park = places.create_place(s, places.PlaceInput("Tessinparken"))
        template = checklists.default_template_id(s)
        walk = walk_editing.create_walk(
            s, walk_rows.WalkInput(park, day, checklist_template_id=template)
        )
        stop = walk_route.add_stop(s, walk, "Norra entrén")
        walk_steps.mark_walked(s, walk, day)
        lighting = walk_records.get_checklist(s, walk).items[0].id

    def answer(rating: int, note: str) -> Desk:
        mine = [walk_records.AnswerInput(lighting, rating, note)]
        return lambda s: walk_records.save_stop_answers(s, stop, mine)

    with pytest.raises(ConflictError) as refused:
        at_the_same_moment(pg_db, answer(1, "Två lampor trasiga"), answer(2, "En lampa"))
    assert refused.value.message == (
        "Svaren för stoppet sparades vid en annan dator i samma ögonblick, så dina sparades "
        "inte; det du skrev finns kvar. Öppna vandringen igen för att se de andra svaren."
    )
    assert rows(pg_db, "SELECT rating, note FROM checklist_answers") == [
        {"rating": 1, "note": "Två lampor trasiga"}
    ]
    # Both desks showing the answers as saved now: the second waits for the first, then finds
    # their version moved and is refused, naming the stop (it wrote over the first's).
    with pg_db.session() as s:
        shown = walk_records.get_checklist(s, walk).stop_answers(stop).version

    def answer_shown(rating: int, note: str) -> Desk:
        mine = [walk_records.AnswerInput(lighting, rating, note)]
        return lambda s: walk_records.save_stop_answers(s, stop, mine, shown)

    with pytest.raises(StaleRecordError, match="Någon annan sparade svaren för ”1. Norra entrén”"):
        at_the_same_moment(pg_db, answer_shown(0, "Alla lampor"), answer_shown(3, "Nya lampor"))
    assert rows(pg_db, "SELECT rating, note FROM checklist_answers") == [
        {"rating": 0, "note": "Alla lampor"}
    ]


def test_sqlite_a_change_saved_elsewhere_after_this_desk_began_reading_is_told(
    sqlite_db: Database,
) -> None:
    """SQLite: the other desk's write came between this desk's reading and its writing. No lock
    is held any more: "someone saved at the same moment, try again", not "locked"."""
    other = open_database(sqlite_db.url)
    try:
        with pytest.raises(DatabaseLockedError) as refused, sqlite_db.session() as s:
            contacts.list_organisations(s)  # this desk has begun reading
            with other.session() as elsewhere:
                contacts.create_organisation(elsewhere, contacts.OrganisationInput("SL"))
            contacts.create_organisation(s, contacts.OrganisationInput("MTR"))
    finally:
        other.dispose()
    assert refused.value.message == (
        "Någon vid en annan dator sparade en ändring i samma ögonblick, så din sparades inte; "
        "det du skrev finns kvar. Försök igen."
    )
    assert rows(sqlite_db, "SELECT name FROM organisations") == [{"name": "SL"}]
    with sqlite_db.session() as s:  # again: saved
        contacts.create_organisation(s, contacts.OrganisationInput("MTR"))
    assert rows(sqlite_db, "SELECT name FROM organisations ORDER BY name") == [
        {"name": "MTR"},
        {"name": "SL"},
    ]
