"""Who lacks which training their crisis role requires.

A role lists the courses its holders must have (``CourseRequirement``). A holder lacks a course
they never attended or whose validity has run out; one whose validity runs out within 60 days is
shown as expiring. Courses, sessions and attendance are kept by services/training.py.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import Course, CourseRequirement, CrisisRole, CrisisRoleMember
from samverkan_desktop.services import training
from samverkan_desktop.services.validation import get_or_raise
from samverkan_desktop.swedish_order import sort_key

EXPIRING_DAYS = 60


class GapKind(enum.Enum):
    MISSING = "missing"
    EXPIRED = "expired"
    EXPIRING = "expiring"

    @property
    def label(self) -> str:
        return GAP_KIND_LABELS[self]


GAP_KIND_LABELS = {
    GapKind.MISSING: N_("Missing"),
    GapKind.EXPIRED: N_("Expired"),
    GapKind.EXPIRING: N_("Expires within 60 days"),
}


@dataclass(frozen=True)
class RequirementRow:
    id: int
    role_id: int
    role: str
    course_id: int
    course: str


@dataclass(frozen=True)
class GapRow:
    person_id: int
    name: str
    role_id: int
    role: str
    course_id: int
    course: str
    kind: GapKind
    last_attended: dt.date | None
    valid_until: dt.date | None


def gap_text(row: GapRow) -> str:
    """The gap with the day it expired or expires ("Gick ut 2024-02-18", "Saknas"): one column
    in the window's list and the command line's table, where a column of its own for "Giltig
    till" left the course three lines at 1024 px."""
    if row.kind is GapKind.MISSING or row.valid_until is None:
        return _(row.kind.label)
    day = iso_date(row.valid_until)
    if row.kind is GapKind.EXPIRED:
        return _("Expired {date}").format(date=day)
    return _("Expires {date}").format(date=day)


def list_requirements(session: Session) -> list[RequirementRow]:
    query = (
        select(CourseRequirement)
        .options(selectinload(CourseRequirement.role), selectinload(CourseRequirement.course))
        .join(CrisisRole, CrisisRole.id == CourseRequirement.role_id)
        .join(Course, Course.id == CourseRequirement.course_id)
        .order_by(CrisisRole.position, Course.name)
    )
    return [
        RequirementRow(r.id, r.role_id, r.role.name, r.course_id, r.course.name)
        for r in session.scalars(query)
    ]


def set_role_requirements(session: Session, role_id: int, course_ids: Iterable[int]) -> None:
    """The courses a role requires, replacing the earlier list. A change counts as a change of
    the role (its version goes up): the role's form shows them, so a form opened before is
    refused rather than saving its older list over this one."""
    role = get_or_raise(session, CrisisRole, role_id, _("The crisis role no longer exists."))
    wanted = list(dict.fromkeys(course_ids))
    for course_id in wanted:
        get_or_raise(session, Course, course_id, _("The course no longer exists."))
    if {r.course_id for r in role.requirements} != set(wanted):
        flag_modified(role, "name")  # an UPDATE of the role row, which bumps its version
    keep = [r for r in role.requirements if r.course_id in wanted]
    role.requirements[:] = keep
    have = {r.course_id for r in keep}
    for course_id in wanted:
        if course_id not in have:
            role.requirements.append(CourseRequirement(course_id=course_id))
    session.flush()


def training_gaps(
    session: Session,
    today: dt.date | None = None,
    *,
    role_id: int | None = None,
    include_expiring: bool = True,
) -> list[GapRow]:
    """One line per person and required course they lack (under the first role, in the
    organisation's order, that requires it), by role order, then name, then course: each
    person's gaps together (before, the names alternated course by course)."""
    today = today or clock.today()
    query = (
        select(CrisisRole)
        .options(
            selectinload(CrisisRole.members).selectinload(CrisisRoleMember.person),
            selectinload(CrisisRole.requirements).selectinload(CourseRequirement.course),
        )
        .order_by(CrisisRole.position)
    )
    if role_id is not None:
        query = query.where(CrisisRole.id == role_id)
    seen: set[tuple[int, int]] = set()
    gaps: list[GapRow] = []
    for role in session.scalars(query):
        role_gaps: list[GapRow] = []
        people = [m.person for m in role.members]
        for requirement in sorted(role.requirements, key=lambda r: sort_key(r.course.name)):
            course = requirement.course
            attended = training.last_attended(session, course.id, [p.id for p in people], today)
            for person in sorted(people, key=lambda p: sort_key(p.name)):
                if (person.id, course.id) in seen:
                    continue
                last = attended.get(person.id)
                until = training.valid_until(last, course.validity_months)
                if last is None:
                    kind = GapKind.MISSING
                elif until is not None and until < today:
                    kind = GapKind.EXPIRED
                elif until is not None and (until - today).days <= EXPIRING_DAYS:
                    if not include_expiring:
                        continue
                    kind = GapKind.EXPIRING
                else:
                    continue
                seen.add((person.id, course.id))
                role_gaps.append(
                    GapRow(
                        person.id,
                        person.name,
                        role.id,
                        role.name,
                        course.id,
                        course.name,
                        kind,
                        last,
                        until,
                    )
                )
        role_gaps.sort(key=lambda gap: (sort_key(gap.name), sort_key(gap.course)))
        gaps.extend(role_gaps)
    return gaps
