"""Demo meeting data: where and when each demo group meets (what its phrase leaves open), and the
minutes of its two latest meetings, written from the papers in shared/seeds (the collaboration's
own groups here, the others in meetings_minutes.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.demo.contacts import SDF
from samverkan_desktop.recurrence import HolidayPolicy

GARNISONEN = "Karlavägen 104, sammanträdesrum Garnisonen"


@dataclass(frozen=True)
class Plan:
    """What the group's phrase leaves open (weekday, time) and where it meets."""

    weekday: int
    start: dt.time
    minutes: int
    place: str
    policy: HolidayPolicy = HolidayPolicy.MOVE


@dataclass(frozen=True)
class DemoAction:
    title: str
    person: str | None
    organisation: str | None
    due_days: int  # after the meeting
    # open | overdue | in_progress | requested | done_next (closed at the following meeting)
    outcome: str = "open"
    note: str | None = None


@dataclass(frozen=True)
class DemoMinutes:
    follow_up: str
    done: str
    next_steps: str
    round_table: str
    decisions: tuple[str, ...] = ()
    actions: tuple[DemoAction, ...] = ()


PLANS = {
    "Lokal beredningsgrupp Östermalm": Plan(1, dt.time(9, 0), 90, GARNISONEN),
    "Lokal styrgrupp Östermalm": Plan(2, dt.time(13, 0), 120, GARNISONEN),
    "Arbetsgrupp särskilt utsatta brottsoffer": Plan(3, dt.time(13, 0), 90, "Karlavägen 104"),
    "Arbetsgrupp skolan som brottsplats": Plan(
        0, dt.time(14, 0), 90, "Norrmalms stadsdelsförvaltning, Fleminggatan 4"
    ),
    "Platssamverkan Stureplan/Östermalmstorg": Plan(
        2, dt.time(8, 30), 60, "Sturegallerian, konferensrummet"
    ),
    "Trygghetsråd Östermalm": Plan(2, dt.time(17, 30), 90, GARNISONEN),
    "Chefsamråd trygghet": Plan(0, dt.time(10, 0), 60, "Karlavägen 104, direktörens rum"),
    "Krisstödsgruppen": Plan(1, dt.time(13, 0), 90, "Karlavägen 104"),
    "Nätverk för utrymningsledare": Plan(3, dt.time(14, 0), 60, "Karlavägen 104, receptionen"),
    "Säkerhetssamordnarnätverket (SLK)": Plan(
        3, dt.time(9, 0), 90, "Stadshuset, Stadsledningskontoret", HolidayPolicy.SKIP
    ),
    "Arbetsgrupp våldsbejakande extremism": Plan(2, dt.time(10, 0), 90, "Karlavägen 104"),
    "Norrmalms trygghets- och säkerhetsråd": Plan(
        2, dt.time(13, 0), 150, "Norrmalms stadsdelsförvaltning, Fleminggatan 4"
    ),
}

