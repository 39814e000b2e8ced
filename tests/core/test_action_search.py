"""The Actions list's search through the trigram index (migration 0011_action_search) finds
exactly what the plain "contains" finds, on both databases, and follows every edit."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, _alembic_config, open_database
from samverkan_desktop.models import Action, ActionStatus, Organisation, Person
from samverkan_desktop.services import action_list, action_reading, action_search, actions
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list import SORT_KEYS
from samverkan_desktop.services.action_list_rows import action_list_rows
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.text_search import trigram_phrase, trigram_safe

TODAY = dt.date(2026, 11, 30)

TEXTS = [
    ("Belysning vid Årsta torg", "Lampor saknas vid gångtunneln"),
    ("ÅTGÄRDA KLOTTER på Årstabron", None),
    ("Öppna förskolans grind", "Rabatt 50%_x på kaffe"),
    ("Städning av lekplatsen", 'Säg "hej" till alla; klart 100%'),
    ("Cykelställ vid skolan", "Ännu ej klart; ansvarig återkommer"),
    ("Ny papperskorg", "Ansvar: Östen Ärlig"),
    ("Trafiksäkerhet", "Café crème, Ÿvonne, Ñandú"),
    ("belysning i parken", "BELYSNINGEN är trasig"),
    ("Grekisk text", "Σίσυφος i parken"),
    ("Kort", "ab"),
]
TERMS = [
    "b", "be", "bel", "BELYSNING", "belysning i", "årsta", "ÅRS", "Årstab", "åtg", "TGÄ",
    "öpp", "ÖPPNA F", "50%", "0%_", "%_x", "%", "_", "__", "ö_", "%%", 'säg "hej', '"',
    "rabatt 50", "q", "xyz", "ansvar", "östen", "ÖSTEN ÄR", "café", "CRÈME", "ÿvo", "ÑAN",
    "σίσ", "ΣΊΣΥ", "ab", "kort", "; a", "  ", "trafikk", "åsa", "ÅSA Ö", "polis", "POLISEN",
]  # fmt: skip


@pytest.fixture
def searchable(db: Database) -> Database:
    """Actions with Swedish letters, wildcards and quotes, some closed or undated; responsible
    an organisation or a person (whose organisation's name is searched too)."""
    with db.session() as s:
        traffic = Organisation(name="Trafikkontoret")
        police = Organisation(name="Polisen")
        s.add_all([traffic, police])
        s.flush()
        asa = Person(name="Åsa Öberg", organisation_id=police.id)
        s.add(asa)
        s.flush()
        for number, (title, description) in enumerate(TEXTS):
            data = ActionInput(
                title,
                description=description,
                responsible_organisation_id=traffic.id if number % 3 else None,
                responsible_person_id=None if number % 3 else asa.id,
                due_on=TODAY + dt.timedelta(days=number) if number % 4 else None,
                raised_on=TODAY,
            )
            action_id = actions.create_action(s, data, TODAY)
            if number % 5 == 2:
                actions.set_action_status(s, action_id, ActionStatus.DONE, TODAY)
    return db


def _plain(
    session: Session, f: ActionFilter, sort: str = "due_on", desc: bool = False
) -> list[int]:
    """The search without any index: the whole table, the plain "contains"."""
    return action_list._action_ids(session, f, sort, desc, TODAY, None, None)


def _by_python(session: Session, term: str) -> set[int]:
    rows = session.execute(
        select(Action.id, Action.title, Action.description, Person.name, Organisation.name)
        .outerjoin(Person, Person.id == Action.responsible_person_id)
        .outerjoin(
            Organisation,
            Organisation.id.in_([Action.responsible_organisation_id, Person.organisation_id]),
        )
    )
    needle = term.lower()
    return {r[0] for r in rows if any(needle in (v or "").lower() for v in r[1:])}


@pytest.fixture(params=["few", "many"])
def matches(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Both ways of answering: few matches are sorted; with FEW_MATCHES at 1 every search
    counts as matching many and is read in the order shown."""
    if request.param == "many":
        monkeypatch.setattr(action_search, "FEW_MATCHES", 1)
    yield request.param


def test_indexed_search_finds_what_the_plain_search_finds(
    searchable: Database, matches: str
) -> None:
    with searchable.session() as s:
        for term in TERMS:
            for f in (
                ActionFilter(search=term),
                ActionFilter(search=term, open_only=True),
                ActionFilter(search=term, status=ActionStatus.OPEN),
                ActionFilter(search=term, status=ActionStatus.DONE),
            ):
                expected = _plain(s, f)
                assert action_list.action_ids(s, f, today=TODAY) == expected, (term, f)
                for limit in (1, 3, 100):
                    first = action_list.first_ids(s, f, today=TODAY, limit=limit)
                    assert first == expected[:limit], (term, f, limit)
            if term.strip() and term.lower() not in ("σίσ", "σίσυ"):
                # Python's folding, the meaning the search has (Greek: PostgreSQL's server
                # locale decides; SQLite agrees with Python)
                assert set(_plain(s, ActionFilter(search=term))) == _by_python(s, term), term


def test_every_sort_and_direction_agrees_with_the_plain_search(
    searchable: Database, matches: str
) -> None:
    with searchable.session() as s:
        for term in ("bel", "BELYSNING", "årsta", "50%", "polis", "be", "xyz"):
            f = ActionFilter(search=term)
            for sort in SORT_KEYS:
                for desc in (False, True):
                    expected = _plain(s, f, sort, desc)
                    assert action_list.action_ids(s, f, sort, desc, TODAY) == expected
                    first = action_list.first_ids(s, f, sort, desc, TODAY, limit=2)
                    assert first == expected[:2], (term, sort, desc)


def test_the_search_has_the_meaning_users_see(searchable: Database) -> None:
    def titles(term: str) -> set[str]:
        with searchable.session() as s:
            ids = action_list.action_ids(s, ActionFilter(search=term), today=TODAY)
            return {row.title for row in action_list_rows(s, ids, TODAY)}

    assert titles("BELYSNING") == {"Belysning vid Årsta torg", "belysning i parken"}
    assert titles("årsta") == {"Belysning vid Årsta torg", "ÅTGÄRDA KLOTTER på Årstabron"}
    assert titles("%_x") == {"Öppna förskolans grind"}  # typed text, not wildcards
    assert titles("0%_") == {"Öppna förskolans grind"}
    assert titles("ö_") == set()
    assert titles('säg "hej') == {"Städning av lekplatsen"}
    assert titles("trafikk") == {t for n, (t, _d) in enumerate(TEXTS) if n % 3}  # responsible
    assert titles("ÅSA Ö") == {t for n, (t, _d) in enumerate(TEXTS) if not n % 3}


def _search(db: Database, term: str) -> list[int]:
    with db.session() as s:
        return action_list.action_ids(s, ActionFilter(search=term), today=TODAY)


def _check_sqlite_index(db: Database) -> None:
    """On SQLite the index must match the table row for row (FTS5's own check)."""
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.execute(
                text("INSERT INTO action_search(action_search, rank) VALUES ('integrity-check', 1)")
            )


def test_new_edited_and_deleted_actions_show_up_in_the_search_at_once(
    searchable: Database,
) -> None:
    db = searchable
    with db.session() as s:
        org = s.scalars(select(Organisation.id).where(Organisation.name == "Polisen")).one()
        new_id = actions.create_action(
            s,
            ActionInput("Snöröjning vid Ängbybadet", responsible_organisation_id=org),
            TODAY,
        )
    assert _search(db, "snöröj") == [new_id]
    assert _search(db, "ÄNGBY") == [new_id]
    _check_sqlite_index(db)

    with db.session() as s:
        action = action_reading.get_action(s, new_id)
        actions.update_action(
            s,
            new_id,
            ActionInput(
                "Sandning vid Ängbybadet",
                description="Halt på gångvägen",
                responsible_organisation_id=org,
                expected_version=action.version,
            ),
        )
    assert _search(db, "snöröj") == []
    assert _search(db, "sandning") == [new_id]
    assert _search(db, "HALT PÅ") == [new_id]
    _check_sqlite_index(db)

    with db.session() as s:  # a change of status leaves the text (and the index) as it was
        actions.set_action_status(s, new_id, ActionStatus.DONE, TODAY)
    assert _search(db, "sandning") == [new_id]

    with db.session() as s:
        actions.delete_action(s, new_id)
    assert _search(db, "sandning") == []
    assert _search(db, "ängby") == []
    _check_sqlite_index(db)


def test_changes_written_outside_the_program_reach_the_index(searchable: Database) -> None:
    """The database keeps the index (triggers), whoever writes: plain SQL here."""
    db = searchable
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE actions SET description = 'Vattenläcka' WHERE title = 'Kort'"))
        conn.execute(text("DELETE FROM actions WHERE title LIKE 'Grekisk%'"))
    with db.session() as s:
        (kort,) = s.scalars(select(Action.id).where(Action.title == "Kort"))
    assert _search(db, "vattenläck") == [kort]
    assert _search(db, "σίσ") == []
    _check_sqlite_index(db)


def test_the_migration_goes_down_and_up_again_indexing_what_is_there(
    searchable: Database,
) -> None:
    db = searchable
    with db.engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0010_plan_row_version")
    with db.engine.connect() as conn:
        if db.is_sqlite:
            names = conn.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE '%action_search%'")
            ).all()
        else:
            names = conn.execute(
                text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%_trgm'")
            ).all()
    assert names == []
    with db.engine.begin() as conn:  # written while there was no index
        conn.execute(text("UPDATE actions SET title = 'Skyltning vid Årstaskolan' WHERE id = 1"))
        command.upgrade(_alembic_config(conn), "heads")
    assert _search(db, "SKYLTNING") == [1]
    assert _search(db, "belysning") == _plain_ids(db, "belysning")
    _check_sqlite_index(db)


def _plain_ids(db: Database, term: str) -> list[int]:
    with db.session() as s:
        return _plain(s, ActionFilter(search=term))


def test_postgresql_can_answer_the_search_from_its_trigram_indexes(pg_url: str) -> None:
    # PostgreSQL only (its own fixture: nothing shows as skipped for SQLite).
    db = open_database(pg_url)
    try:
        _assert_trigram_plan(db)
    finally:
        db.dispose()


def _assert_trigram_plan(db: Database) -> None:
    with db.engine.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")):
            pytest.fail("pg_trgm was not created on the test server")
        conn.execute(text("SET enable_seqscan = off"))  # a few rows: else a scan is cheaper
        with Session(bind=conn) as s:
            query = select(Action.id).where(action_search.text_contains(s, "belysning"))
        sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
        plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + sql).scalars())
    assert "ix_actions_title_trgm" in plan
    assert "ix_actions_description_trgm" in plan


