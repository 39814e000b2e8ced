"""The example district's crisis management, from seed 000 (Östermalm 2021) and seed 003 (RSA,
continuity plans, crisis support, the city's web course on violent extremism). Invented names for
people who are not already in the contacts register."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.demo.contacts import POLICE
from samverkan_desktop.models import ExerciseType, ObjectiveResult, PlanKind

# New people for the crisis organisation: (name, title, department, phone, verified months ago).
NEW_STAFF = [
    ("Per Almgren", "Avdelningschef", "Avdelningen för stadsmiljö", "08-508 10 200", 4),
    ("Sofie Ahlgren", "Kommunikationschef", "Kommunikationsenheten", "08-508 10 060", 2),
    ("Jonas Ekdahl", "Kommunikatör", "Kommunikationsenheten", "08-508 10 066", 9),
    ("Marie Falk", "Administrativ samordnare", "Stab", "08-508 10 052", 3),
    ("Rasmus Torstensson", "Utrymningsledare", "Stab", "08-508 10 057", 5),
    ("Hanna Björklund", "Utrymningsledare", "Receptionen", "08-508 10 011", 1),
]

# Roles: (name, description, holders by rank: primary first).
ROLES = [
    (
        "Krisledare",
        "Leder krisledningen, beslutar om inriktning och resurser. Ordinarie är stadsdelsdirektören.",
        ["Karin Lindqvist", "Per Almgren"],
    ),
    (
        "Stabschef",
        "Leder stabens arbete, håller ihop lägesbilden och rapporterar till stadens tjänsteman "
        "i beredskap.",
        ["Anna Berglund", "Helena Wikström"],
    ),
    (
        "Informationsansvarig",
        "Kriskommunikation till invånare, medarbetare och media; samordnar med stadens "
        "kommunikatör i beredskap.",
        ["Sofie Ahlgren", "Jonas Ekdahl"],
    ),
    (
        "Krisstödssamordnare",
        "Aktiverar och leder krisstödsgruppen vid en potentiellt traumatiserande händelse.",
        ["Ingrid Sjöberg", "Maria Åkesson"],
    ),
    (
        "Krisstödjare",
        "Ger krisstöd till invånare och personal (krisstödsgruppen).",
        ["Lena Persson", "Peter Nyström", "Elsa Holmgren"],
    ),
    (
        "Loggförare",
        "För krisledningens logg över beslut, händelser och kontakter.",
        ["Marie Falk"],
    ),
    ("Säkerhetssamordnare i beredskap", "Ersätter samordnaren under semestrar.", []),
]

# Organisations not yet in the register: (name, kind value, phone).
NEW_ORGANISATIONS = [
    ("Storstockholms brandförsvar", "other", "08-454 87 00"),
    ("Kungsholmens stadsdelsförvaltning", "city", "08-508 08 000"),
    ("Samverkan Stockholmsregionen (SSR)", "other", None),
    ("SOS Alarm", "other", "112"),
]

# External lines: (organisation, function, person or None, own phone, verified months ago).
EXTERNAL = [
    (POLICE, "Kommunpolis", "Sara Holm", None, None),
    (POLICE, "Polisens kontaktcenter (icke akut)", None, "114 14", 2),
    (
        "Storstockholms brandförsvar",
        "Ledningscentral, räddningschef i beredskap",
        None,
        "08-454 87 00",
        4,
    ),
    (
        "Stadsledningskontoret",
        "Tjänsteman i beredskap (TiB), dygnet runt",
        None,
        "08-508 29 112",
        8,
    ),
    ("Stadsledningskontoret", "Säkerhetssamordnare (SLK)", "Gustav Öberg", None, None),
    (
        "Norrmalms stadsdelsförvaltning",
        "Säkerhetsstrateg (grannstadsdel)",
        "Lina Forsberg",
        None,
        None,
    ),
    (
        "Kungsholmens stadsdelsförvaltning",
        "Tjänsteman i beredskap (grannstadsdel)",
        None,
        "08-508 08 112",
        11,
    ),
    (
        "Samverkan Stockholmsregionen (SSR)",
        "Regional samverkan, utskick torsdag kväll",
        None,
        None,
        3,
    ),
    ("SOS Alarm", "Larmnummer", None, None, 1),
]

# Plans: (kind, name, owner, interval months, first adoption, adopted by, note on the first).
# Versions repeat every interval from the first adoption up to the demo's day, so the register
# is current whatever day the demo is loaded; the first versions are the papers' dates.
PLANS = [
    (
        PlanKind.CRISIS_MANAGEMENT_PLAN,
        "Krisledningsplan Östermalms stadsdelsförvaltning",
        "Anna Berglund",
        12,
        dt.date(2020, 12, 14),
        "Stadsdelsdirektör",
        "Reviderad och antagen av stadsdelsdirektören i december 2020.",
    ),
    (
        PlanKind.VIOLENT_EXTREMISM_PLAN,
        "Lokal handlingsplan mot våldsbejakande extremism (VBE)",
        "Anna Berglund",
        12,
        dt.date(2020, 5, 4),
        "Förvaltningsledningen",
        "Stadens mall: förebyggande, förhindrande, föreningsbidrag och lokaler, kompetenshöjande. "
        "Revideras årligen, klar till början av maj; uppföljning vid T1.",
    ),
    (
        PlanKind.FIRE_SAFETY,
        "Systematiskt brandskyddsarbete (SBA) – Garnisonen",
        "Anna Berglund",
        12,
        dt.date(2021, 1, 11),
        "Stadsdelsdirektör",
        "Besiktningarna av lokalerna finns under Brandskydd. Nätverket för utrymningsledare "
        "följer upp att medarbetarna vet hur de ska agera.",
    ),
    (
        PlanKind.COLLABORATION_AGREEMENT,
        "Lokal samverkansöverenskommelse Östermalm",
        "Anna Berglund",
        12,
        dt.date(2021, 2, 22),
        "Stadsdelsdirektör och lokalpolisområdeschef",
        "Reviderad och signerad i februari 2021, bygger på en nyligen reviderad lokal lägesbild.",
    ),
    (
        PlanKind.SITUATION_PICTURE,
        "Lokal lägesbild Östermalm",
        "Anna Berglund",
        12,
        dt.date(2021, 1, 25),
        "Beredningsgruppen",
        "Underlag: polisens statistik, KIA-rapporter, trygghetsvandringar och trygghetsmätningen.",
    ),
    (
        PlanKind.RISK_ANALYSIS,
        "Risk- och sårbarhetsanalys (RSA)",
        "Anna Berglund",
        12,
        dt.date(2020, 10, 15),
        "Stadsdelsdirektör",
        "Årlig analys; riskinventeringen och kontinuitetsplanerna ska komma nära verksamhetsnivån.",
    ),
    (
        PlanKind.CONTINUITY_PLAN,
        "Kontinuitetsplan hemtjänst och äldreomsorg",
        "Peter Nyström",
        12,
        dt.date(2021, 3, 1),
        "Avdelningschef äldreomsorg",
        None,
    ),
    (
        PlanKind.THREAT_ROUTINE,
        "Rutin vid hot och våld mot medarbetare",
        "Anna Berglund",
        24,
        dt.date(2021, 3, 1),
        "Förvaltningsledningen",
        "Omfattar larm vid hembesök och hemlån av larm när en medarbetare hotas i tjänsten.",
    ),
    (
        PlanKind.STEERING_DOCUMENT,
        "Styrdokument för krisberedskap",
        "Karin Lindqvist",
        48,
        dt.date(2019, 6, 13),
        "Stadsdelsnämnden",
        "Antas varje mandatperiod enligt lagen om extraordinära händelser.",
    ),
    (
        PlanKind.EXTRAORDINARY_EVENTS_PLAN,
        "Plan för hantering av extraordinära händelser",
        "Anna Berglund",
        48,
        dt.date(2019, 6, 13),
        "Stadsdelsnämnden",
        None,
    ),
    (
        PlanKind.TRAINING_EXERCISE_PLAN,
        "Utbildnings- och övningsplan för krisberedskap",
        "Anna Berglund",
        48,
        dt.date(2019, 9, 19),
        "Stadsdelsnämnden",
        None,
    ),
]

# Courses: (code, name, validity months, description).
COURSES = [
    (
        "crisis_support_1",
        "Krisstöd del 1: Bemötande av vuxna i kris",
        36,
        "Region Stockholm. Gemensam grund för plats och funktion i krisorganisationen.",
    ),
    (
        "crisis_support_2",
        "Krisstöd del 2: Bemötande av barn och unga i kris",
        36,
        "Region Stockholm.",
    ),
    (
        "crisis_support_3",
        "Krisstöd del 3: Egenreaktioner och bemötande av egen personal i kris",
        36,
        "Region Stockholm.",
    ),
    (
        "vbe_web",
        "Stadens webbutbildning om våldsbejakande extremism",
        None,
        "Stockholms stads webbkurs för medarbetare som berörs av frågan.",
    ),
]
# The crisis support training of February 2021, one day per part (for operative crisis leaders
# and crisis supporters, seed 000).
FEBRUARY_2021 = {
    # After the 17 February exercise that found the need (LESSONS_2021), still in February.
    "crisis_support_1": dt.date(2021, 2, 18),
    "crisis_support_2": dt.date(2021, 2, 22),
    "crisis_support_3": dt.date(2021, 2, 25),
}
FEBRUARY_2021_ATTENDEES = [
    "Karin Lindqvist",
    "Anna Berglund",
    "Ingrid Sjöberg",
    "Maria Åkesson",
    "Lena Persson",
    "Peter Nyström",
    "David Karlsson",
]
REQUIREMENTS = {
    "Krisledare": ["crisis_support_1", "crisis_support_3"],
    "Stabschef": ["crisis_support_1", "crisis_support_3", "vbe_web"],
    "Krisstödssamordnare": ["crisis_support_1", "crisis_support_2", "crisis_support_3"],
    "Krisstödjare": ["crisis_support_1", "crisis_support_2", "crisis_support_3"],
}

EXERCISE_2021 = dict(
    title="Övning för krisledningen: strömavbrott i kyla",
    type=ExerciseType.SIMULATION,
    date=dt.date(2021, 2, 17),
    start=dt.time(9, 0),
    location="Karlavägen 104, stabsrummet",
    scenario=(
        "En vardag i februari med sträng kyla slås strömmen ut i stora delar av Östermalm. "
        "Trygghetslarm och telefoni i hemtjänsten slutar fungera, en förskola behöver "
        "evakueras och anhöriga och media ringer. Motspelet (stadsledningskontoret) lämnar "
        "inspel under förmiddagen; stadens tjänsteman i beredskap efterfrågar en lägesbild."
    ),
)
# (objective, result, comment)
OBJECTIVES_2021 = [
    (
        "Krisledningen kan larmas och samlas inom en timme enligt krisledningsplanen.",
        ObjectiveResult.PARTLY,
        "Samlad efter 75 minuter. Två telefonnummer i kontaktlistan var inaktuella.",
    ),
    (
        "Staben tar fram en gemensam lägesbild och rapporterar den till stadens tjänsteman "
        "i beredskap.",
        ObjectiveResult.MET,
        "Lägesbild rapporterad kl. 11.10 enligt stadens mall.",
    ),
    (
        "Informationsansvarig har ett första budskap till invånare och medarbetare inom två "
        "timmar.",
        ObjectiveResult.MET,
        "Budskap klart efter 1 timme 40 minuter; samordnat med stadens kommunikatör i beredskap.",
    ),
    (
        "Krisstödsgruppen aktiveras och har en plan för stöd till berörda.",
        ObjectiveResult.NOT_MET,
        "Gruppen saknade en gemensam grund för krisstödsinsatser och för stöd till egen personal.",
    ),
]
# "Samlad bedömning": how the exercise went as a whole, consistent with the objectives and lessons.
ASSESSMENT_2021 = (
    "Övningen gav en realistisk bild av hur krisledningen klarar ett långvarigt strömavbrott i "
    "kyla. Staben tog fram en gemensam lägesbild och rapporterade den till stadens tjänsteman i "
    "beredskap, och det första budskapet till invånare och medarbetare var klart i god tid. Två "
    "av fyra mål uppfylldes helt.\n\n"
    "Larmningen tog 75 minuter i stället för en timme, främst för att kontaktlistan hade "
    "inaktuella nummer, och ersättarna var osäkra på sina uppgifter i staben. Den största "
    "bristen gällde krisstödet: gruppen saknade en gemensam grund för sina insatser och kom "
    "inte fram till någon plan för stöd till berörda. Övningen visade också att det saknas en "
    "reservrutin för kommunikation när telefoni och mobilnät ligger nere.\n\n"
    "Sammantaget bedöms krisledningen ha god förmåga att leda och informera, medan larmning, "
    "ersättarnas roller, krisstöd och reservkommunikation behöver stärkas. Lärdomarna har blivit "
    "åtgärder med ansvariga och datum och prövas igen vid nästa övning."
)
# (minutes after the start, note)
LOG_2021 = [
    (0, "Övningen startar. Inspel 1: strömavbrott rapporteras från hemtjänstens utförare."),
    (
        12,
        "Krisledaren beslutar att sammankalla krisledningen. Larmning via kontaktlistan påbörjas.",
    ),
    (35, "Två nummer i kontaktlistan fungerar inte; ersättare nås via växeln."),
    (75, "Krisledningen samlad. Stabschefen redovisar första lägesbilden."),
    (100, "Informationsansvarig lämnar förslag på budskap; krisledaren godkänner."),
    (130, "Lägesbild rapporterad till stadens tjänsteman i beredskap."),
    (150, "Inspel 6: förskola på Värtavägen behöver evakueras, oroliga föräldrar ringer."),
    (180, "Övningen avslutas. Kort utvärdering (hot wash) i stabsrummet."),
]
# (lesson, action, responsible, due, closed on or None, objective index or None, follow-up note)
LESSONS_2021 = [
    (
        "Kontaktlistan hade två inaktuella telefonnummer, vilket fördröjde larmningen.",
        "Uppdatera kontaktlistorna internt och externt och verifiera dem varje halvår",
        "Anna Berglund",
        dt.date(2021, 3, 31),
        dt.date(2021, 3, 15),
        0,
        "Listorna uppdaterade; halvårsvis verifiering införd.",
    ),
    (
        "Krisstödsgruppen saknade gemensam grund för krisstödsinsatser.",
        "Genomföra krisstödsutbildning i tre delar genom Region Stockholm",
        "Ingrid Sjöberg",
        dt.date(2021, 3, 31),
        dt.date(2021, 2, 25),
        3,
        "Utbildningen genomförd 18, 22 och 25 februari 2021.",
    ),
    (
        "Ersättarna var osäkra på sina uppgifter i staben.",
        "Gå igenom krisledningsplanens rollkort med alla ersättare",
        "Anna Berglund",
        dt.date(2021, 5, 31),
        dt.date(2021, 5, 20),
        None,
        None,
    ),
    (
        "Det saknas en reservrutin för kommunikation när telefoni och mobilnät ligger nere.",
        "Ta fram en reservrutin för kommunikation (RAKEL, satellittelefon) i kontinuitetsplanen",
        "Per Almgren",
        None,  # relative: see the loader
        None,
        None,
        None,
    ),
]
