"""The report to the district council, "Anmälan av information om aktuellt trygghets- och
säkerhetsarbete" (shared/seeds/000): what the coordinator used to write in Word a few times a
year, gathered from the register for a period. Read only; plain data, printed by
reports/council_report.py.

In the paper's order: the collaboration agreement and its priority areas; per area the groups
working in it (purpose, goal, who takes part, how often they meet, the meetings held and what
they wrote at T1/T2/VB); the place collaborations; the safety walks; the safety work (crisis
management plan, exercises, training, alarm units, other plans, networks: services/
council_safety.py); and who signs it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, GroupStatus, GroupType, Person, Place
from samverkan_desktop.recurrence.phrase_form import meets_shown
from samverkan_desktop.services import agreements, groups, own_district, settings
from samverkan_desktop.services.agreement_revisions import RevisionRow, revision_in_force
from samverkan_desktop.services.council_safety import SafetyWork, safety_work
from samverkan_desktop.services.follow_up_figures import meeting_counts
from samverkan_desktop.services.follow_up_texts import WrittenFollowUp, written_by_group
from samverkan_desktop.services.group_rows import TYPE_ORDER, GroupDetail, MemberRow
from samverkan_desktop.services.group_standing import GroupStanding, Standing, standing
from samverkan_desktop.services.walk_actions_carried import CarriedAtPlace, carried_walk_actions
from samverkan_desktop.services.walk_plan import WalkPlan, year_plan
from samverkan_desktop.swedish_order import sort_key

SIGNATORY_NAME = settings.SIGNATORY_NAME
SIGNATORY_TITLE = "reports.signatory_title"
# The structure itself, not the work in an area: said with the agreement.
STRUCTURE_TYPES = (GroupType.STYRGRUPP, GroupType.BEREDNINGSGRUPP)
# Printed in a section of their own (the paper's "platssamverkan"), and the networks with the
# safety work.
OWN_SECTION_TYPES = (GroupType.PLATSSAMVERKAN, GroupType.NATVERK)


@dataclass(frozen=True)
class GroupPart:
    id: int
    name: str
    type: GroupType
    status: GroupStatus
    starts_on: dt.date | None
    purpose: str | None
    goal: str | None
    meeting_frequency: str | None
    members: tuple[MemberRow, ...]
    held_dates: tuple[dt.date, ...]  # meetings held in the period
    written: tuple[WrittenFollowUp, ...]
    places: tuple[str, ...] = ()  # a place collaboration's places
    # Taking part with no named person and no member from them ("MTR Tunnelbanan – vid behov").
    also: tuple[str, ...] = ()
    # As of the period's end (or today): ended or past its term, it no longer meets.
    standing: GroupStanding = GroupStanding(Standing.ACTIVE)

    @property
    def organisations(self) -> tuple[str, ...]:
        """The organisations taking part, most represented first, then those taking part with
        no named person."""
        counts = Counter(m.organisation for m in self.members if m.organisation)
        ordered = sorted(counts.items(), key=lambda item: (-item[1], sort_key(item[0])))
        return tuple(name for name, _count in ordered) + self.also


@dataclass(frozen=True)
class ShownElsewhere:
    """A group working in an area but told elsewhere: under an earlier area (its number) or
    in its type's own section (place collaborations, networks)."""

    name: str
    area_number: int | None = None
    section: GroupType | None = None


@dataclass(frozen=True)
class AreaPart:
    name: str
    groups: tuple[GroupPart, ...]  # the groups working in it (not the steering/preparation)
    # Groups shown under an earlier area or in their own section, named only.
    also: tuple[ShownElsewhere, ...] = ()


@dataclass(frozen=True)
class AgreementPart:
    title: str
    valid_from: dt.date
    signed_on: dt.date | None  # as first signed
    signed_by: str | None
    police_area: str | None
    parties: tuple[str, ...]
    priority_areas: tuple[str, ...]  # the choice of the revision in force at the period's end
    notes: str | None
    structure: tuple[GroupPart, ...]  # its steering and preparation groups
    revised: RevisionRow | None = None  # the latest revision in force, if not the signing


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str | None


