"""Demo: safety walks from the papers (seeds 000 and 001).

Östermalm's prioritised places 2021 (Gyllenstiernsgatan, Tessinparken, Universitetet–Lappis),
the youth walk Norrmalm planned in December 2016 (Vasaparken, where Fält och fritid reported
cannabis smoking), and the Klara examples of the Norrmalm safety council: the white-painted
bridge, the lighting in the staircase down to McDonald's, the closed-off corner and the new garage
door at Mäster Samuelsgatan. The place collaboration Stureplan/Östermalmstorg walked its place in
the period being followed up (walks_stureplan). A follow-up walk in the coming weeks keeps the
district alive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.demo import walks_norrmalm, walks_ostermalm, walks_stureplan
from samverkan_desktop.i18n import ngettext
from samverkan_desktop.models import (
    Action,
    ActionNote,
    ActionSource,
    ActionStatus,
    Group,
    LightCondition,
    Organisation,
    OrganisationKind,
    Person,
    WalkFormat,
)
from samverkan_desktop.recurrence.days import is_working_day, next_working_day
from samverkan_desktop.services import (
    checklists,
    places,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.walk_records import AnswerInput, ObservationInput
from samverkan_desktop.services.walk_rows import WalkInput

# Organisations the walks need beyond the structure's (added if missing).
EXTRA_ORGANISATIONS = [
    ("Fastighetskontoret", OrganisationKind.CITY),
    ("Jernhusen", OrganisationKind.PROPERTY_OWNER),
    ("Hufvudstaden", OrganisationKind.PROPERTY_OWNER),
    ("SSSB Stiftelsen Stockholms Studentbostäder", OrganisationKind.PROPERTY_OWNER),
    ("Stockholms universitet", OrganisationKind.SCHOOL),
]

PLACES: list[dict[str, Any]] = [
    dict(
        name="Gyllenstiernsgatan",
        area="Gärdet",
        description="Gatan mellan Karlavägen och Valhallavägen med garageinfarter, "
        "busshållplats och passagen mot Ladugårdsgärde.",
        coordinates=(59.3388, 18.1003),
    ),
    dict(
        name="Tessinparken",
        area="Gärdet",
        description="Park mellan Valhallavägen och Askrikegatan med lekplats, bollplan och "
        "ett långt mittstråk; mörk kvällstid enligt boende och pensionärsrådet.",
        coordinates=(59.3446, 18.1048),
    ),
    dict(
        name="Universitetet–Lappis",
        area="Norra Djurgården",
        description="Gång- och cykelvägen från tunnelbanestationen Universitetet genom skogen "
        "till studentbostäderna vid Lappkärrsberget.",
        coordinates=(59.3656, 18.0568),
    ),
    dict(
        name="Stureplan/Östermalmstorg",
        area="Östermalm",
        description="Nöjes- och handelsstråket; platssamverkan sedan februari 2021.",
        coordinates=(59.3355, 18.0742),
        groups=("Platssamverkan Stureplan/Östermalmstorg",),
    ),
    dict(
        name="Vasaparken",
        area="Vasastan (Norrmalm)",
        description="Park med parklek; Fält och fritid har sett mycket cannabisrökning sena "
        "kvällar och nätter (Norrmalms trygghetsråd december 2016).",
        coordinates=(59.3426, 18.0432),
    ),
    dict(
        name="Klarakvarteren (Vasagatan–Mäster Samuelsgatan)",
        area="Norrmalm, Klara",
        description="Platssamverkan Klara: McDonald's vid Vasagatan, bron och trappan ner, "
        "garaget vid Mäster Samuelsgatan.",
        coordinates=(59.3328, 18.0596),
    ),
]

PRIORITIES_2021 = [
    (
        "Gyllenstiernsgatan",
        "Otrygghet kvällstid vid garageinfarterna och hållplatsen i den lokala lägesbilden 2021.",
    ),
    ("Tessinparken", "Boende och pensionärsrådet upplever parken som mörk och otrygg kvällstid."),
    (
        "Universitetet–Lappis",
        "Studenter går ensamma sent genom skogspartiet; önskemål från studentkåren och SSSB.",
    ),
]


def _organisations(session: Session) -> dict[str, Organisation]:
    existing = {o.name: o for o in session.scalars(select(Organisation))}
    for name, kind in EXTRA_ORGANISATIONS:
        if name not in existing:
            existing[name] = Organisation(name=name, kind=kind)
            session.add(existing[name])
    session.flush()
    return existing


def _person(session: Session, name: str) -> Person | None:
    return session.scalar(select(Person).where(Person.name == name))


def _rate(session: Session, walk_id: int, ratings: dict[str, list[int]], notes: dict) -> None:
    sheet = walk_records.get_checklist(session, walk_id)
    codes = {i.code: i.id for i in sheet.items}
    for index, stop in enumerate(sheet.stops):
        answers = [
            AnswerInput(codes[code], values[index], notes.get((index + 1, code)))
            for code, values in ratings.items()
            if index < len(values)
        ]
        walk_records.save_stop_answers(session, stop.id, answers)


def _add_action(
    session: Session, obs_id: int, owner_id: int | None, raised_on: dt.date, spec: dict[str, Any]
) -> None:
    """An action with its history as the papers tell it (status, closing date, notes)."""
    session.add(
        Action(
            title=spec["what"],
            source_type=ActionSource.WALK_OBSERVATION,
            source_id=obs_id,
            responsible_organisation_id=owner_id,
            raised_on=raised_on,
            due_on=spec["due"],
            status=ActionStatus(spec["status"]),
            closed_on=spec["closed"],
            notes=[ActionNote(noted_on=day, text=text) for day, text in spec["notes"]],
        )
    )
    session.flush()


def _walk(
    session: Session,
    orgs: dict[str, Organisation],
    place_ids: dict[str, int],
    spec: dict[str, Any],
    today: dt.date,
) -> int:
    organiser = _person(session, spec["organiser"])
    walk_id = walk_editing.create_walk(
        session,
        WalkInput(
            place_id=place_ids[spec["place"]],
            date=spec["date"],
            start_time=spec.get("time"),
            light=spec.get("light", LightCondition.DARK),
            meeting_point=spec.get("meeting_point"),
            format=spec.get("format", WalkFormat.ORDINARY),
            organiser_id=organiser.id if organiser else None,
            resident_count=spec.get("residents", 0),
            purpose=spec.get("purpose"),
            checklist_template_id=checklists.default_template_id(session),
        ),
    )
    for name, description in spec["stops"]:
        walk_route.add_stop(session, walk_id, name, description)
    for name in spec.get("organisations", ()):
        walk_route.add_organisation(session, walk_id, orgs[name].id)
    for name in spec.get("people", ()):
        person = _person(session, name)
        if person is not None:
            walk_route.add_person(session, walk_id, person.id)
    if spec.get("walked", True):
        walk_steps.mark_walked(session, walk_id, today)
        _rate(session, walk_id, spec.get("ratings", {}), spec.get("notes", {}))
        stops = {s.position: s.id for s in walk_route.list_stops(session, walk_id)}
        for obs in spec.get("observations", ()):
            obs_id = walk_records.add_observation(
                session,
                walk_id,
                ObservationInput(
                    obs.description,
                    stop_id=stops.get(obs.stop) if obs.stop else None,
                    location=obs.location,
                    category=obs.category,
                    severity=obs.severity,
                    responsible_organisation_id=orgs[obs.owner].id if obs.owner else None,
                ),
            )
            for action in obs.actions:
                _add_action(
                    session, obs_id, orgs[obs.owner].id if obs.owner else None, spec["date"], action
                )
        if spec.get("summary"):
            walk_records.save_summary(session, walk_id, spec["summary"])
        if spec.get("closing"):
            held_on, notes = spec["closing"]
            walk_steps.record_closing_meeting(session, walk_id, held_on, notes)
    return walk_id


def follow_up_day(today: dt.date) -> dt.date:
    """The day the 2021 Gyllenstiernsgatan walk is followed up: some two and a half weeks on,
    on a working day, as the district walks with the police and the housing companies (plain
    "18 days on" put it on julafton or a Saturday evening, its lane in the week a weekend's)."""
    day = today + dt.timedelta(days=18)
    return day if is_working_day(day) else next_working_day(day)


def load(session: Session, today: dt.date) -> str:
    orgs = _organisations(session)
    place_ids: dict[str, int] = {}
    for spec in PLACES:
        groups = [
            g.id
            for g in session.scalars(select(Group).where(Group.name.in_(spec.get("groups", ()))))
        ]
        lat, lon = spec["coordinates"]
        place_ids[spec["name"]] = places.create_place(
            session,
            places.PlaceInput(
                spec["name"], spec["area"], spec["description"], lat, lon, tuple(groups)
            ),
        )
    for rank, (name, reason) in enumerate(PRIORITIES_2021, start=1):
        places.set_priority(session, place_ids[name], 2021, reason, rank)
    places.set_priority(
        session,
        place_ids["Vasaparken"],
        2017,
        "Ungdomsvandring enligt Norrmalms trygghetsråd: cannabis i Vasaparken och parkleken.",
    )
    places.set_priority(
        session,
        place_ids["Gyllenstiernsgatan"],
        today.year,
        "Uppföljande vandring: vad har hänt sedan 2021?",
    )
    # Not walked yet this year: the year's walk plan shows what is still to plan.
    places.set_priority(
        session,
        place_ids["Tessinparken"],
        today.year,
        "Har belysningen längs mittstråket blivit bättre sedan 2021?",
    )

    walk_ids: dict[str, int] = {}
    for key, spec in {**walks_ostermalm.walks(today), **walks_norrmalm.walks()}.items():
        walk_ids[key] = _walk(session, orgs, place_ids, spec, today)
    walk_ids["stureplan"] = _walk(session, orgs, place_ids, walks_stureplan.walk(today), today)

    follow_up = walk_steps.plan_follow_up(
        session,
        walk_ids["gyllenstiernsgatan"],
        follow_up_day(today),
        dt.time(18, 30),
    )
    walk_ids["follow_up"] = follow_up
    # The 2021 walk was adapted to the pandemic and walked in May light; the follow-up is not.
    planned = walk_reading.get_walk(session, follow_up).to_input()
    walk_editing.update_walk(
        session,
        follow_up,
        replace(planned, format=WalkFormat.ORDINARY, light=LightCondition.DARK, resident_count=0),
    )
    count = len(walk_ids)
    return ngettext("{n} safety walk", "{n} safety walks", count).format(n=count)
