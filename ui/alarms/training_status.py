"""The alarm training of staff: who is trained until when, as the lending views show it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services import contacts, training
from samverkan_desktop.services.training import TrainingStatus
from ui.context import AppContext


@dataclass(frozen=True)
class StaffTraining:
    """A staff member and their alarm training (None: no alarm course is registered)."""

    id: int
    name: str
    department: str | None
    phone: str | None
    training: TrainingStatus | None

    @property
    def valid(self) -> bool:
        return self.training is None or self.training.valid


def staff_training(
    ctx: AppContext, search: str = "", today: dt.date | None = None
) -> list[StaffTraining]:
    people = ctx.call(contacts.list_people, search or None, staff_only=True)
    course = ctx.call(training.course_by_code, training.ALARM_COURSE_CODE)
    day = today or clock.today()
    attended = (
        ctx.call(training.last_attended, course.id, [p.id for p in people], day) if course else {}
    )
    return [
        StaffTraining(
            p.id,
            p.name,
            p.department,
            p.phone,
            training.status_from(course.name, attended.get(p.id), course.validity_months, day)
            if course
            else None,
        )
        for p in people
    ]


def training_by_person(ctx: AppContext) -> dict[int, TrainingStatus]:
    return {row.id: row.training for row in staff_training(ctx) if row.training is not None}


def training_text(status: TrainingStatus | None) -> str:
    """ "Alarm training valid until 2027-03-12" / "... expired on ..." / "no alarm training"."""
    if status is None or status.last_attended is None:
        return _("No alarm training attended")
    if status.valid_until is None:
        return _("Alarm training attended {date}").format(date=iso_date(status.last_attended))
    if status.valid:
        return _("Alarm training valid until {date}").format(date=iso_date(status.valid_until))
    return _("Alarm training expired on {date}").format(date=iso_date(status.valid_until))
