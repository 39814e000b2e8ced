"""City-scale benchmark data: all 13 Stockholm districts over ten years.

Seeded and repeatable: the same ``Scale`` and seed give the same rows on every machine. Rows are
written in bulk (SQLAlchemy Core executemany on SQLite, COPY on PostgreSQL), never through the
ORM one by one, so the full city takes minutes. The SQLite file is cached under
``bench_cache_dir()`` keyed by ``GENERATOR_VERSION`` and the scale: bump the version whenever
the rows change.

Every row keeps the rules the database holds (CHECKs, partial unique index on open loans,
triggers), so the services see a database they could have written themselves.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import random
import shutil
import time
import warnings
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import MetaData, Table, select

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.models import Base, Course, PriorityArea

GENERATOR_VERSION = 4  # 2: organisations named in Swedish; 3: "on loan" not stored; 4: an ended
# group's meetings after its end cancelled
SEED = 20261130
ZONE = ZoneInfo("Europe/Stockholm")
UTC = dt.UTC
FIRST_DAY = dt.date(2017, 1, 2)
LAST_DAY = dt.date(2026, 12, 31)  # meetings are planned to the end of the tenth year
# Loans run up to this day; the last loan of a few units is still out (one overdue).
LOANS_UNTIL = dt.date(2026, 11, 27)
PSEUDONYMISE_BEFORE = dt.date(2024, 11, 1)  # older returned loans have lost their borrower
BATCH = 20_000

DISTRICTS = (
    "Rinkeby-Kista",
    "Spånga-Tensta",
    "Hässelby-Vällingby",
    "Bromma",
    "Kungsholmen",
    "Norrmalm",
    "Östermalm",
    "Södermalm",
    "Enskede-Årsta-Vantör",
    "Skarpnäck",
    "Farsta",
    "Hägersten-Älvsjö",
    "Skärholmen",
)
FIRST_NAMES = [
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Kerstin",
    "Emma",
    "Ingrid",
    "Åsa",
    "Märta",
    "Linnéa",
    "Elin",
    "Sofia",
    "Maja",
    "Ebba",
    "Lars",
    "Mikael",
    "Anders",
    "Johan",
    "Per",
    "Erik",
    "Karl",
    "Björn",
    "Göran",
    "Örjan",
    "Ömer",
    "Jonas",
    "Ali",
    "Fatima",
    "Amina",
    "Hassan",
    "Yusuf",
    "Nora",
    "Aino",
    "Leila",
    "Mohammed",
    "Zeynep",
    "Olle",
    "Ture",
    "Åke",
    "Stig",
]
LAST_NAMES = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Lindqvist",
    "Lundgren",
    "Berglund",
    "Åberg",
    "Öberg",
    "Ström",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Hussein",
    "Ali",
    "Mohamed",
    "Yilmaz",
    "Haddad",
    "Nyström",
    "Holm",
    "Söderberg",
    "Ekström",
    "Håkansson",
    "Lindström",
    "Forsberg",
    "Sandberg",
    "Mäkinen",
]
GROUP_KINDS = (
    # (type value, name pattern, how many per district)
    ("styrgrupp", "Lokal styrgrupp {d}", 1),
    ("beredningsgrupp", "Lokal beredningsgrupp {d}", 1),
    ("trygghetsrad", "Trygghetsråd {d} {n}", 4),
    ("chefsamrad", "Chefsamråd {d} {n}", 2),
    ("arbetsgrupp", "Arbetsgrupp {d} {n}", 8),
    ("platssamverkan", "Platssamverkan {d} {n}", 5),
    ("natverk", "Nätverk {d} {n}", 2),
)  # 23 per district: 299 groups
AGENDA = (
    ("action_follow_up", "Uppföljning av åtgärder"),
    ("done_and_next", "Vad har vi gjort / Hur fortsätter vi"),
    (None, "Lägesbild från polisen"),
    (None, "Aktuellt i stadsdelen"),
    ("round_table", "Runda bordet – läge och behov"),
)
ACTION_WORDS = (
    "Belysning vid {p}",
    "Beskära buskage längs {p}",
    "Klottersanering på {p}",
    "Trygghetsvandring kring {p}",
    "Kameraövervakning vid {p}",
    "Fältassistenter kvällstid vid {p}",
    "Ny papperskorg på {p}",
    "Informationsmöte för boende vid {p}",
    "Laga staket vid {p}",
    "Föräldravandring runt {p}",
)
PLACES = (
    "Tensta centrum",
    "Kista galleria",
    "Vällingby torg",
    "Brommaplan",
    "Fridhemsplan",
    "Sergels torg",
    "Stureplan",
    "Medborgarplatsen",
    "Årsta torg",
    "Skarpnäcks centrum",
    "Farsta strand",
    "Liljeholmstorget",
    "Skärholmens centrum",
    "Östermalmstorg",
    "Hötorget",
)
# Kinds of organisation with names as a Swedish register would hold them.
ORGANISATION_NAMES = (
    ("property_owner", "Bostadsbolaget"),
    ("school", "Grundskolan"),
    ("business", "Handlarföreningen"),
    ("association", "Idrottsföreningen"),
    ("transport", "Trafikförvaltningen"),
    ("city", "Fastighetskontoret"),
)


@dataclass(frozen=True)
class Scale:
    """How much to generate; ``CITY`` is the issue's figure, ``tiny`` for the unit test."""

    groups_per_kind: float = 1.0  # multiplies GROUP_KINDS counts (1.0: 299 groups)
    meetings: int = 40_000
    agenda_items_per_meeting: int = 5
    invitees_per_meeting: int = 6
    actions: int = 100_000
    units: int = 200
    loans: int = 1_000_000
    contacts: int = 5_000
    organisations_per_district: int = 8

    def key(self) -> str:
        """The cache key: generator version, scale and the migrations' text (a reserved
        migration filled in later keeps its revision id, so the id alone would not tell)."""
        from samverkan_desktop.paths import MIGRATIONS_DIR

        text = "-".join(str(v) for v in asdict(self).values())
        for script in sorted(MIGRATIONS_DIR.glob("versions/*.py")):
            text += script.read_text(encoding="utf-8")
        return f"v{GENERATOR_VERSION}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"


