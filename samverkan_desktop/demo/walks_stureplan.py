"""Demo: the place collaboration Stureplan/Östermalmstorg's evening walk in the period being
followed up, so the follow-up report has walks at a place collaboration's places to show.

The group's questions are from the papers (contact chain, transports, accessibility); the walk
itself is invented, dated in the period the follow-up dialog suggests the day the demo is loaded.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from samverkan_desktop.demo.contacts import POLICE, SDF, TRAFFIC
from samverkan_desktop.demo.walk_specs import Obs
from samverkan_desktop.models import LightCondition, ObservationCategory, Severity
from samverkan_desktop.services.follow_up_periods import last_ended_period


def walk_date(today: dt.date) -> dt.date:
    """The last day of the latest period ended, or two weeks ago if that is earlier: inside the
    period the follow-up opens on for ``today`` (the demo writes no text for a later one)."""
    period, year = last_ended_period(today)
    return min(period.span(year)[1], today - dt.timedelta(days=14))


def walk(today: dt.date) -> dict[str, Any]:
    day = walk_date(today)
    return dict(
        place="Stureplan/Östermalmstorg",
        date=day,
        time=dt.time(22, 0),
        light=LightCondition.DARK,
        meeting_point="Svampen, Stureplan",
        organiser="Anna Berglund",
        residents=2,
        purpose="Kvällsvandring med platssamverkan: transporter, framkomlighet och "
        "kontaktkedjan mellan verksamheterna.",
        organisations=(SDF, POLICE, TRAFFIC, "Sturegallerian", "Stureplansgruppen"),
        people=("Anna Berglund", "Sara Holm", "Fredrik Dahl", "Camilla Rydén"),
        stops=[
            ("Svampen, Stureplan", "Köer till krogarna sena kvällar"),
            ("Biblioteksgatan", "Leveranser och framkomlighet"),
            ("Östermalmstorg vid saluhallen", "Belysning och sittplatser"),
        ],
        ratings={"lighting": [3, 2, 1], "visibility": [2, 2, 1], "feeling": [2, 2, 1]},
        observations=[
            Obs(
                2,
                ObservationCategory.TRAFFIC,
                "Leveransbilar står på trottoaren på Biblioteksgatan kvällstid; gående får gå "
                "ut i gatan.",
                Severity.MEDIUM,
                TRAFFIC,
                actions=[
                    {
                        "what": "Se över lastzonerna och skyltningen på Biblioteksgatan",
                        "due": today + dt.timedelta(days=30),
                        "status": "open",
                        "closed": None,
                        "notes": (),
                    }
                ],
            ),
            Obs(
                3,
                ObservationCategory.LIGHTING,
                "Torget är mörkt mot saluhallen efter stängning; två armaturer är trasiga.",
                Severity.LOW,
                SDF,
            ),
        ],
        summary="Platssamverkan gick Stureplan och Östermalmstorg en kväll med polisen "
        "och verksamheterna. Leveranserna på Biblioteksgatan är den fråga som tas vidare.",
    )