def test_trigram_phrases_only_for_terms_the_index_folds_like_contains(db: Database) -> None:
    with db.session() as s:
        phrases = {t: trigram_phrase(s, t) for t in ("be", "bel", 'säg "hej', "σίσ", "İst")}
    if not db.is_sqlite:
        assert set(phrases.values()) == {None}
        return
    assert phrases == {
        "be": None,  # no trigram in two letters
        "bel": '"bel"',
        'säg "hej': '"säg ""hej"',
        "σίσ": None,  # outside the Latin script
        "İst": None,
    }


def test_the_letters_called_safe_are_folded_by_sqlite_as_by_python() -> None:
    """For every term letter ``trigram_safe`` lets through, every letter that Python lowers to
    the same letter is folded by this SQLite's trigram tokenizer to one letter too: the index
    then finds every row that ``contains`` finds."""
    safe = [c for c in map(chr, range(0x20, 0x250)) if trigram_safe(c)]
    lowered = {c.lower() for c in safe}
    alike: dict[str, set[str]] = {}
    for code in range(0x30000):
        char = chr(code)
        if char.lower() in lowered and not 0xD800 <= code < 0xE000:
            alike.setdefault(char.lower(), set()).add(char)
    letters = sorted(set().union(*alike.values()))
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    conn.executemany("INSERT INTO t(rowid, x) VALUES (?, ?)", [(ord(c), c + "ab") for c in letters])
    folded = {chr(doc): term[0] for doc, term in conn.execute("SELECT doc, term FROM v")}
    for char in safe:
        assert len(char.lower()) == 1, char
        assert len({folded[c] for c in alike[char.lower()]}) == 1, char