CITY = Scale()
TINY = Scale(
    groups_per_kind=0.3,
    meetings=400,
    actions=600,
    units=6,
    loans=3_000,
    contacts=300,
    organisations_per_district=2,
)


@dataclass
class Counts:
    tables: dict[str, int]
    seconds: float


def bench_cache_dir() -> Path:
    """SAMVERKAN_BENCH_CACHE, else .bench-cache in the repository (ignored by git)."""
    override = os.environ.get("SAMVERKAN_BENCH_CACHE")
    path = Path(override) if override else Path(__file__).resolve().parents[2] / ".bench-cache"
    path.mkdir(parents=True, exist_ok=True)
    return path


def cached_city(scale: Scale = CITY, log: Callable[[str], None] = print) -> Path:
    """The generated SQLite file for ``scale``, generated on first use only."""
    path = bench_cache_dir() / f"city-{scale.key()}.sqlite3"
    if path.exists():
        return path
    _forget_abandoned_partials(path.parent)
    # One partial file per process: two benches started at once each generate their own (the
    # first to finish is kept), instead of deleting the other's file under it.
    partial = path.with_suffix(f".{os.getpid()}.partial")
    log(f"Generating city-scale data into {path} (once; cached by generator version) ...")
    db = open_database(f"sqlite:///{partial}")
    try:
        counts = generate(db, scale)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    log("  " + ", ".join(f"{k} {v:,}" for k, v in counts.tables.items()))
    log(f"  generated in {counts.seconds:.0f} s")
    os.replace(partial, path)
    return path


def _forget_abandoned_partials(folder: Path) -> None:
    """Remove what a generation that did not finish left behind (its process is gone)."""
    for leftover in folder.glob("city-*.partial*"):
        pid = leftover.name.split(".")[1]
        if not pid.isdigit() or not _running(int(pid)):  # no pid: an older bench's
            leftover.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def copy_of(path: Path, folder: Path) -> Path:
    """A private copy of a cached database (benchmarks that write never touch the cache)."""
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


# --- the rows ------------------------------------------------------------------------------------


def _local(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZONE).astimezone(UTC)


def _workdays(first: dt.date, last: dt.date) -> list[dt.date]:
    days, day = [], first
    while day <= last:
        if day.weekday() < 5:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


