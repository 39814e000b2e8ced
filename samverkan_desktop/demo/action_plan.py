"""The demo agreement's action plan: a goal for each of its priority areas, in the words of the
Hässelby-Vällingby plan (shared/seeds/004), and a situation picture. The paper's figures are for
Hässelby torg; the demo district is Östermalm, so its places (Stureplan, Östermalmstorg) get
invented figures of the same kind and size: reported crimes per type and year from the police,
shares from the city's safety survey, beside the district as a whole."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    Agreement,
    AreaGoal,
    FigureUnit,
    PriorityArea,
    SituationFigure,
)

POLICE = "Polisens anmälningsstatistik, januari–november"
SURVEY = "Trygghetsmätningen 2019"
PUPILS = "Stockholmsenkäten"
WHOLE = "Hela stadsdelsområdet"
COUNT, PERCENT = FigureUnit.COUNT, FigureUnit.PERCENT

GOALS = {
    "places_and_vulnerable_areas": "Allmänna platser är trygga och välskötta.",
    "vulnerable_crime_victims": "Äldres otrygghet minskar och brott i nära relation minskar.",
    "school_as_crime_scene": "Skolan är en trygg plats.",
}

# area code -> (measure, place, unit, source, {year: value})
FIGURES: dict[str, list[tuple[str, str, FigureUnit, str, dict[int, float]]]] = {
    "places_and_vulnerable_areas": [
        ("Anmälda brott: skadegörelse", "Stureplan", COUNT, POLICE, {2019: 188, 2020: 121}),
        ("Anmälda brott: tillgrepp i butik", "Östermalmstorg", COUNT, POLICE, {2019: 74, 2020: 52}),
        ("Anmälda brott: våldsbrott", "Stureplan", COUNT, POLICE, {2019: 96, 2020: 71}),
        ("Anmälda brott: narkotikabrott", "Stureplan", COUNT, POLICE, {2019: 41, 2020: 63}),
        (
            "Andel som upplever berusade personer som störande",
            "Stureplan",
            PERCENT,
            SURVEY,
            {2019: 21},
        ),
        ("Andel som upplever berusade personer som störande", WHOLE, PERCENT, SURVEY, {2019: 9}),
        (
            "Andel som upplever narkotikapåverkade personer som störande",
            "Stureplan",
            PERCENT,
            SURVEY,
            {2019: 12},
        ),
        (
            "Andel som upplever narkotikapåverkade personer som störande",
            WHOLE,
            PERCENT,
            SURVEY,
            {2019: 6},
        ),
    ],
    "vulnerable_crime_victims": [
        (
            "Anmälda bedrägerier mot personer över 65 år",
            WHOLE,
            COUNT,
            POLICE,
            {2019: 142, 2020: 167},
        ),
        ("Anmälda brott i nära relation", WHOLE, COUNT, POLICE, {2019: 118, 2020: 131}),
    ],
    "school_as_crime_scene": [
        (
            "Andel elever i årskurs 9 som känner sig otrygga i skolan",
            WHOLE,
            PERCENT,
            PUPILS,
            {2018: 7, 2020: 5},
        ),
    ],
}


def load(session: Session, agreement: Agreement) -> None:
    """Goals and figures for the areas ``agreement`` picks (flushed, so it has its id)."""
    codes = {code: id_ for code, id_ in session.execute(select(PriorityArea.code, PriorityArea.id))}
    chosen = {area.id for area in agreement.priority_areas}
    for code, goal in GOALS.items():
        area_id = codes[code]
        if area_id not in chosen:
            continue
        session.add(AreaGoal(agreement_id=agreement.id, priority_area_id=area_id, goal=goal))
        for measure, place, unit, source, by_year in FIGURES.get(code, []):
            session.add_all(
                SituationFigure(
                    agreement_id=agreement.id,
                    priority_area_id=area_id,
                    measure=measure,
                    place=place,
                    year=year,
                    value=value,
                    unit=unit,
                    source=source,
                )
                for year, value in by_year.items()
            )
