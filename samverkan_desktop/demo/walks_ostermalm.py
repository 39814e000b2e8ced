"""The demo walks at Östermalm's prioritised places 2021 (Gyllenstiernsgatan, Tessinparken,
Universitetet–Lappis): routes, ratings, observations and the remedial actions they raised.

Dates from the papers are kept; open actions get due dates around the day the demo is loaded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverkan_desktop.demo.contacts import POLICE, SDF, TRAFFIC
from samverkan_desktop.demo.walk_specs import (
    C,
    D,
    Obs,
    S,
    action,
)
from samverkan_desktop.models import LightCondition, WalkFormat


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
                        action(
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
                        action(
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
                    actions=[action("Sätta grind för nischen vid infarten", soon, "requested")],
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
                        action(
                            "Laga belysningen längs mittstråket",
                            D(2021, 11, 30),
                            "done",
                            D(2021, 11, 15),
                            (
                                (D(2021, 10, 12), "Felanmält; Trafikkontoret bekräftar."),
                                (D(2021, 11, 15), "Alla tre stolparna lagade."),
                            ),
                        ),
                        action(
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
                        action(
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
                        action(
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
                        action(
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
                        action(
                            "Laga belysningen i väderskyddet",
                            D(2021, 10, 31),
                            "done",
                            D(2021, 10, 20),
                        ),
                        action(
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
                    actions=[action("Sätta upp vägvisning mot hållplatsen", soon, "requested")],
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
                        action(
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
                        action("Laga entrébelysningen", D(2021, 12, 15), "done", D(2021, 12, 1))
                    ],
                ),
                Obs(
                    2,
                    C.SIGNAGE,
                    "Ingen skylt visar gång- och cykelvägen till Lappis från tunnelbanan.",
                    S.LOW,
                    "Stockholms universitet",
                    actions=[action("Sätta upp vägvisning till Lappis", overdue, "open")],
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
    }