class _Rows:
    """Generates the tables in foreign-key order; ``emit(table, rows)`` writes each batch."""

    def __init__(
        self,
        scale: Scale,
        emit: Callable[[Table, list[dict[str, Any]]], None],
        tables: dict[str, Table],
    ):
        self.scale = scale
        self.rng = random.Random(SEED)
        self.emit = emit
        self.tables = tables
        self.counts: dict[str, int] = {}
        self.now = dt.datetime(2026, 11, 30, 6, 0, tzinfo=UTC)

    def write(self, name: str, rows: list[dict[str, Any]]) -> None:
        if rows:
            stamp = {"created_at": self.now, "updated_at": self.now}
            table = self.tables[name]
            if "created_at" in table.c:
                rows = [{**stamp, **row} for row in rows]
            self.emit(table, rows)
            self.counts[name] = self.counts.get(name, 0) + len(rows)

    def stream(self, name: str, rows: Iterator[dict[str, Any]]) -> None:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                self.write(name, batch)
                batch = []
        self.write(name, batch)

    # -- structure --

    def structure(self, priority_area_ids: list[int]) -> None:
        rng, s = self.rng, self.scale
        orgs: list[dict[str, Any]] = []
        self.district_org: dict[str, int] = {}
        self.police_org: dict[str, int] = {}
        for district in DISTRICTS:
            self.district_org[district] = len(orgs) + 1
            orgs.append(_org(len(orgs) + 1, f"{district} stadsdelsförvaltning", "district"))
            self.police_org[district] = len(orgs) + 1
            orgs.append(_org(len(orgs) + 1, f"Lokalpolisområde {district}", "police"))
            for n in range(s.organisations_per_district):
                kind, name = ORGANISATION_NAMES[n % len(ORGANISATION_NAMES)]
                orgs.append(_org(len(orgs) + 1, f"{name} {district} {n + 1}", kind))
        self.write("organisations", orgs)
        self.org_ids = [o["id"] for o in orgs]

        people = []
        self.staff_by_district: dict[str, list[int]] = {d: [] for d in DISTRICTS}
        self.people_by_district: dict[str, list[int]] = {d: [] for d in DISTRICTS}
        for pid in range(1, s.contacts + 1):
            district = DISTRICTS[pid % len(DISTRICTS)]
            staff = pid % 10 < 3
            org = self.district_org[district] if staff else rng.choice(self.org_ids)
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            people.append(
                {
                    "id": pid,
                    "name": f"{first} {last}",
                    "title": "Handläggare"
                    if staff
                    else rng.choice(("Kommunpolis", "Rektor", None)),
                    "organisation_id": org,
                    "department": "Socialtjänsten" if staff else None,
                    "phone": f"08-508 {pid // 100:02d} {pid % 100:03d}",
                    "email": f"person{pid}@example.se",
                    "is_staff": staff,
                    "last_verified": FIRST_DAY + dt.timedelta(days=rng.randrange(3600)),
                    "notes": None,
                }
            )
            self.people_by_district[district].append(pid)
            if staff:
                self.staff_by_district[district].append(pid)
        self.write("people", people)
        self.staff = [p["id"] for p in people if p["is_staff"]]

        groups: list[dict[str, Any]] = []
        memberships: list[dict[str, Any]] = []
        areas: list[dict[str, Any]] = []
        self.group_members: dict[int, list[int]] = {}
        self.group_district: dict[int, str] = {}
        self.group_end: dict[int, dt.date | None] = {}
        for district in DISTRICTS:
            for type_value, pattern, count in GROUP_KINDS:
                how_many = max(1, round(count * s.groups_per_kind))
                for n in range(1, how_many + 1):
                    gid = len(groups) + 1
                    members = rng.sample(self.people_by_district[district], 8)
                    groups.append(
                        {
                            "id": gid,
                            "name": pattern.format(d=district, n=n),
                            "type": type_value,
                            "status": "active" if gid % 17 else "ended",
                            "purpose": f"Samverkan för trygghet i {district}.",
                            "goal": "Minskad otrygghet enligt trygghetsmätningen.",
                            "convener_id": members[0],
                            "district_contact_id": members[1],
                            "police_contact_id": members[2],
                            "meeting_frequency": "Var fjärde vecka",
                            "starts_on": FIRST_DAY,
                            "ended_on": None if gid % 17 else dt.date(2026, 6, 30),
                            "follow_up_t1": False,
                            "follow_up_t2": False,
                            "follow_up_vb": True,
                        }
                    )
                    self.group_members[gid] = members
                    self.group_district[gid] = district
                    self.group_end[gid] = groups[-1]["ended_on"]
                    roles = ["convener", "secretary"] + ["member"] * 6
                    for person, role in zip(members, roles, strict=True):
                        memberships.append(
                            {
                                "id": len(memberships) + 1,
                                "group_id": gid,
                                "person_id": person,
                                "role": role,
                            }  # fmt: skip
                        )
                    for area in rng.sample(priority_area_ids, 2):
                        areas.append({"group_id": gid, "priority_area_id": area})
        self.write("groups", groups)
        self.write("memberships", memberships)
        self.write("group_priority_areas", areas)
        self.group_ids: list[int] = [g["id"] for g in groups]

    # -- meetings --

    def meetings(self) -> None:
        rng, s = self.rng, self.scale
        per_group, extra = divmod(s.meetings, len(self.group_ids))
        span = (LAST_DAY - FIRST_DAY).days
        today = self.now.date()
        self.meetings_by_group: dict[int, list[tuple[int, dt.date]]] = {}
        meetings, items, invitees, decisions = [], [], [], []
        mid = item_id = 0
        self.decision_ids, self.invitee_ids = itertools.count(1), itertools.count(1)
        for index, gid in enumerate(self.group_ids):
            count = per_group + (1 if index < extra else 0)
            hour = 9 + gid % 6
            held: list[tuple[int, dt.date]] = []
            for n in range(count):
                day = FIRST_DAY + dt.timedelta(days=(n * span) // max(count, 1) + gid % 5)
                while day.weekday() >= 5:
                    day += dt.timedelta(days=1)
                mid += 1
                past = day < today
                cancelled = past and rng.random() < 0.03
                # An ended group's meetings after its end were called off (the database
                # refuses a group that held one then: migration 0042).
                ended = self.group_end[gid]
                after_end = ended is not None and day > ended
                cancelled = cancelled or after_end
                status = "cancelled" if cancelled else ("held" if past else "planned")
                starts = _local(day, hour)
                meetings.append(
                    {
                        "id": mid,
                        "group_id": gid,
                        "title": None,
                        "starts_at": starts,
                        "ends_at": starts + dt.timedelta(hours=2),
                        "place": f"{self.group_district[gid]}, sal {1 + gid % 4}",
                        "status": status,
                        "from_rule": False,
                        "original_start": None,
                        "is_exception": False,
                        "prepared": past,
                        "note": (
                            "Inställt: gruppen har avslutats."
                            if after_end
                            else "Inställt: för få anmälda."
                            if cancelled
                            else None
                        ),
                        "minutes_by": "Sekreteraren" if status == "held" else None,
                    }
                )
                held.append((mid, day))
                for position, (key, title) in enumerate(AGENDA[: s.agenda_items_per_meeting]):
                    item_id += 1
                    minutes = status == "held"
                    items.append(
                        {
                            "id": item_id,
                            "meeting_id": mid,
                            "position": position,
                            "title": title,
                            "standing_key": key,
                            "presenter": None,
                            "notes": f"Protokoll punkt {position + 1}: läget följdes upp."
                            if minutes
                            else None,
                            "next_steps": "Fortsätter enligt plan." if minutes and key else None,
                        }
                    )
                if status == "held":
                    decisions.append(
                        {
                            "id": next(self.decision_ids),
                            "meeting_id": mid,
                            "agenda_item_id": item_id,
                            "position": 0,
                            "text": "Mötet beslutade att lägga protokollet till handlingarna.",
                        }  # fmt: skip
                    )
                for person in self.group_members[gid][: s.invitees_per_meeting]:
                    invitees.append(
                        {
                            "id": next(self.invitee_ids),
                            "meeting_id": mid,
                            "person_id": person,
                            "status": "present" if status == "held" else "invited",
                            "substitute_name": None,
                        }
                    )
            self.meetings_by_group[gid] = held
            if len(meetings) >= BATCH:
                self._flush_meetings(meetings, items, invitees, decisions)
                meetings, items, invitees, decisions = [], [], [], []
        self._flush_meetings(meetings, items, invitees, decisions)

    def _flush_meetings(self, meetings: Any, items: Any, invitees: Any, decisions: Any) -> None:
        self.write("meetings", meetings)
        self.write("agenda_items", items)
        self.write("meeting_invitees", invitees)
        self.write("decisions", decisions)

    # -- actions --

    def actions(self) -> None:
        rng, s = self.rng, self.scale
        today = self.now.date()
        notes: list[dict[str, Any]] = []

        def rows() -> Iterator[dict[str, Any]]:
            for aid in range(1, s.actions + 1):
                gid = self.group_ids[aid % len(self.group_ids)]
                from_meeting = aid % 5 != 0
                held: list[tuple[int | None, dt.date]] = [
                    m for m in self.meetings_by_group[gid] if m[1] < today
                ] or [(None, FIRST_DAY)]
                mid, raised = held[rng.randrange(len(held))]
                if mid is None:
                    from_meeting = False
                age = (today - raised).days
                closed_state = rng.random() < min(0.97, 0.2 + age / 400)
                status = (
                    rng.choice(("done", "done", "done", "rejected"))
                    if closed_state
                    else rng.choice(("open", "in_progress", "requested"))
                )
                due = raised + dt.timedelta(days=rng.randrange(14, 120))
                closed = (
                    min(raised + dt.timedelta(days=rng.randrange(1, 200)), today)
                    if closed_state
                    else None
                )
                person = rng.choice(self.group_members[gid]) if aid % 3 else None
                place = PLACES[aid % len(PLACES)]
                if aid % 2 == 0:
                    notes.append(
                        {
                            "id": len(notes) + 1,
                            "action_id": aid,
                            "noted_on": raised,
                            "text": "Beställt, återkommer till nästa möte.",
                            "meeting_id": None,
                        }  # fmt: skip
                    )
                yield {
                    "id": aid,
                    "title": ACTION_WORDS[aid % len(ACTION_WORDS)].format(p=place) + f" ({aid})",
                    "description": f"Togs upp i {self.group_district[gid]}; ansvarig återkommer."
                    if aid % 4 == 0
                    else None,
                    "source_type": "meeting" if from_meeting else "other",
                    "source_id": mid if from_meeting else None,
                    "responsible_person_id": person,
                    "responsible_organisation_id": None
                    if person
                    else self.police_org[self.group_district[gid]],
                    "raised_on": raised,
                    "due_on": due if aid % 7 else None,
                    "status": status,
                    "closed_on": closed,
                    "priority_area_id": None,
                    "group_id": gid,
                }

        self.stream("actions", rows())
        for start in range(0, len(notes), BATCH):
            self.write("action_notes", notes[start : start + BATCH])

    # -- alarms --

    def alarms(self, course_id: int) -> None:
        rng, s = self.rng, self.scale
        # Every staff member attended the alarm training once; a fifth renewed it this year.
        sessions, attendances = [], []
        for n, day in enumerate((dt.date(2021, 3, 9), dt.date(2025, 3, 11), dt.date(2026, 3, 10))):
            sessions.append({"id": n + 1, "course_id": course_id, "held_on": day, "place": "Sal 1"})
        for index, pid in enumerate(self.staff):
            session = 1 if index % 5 else 3
            attendances.append({"id": index + 1, "session_id": session, "person_id": pid})
            if index % 2 == 0 and session == 1:
                attendances.append({"id": len(self.staff) + index + 1, "session_id": 2,
                                    "person_id": pid})  # fmt: skip
        self.write("training_sessions", sessions)
        self.write("training_attendances", attendances)

        home_loan_units = max(1, s.units // 20)
        units: list[dict[str, Any]] = []
        for uid in range(1, s.units + 1):
            kind = "home_loan" if uid <= home_loan_units else "home_visit"
            units.append(
                {
                    "id": uid,
                    "code": f"LARM-{uid:03d}",
                    "kind": kind,
                    "make_model": "Skyddslarm X2",
                    "serial_number": f"SN{100000 + uid}",
                    "status": "available",
                    "last_tested_on": dt.date(2026, 11, 2),
                    "last_charged_at": None,
                    "notes": None,
                }
            )
        per_unit, extra = divmod(s.loans, s.units)
        workdays = _workdays(FIRST_DAY, LOANS_UNTIL)
        approvers = self.staff[:50]

        def rows() -> Iterator[dict[str, Any]]:
            lid = 0
            for unit in units:
                uid = unit["id"]
                count = per_unit + (1 if uid <= extra else 0)
                home_loans = unit["kind"] == "home_loan"
                # Loans spread over the workdays; the last few units keep their last loan out.
                keep_open = uid % 40 == 0
                for n in range(count):
                    lid += 1
                    day = workdays[(n * len(workdays)) // count]
                    slot = n % 2 if count > len(workdays) else 0
                    out = _local(day, 8 + 4 * slot, rng.randrange(0, 60))
                    last = n == count - 1
                    purpose = "home_loan" if home_loans and n % 10 == 0 else "home_visit"
                    due = _local(day, 17) if purpose == "home_visit" else out + dt.timedelta(days=7)
                    back = out + dt.timedelta(minutes=rng.randrange(40, 200))
                    if purpose == "home_loan":
                        back = out + dt.timedelta(hours=rng.randrange(1, 4))
                    if back > due:
                        back = due
                    returned = None if last and keep_open else back
                    borrower = self.staff[(uid * 7919 + n * 31) % len(self.staff)]
                    pseudo = returned is not None and day < PSEUDONYMISE_BEFORE
                    approver = None
                    if purpose == "home_loan":
                        approver = approvers[n % len(approvers)]
                        if approver == borrower:
                            approver = approvers[(n + 1) % len(approvers)]
                    yield {
                        "id": lid,
                        "unit_id": uid,
                        "borrower_id": None if pseudo else borrower,
                        "purpose": purpose,
                        "reason": "Hot i tjänsten"
                        if purpose == "home_loan" and not pseudo
                        else None,
                        "out_at": out,
                        "due_at": due,
                        "returned_at": returned,
                        "lent_by_initials": "AB",
                        "returned_by_initials": None if returned is None else "CD",
                        "approved_by_id": approver,
                        "return_condition_ok": None if returned is None else True,
                        "fault_description": None,
                        "put_on_charge": False,
                        "pseudonymised": pseudo,
                    }

        # Units first (the loans refer to them); a unit with an open loan is on loan by that
        # loan alone (its stored status stays "available", migration 0015).
        self.write("alarm_units", units)
        self.stream("alarm_loans", rows())


def _org(oid: int, name: str, kind: str) -> dict[str, Any]:
    return {
        "id": oid,
        "name": name,
        "kind": kind,
        "org_number": None,
        "phone": None,
        "notes": None,
    }


def generate(db: Database, scale: Scale = CITY) -> Counts:
    """Fill an empty, migrated database (SQLite: Core executemany; PostgreSQL: COPY)."""
    started = time.perf_counter()
    with db.engine.begin() as conn:
        priority_area_ids = list(conn.scalars(select(PriorityArea.id).order_by(PriorityArea.id)))
        course_id = conn.scalar(select(Course.id).where(Course.code == "alarm_training"))
        assert course_id is not None, "the alarm course is seeded by migration 0002"
        emit = _sqlite_emit(conn) if db.is_sqlite else _postgres_emit(conn)
        # The tables as migrated (not the models): columns another change adds later get their
        # server defaults, and Core adds no Python-side defaults of its own.
        reflected = MetaData()
        with warnings.catch_warnings():  # the columns are wanted, not 0019's expression index
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            reflected.reflect(conn)
        rows = _Rows(scale, emit, dict(reflected.tables))
        rows.structure(priority_area_ids)
        rows.meetings()
        rows.actions()
        rows.alarms(course_id)
        if not db.is_sqlite:
            _reset_sequences(conn, rows.counts)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    return Counts(rows.counts, time.perf_counter() - started)


def _sqlite_emit(conn: Any) -> Callable[[Table, list[dict[str, Any]]], None]:
    def emit(table: Table, rows: list[dict[str, Any]]) -> None:
        conn.execute(table.insert(), rows)

    return emit


def _postgres_emit(conn: Any) -> Callable[[Table, list[dict[str, Any]]], None]:
    raw = conn.connection.driver_connection  # psycopg connection

    def emit(table: Table, rows: list[dict[str, Any]]) -> None:
        columns = list(rows[0])
        names = ", ".join(f'"{c}"' for c in columns)
        with (
            raw.cursor() as cursor,
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
        ):
            for row in rows:
                copy.write_row([row[c] for c in columns])

    return emit


def _reset_sequences(conn: Any, counts: dict[str, int]) -> None:
    from sqlalchemy import text

    for name in counts:
        if "id" in Base.metadata.tables[name].c:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f'(SELECT COALESCE(MAX(id), 1) FROM "{name}"))'
                )
            )
