"""Demo: organisations, people, the Östermalm agreement with the police and its groups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.demo import action_plan, follow_ups, memberships
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Agreement,
    AgreementAppendix,
    AgreementParty,
    AgreementRevision,
    Group,
    GroupOrganisation,
    GroupStatus,
    GroupType,
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    Person,
    PriorityArea,
)

SDF = "Östermalms stadsdelsförvaltning"
POLICE = "Lokalpolisområde Norrmalm"

ORGANISATIONS = [
    (SDF, OrganisationKind.DISTRICT, "212000-0142", "08-508 10 000"),
    (POLICE, OrganisationKind.POLICE, "202100-0076", "114 14"),
    ("Utbildningsförvaltningen", OrganisationKind.CITY, None, "08-508 33 000"),
    ("Norrmalms stadsdelsförvaltning", OrganisationKind.CITY, None, "08-508 09 000"),
    ("Trafikkontoret", OrganisationKind.CITY, None, "08-508 27 000"),
    ("Socialförvaltningen", OrganisationKind.CITY, None, "08-508 25 000"),
    ("Stadsledningskontoret", OrganisationKind.CITY, None, "08-508 29 000"),
    ("Stockholmshem", OrganisationKind.PROPERTY_OWNER, None, "08-508 390 00"),
    ("SL (Region Stockholm)", OrganisationKind.TRANSPORT, None, "08-600 10 00"),
    ("MTR Tunnelbanan", OrganisationKind.TRANSPORT, None, None),
    ("Sturegallerian", OrganisationKind.PROPERTY_OWNER, None, None),
    ("Stureplansgruppen", OrganisationKind.BUSINESS, None, None),
    ("Östermalmshallen", OrganisationKind.BUSINESS, None, None),
    ("City i samverkan", OrganisationKind.ASSOCIATION, None, None),
    ("Pensionärsrådet Östermalm", OrganisationKind.ASSOCIATION, None, None),
    ("Funktionshinderrådet Östermalm", OrganisationKind.ASSOCIATION, None, None),
]

# (key, name, title, organisation, department, phone, e-mail, staff, verified months ago)
PEOPLE = [
    (
        "director",
        "Karin Lindqvist",
        "Stadsdelsdirektör",
        SDF,
        "Förvaltningsledningen",
        "08-508 10 001",
        "karin.lindqvist@example.se",
        True,
        2,
    ),
    (
        "coordinator",
        "Anna Berglund",
        "Trygghets- och säkerhetssamordnare",
        SDF,
        "Avdelningen för stadsmiljö",
        "08-508 10 120",
        "anna.berglund@example.se",
        True,
        1,
    ),
    (
        "police_chief",
        "Mikael Ström",
        "Lokalpolisområdeschef",
        POLICE,
        None,
        "010-563 00 10",
        "mikael.strom@example.se",
        False,
        3,
    ),
    (
        "community_officer",
        "Sara Holm",
        "Kommunpolis",
        POLICE,
        None,
        "010-563 00 42",
        "sara.holm@example.se",
        False,
        1,
    ),
    (
        "education_head",
        "Johan Ek",
        "Avdelningschef",
        "Utbildningsförvaltningen",
        "Grundskoleavdelningen",
        "08-508 33 210",
        "johan.ek@example.se",
        False,
        9,
    ),
    (
        "norrmalm_coord",
        "Lina Forsberg",
        "Säkerhetsstrateg",
        "Norrmalms stadsdelsförvaltning",
        None,
        "08-508 09 140",
        "lina.forsberg@example.se",
        False,
        4,
    ),
    (
        "traffic",
        "Erik Sandberg",
        "Trafikplanerare",
        "Trafikkontoret",
        None,
        "08-508 27 310",
        None,
        False,
        14,
    ),
    (
        "social_dev",
        "Maria Åkesson",
        "Verksamhetsutvecklare",
        SDF,
        "Socialtjänsten",
        "08-508 10 310",
        "maria.akesson@example.se",
        True,
        5,
    ),
    (
        "elderly_dev",
        "Peter Nyström",
        "Verksamhetsutvecklare",
        SDF,
        "Äldreomsorgen",
        "08-508 10 410",
        "peter.nystrom@example.se",
        True,
        8,
    ),
    (
        "council_sec",
        "Helena Wikström",
        "Sekreterare pensionärs- och funktionshinderråden",
        SDF,
        "Kansliet",
        "08-508 10 050",
        None,
        True,
        3,
    ),
    (
        "housing",
        "Oskar Lund",
        "Trygghetsansvarig",
        "Stockholmshem",
        None,
        "08-508 390 77",
        None,
        False,
        20,
    ),
    (
        "mall",
        "Fredrik Dahl",
        "Centrumchef",
        "Sturegallerian",
        None,
        "08-545 078 00",
        "fredrik.dahl@example.se",
        False,
        2,
    ),
    (
        "stureplan",
        "Camilla Rydén",
        "Driftchef",
        "Stureplansgruppen",
        None,
        "08-440 57 30",
        None,
        False,
        7,
    ),
    ("hallen", "Jonas Björk", "Förvaltare", "Östermalmshallen", None, None, None, False, None),
    (
        "city_assoc",
        "Elin Strand",
        "Platsutvecklare",
        "City i samverkan",
        None,
        "08-54 54 70 00",
        "elin.strand@example.se",
        False,
        1,
    ),
    (
        "sl",
        "Ahmed Yilmaz",
        "Säkerhetssamordnare",
        "SL (Region Stockholm)",
        None,
        "08-686 16 00",
        None,
        False,
        10,
    ),
    (
        "crisis_support",
        "Ingrid Sjöberg",
        "Enhetschef",
        SDF,
        "Individ- och familjeomsorgen",
        "08-508 10 220",
        "ingrid.sjoberg@example.se",
        True,
        2,
    ),
    (
        "evac_leader",
        "Tobias Hedlund",
        "Utrymningsledare",
        SDF,
        "Receptionen Karlavägen 104",
        "08-508 10 000",
        None,
        True,
        5,
    ),
    (
        "reception",
        "Noura Haddad",
        "Receptionist",
        SDF,
        "Receptionen Karlavägen 104",
        "08-508 10 000",
        None,
        True,
        1,
    ),
    (
        "city_network",
        "Gustav Öberg",
        "Säkerhetssamordnare",
        "Stadsledningskontoret",
        "Säkerhetsavdelningen",
        "08-508 29 500",
        "gustav.oberg@example.se",
        False,
        6,
    ),
    (
        "case_worker",
        "Lena Persson",
        "Socialsekreterare",
        SDF,
        "Socialtjänsten",
        "08-508 10 330",
        None,
        True,
        3,
    ),
    (
        "case_worker2",
        "David Karlsson",
        "Biståndshandläggare",
        SDF,
        "Äldreomsorgen",
        "08-508 10 430",
        None,
        True,
        4,
    ),
]


def _areas(session: Session, *codes: str) -> list[PriorityArea]:
    return list(session.scalars(select(PriorityArea).where(PriorityArea.code.in_(codes))))


def _last_february_revision(today: dt.date) -> dt.date:
    """The latest 22 February passed: the agreement's yearly revision (crisis_data's register)."""
    this_year = dt.date(today.year, 2, 22)
    return this_year if this_year <= today else this_year.replace(year=today.year - 1)


SIGNED_BY = "Stadsdelsdirektör Östermalm; tf. lokalpolisområdeschef Norrmalm"
SIGNED_ON = dt.date(2020, 2, 21)  # paper 002


def _revisions(areas: list[PriorityArea], today: dt.date) -> list[AgreementRevision]:
    """Signed on 21/2-2020 (paper 002), revised and signed again each February since 2021, as
    the plans register's versions say: its next revision is due when theirs is. The priorities
    have stood; the notes say what else each revision did."""
    last = _last_february_revision(today)
    notes = {
        2021: "Reviderad och signerad på nytt; bygger på en nyligen reviderad lokal lägesbild.",
        last.year: "Lägesbilden (bilaga 1) uppdaterad med förra årets siffror.",
    }
    revisions = [
        AgreementRevision(revised_on=SIGNED_ON, decided_by=SIGNED_BY, priority_areas=areas)
    ]
    for year in range(2021, last.year + 1):
        revisions.append(
            AgreementRevision(
                revised_on=dt.date(year, 2, 22),
                decided_by=SIGNED_BY,
                note=notes.get(year),
                priority_areas=areas,
            )
        )
    return revisions


def load(session: Session, today: dt.date) -> str:
    orgs: dict[str, Organisation] = {}
    for name, kind, org_number, phone in ORGANISATIONS:
        orgs[name] = Organisation(name=name, kind=kind, org_number=org_number, phone=phone)
        session.add(orgs[name])

    people: dict[str, Person] = {}
    for key, name, title, org, dept, phone, email, staff, months in PEOPLE:
        people[key] = Person(
            name=name,
            title=title,
            organisation=orgs[org],
            department=dept,
            phone=phone,
            email=email,
            is_staff=staff,
            last_verified=None if months is None else today - relativedelta(months=months),
        )
        session.add(people[key])

    areas = _areas(
        session,
        "vulnerable_crime_victims",
        "school_as_crime_scene",
        "places_and_vulnerable_areas",
    )
    agreement = Agreement(
        title="Lokal samverkansöverenskommelse Östermalm",
        police_area="Lokalpolisområde Norrmalm, polisområde Stockholm City",
        valid_from=dt.date(2020, 2, 29),
        revision_interval_months=12,
        signed_on=SIGNED_ON,
        signed_by=SIGNED_BY,
        notes="Punkt 2 i samverkan med utbildningsförvaltningen och Norrmalms "
        "stadsdelsförvaltning.",
        parties=[
            AgreementParty(organisation=orgs[SDF], case_number="ÖST 2020/150"),
            AgreementParty(organisation=orgs[POLICE], case_number="A091.081/2020"),
        ],
        appendices=[
            AgreementAppendix(number="1", title="Gemensam lokal lägesbild"),
            AgreementAppendix(number="2", title="Samverkansstruktur"),
            AgreementAppendix(
                number="3", title="Åtgärdsplan (med lokala arbetsgrupper och uppföljningsplan)"
            ),
            AgreementAppendix(number="4", title="Kommunikationsplan (med kontaktuppgifter)"),
            AgreementAppendix(number="5", title="Övergripande samverkansöverenskommelse"),
        ],
        priority_areas=areas,
        revisions=_revisions(areas, today),
    )
    session.add(agreement)

    P = people  # noqa: N806 - short alias keeps the table below readable
    groups: list[dict[str, Any]] = [
        dict(
            name="Lokal styrgrupp Östermalm",
            type=GroupType.STYRGRUPP,
            purpose="Ansvarar för långsiktigheten i det gemensamma lokala samverkansarbetet, "
            "skapar förutsättningar, förankrar och ger mandat för arbetet.",
            goal="Visioner bryts ned till realiserbara, konkreta mål och delmål.",
            convener=P["director"],
            district_contact=P["coordinator"],
            police_contact=P["police_chief"],
            meeting_frequency="2 gånger/år juni och dec",
            starts_on=dt.date(2020, 2, 29),
            areas=(
                "vulnerable_crime_victims",
                "school_as_crime_scene",
                "places_and_vulnerable_areas",
            ),
            members=[
                ("director", MemberRole.CONVENER),
                ("police_chief", MemberRole.MEMBER),
                ("education_head", MemberRole.MEMBER),
                ("traffic", MemberRole.CO_OPTED),
                ("coordinator", MemberRole.SECRETARY),
            ],
            follow=(False, False, True),
        ),
        dict(
            name="Lokal beredningsgrupp Östermalm",
            type=GroupType.BEREDNINGSGRUPP,
            purpose="Länk mellan styrgruppens beslut och det operativa arbetet i arbetsgrupperna; "
            "följer upp beslut och bereder frågor till styrgruppen.",
            goal="Aktiviteterna i åtgärdsplanen följs upp vid T1, T2 och i verksamhetsberättelsen.",
            convener=P["coordinator"],
            district_contact=P["coordinator"],
            police_contact=P["community_officer"],
            meeting_frequency="1 gång/månad (ej juli)",
            starts_on=dt.date(2020, 2, 29),
            areas=(
                "vulnerable_crime_victims",
                "school_as_crime_scene",
                "places_and_vulnerable_areas",
            ),
            members=[
                ("coordinator", MemberRole.CONVENER),
                ("community_officer", MemberRole.MEMBER),
                ("education_head", MemberRole.MEMBER),
            ],
            follow=(True, True, True),
        ),
        dict(
            name="Arbetsgrupp särskilt utsatta brottsoffer",
            type=GroupType.ARBETSGRUPP,
            purpose="Identifiera lokala behov och erfarenheter för att förebygga att särskilt utsatta "
            "och sårbara brottsoffer utsätts för brott.",
            goal="Utveckla former för samverkan på lokal nivå kring särskilt utsatta brottsoffer.",
            convener=P["coordinator"],
            district_contact=P["social_dev"],
            police_contact=P["community_officer"],
            meeting_frequency="4 gånger/år",
            starts_on=dt.date(2021, 1, 15),
            areas=("vulnerable_crime_victims",),
            members=[
                ("coordinator", MemberRole.CONVENER),
                ("social_dev", MemberRole.MEMBER),
                ("elderly_dev", MemberRole.MEMBER),
                ("council_sec", MemberRole.MEMBER),
                ("community_officer", MemberRole.MEMBER),
            ],
            follow=(True, True, True),
        ),
        dict(
            name="Arbetsgrupp skolan som brottsplats",
            type=GroupType.ARBETSGRUPP,
            purpose="Utveckla lokala samverkansformer mellan skolor, polis och stadsdelarna "
            "Östermalm och Norrmalm för åk 4–9 och gymnasiet.",
            goal="Systematiserad samverkan mellan aktörerna efter workshopen den 12 april.",
            convener=P["norrmalm_coord"],
            district_contact=P["coordinator"],
            police_contact=P["community_officer"],
            meeting_frequency="1 gång/månad (ej juni–aug)",
            starts_on=dt.date(2021, 3, 1),
            term_until=today + dt.timedelta(days=21),
            areas=("school_as_crime_scene",),
            members=[
                ("norrmalm_coord", MemberRole.CONVENER),
                ("coordinator", MemberRole.MEMBER),
                ("education_head", MemberRole.MEMBER),
                ("community_officer", MemberRole.MEMBER),
            ],
            follow=(True, True, True),
        ),
        dict(
            name="Platssamverkan Stureplan/Östermalmstorg",
            type=GroupType.PLATSSAMVERKAN,
            purpose="Ett tryggt, säkert och trivsamt område för invånare, verksamma och besökare "
            "kring Stureplan och Östermalmstorg.",
            goal="Kontaktkedja mellan verksamheterna; frågor om transporter, framkomlighet och "
            "EU-migranter.",
            convener=P["coordinator"],
            district_contact=P["coordinator"],
            police_contact=P["community_officer"],
            meeting_frequency="1 gång/månad (ej juni–aug)",
            starts_on=dt.date(2021, 2, 1),
            areas=("places_and_vulnerable_areas",),
            members=[
                ("coordinator", MemberRole.CONVENER),
                ("community_officer", MemberRole.MEMBER),
                ("mall", MemberRole.MEMBER),
                ("stureplan", MemberRole.MEMBER),
                ("hallen", MemberRole.MEMBER),
                ("city_assoc", MemberRole.MEMBER),
                ("traffic", MemberRole.MEMBER),  # paper 000: "… polisen och trafikkontoret"
            ],
            # Paper 000 names every actor above by a person here; "Gruppen kan och kommer att
            # utvidgas efter behov": the transport companies the other districts' place
            # collaborations have (Klara, paper 001; Hässelby torg, paper 004), with no person.
            organisations=[
                ("SL (Region Stockholm)", "vid behov"),
                ("MTR Tunnelbanan", "vid behov"),
            ],
            follow=(True, True, True),
        ),
        dict(
            name="Trygghetsråd Östermalm",
            type=GroupType.TRYGGHETSRAD,
            purpose="Gemensam lägesbild och dialog med lokala aktörer om tryggheten i stadsdelen.",
            convener=P["director"],
            district_contact=P["coordinator"],
            police_contact=P["community_officer"],
            meeting_frequency="2 gånger/år juni och dec",
            starts_on=dt.date(2019, 1, 1),
            areas=("places_and_vulnerable_areas",),
            members=[
                ("director", MemberRole.CONVENER),
                ("coordinator", MemberRole.SECRETARY),
                ("community_officer", MemberRole.MEMBER),
                ("housing", MemberRole.MEMBER),
                ("city_assoc", MemberRole.MEMBER),
                ("traffic", MemberRole.MEMBER),
            ],
            follow=(False, False, True),
        ),
        dict(
            name="Chefsamråd trygghet",
            type=GroupType.CHEFSAMRAD,
            purpose="Förvaltningsledningens samråd om trygghets- och säkerhetsarbetet.",
            convener=P["director"],
            district_contact=P["coordinator"],
            meeting_frequency="4 gånger/år",
            starts_on=dt.date(2019, 1, 1),
            members=[
                ("director", MemberRole.CONVENER),
                ("coordinator", MemberRole.MEMBER),
                ("crisis_support", MemberRole.MEMBER),
            ],
            follow=(False, False, True),
        ),
        dict(
            name="Krisstödsgruppen",
            type=GroupType.NATVERK,
            purpose="Ger krisstöd till invånare och personal vid allvarliga händelser.",
            goal="Utbildad grupp med aktuella kontaktlistor internt och externt.",
            convener=P["crisis_support"],
            district_contact=P["coordinator"],
            meeting_frequency="4 gånger/år",
            starts_on=dt.date(2020, 9, 1),
            members=[
                ("crisis_support", MemberRole.CONVENER),
                ("coordinator", MemberRole.MEMBER),
                ("social_dev", MemberRole.MEMBER),
                ("case_worker", MemberRole.MEMBER),
            ],
            follow=(False, False, True),
        ),
        dict(
            name="Nätverk för utrymningsledare",
            type=GroupType.NATVERK,
            purpose="Systematiskt brandskyddsarbete (SBA): utrymningsledarna i förvaltningens lokaler.",
            convener=P["coordinator"],
            district_contact=P["coordinator"],
            meeting_frequency="2 gånger/år",
            starts_on=dt.date(2020, 1, 1),
            members=[
                ("coordinator", MemberRole.CONVENER),
                ("evac_leader", MemberRole.MEMBER),
                ("reception", MemberRole.MEMBER),
            ],
            follow=(False, False, True),
        ),
        dict(
            name="Säkerhetssamordnarnätverket (SLK)",
            type=GroupType.NATVERK,
            purpose="Stadens obligatoriska nätverk för säkerhetssamordnare i bolag och förvaltningar; "
            "information om vad som är på gång i staden.",
            convener=P["city_network"],
            district_contact=P["coordinator"],
            meeting_frequency="varje torsdag förmiddag",
            starts_on=dt.date(2018, 1, 1),
            members=[
                ("city_network", MemberRole.CONVENER),
                ("coordinator", MemberRole.MEMBER),
                ("norrmalm_coord", MemberRole.MEMBER),
            ],
            follow=(False, False, False),
        ),
        dict(
            name="Arbetsgrupp våldsbejakande extremism",
            type=GroupType.ARBETSGRUPP,
            status=GroupStatus.PLANNED,
            purpose="Ta fram och följa upp den lokala handlingsplanen mot våldsbejakande extremism.",
            goal="Handlingsplanen klar i början av maj, uppföljning vid T1.",
            convener=P["coordinator"],
            district_contact=P["coordinator"],
            police_contact=P["community_officer"],
            meeting_frequency="1 gång/månad",
            starts_on=today + dt.timedelta(days=12),
            areas=("violent_extremism",),
            members=[
                ("coordinator", MemberRole.CONVENER),
                ("community_officer", MemberRole.MEMBER),
                ("social_dev", MemberRole.MEMBER),
            ],
            follow=(True, False, True),
        ),
    ]
    added: dict[str, Group] = {}
    for spec in groups:
        t1, t2, vb = spec["follow"]
        group = Group(
            name=spec["name"],
            type=spec["type"],
            status=spec.get("status", GroupStatus.ACTIVE),
            purpose=spec.get("purpose"),
            goal=spec.get("goal"),
            agreement=agreement
            if spec["type"]
            in (
                GroupType.STYRGRUPP,
                GroupType.BEREDNINGSGRUPP,
                GroupType.ARBETSGRUPP,
                GroupType.PLATSSAMVERKAN,
            )
            else None,
            convener=spec.get("convener"),
            district_contact=spec.get("district_contact"),
            police_contact=spec.get("police_contact"),
            meeting_frequency=spec.get("meeting_frequency"),
            starts_on=spec.get("starts_on"),
            term_until=spec.get("term_until"),
            follow_up_t1=t1,
            follow_up_t2=t2,
            follow_up_vb=vb,
            priority_areas=_areas(session, *spec.get("areas", ())),
            memberships=[
                Membership(
                    person=people[key],
                    role=role,
                    joined_on=memberships.joined_on(
                        spec["name"], key, spec.get("starts_on"), today
                    ),
                )
                for key, role in spec["members"]
            ],
            organisations=[
                GroupOrganisation(organisation=orgs[name], note=note)
                for name, note in spec.get("organisations", ())
            ],
        )
        session.add(memberships.register(group, today))
        added[group.name] = group
    memberships.add_former(session, added, orgs)
    session.flush()
    follow_ups.load(session, today)
    action_plan.load(session, agreement)
    # The counts of organisations, people and groups are the whole example's (demo.load):
    # the meetings, walks and crisis loaders add their own.
    return _("the agreement with the police")
