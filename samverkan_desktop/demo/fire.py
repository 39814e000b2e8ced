"""The example district's fire safety work (SBA): the consultants' inspection of the premises on
11 January 2021, approved (as the district's report to the council says), and this year's, with
one remark still open in Actions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.i18n import ngettext
from samverkan_desktop.models import InspectionResult, Person
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.fire_inspections import InspectionInput, RemarkInput

PREMISES = "Garnisonen, Karlavägen 104 inkl. receptionen"
CONSULTANTS = "Brandkonsulterna Stockholm AB"
RECENT_DAYS_AGO = 75  # this year's inspection, a quarter ago
REMARK_DAYS = 30  # the remark to be put right within a month of today
REMARK_RESPONSIBLE = "Tobias Hedlund"  # the evacuation leader at the reception


def load(session: Session, today: dt.date) -> str:
    fire_inspections.create_inspection(
        session,
        InspectionInput(
            PREMISES,
            dt.date(2021, 1, 11),
            CONSULTANTS,
            InspectionResult.APPROVED,
            summary="Lokalerna, även receptionen, besiktigade. Brandskyddet godkänt: "
            "utrymningsvägar, skyltning, brandlarm och släckutrustning utan anmärkning.",
        ),
        today=today,
    )
    recent = today - dt.timedelta(days=RECENT_DAYS_AGO)
    responsible = session.scalar(select(Person.id).where(Person.name == REMARK_RESPONSIBLE))
    remarks = [
        RemarkInput(
            "Utrymningsskylt saknas vid trapphus B, plan 3",
            responsible_person_id=responsible,
            due_on=today + dt.timedelta(days=REMARK_DAYS),
        )
    ]
    fire_inspections.create_inspection(
        session,
        InspectionInput(
            PREMISES,
            recent,
            CONSULTANTS,
            InspectionResult.APPROVED_WITH_REMARKS,
            summary="Årlig kontroll av brandskyddet. Godkänt; en utrymningsskylt ska kompletteras.",
        ),
        remarks if responsible is not None else [],
        today=today,
    )
    return ngettext("{n} fire safety inspection", "{n} fire safety inspections", 2).format(n=2)
