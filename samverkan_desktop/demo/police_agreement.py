"""Demo: the Östermalm agreement with the police, signed in 2020 and revised each February."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.demo.contacts import POLICE, SDF
from samverkan_desktop.models import (
    Agreement,
    AgreementAppendix,
    AgreementParty,
    AgreementRevision,
    Organisation,
    PriorityArea,
)


def priority_areas(session: Session, *codes: str) -> list[PriorityArea]:
    return list(session.scalars(select(PriorityArea).where(PriorityArea.code.in_(codes))))


def _last_february_revision(today: dt.date) -> dt.date:
    """The latest 22 February passed: the agreement's yearly revision (crisis_data's register)."""
    this_year = dt.date(today.year, 2, 22)
    return this_year if this_year <= today else this_year.replace(year=today.year - 1)


SIGNED_BY = "Stadsdelsdirektör Östermalm; tf. lokalpolisområdeschef Norrmalm"
SIGNED_ON = dt.date(2020, 2, 21)  # paper 002


def _revisions(areas: list[PriorityArea], today: dt.date) -> list[AgreementRevision]:
    """Signed on 21/2-2020 (paper 002), revised and signed again each February since 2021, as
    the plans register's versions say: its next revision is due when theirs is. The priorities
    have stood; the notes say what else each revision did."""
    last = _last_february_revision(today)
    notes = {
        2021: "Reviderad och signerad på nytt; bygger på en nyligen reviderad lokal lägesbild.",
        last.year: "Lägesbilden (bilaga 1) uppdaterad med förra årets siffror.",
    }
    revisions = [
        AgreementRevision(revised_on=SIGNED_ON, decided_by=SIGNED_BY, priority_areas=areas)
    ]
    for year in range(2021, last.year + 1):
        revisions.append(
            AgreementRevision(
                revised_on=dt.date(year, 2, 22),
                decided_by=SIGNED_BY,
                note=notes.get(year),
                priority_areas=areas,
            )
        )
    return revisions


def add(session: Session, orgs: dict[str, Organisation], today: dt.date) -> Agreement:
    areas = priority_areas(
        session,
        "vulnerable_crime_victims",
        "school_as_crime_scene",
        "places_and_vulnerable_areas",
    )
    agreement = Agreement(
        title="Lokal samverkansöverenskommelse Östermalm",
        police_area="Lokalpolisområde Norrmalm, polisområde Stockholm City",
        valid_from=dt.date(2020, 2, 29),
        revision_interval_months=12,
        signed_on=SIGNED_ON,
        signed_by=SIGNED_BY,
        notes="Punkt 2 i samverkan med utbildningsförvaltningen och Norrmalms "
        "stadsdelsförvaltning.",
        parties=[
            AgreementParty(organisation=orgs[SDF], case_number="ÖST 2020/150"),
            AgreementParty(organisation=orgs[POLICE], case_number="A091.081/2020"),
        ],
        appendices=[
            AgreementAppendix(number="1", title="Gemensam lokal lägesbild"),
            AgreementAppendix(number="2", title="Samverkansstruktur"),
            AgreementAppendix(
                number="3", title="Åtgärdsplan (med lokala arbetsgrupper och uppföljningsplan)"
            ),
            AgreementAppendix(number="4", title="Kommunikationsplan (med kontaktuppgifter)"),
            AgreementAppendix(number="5", title="Övergripande samverkansöverenskommelse"),
        ],
        priority_areas=areas,
        revisions=_revisions(areas, today),
    )
    session.add(agreement)
    return agreement
