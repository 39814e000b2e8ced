"""Demo: the Norrmalm safety council (trygghets- och säkerhetsråd) and its meeting of
14 December 2016, reproduced from shared/seeds/001 as minutes (invented names for people)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.demo import memberships
from samverkan_desktop.demo.contacts import NORRMALM, POLICE
from samverkan_desktop.models import (
    ActionSource,
    ActionStatus,
    AgendaItem,
    AttendanceStatus,
    Group,
    GroupType,
    MeetingStatus,
    MemberRole,
    Membership,
    Organisation,
    OrganisationKind,
    Person,
    PriorityArea,
)
from samverkan_desktop.models.meetings import STANDING_DONE_NEXT, STANDING_ROUND_TABLE
from samverkan_desktop.services import actions, agenda, meetings

COUNCIL = "Norrmalms trygghets- och säkerhetsråd"
PLACE = "Norrmalms stadsdelsförvaltning, Fleminggatan 4"
DAY = dt.date(2016, 12, 14)
STARTED = dt.date(2016, 1, 1)  # the council, and its members since

ORGANISATIONS = [
    ("Fastighetskontoret", OrganisationKind.CITY),
    ("Storstockholms brandförsvar", OrganisationKind.OTHER),
    ("Hufvudstaden", OrganisationKind.PROPERTY_OWNER),
    ("Norra Real", OrganisationKind.SCHOOL),
    ("Kulturhuset Stadsteatern", OrganisationKind.CITY),
    ("Trafikkontoret", OrganisationKind.CITY),
    ("City i samverkan", OrganisationKind.ASSOCIATION),
]
# (name, title, organisation); Lina Forsberg and Mikael Ström come from the structure demo.
PEOPLE = [
    ("Eva Lindahl", "Stadsdelsdirektör", NORRMALM),
    ("Henrik Sjölund", "Preventionssamordnare", NORRMALM),
    ("Karl Nordin", "Kommunpolis", POLICE),
    ("Malin Ek", "Säkerhetschef", "Hufvudstaden"),
    ("Rasmus Berg", "Brandinspektör", "Storstockholms brandförsvar"),
    ("Johanna Wallin", "Rektor", "Norra Real"),
]
MEMBERS = [
    ("Eva Lindahl", MemberRole.CONVENER),
    ("Mikael Ström", MemberRole.MEMBER),
    ("Karl Nordin", MemberRole.MEMBER),
    ("Lina Forsberg", MemberRole.SECRETARY),
    ("Henrik Sjölund", MemberRole.MEMBER),
    ("Elin Strand", MemberRole.MEMBER),
    ("Malin Ek", MemberRole.MEMBER),
    ("Rasmus Berg", MemberRole.MEMBER),
    ("Johanna Wallin", MemberRole.MEMBER),
]

# (title, standing key, presenter, notes / what we did, how we continue)
ITEMS: list[tuple[str, str | None, str | None, str, str | None]] = [
    (
        "Mål och syfte med trygghets- och säkerhetsrådet",
        None,
        "Stadsdelsdirektören",
        "Mål: minska brottsligheten och öka tryggheten för boende, besökare och verksamma inom "
        "stadsdelsområdet.\n"
        "- Sprida och förankra polisens och stadsdelsförvaltningens trygghetsskapande och "
        "brottsförebyggande arbete till civilsamhället och berörda myndigheter.\n"
        "- Få kunskap om andra myndigheters och civilsamhällets perspektiv på trygghet och "
        "säkerhet inom stadsdelsområdet.\n"
        "- Andra myndigheter och civilsamhället ger återkoppling på den gemensamma lägesbilden.",
        None,
    ),
    (
        "Information från lokalpolisområde Norrmalm",
        None,
        "Lokalpolisområdeschefen",
        "- Polisens organisation.\n"
        "- Lokalpolisområdets nya brottsförebyggande grupper: Våld, Tillgrepp, Narkotika, "
        "Ungdomar.",
        None,
    ),
    (
        "Samverkansstrukturen",
        None,
        "Säkerhetsstrategen",
        "- Chefsamråd: beslutar om samverkansöverenskommelsen; 4 gånger/år eller fler vid behov.\n"
        "- Trygghets- och säkerhetsrådet: delar lokal lägesbild; 2 gånger/år juni och dec.\n"
        "- Beredningsgrupp: samordnar överenskommelsen och bereder frågor till chefsamrådet; "
        "4 gånger/år inför chefsamråd.\n"
        "- Ungdomar (fält, fritid, socialtjänst och polis): 1 gång/månad (ej juli).\n"
        "- Platssamverkan Klara: 1 gång/månad (ej juni–aug).",
        None,
    ),
    (
        "Ungdomar – Fält, fritid, socialtjänst och polis",
        STANDING_DONE_NEXT,
        "Preventionssamordnaren",
        "- Genomfört fyra träffar.\n"
        "- Eventuell förekomst av våldsbejakande extremism hanteras vid varje möte.\n"
        "- Fält och Fritid har märkt att det röks mycket cannabis i Vasaparken och Vasaparkens "
        "parklek under sena kvällar och nätter. Informationen följdes upp och polisen gjorde en "
        "insats under senhösten 2016.\n"
        "- Socialtjänsten bekräftar bilden från Stockholmsenkäten att cannabis och psykisk ohälsa "
        "är de stora orsakerna till anmälningar till socialtjänsten.",
        "- Fortsätta med samma mötesfrekvens och agenda.\n"
        "- Planerar att arrangera en trygghetsvandring för ungdomar.\n"
        "- Planerar att arrangera en terminskonferens med skolor.\n"
        "- Gruppchefen för ungdomsgruppen kommer att delta i ungdomsforumet.",
    ),
    (
        "Ungdomar – Tobakstillsyn",
        STANDING_DONE_NEXT,
        "Preventionssamordnaren",
        "- Fyra gemensamma tillsynstillfällen genomförda, de tre första med uniformerad polis, "
        "det sista med civil polis.\n"
        "- Totalt har 29 butiker besökts på Norrmalm och Kungsholmen.\n"
        "- Inga beslag har gjorts på tobak.\n"
        "- Rekordlågt antal niondeklassare som röker enligt Stockholmsenkäten 2016.\n"
        "- Butikerna sköter sig allmänt bra.",
        "- Fortsätta med samma mötesfrekvens och agenda.\n"
        "- Besök görs fortsättningsvis med civilklädd polis, vilket är mindre hotfullt för "
        "butikerna.\n"
        "- Tillsynen av folköl- och tobaksförsäljning lyfts i stadens budget 2017 som en viktig "
        "del i det förebyggande ANDT-arbetet.\n"
        "- Utvärdering i december av genomförda tillsynsbesök.",
    ),
    (
        "Platssamverkan Klara",
        STANDING_DONE_NEXT,
        "Säkerhetsstrategen",
        "Har träffats en gång i månaden. Exempel på genomförda aktiviteter:\n"
        "- Dialog med fastighetskontoret och Kulturhuset Stadsteatern om trygghetsskapande "
        "åtgärder vid byggetableringen.\n"
        "- Problem med butiker som säljer folköl dygnet runt.\n"
        "- Igenbyggd problemhörna vid McDonalds Vasagatan; bron vitmålad så att området blir "
        "ljusare.\n"
        "- Pågående arbete med bättre belysning i trappan ner till McDonalds.\n"
        "- Informationsutbyte om ökningen av unga tjejer (10–12 år) på Sergels torg; åtgärder "
        "säkrade av polis och socialtjänst, fenomenet har upphört.\n"
        "- Ny garageport vid Mäster Samuelsgatan mot obehöriga och prostitution i garaget.",
        "- Fortsätta med samma mötesfrekvens och agenda.\n"
        "- Få deltagarna att samverka sinsemellan utan att stadsdel eller polis måste vara "
        "drivande; underlätta kontakter mellan aktörer mellan mötena.",
    ),
    (
        "Platssamverkan för trygg offentlig plats",
        STANDING_DONE_NEXT,
        "Kommunpolisen",
        "- Otrygghet på Jarlaplan: signaler via parkmiljö och rektor på Norra Real; "
        "uppsökarenheten och EU-teamet besökte platsen; lugnt igen efter sommaren. Ny lägesbild "
        "(dec 2016) om inbrott och stölder på skolan.\n"
        "- Brottslighet i Hötorgsfaret: dialog mellan polis, stadsdelsförvaltning och H&M; "
        "fastighetskontoret har tillsammans med Axfood beställt säkerhetsåtgärder (december).\n"
        "- Renovering av Kulturhuset och Obelisken: ökad belysning, genomskådliga avspärrningar, "
        "bortbyggda hörn och skyltar tas fram; uppföljningsmöte ska hållas.\n"
        "- Klarabergsgatan: åtgärdsplan upprättad; frågan flyttad till Platssamverkan Klara.\n"
        "- Bosättningar och sovplatser i parker och på förskolegårdar: polisen arbetar varje "
        "vecka med bosättningar, tillsammans med trafikkontoret och parkmiljö.",
        "- Fortsätta arbetet efter den gemensamma lägesbilden.\n"
        "- Följa upp kända och otrygga platser.\n"
        "- Förbättra dokumentationen när platssamverkan har genomförts, och uppföljningen.",
    ),
    (
        "Lägesbild",
        None,
        "Säkerhetsstrategen",
        "- Medborgarenkäten 2016: den upplevda tryggheten har försämrats med två "
        "procentenheter mellan 2015 och 2016.\n"
        "- Stockholmsenkäten 2016: andelen elever som känner sig ganska eller mycket trygga om "
        "de går ut ensamma sent en kväll i området.",
        None,
    ),
    (
        "Lägesbild – våldsbejakande extremism",
        None,
        "Kommunpolisen",
        "Den inhemska extremismen delas in i sju grupper. Tecken att vara uppmärksam på: "
        "förmåga, avsikt och utlösare. I LPO Norrmalm är extrema åsiktsyttringar relativt "
        "vanliga, men få som är kopplade till miljöerna bor här; flera potentiella mål finns. "
        "Hanteras enligt gällande lagstiftning och den gemensamma överenskommelsen. Öppenhet "
        "med problemet: aktivera fler ögon och öron.",
        None,
    ),
    (
        "Medborgarlöften – Norrmalms stadsdel",
        None,
        "Lokalpolisområdeschefen",
        "- Polisen genomför minst två riktade insatser mot kriminella nätverk som vistas i "
        "Stockholms innerstad.\n"
        "- Polisen genomför minst två riktade insatser mot unga, ostraffade narkotikamissbrukare "
        "i Norrmalms stadsdel.\n"
        "- Polisen är en central och pådrivande kraft i tre samverkansforum under 2017: "
        "ungdomar, Klaraområdet och särskilt utpekade otrygga platser.",
        None,
    ),
    (
        "Laget runt – lägesbild och behov",
        STANDING_ROUND_TABLE,
        None,
        "Frågor till deltagarna: Vad upplever ni för situation för er verksamhet och era "
        "brukare avseende trygghet och säkerhet? Förändringar och utveckling? Vad behöver "
        "stadsdelsförvaltningen och kommunpolisen jobba med 2017?\n"
        "- Hufvudstaden: fortsatt oro för Hötorgsfaret kvällstid.\n"
        "- Norra Real: inbrotten på skolan behöver följas upp tillsammans med polisen.\n"
        "- SSBF: vill delta i platssamverkan kring Kulturhuset under renoveringen.",
        None,
    ),
]

DECISIONS = [
    "Ungdomsgruppen, tobakstillsynen och Platssamverkan Klara fortsätter med samma "
    "mötesfrekvens och agenda under 2017.",
    "Tobakstillsynsbesök görs fortsättningsvis med civilklädd polis.",
    "Medborgarlöftena för Norrmalms stadsdel 2017 ligger till grund för rådets uppföljning.",
]

# (title, person, organisation, due, closed, note)
ACTIONS = [
    ("Arrangera en trygghetsvandring för ungdomar", "Henrik Sjölund", NORRMALM,
     dt.date(2017, 5, 31), dt.date(2017, 5, 16), "Genomförd med 14 ungdomar i Vasastan."),
    ("Arrangera en terminskonferens med skolor", "Henrik Sjölund", NORRMALM,
     dt.date(2017, 3, 31), dt.date(2017, 3, 22), "Konferensen hölls på Norra Real."),
    ("Utvärdera genomförda tillsynsbesök av tobak och folköl", None, NORRMALM,
     dt.date(2016, 12, 31), dt.date(2016, 12, 20), "Stadens samordnare för tobakstillsyn deltog."),
    ("Bättre belysning i trappan ner till McDonalds, Vasagatan", None, "Trafikkontoret",
     dt.date(2017, 3, 31), dt.date(2017, 4, 10), "Ny belysning monterad."),
    ("Uppföljningsmöte om byggetableringen vid Kulturhuset och Obelisken", "Karl Nordin", None,
     dt.date(2017, 2, 28), dt.date(2017, 2, 14), "Mötet hölls med entreprenörerna."),
]  # fmt: skip


def _organisation(session: Session, name: str, kind: OrganisationKind) -> Organisation:
    found = session.scalar(select(Organisation).where(Organisation.name == name))
    if found is None:
        found = Organisation(name=name, kind=kind)
        session.add(found)
        session.flush()
    return found


def _person(session: Session, name: str) -> Person:
    person = session.scalar(select(Person).where(Person.name == name))
    assert person is not None, name
    return person


def load_council(session: Session, today: dt.date) -> Group:
    """The Norrmalm council, its people, and the minutes of 14 December 2016."""
    orgs = {name: _organisation(session, name, kind) for name, kind in ORGANISATIONS}
    orgs[NORRMALM] = _organisation(session, NORRMALM, OrganisationKind.CITY)
    orgs[POLICE] = _organisation(session, POLICE, OrganisationKind.POLICE)
    for name, title, org in PEOPLE:
        if session.scalar(select(Person.id).where(Person.name == name)) is None:
            session.add(
                Person(
                    name=name,
                    title=title,
                    organisation=orgs[org],
                    last_verified=today - dt.timedelta(days=60),
                )
            )
    session.flush()
    areas = session.scalars(
        select(PriorityArea).where(
            PriorityArea.code.in_(
                ("places_and_vulnerable_areas", "young_people_at_risk", "violent_extremism")
            )
        )
    ).all()
    council = Group(
        name=COUNCIL,
        type=GroupType.TRYGGHETSRAD,
        purpose="Samverkansform för att dela lokal lägesbild avseende trygghet och säkerhet. "
        "Återkoppling och reflektion över samverkansöverenskommelsen och dess aktiviteter och "
        "resultat.",
        goal="Minska brottsligheten och öka tryggheten för boende, besökare och verksamma inom "
        "stadsdelsområdet.",
        convener=_person(session, "Eva Lindahl"),
        district_contact=_person(session, "Lina Forsberg"),
        police_contact=_person(session, "Karl Nordin"),
        meeting_frequency="2 gånger/år juni och dec",
        starts_on=STARTED,
        priority_areas=list(areas),
        memberships=[
            Membership(person=_person(session, n), role=r, joined_on=STARTED) for n, r in MEMBERS
        ],
    )
    session.add(memberships.register(council, today))
    session.flush()
    _minutes_2016(session, council)
    following = dt.datetime.combine(dt.date(2017, 6, 14), dt.time(13, 0))
    next_id = meetings.add_meeting(
        session,
        council.id,
        meetings.MeetingInput(following, following + dt.timedelta(hours=2, minutes=30), PLACE),
    )
    meetings.set_meeting_status(session, next_id, MeetingStatus.HELD)
    return council


def _minutes_2016(session: Session, council: Group) -> None:
    start = dt.datetime.combine(DAY, dt.time(13, 0))
    meeting_id = meetings.add_meeting(
        session,
        council.id,
        meetings.MeetingInput(start, start + dt.timedelta(hours=2, minutes=30), PLACE),
    )
    meeting = agenda.prepared_meeting(session, meeting_id)
    for item in list(meeting.agenda_items):
        session.delete(item)
    session.flush()
    for position, (title, key, presenter, notes, next_steps) in enumerate(ITEMS):
        session.add(
            AgendaItem(
                meeting_id=meeting_id,
                position=position,
                title=title,
                standing_key=key,
                presenter=presenter,
                notes=notes,
                next_steps=next_steps,
            )
        )
    for invitee in meeting.invitees:
        invitee.status = AttendanceStatus.PRESENT
        if invitee.person.name == "Rasmus Berg":
            invitee.status = AttendanceStatus.ABSENT
        if invitee.person.name == "Mikael Ström":
            invitee.status = AttendanceStatus.SUBSTITUTE
            invitee.substitute_name = "Biträdande lokalpolisområdeschef"
    meeting.status = MeetingStatus.HELD
    meeting.minutes_by = "Lina Forsberg"
    session.flush()
    for text in DECISIONS:
        agenda.add_decision(session, meeting_id, text)
    for title, person, org, due, closed, note in ACTIONS:
        action_id = actions.create_action(
            session,
            actions.ActionInput(
                title,
                responsible_person_id=_person(session, person).id if person else None,
                responsible_organisation_id=(
                    session.scalar(select(Organisation.id).where(Organisation.name == org))
                    if org
                    else None
                ),
                due_on=due,
                source_type=ActionSource.MEETING,
                source_id=meeting_id,
            ),
        )
        actions.set_action_status(session, action_id, ActionStatus.DONE, closed, note)
