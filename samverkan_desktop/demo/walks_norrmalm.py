"""The demo walks from Norrmalm's papers: the youth walk in Vasaparken (2017) and the Klara
place collaboration's evening walk (2016), with the remedial actions they raised, all done.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverkan_desktop.demo.contacts import NORRMALM, POLICE, TRAFFIC
from samverkan_desktop.demo.walk_specs import (
    C,
    D,
    Obs,
    S,
    action,
)
from samverkan_desktop.models import LightCondition, WalkFormat


def walks() -> dict[str, dict[str, Any]]:
    return {
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
                        action(
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
                        action(
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
                        action("Bygga igen problemhörnan", D(2016, 9, 30), "done", D(2016, 9, 12))
                    ],
                ),
                Obs(
                    2,
                    C.LIGHTING,
                    "Bron är mörk och grå; området under upplevs otryggt.",
                    S.MEDIUM,
                    TRAFFIC,
                    actions=[
                        action(
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
                        action(
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
                        action("Ny och bättre garageport", D(2016, 12, 31), "done", D(2016, 12, 5))
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
