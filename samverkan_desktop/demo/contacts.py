"""Demo: the organisations and people of the contacts register that the structure, the
agreement and the groups name (the other areas' loaders add their own)."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from samverkan_desktop.models import Organisation, OrganisationKind, Person

# The organisations the other loaders name most: defined here, imported there.
SDF = "Östermalms stadsdelsförvaltning"
POLICE = "Lokalpolisområde Norrmalm"
NORRMALM = "Norrmalms stadsdelsförvaltning"
TRAFFIC = "Trafikkontoret"

ORGANISATIONS = [
    (SDF, OrganisationKind.DISTRICT, "212000-0142", "08-508 10 000"),
    (POLICE, OrganisationKind.POLICE, "202100-0076", "114 14"),
    ("Utbildningsförvaltningen", OrganisationKind.CITY, None, "08-508 33 000"),
    (NORRMALM, OrganisationKind.CITY, None, "08-508 09 000"),
    (TRAFFIC, OrganisationKind.CITY, None, "08-508 27 000"),
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


def add(session: Session, today: dt.date) -> tuple[dict[str, Organisation], dict[str, Person]]:
    """The organisations and people, by name and by key; verified some months before ``today``."""
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
    return orgs, people
