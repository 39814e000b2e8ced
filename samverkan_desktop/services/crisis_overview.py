"""The crisis area's Overview sections: plans due for revision within 60 days or overdue, and the
next exercise. Record ids follow services/crisis_nav.py (plans positive, exercises negative).

The agreement with the police (Grupper → Överenskommelse…) has a revision of its own ("Revideras
senast": signed, or in force from, plus its cycle), and the plans register may hold the same
document as a plan of the kind "Samverkansöverenskommelse" (the example district does). One
document is reminded of once: an agreement in force due within the 60 days or past shows in the
plans card only while the register has no active plan of that kind; with one, the register's
dates (its adopted versions) speak for the agreement, as the register is where a revision is
recorded with its version and file. Its entry opens the agreements (``agreement_record``).

The same card names the active plans of a kind that is exercised (PlanKind.exercised) whose last
held exercise is older than the exercise interval (a setting), or that were never exercised in
more than that interval in force: a plan nobody has practised is the gap a district director asks about."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from dateutil.relativedelta import relativedelta

from samverkan_desktop.formatting import date_with_week, dotted, iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import PlanKind
from samverkan_desktop.overview_items import (
    MAX_ITEMS,
    PLANS_REGISTER,
    OverviewItem,
    OverviewSection,
    Urgency,
)
from samverkan_desktop.services import agreements, exercise_reading, plan_rows, plans
from samverkan_desktop.services.crisis_nav import exercise_record, plan_record

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

AREA = "crisis"


def _revision_head(next_revision: dt.date, days_left: int) -> str:
    if days_left < 0:
        return ngettext(
            "Revision overdue by {count} day (due {date})",
            "Revision overdue by {count} days (due {date})",
            -days_left,
        ).format(count=-days_left, date=iso_date(next_revision))  # no "(v. 42)" in (…)
    return _("Revision due {date}").format(date=date_with_week(next_revision))


def agreements_due(
    session: Session, today: dt.date, active: list[plan_rows.PlanRow]
) -> list[agreements.AgreementDetail]:
    """The agreements in force whose revision is due within 60 days or past, by that date;
    none while the plans register (``active``: its active plans) has a collaboration agreement
    (the module's rule)."""
    if any(row.kind is PlanKind.COLLABORATION_AGREEMENT for row in active):
        return []
    horizon = today + dt.timedelta(days=plan_rows.DUE_SOON_DAYS)
    due = [
        a
        for a in agreements.list_agreement_details(session)
        if a.valid_from <= today
        and (a.valid_until is None or a.valid_until >= today)
        and a.next_revision <= horizon
    ]
    return sorted(due, key=lambda a: a.next_revision)


def plans_to_exercise(active: list[plan_rows.PlanRow]) -> list[plan_rows.PlanRow]:
    """Of the ``active`` plans, those due to be exercised (services/plan_exercise_due.py):
    the longest ago first, the never exercised last (as undated plans come last in the
    register), then by name."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    return sorted(
        (row for row in active if row.exercise_due),
        key=lambda r: (
            r.last_exercise.date if r.last_exercise else dt.date.max,
            sort_key(r.name),
        ),
    )


def _exercised_head(row: plan_rows.PlanRow, today: dt.date) -> str:
    if row.last_exercise is None:
        return _("Never exercised")
    since = relativedelta(today, row.last_exercise.date)
    ago = (
        ngettext("{count} year ago", "{count} years ago", since.years).format(count=since.years)
        if since.years
        else ngettext("{count} month ago", "{count} months ago", since.months).format(
            count=since.months
        )
    )
    return _("Last exercised {date} ({ago})").format(date=iso_date(row.last_exercise.date), ago=ago)


def _not_exercised(row: plan_rows.PlanRow, today: dt.date) -> str:
    """The exercise gap beside a revision date, in the same entry: short ("ej övad på 5 år"),
    so both stay whole beside the plan's shortened name at a laptop's width; the day it was
    last exercised is in the register's "Senast övad"."""
    if row.last_exercise is None:
        return _("never exercised")
    since = relativedelta(today, row.last_exercise.date)
    if since.years:
        return ngettext(
            "not exercised for {count} year", "not exercised for {count} years", since.years
        ).format(count=since.years)
    return ngettext(
        "not exercised for {count} month", "not exercised for {count} months", since.months
    ).format(count=since.months)


def _plan_entry(row: plan_rows.PlanRow, today: dt.date) -> tuple[dt.date, OverviewItem]:
    """One entry per plan, saying both when its revision is due and it waits to be exercised
    ("Revideras senast 2026-12-14 (v. 51) · ej övad sedan 2021-02-17"): the plan named twice
    read as two plans. It sorts by the earlier of its two days."""
    last = row.last_exercise.date if row.last_exercise else None
    if not plans.revision_within(row, today, plan_rows.DUE_SOON_DAYS):  # only to exercise
        item = OverviewItem(
            row.name,
            _exercised_head(row, today),
            last,
            # Not red: red is a revision date the adopted plan itself set and that has
            # passed; the interval is the coordinator's own rhythm, and a new register's
            # many never-exercised plans would paint the whole card red.
            Urgency.SOON,
            AREA,
            plan_record(row.id),
            rest=_("no exercise planned for it"),
            # "Senast övad 2021-02-17 (…)" says more than the plan's long name: it stays
            # whole while the name gives way.
            dated=last is not None,
        )
        return last or dt.date.max, item  # never: after the dated entries
    assert row.next_revision is not None and row.days_left is not None
    gap = _not_exercised(row, today) if row.exercise_due else ""
    # With its week as every dated entry ("(v. 51)"); a card with no room for the gap beside
    # it shows the gap on a line of its own (ui.overview.entry_button).
    head = _revision_head(row.next_revision, row.days_left)
    version = _("version {version}").format(version=row.version) if row.version else ""
    item = OverviewItem(
        row.name,
        head,
        row.next_revision,
        Urgency.OVERDUE if row.days_left < 0 else Urgency.SOON,
        AREA,
        plan_record(row.id),
        rest=version,
        dated=row.days_left >= 0,  # "Revision due 2026-12-13 (v. 50)"
        # The exercise gap kept beside the revision day while the name keeps its share; on a
        # narrower card it takes a second line under the name.
        also=gap,
    )
    return min(row.next_revision, last or dt.date.max), item


def plans_due(session: Session, today: dt.date) -> OverviewSection:
    # The active plans read once for the card's entries (on the Overview, the first view:
    # each reading loads every plan with its versions and exercises).
    active = plans.list_plans(session, today, include_inactive=False)
    entries = [
        _plan_entry(row, today)
        for row in active
        if row.exercise_due or plans.revision_within(row, today, plan_rows.DUE_SOON_DAYS)
    ]
    for agreement in agreements_due(session, today, active):
        days_left = (agreement.next_revision - today).days
        entries.append(
            (
                agreement.next_revision,
                OverviewItem(
                    agreement.title,
                    _revision_head(agreement.next_revision, days_left),
                    agreement.next_revision,
                    Urgency.OVERDUE if days_left < 0 else Urgency.SOON,
                    "groups",
                    agreements.agreement_record(agreement.id),
                    rest=_("agreement with the police"),
                    dated=days_left >= 0,
                ),
            )
        )
    # By urgency: overdue revisions first, then by day (a gap in exercising fell due before
    # any revision still ahead), the plans never exercised last; stable: a plan before an
    # agreement of its day.
    entries.sort(key=lambda entry: (entry[1].urgency is not Urgency.OVERDUE, entry[0]))
    hidden = len(entries) - MAX_ITEMS
    return OverviewSection(
        "plans_due",
        _("Plans to revise or exercise"),
        AREA,
        len(entries),
        tuple(item for _day, item in entries[:MAX_ITEMS]),
        _("No plan is due for revision in the coming 60 days or waiting to be exercised."),
        subset=PLANS_REGISTER,  # the register, where each of them stands out
        more_text=ngettext(
            "and {count} more in the plans register …",
            "and {count} more in the plans register …",
            hidden,
        ).format(count=hidden)
        if hidden > 0
        else "",
    )


def next_exercise(session: Session, today: dt.date) -> OverviewSection:
    from samverkan_desktop.formatting import MONTHS

    row = exercise_reading.next_exercise(session, today)
    items = []
    if row is not None:
        if row.date is not None:
            when = date_with_week(row.date)
        else:
            assert row.month is not None
            when = _("{month} {year}").format(month=_(MONTHS[row.month - 1]), year=row.year)
        checklist = (
            _("checklist {done} of {total} done").format(
                done=row.checklist_done, total=row.checklist_total
            )
            if row.checklist_total
            else ""
        )
        items.append(
            OverviewItem(
                row.title,
                when,
                row.date,
                Urgency.SOON
                if row.date is not None and (row.date - today).days <= 14
                else Urgency.INFO,
                AREA,
                exercise_record(row.id),
                rest=dotted(_(row.type.label), checklist),
                dated=row.date is not None,  # "2026-12-13 (v. 50)"; "december 2026" is not
            )
        )
    return OverviewSection(
        "next_exercise",
        _("Next exercise"),
        AREA,
        len(items),
        tuple(items),
        _("No exercise is planned. Plan one in the annual exercise plan."),
    )
