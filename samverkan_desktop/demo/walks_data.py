"""The demo walks' contents: routes, ratings, observations and the remedial actions they raised.

Actions are dicts: what, due date, status, closed-on date and dated follow-up notes. Dates from
the papers are kept; open actions get due dates around the day the demo is loaded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from samverkan_desktop.models import LightCondition, ObservationCategory, Severity, WalkFormat


@dataclass
class DemoObservation:
    stop: int | None  # position on the route
    category: ObservationCategory
    description: str
    severity: Severity
    owner: str | None
    location: str | None = None
    actions: list[dict[str, Any]] = field(default_factory=list)


Obs = DemoObservation
C = ObservationCategory
S = Severity
SDF = "Östermalms stadsdelsförvaltning"
NORRMALM = "Norrmalms stadsdelsförvaltning"
POLICE = "Lokalpolisområde Norrmalm"
TRAFFIC = "Trafikkontoret"
D = dt.date


def _action(
    what: str,
    due: dt.date,
    status: str = "open",
    closed: dt.date | None = None,
    notes: tuple[tuple[dt.date, str], ...] = (),
) -> dict[str, Any]:
    return {"what": what, "due": due, "status": status, "closed": closed, "notes": notes}


def walks(today: dt.date) -> dict[str, dict[str, Any]]:
    soon = today + dt.timedelta(days=24)
    overdue = today - dt.timedelta(days=12)
    later = today + dt.timedelta(days=75)
    return {
        "gyllenstiernsgatan": dict(
            place="Gyllenstiernsgatan",
            date=D(2021, 5, 18),
            time=dt.time(18, 0),
            light=LightCondition.DAYLIGHT,
            format=WalkFormat.ADAPTED,
            meeting_point="Gyllenstiernsgatan vid Karlavägen",
            organiser="Anna Berglund",
            residents=6,
            purpose="Prioriterad plats 2021. Anpassat format utifrån pandemins restriktioner: "
            "två grupper om högst åtta personer, utomhus och med avstånd.",
            organisations=(SDF, POLICE, TRAFFIC, "Stockholmshem"),
            people=("Anna Berglund", "Sara Holm", "Oskar Lund"),
            stops=[
                ("Korsningen Karlavägen", "Övergångsställe och entréer"),
                ("Garageinfarterna", "Nischer och belysning vid infarterna"),
                ("Busshållplatsen", "Väntande kvällstid, sikt mot gatan"),
                ("Passagen mot Ladugårdsgärde", "Gångvägen och buskagen"),
            ],
            ratings={
                "lighting": [3, 1, 2, 1],
                "visibility": [3, 1, 2, 1],
                "vegetation": [3, 3, 2, 1],
                "litter": [2, 1, 2, 2],
                "activity": [3, 1, 2, 1],
                "feeling": [3, 1, 2, 1],
            },
            notes={
                (2, "lighting"): "Två armaturer släckta vid infarten till nr 12.",
                (4, "vegetation"): "Höga buskar skymmer gångvägen.",
            },
            observations=[
                Obs(
                    2,
                    C.LIGHTING,
                    "Två gatlampor vid garageinfarterna är släckta; nischerna blir helt mörka.",
                    S.HIGH,
                    TRAFFIC,
                    actions=[
                        _action(
                            "Byta armaturer vid garageinfarterna",
                            D(2021, 6, 30),
                            "done",
                            D(2021, 6, 14),
                            ((D(2021, 6, 14), "Felanmält och åtgärdat av Trafikkontoret."),),
                        )
                    ],
                ),
                Obs(
                    4,
                    C.VEGETATION,
                    "Buskagen längs passagen mot Ladugårdsgärde är så höga att man inte ser "
                    "vem som kommer.",
                    S.MEDIUM,
                    SDF,
                    actions=[
                        _action(
                            "Beskära buskagen längs passagen",
                            overdue,
                            "in_progress",
                            notes=(
                                (D(2021, 9, 1), "Beställt hos parkentreprenören."),
                                (today - dt.timedelta(days=40), "Nytt datum efter upphandling."),
                            ),
                        )
                    ],
                ),
                Obs(
                    2,
                    C.VISIBILITY,
                    "Nischen vid infarten till nr 12 används som gömställe; spår av övernattning.",
                    S.MEDIUM,
                    "Stockholmshem",
                    actions=[_action("Sätta grind för nischen vid infarten", soon, "requested")],
                ),
            ],
            summary="Sex boende, polisen, Trafikkontoret och Stockholmshem gick gatan i två "
            "mindre grupper. Gatan upplevs trygg vid Karlavägen men otrygg vid "
            "garageinfarterna och i passagen mot gärdet.",
            closing=(
                D(2021, 6, 8),
                "Trafikkontoret felanmäler belysningen direkt. Stockholmshem tittar på grind för "
                "nischen. Parkmiljö beskär buskagen i höst. Ny vandring i mörker föreslås.",
            ),
        ),
        "tessinparken": dict(
            place="Tessinparken",
            date=D(2021, 9, 23),
            time=dt.time(19, 30),
            light=LightCondition.DARK,
            meeting_point="Tessinparkens entré från Valhallavägen",
            organiser="Anna Berglund",
            residents=11,
            purpose="Prioriterad plats 2021: boende och pensionärsrådet upplever parken som mörk "
            "och otrygg kvällstid.",
            organisations=(
                SDF,
                POLICE,
                TRAFFIC,
                "Stockholmshem",
                "SL (Region Stockholm)",
                "Pensionärsrådet Östermalm",
            ),
            people=("Anna Berglund", "Sara Holm", "Erik Sandberg", "Oskar Lund", "Helena Wikström"),
            stops=[
                ("Entrén från Valhallavägen", "Belysning, sikt in i parken"),
                ("Lekplatsen", "Kvällsaktivitet, nedskräpning"),
                ("Mittstråket", "Belysning och buskage längs stråket"),
                ("Bollplanen", "Samlingsplats kvällstid"),
                ("Busshållplatsen Askrikegatan", "Väntan och vägen dit"),
            ],
            ratings={
                "lighting": [2, 1, 0, 1, 2],
                "visibility": [2, 2, 1, 1, 2],
                "vegetation": [2, 2, 0, 2, 3],
                "litter": [2, 1, 2, 1, 2],
                "signage": [1, 2, 2, 2, 2],
                "paths": [2, 2, 1, 2, 2],
                "activity": [2, 1, 0, 1, 2],
                "transit_stops": [2, 2, 2, 2, 1],
                "feeling": [2, 1, 0, 1, 2],
            },
            notes={
                (3, "lighting"): "Tre stolpar ur funktion, mörkt parti ca 60 m.",
                (3, "vegetation"): "Buskar skymmer lamporna.",
                (4, "activity"): "Ungdomar samlas, ingen vuxennärvaro.",
                (5, "transit_stops"): "Trasig belysning i väderskyddet.",
            },
            observations=[
                Obs(
                    3,
                    C.LIGHTING,
                    "Tre belysningsstolpar längs mittstråket är ur funktion; ett 60 meter långt "
                    "mörkt parti där flera i gruppen inte vill gå ensamma.",
                    S.HIGH,
                    TRAFFIC,
                    actions=[
                        _action(
                            "Laga belysningen längs mittstråket",
                            D(2021, 11, 30),
                            "done",
                            D(2021, 11, 15),
                            (
                                (D(2021, 10, 12), "Felanmält; Trafikkontoret bekräftar."),
                                (D(2021, 11, 15), "Alla tre stolparna lagade."),
                            ),
                        ),
                        _action(
                            "Utreda ny belysning med högre armaturer längs mittstråket",
                            later,
                            "in_progress",
                            notes=(
                                (
                                    today - dt.timedelta(days=30),
                                    "Ingår i belysningsprogrammet för Gärdet; kostnad beräknas.",
                                ),
                            ),
                        ),
                    ],
                ),
                Obs(
                    3,
                    C.VEGETATION,
                    "Täta buskar längs mittstråket skymmer både sikt och belysning.",
                    S.MEDIUM,
                    SDF,
                    actions=[
                        _action(
                            "Gallra buskagen längs mittstråket",
                            D(2021, 11, 30),
                            "done",
                            D(2021, 11, 3),
                            ((D(2021, 11, 3), "Utfört av parkentreprenören."),),
                        )
                    ],
                ),
                Obs(
                    2,
                    C.LITTER,
                    "Klotter på lekstugan och glaskross i sandlådan.",
                    S.MEDIUM,
                    SDF,
                    actions=[
                        _action(
                            "Sanera klotter och byta sand i lekplatsens sandlåda",
                            D(2021, 10, 15),
                            "done",
                            D(2021, 10, 8),
                        )
                    ],
                ),
                Obs(
                    4,
                    C.ACTIVITY,
                    "Grupper av ungdomar samlas vid bollplanen sena kvällar; boende upplever "
                    "stök och ingen vuxennärvaro.",
                    S.MEDIUM,
                    POLICE,
                    actions=[
                        _action(
                            "Riktad närvaro kvällstid vid bollplanen tillsammans med fältassistenterna",
                            overdue,
                            "open",
                            notes=((D(2021, 10, 12), "Tas upp i beredningsgruppen."),),
                        )
                    ],
                ),
                Obs(
                    5,
                    C.TRANSIT_STOPS,
                    "Belysningen i väderskyddet vid hållplatsen Askrikegatan är trasig.",
                    S.LOW,
                    "SL (Region Stockholm)",
                    actions=[
                        _action(
                            "Laga belysningen i väderskyddet",
                            D(2021, 10, 31),
                            "done",
                            D(2021, 10, 20),
                        ),
                        _action(
                            "Flytta hållplatsen närmare Valhallavägen",
                            D(2022, 3, 31),
                            "rejected",
                            D(2022, 1, 18),
                            ((D(2022, 1, 18), "SL avslår: linjedragningen tillåter inte flytt."),),
                        ),
                    ],
                ),
                Obs(
                    None,
                    C.SIGNAGE,
                    "Ingen skylt visar vägen till hållplatsen från parkens östra del.",
                    S.LOW,
                    TRAFFIC,
                    location="Östra utgången mot Furusundsgatan",
                    actions=[_action("Sätta upp vägvisning mot hållplatsen", soon, "requested")],
                ),
            ],
            summary="Elva boende, pensionärsrådet, polisen, Trafikkontoret, SL och Stockholmshem "
            "gick parken i mörker. Mittstråket och bollplanen är de otryggaste delarna: "
            "belysning ur funktion, täta buskar och ingen vuxennärvaro kvällstid.",
            closing=(
                D(2021, 10, 12),
                "Trafikkontoret lagar belysningen före december och utreder högre armaturer. "
                "Parkmiljö gallrar buskagen i november. Polisen och fältassistenterna planerar "
                "kvällsnärvaro vid bollplanen. SL lagar väderskyddet.",
            ),
        ),
        "lappis": dict(
            place="Universitetet–Lappis",
            date=D(2021, 11, 10),
            time=dt.time(17, 30),
            light=LightCondition.DARK,
            meeting_point="Tunnelbanestationen Universitetet, norra uppgången",
            organiser="Anna Berglund",
            residents=9,
            purpose="Prioriterad plats 2021: studenter som går ensamma sent från tunnelbanan till "
            "Lappis.",
            organisations=(
                SDF,
                POLICE,
                TRAFFIC,
                "SSSB Stiftelsen Stockholms Studentbostäder",
                "Stockholms universitet",
            ),
            people=("Anna Berglund", "Sara Holm"),
            stops=[
                ("Tunnelbanan, norra uppgången", "Belysning och överblick vid uppgången"),
                ("Gångvägen genom skogen", "Mörka partier, sikt"),
                ("Lappkärrsberget, entréerna", "Belysning vid husen"),
            ],
            ratings={
                "lighting": [2, 0, 2],
                "visibility": [2, 1, 2],
                "vegetation": [2, 1, 2],
                "paths": [2, 1, 2],
                "activity": [2, 0, 1],
                "feeling": [2, 0, 2],
            },
            observations=[
                Obs(
                    2,
                    C.LIGHTING,
                    "Gångvägen genom skogspartiet saknar belysning på en sträcka av ca 150 meter.",
                    S.HIGH,
                    TRAFFIC,
                    actions=[
                        _action(
                            "Belysa gångvägen genom skogspartiet",
                            soon,
                            "in_progress",
                            notes=(
                                (today - dt.timedelta(days=20), "Ledningsdragning projekteras."),
                            ),
                        )
                    ],
                ),
                Obs(
                    3,
                    C.LIGHTING,
                    "Entrébelysningen vid två hus på Lappkärrsberget är trasig.",
                    S.MEDIUM,
                    "SSSB Stiftelsen Stockholms Studentbostäder",
                    actions=[
                        _action("Laga entrébelysningen", D(2021, 12, 15), "done", D(2021, 12, 1))
                    ],
                ),
                Obs(
                    2,
                    C.SIGNAGE,
                    "Ingen skylt visar gång- och cykelvägen till Lappis från tunnelbanan.",
                    S.LOW,
                    "Stockholms universitet",
                    actions=[_action("Sätta upp vägvisning till Lappis", overdue, "open")],
                ),
            ],
            summary="Nio studenter, SSSB, universitetet, polisen och Trafikkontoret gick sträckan "
            "i mörker. Skogspartiet utan belysning är det stora problemet.",
            closing=(
                D(2021, 12, 2),
                "Trafikkontoret projekterar belysning av gångvägen. SSSB lagar entrébelysningen. "
                "Universitetet ser över vägvisningen.",
            ),
        ),
        "vasaparken": dict(
            place="Vasaparken",
            date=D(2017, 3, 22),
            time=dt.time(19, 0),
            light=LightCondition.DARK,
            format=WalkFormat.YOUTH,
            meeting_point="Parkleken i Vasaparken",
            organiser="Lina Forsberg",
            residents=12,
            purpose="Trygghetsvandring för ungdomar, planerad av gruppen Fält, fritid, "
            "socialtjänst och polis (Norrmalms trygghetsråd 14 december 2016).",
            organisations=(NORRMALM, POLICE, TRAFFIC),
            people=("Lina Forsberg", "Sara Holm"),
            stops=[
                ("Parkleken", "Kvällstid efter stängning"),
                ("Odengatan-sidan", "Belysning och sikt"),
                ("Bollplanen", "Samlingsplats"),
            ],
            ratings={
                "lighting": [1, 2, 2],
                "visibility": [1, 2, 2],
                "activity": [1, 2, 2],
                "feeling": [1, 2, 2],
            },
            observations=[
                Obs(
                    1,
                    C.ACTIVITY,
                    "Ungdomarna berättar om cannabisrökning vid parkleken sena kvällar.",
                    S.HIGH,
                    POLICE,
                    actions=[
                        _action(
                            "Riktade insatser vid parkleken sena kvällar",
                            D(2017, 5, 31),
                            "done",
                            D(2017, 5, 20),
                        )
                    ],
                ),
                Obs(
                    1,
                    C.LIGHTING,
                    "Parkleken är helt mörk efter stängning; buskarna vid staketet skymmer.",
                    S.MEDIUM,
                    NORRMALM,
                    actions=[
                        _action(
                            "Belysning och gallring vid parklekens staket",
                            D(2017, 9, 30),
                            "done",
                            D(2017, 8, 28),
                        )
                    ],
                ),
            ],
            summary="Tolv ungdomar från skolorna i Vasastan gick parken med fältassistenter och "
            "polis. Parkleken efter stängning är den plats de undviker.",
            closing=(D(2017, 4, 5), "Polisen och fältassistenterna följer upp vid parkleken."),
        ),
        "klara": dict(
            place="Klarakvarteren (Vasagatan–Mäster Samuelsgatan)",
            date=D(2016, 4, 13),
            time=dt.time(20, 0),
            light=LightCondition.DARK,
            meeting_point="McDonald's, Vasagatan",
            organiser="Lina Forsberg",
            residents=3,
            purpose="Vandring med platssamverkan Klara.",
            organisations=(
                NORRMALM,
                POLICE,
                TRAFFIC,
                "Fastighetskontoret",
                "Jernhusen",
                "Hufvudstaden",
            ),
            people=("Lina Forsberg", "Sara Holm"),
            stops=[
                ("Hörnet vid McDonald's, Vasagatan", "Problemhörnan"),
                ("Bron", "Mörk passage"),
                ("Trappan ner till McDonald's", "Belysning"),
                ("Garaget vid Mäster Samuelsgatan", "Obehöriga i garaget"),
            ],
            ratings={"lighting": [1, 0, 0, 1], "visibility": [0, 1, 1, 1], "feeling": [0, 1, 1, 0]},
            observations=[
                Obs(
                    1,
                    C.VISIBILITY,
                    "Problemhörna vid McDonald's på Vasagatan: skymd nisch där folk uppehåller "
                    "sig.",
                    S.HIGH,
                    "Jernhusen",
                    actions=[
                        _action("Bygga igen problemhörnan", D(2016, 9, 30), "done", D(2016, 9, 12))
                    ],
                ),
                Obs(
                    2,
                    C.LIGHTING,
                    "Bron är mörk och grå; området under upplevs otryggt.",
                    S.MEDIUM,
                    TRAFFIC,
                    actions=[
                        _action(
                            "Vitmåla bron så att området blir ljusare",
                            D(2016, 10, 31),
                            "done",
                            D(2016, 10, 18),
                        )
                    ],
                ),
                Obs(
                    3,
                    C.LIGHTING,
                    "Trappan ner till McDonald's är dåligt belyst.",
                    S.MEDIUM,
                    TRAFFIC,
                    actions=[
                        _action(
                            "Bättre belysning i trappan ner till McDonald's",
                            D(2017, 3, 31),
                            "done",
                            D(2017, 2, 24),
                            ((D(2016, 12, 14), "Pågående arbete (trygghetsrådet)."),),
                        )
                    ],
                ),
                Obs(
                    4,
                    C.OTHER,
                    "Obehöriga och prostitution i garaget vid Mäster Samuelsgatan; porten "
                    "står ofta öppen.",
                    S.HIGH,
                    "Fastighetskontoret",
                    actions=[
                        _action("Ny och bättre garageport", D(2016, 12, 31), "done", D(2016, 12, 5))
                    ],
                ),
            ],
            summary="Platssamverkan Klara gick området kvällstid med fastighetsägarna.",
            closing=(
                D(2016, 5, 11),
                "Åtgärderna fördelades på fastighetsägarna och "
                "Trafikkontoret; följs upp månadsvis i platssamverkan Klara.",
            ),
        ),
    }