MINUTES: dict[str, tuple[DemoMinutes, DemoMinutes]] = {
    "Lokal beredningsgrupp Östermalm": (
        DemoMinutes(
            "Åtgärdslistan från förra mötet gicks igenom; inga åtgärder var försenade.",
            "- Uppföljningen av åtgärdsplanen har påbörjats inför tertialrapporten.\n"
            "- Workshopen om skolan som brottsplats har utvärderats med skolorna.",
            "- Förslagen från workshopen bereds till styrgruppen.\n"
            "- Aktiviteterna i åtgärdsplanen följs upp löpande i arbetsgrupperna.",
            "- Polisen: lugnt kring Stureplan efter sommaren, fortsatt ficktjuvar i "
            "tunnelbanan.\n- Utbildningsförvaltningen: skolstarten har gått bra.",
            ("Förslagen från workshopen om skolan som brottsplats bereds till styrgruppen.",),
            (
                DemoAction(
                    "Sammanställa uppföljningen av åtgärdsplanen inför tertialrapporten",
                    "Anna Berglund",
                    SDF,
                    28,
                    "done_next",
                    "Skickad till styrgruppen.",
                ),
                DemoAction(
                    "Ta fram kontaktvägar mellan skolor, polis och stadsdelsförvaltning",
                    "Johan Ek",
                    "Utbildningsförvaltningen",
                    60,
                    "in_progress",
                    "Utkast klart, stäms av med skolorna.",
                ),
            ),
        ),
        DemoMinutes(
            "Uppföljningen är klar och skickad till styrgruppen. Kontaktvägarna är "
            "påbörjade men inte klara.",
            "- Samverkansöverenskommelsen har följts upp mot den lokala lägesbilden.\n"
            "- Handlingsplanen mot våldsbejakande extremism är under revidering.",
            "- Lägesbilden revideras inför årsskiftet.\n"
            "- En arbetsgrupp för våldsbejakande extremism startar.",
            "- Polisen: fler anmälningar om telefonbedrägerier mot äldre.\n"
            "- Stadsdelsförvaltningen: larmen för hembesök används flitigt; en ny utbildning "
            "planeras.",
            (
                "Den lokala lägesbilden revideras till nästa möte.",
                "Bedrägerier mot äldre tas upp i arbetsgruppen för särskilt utsatta brottsoffer.",
            ),
            (
                DemoAction(
                    "Revidera den gemensamma lokala lägesbilden med årets statistik",
                    "Anna Berglund",
                    SDF,
                    45,
                ),
                DemoAction(
                    "Ta fram polisens statistik över bedrägerier mot äldre i området",
                    "Sara Holm",
                    None,
                    14,
                    "overdue",
                ),
            ),
        ),
    ),
    "Lokal styrgrupp Östermalm": (
        DemoMinutes(
            "Inga öppna åtgärder sedan förra mötet.",
            "- Samverkansöverenskommelsen är reviderad och signerad.\n"
            "- Tre områden prioriteras: särskilt utsatta brottsoffer, unga i risk och skolan "
            "som brottsplats, platssamverkan.",
            "- Arbetsgrupperna redovisar sina aktiviteter vid nästa möte.",
            "- Lokalpolisområdeschefen: polisen prioriterar narkotikaförsäljningen kring "
            "Stureplan.",
            ("Styrgruppen fastställer de tre prioriterade områdena för året.",),
        ),
        DemoMinutes(
            "Beredningsgruppen redovisade uppföljningen av åtgärdsplanen.",
            "- Platssamverkan Stureplan/Östermalmstorg är igång med sju aktörer.\n"
            "- Workshopen om skolan som brottsplats har genomförts med skolor, polis och "
            "stadsdelarna.",
            "- Förslagen från workshopen genomförs under våren.\n"
            "- Överenskommelsen revideras i februari.",
            "- Utbildningsförvaltningen: rektorerna efterfrågar tydligare kontaktvägar till "
            "polisen.",
            (
                "Förslagen från workshopen om skolan som brottsplats genomförs.",
                "Överenskommelsen revideras till februari, på beredningsgruppens förslag.",
            ),
            (
                DemoAction(
                    "Förbereda revideringen av samverkansöverenskommelsen",
                    "Anna Berglund",
                    SDF,
                    75,
                ),
            ),
        ),
    ),
    "Arbetsgrupp särskilt utsatta brottsoffer": (
        DemoMinutes(
            "Gruppen har startat; inga tidigare åtgärder.",
            "- Gruppen består av verksamhetsutvecklarna inom socialtjänsten och "
            "äldreomsorgen, rådens sekreterare, samordnaren och polisen.",
            "- Samordnaren och kommunpolisen deltar i pensionärsrådets och "
            "funktionshinderrådets möten under våren.",
            "- Äldreomsorgen: oro för bedrägerier via telefon.\n"
            "- Socialtjänsten: behov av samverkan kring våld i nära relation.",
            ("Gruppen börjar med informationsspridning och våld i nära relation.",),
            (
                DemoAction(
                    "Bjuda in lokalpolisområdeschefen till pensionärsrådet",
                    "Helena Wikström",
                    SDF,
                    30,
                    "done_next",
                    "Inbjudan skickad och accepterad.",
                ),
            ),
        ),
        DemoMinutes(
            "Lokalpolisområdeschefen har bjudits in till pensionärsrådet.",
            "- Dialog inledd med pensionärsrådet och funktionshinderrådet.\n"
            "- Projektet Äldrevänlig stad tar in frågor om trygghet för äldre.",
            "- Informationsmaterial om bedrägerier tas fram tillsammans med polisen.",
            "- Polisen: informationskampanj om telefonbedrägerier pågår i hela regionen.",
            ("Ett gemensamt informationsblad om bedrägerier mot äldre tas fram.",),
            (
                DemoAction(
                    "Ta fram informationsblad om bedrägerier mot äldre",
                    "Peter Nyström",
                    SDF,
                    40,
                ),
                DemoAction(
                    "Samla erfarenheter av våld i nära relation från socialtjänsten",
                    "Maria Åkesson",
                    SDF,
                    20,
                    "requested",
                ),
            ),
        ),
    ),
}