@dataclass(frozen=True)
class CouncilReport:
    first: dt.date
    last: dt.date
    today: dt.date
    agreement: AgreementPart | None
    areas: tuple[AreaPart, ...]
    place_collaborations: tuple[GroupPart, ...]
    walk_plans: tuple[WalkPlan, ...]  # one per year of the period, empty years left out
    safety: SafetyWork
    networks: tuple[GroupPart, ...]  # the networks the coordinator takes part in
    signatory: Signatory | None
    # Earlier walks' remedial actions open at the period's end or done within it, per place.
    carried_walk_actions: tuple[CarriedAtPlace, ...] = ()


def default_period(today: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year up to today."""
    return dt.date(today.year, 1, 1), today


def check_period(first: dt.date, last: dt.date) -> None:
    if last < first:
        raise ValidationError(_("The period cannot end before it starts."), field="end")


def _standing(group: Group, on: dt.date) -> GroupStanding:
    return standing(group.status, group.starts_on, group.term_until, group.ended_on, on)


def _current(group: Group, first: dt.date, on: dt.date) -> bool:
    """Working some day of the period: not ended before it began (a group still to start is
    told as planned, whenever it starts and however it was saved: it reads "Planerad" there as
    everywhere, services.group_standing). One that reads "Avslutad" on ``on`` without having
    started by then ended before its start and is not told; one with an end set for a later
    day still works, as the groups list reads it."""
    if group.ended_on is not None and group.ended_on < first:
        return False
    not_started = group.starts_on is not None and group.starts_on > on
    return not (not_started and _standing(group, on).standing is Standing.ENDED)


def _part(
    session: Session,
    detail: GroupDetail,
    first: dt.date,
    last: dt.date,
    on: dt.date,
    written: dict[int, list[WrittenFollowUp]],
    places: tuple[str, ...] = (),
) -> GroupPart:
    """The group as the report tells it; ``on``: the day its standing is told as of."""
    held, _cancelled, _planned = meeting_counts(session, detail.id, first, last)
    return GroupPart(
        id=detail.id,
        name=detail.name,
        type=detail.type,
        status=detail.status,
        starts_on=detail.starts_on,
        purpose=detail.purpose,
        goal=detail.goal,
        meeting_frequency=meets_shown(detail.meeting_frequency),
        members=detail.members,
        held_dates=held,
        written=tuple(written.get(detail.id, ())),
        places=places,
        also=tuple(row.text() for row in detail.also_taking_part()),
        standing=detail.standing(on),
    )


def _signatory(session: Session, current: list[Group]) -> Signatory | None:
    """Who signs: the name and title in the settings (Arkiv → Inställningar → Anmälan till
    nämnden); without a name there, the coordinator as the register knows her: the person who
    is the district's contact (or convener) of the most groups. Without a title in the
    settings, the person's title in the contacts register."""
    name = settings.get_text(session, SIGNATORY_NAME)
    title = settings.get_text(session, SIGNATORY_TITLE) or None
    if name:
        if title is None:  # the title of the person of that name in the register, if any
            title = session.scalars(
                select(Person.title).where(Person.name == name).order_by(Person.id)
            ).first()
        return Signatory(name, title)
    counts: Counter[int] = Counter()
    for group in current:
        counts.update({p for p in (group.district_contact_id, group.convener_id) if p})
        if group.district_contact_id:
            counts[group.district_contact_id] += 1  # the contact weighs more than the convener
    if not counts:
        return None
    best = max(counts.items(), key=lambda item: (item[1], -item[0]))[0]
    person = session.get(Person, best)
    return Signatory(person.name, title or person.title) if person else None


def council_report(
    session: Session,
    first: dt.date | None = None,
    last: dt.date | None = None,
    today: dt.date | None = None,
) -> CouncilReport:
    """The report for ``first``–``last`` (default: this calendar year up to today)."""
    today = today or clock.today()
    default_first, default_last = default_period(today)
    first, last = first or default_first, last or default_last
    check_period(first, last)
    on = min(last, today)  # a term running past today has not ended yet
    written = written_by_group(session, first, last)
    stored = session.scalars(
        select(Group)
        .options(selectinload(Group.priority_areas), selectinload(Group.district_contact))
        .order_by(Group.id)
    ).all()
    others = own_district.other_districts_groups(session)
    current = sorted(
        (g for g in stored if _current(g, first, on) and g.id not in others),
        key=lambda g: sort_key(g.name),
    )
    current.sort(key=lambda g: TYPE_ORDER.index(g.type))  # stable: by name within a type
    # Who sat in each group during the period, those who have left since included.
    details = {g.id: groups.get_group(session, g.id).during(first, last) for g in current}

    found = agreements.list_agreement_details(session)
    in_force = [
        a
        for a in found
        if a.valid_from <= last and (a.valid_until is None or a.valid_until >= first)
    ]
    chosen = in_force[0] if in_force else None  # the newest in force during the period
    agreement_part = None
    area_names: list[str] = []
    if chosen is not None:
        revision = revision_in_force(chosen.revisions, last)
        chosen_areas = revision.priority_areas if revision is not None else chosen.priority_areas
        area_names = list(chosen_areas)
        structure = tuple(
            _part(session, details[g.id], first, last, on, written)
            for g in current
            if g.type in STRUCTURE_TYPES and g.agreement_id in (chosen.id, None)
        )
        agreement_part = AgreementPart(
            title=chosen.title,
            valid_from=chosen.valid_from,
            signed_on=chosen.signed_on,
            signed_by=chosen.signed_by,
            police_area=chosen.police_area,
            parties=tuple(p.organisation for p in chosen.parties),
            priority_areas=chosen_areas,
            notes=chosen.notes,
            structure=structure,
            revised=revision if revision is not None and not revision.first else None,
        )

    shown: dict[int, int] = {}  # group id: the number of the area it is told under
    areas = []
    for number, name in enumerate(area_names, 1):
        parts: list[GroupPart] = []
        also: list[ShownElsewhere] = []
        for group in current:
            if group.type in STRUCTURE_TYPES or name not in details[group.id].priority_areas:
                continue
            if group.type in OWN_SECTION_TYPES:
                also.append(ShownElsewhere(group.name, section=group.type))
                continue
            if group.id in shown:
                also.append(ShownElsewhere(group.name, area_number=shown[group.id]))
                continue
            shown[group.id] = number
            parts.append(_part(session, details[group.id], first, last, on, written))
        areas.append(AreaPart(name, tuple(parts), tuple(also)))

    place_names = _places_by_group(session)
    place_collaborations = tuple(
        _part(session, details[g.id], first, last, on, written, place_names.get(g.id, ()))
        for g in current
        if g.type is GroupType.PLATSSAMVERKAN
    )
    networks = tuple(
        _part(session, details[g.id], first, last, on, written)
        for g in current
        if g.type is GroupType.NATVERK
    )
    plans = tuple(
        plan
        for plan in (
            year_plan(session, year, today).within(first, last)
            for year in range(first.year, last.year + 1)
        )
        if not plan.is_empty
    )
    return CouncilReport(
        first=first,
        last=last,
        today=today,
        agreement=agreement_part,
        areas=tuple(areas),
        place_collaborations=place_collaborations,
        walk_plans=plans,
        safety=safety_work(session, first, last, today),
        networks=networks,
        signatory=_signatory(
            session, [g for g in current if _standing(g, on).standing is not Standing.ENDED]
        ),
        carried_walk_actions=carried_walk_actions(session, first, last, today),
    )


def _places_by_group(session: Session) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for place in session.scalars(select(Place).options(selectinload(Place.groups))):
        for group in place.groups:
            found.setdefault(group.id, []).append(place.name)
    return {key: tuple(sorted(names, key=sort_key)) for key, names in found.items()}
