"""Demo: the groups of the Östermalm collaboration structure (papers 000 and 002), with their
purpose, convener, contacts, meeting frequency, priority areas, members and follow-up periods."""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverkan_desktop.models import GroupStatus, GroupType, MemberRole, Person


def groups(people: dict[str, Person], today: dt.date) -> list[dict[str, Any]]:
    """One dict per group; members by their key in ``contacts.PEOPLE``."""
    P = people  # noqa: N806 - short alias keeps the table below readable
    return [
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
