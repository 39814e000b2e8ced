"""The year's safety walks, plan and outcome: the prioritised places in rank order with their
walks, the places still without one marked, and the year's walks at other places."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import date_with_week, with_clock
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    escape,
    heading,
    markup,
    paragraph,
    table,
)
from samverkan_desktop.services.walk_plan import PlanPlace, PlanWalk, WalkPlan, year_plan
from samverkan_desktop.services.walk_rows import WALKED_STEPS, status_text

WIDTHS = [10, 62, 98]  # rank, place with its reason, the walks


def title_of(year: int) -> str:
    return _("Safety walks {year}: plan and outcome").format(year=year)


def walk_line(walk: PlanWalk) -> str:
    when = with_clock(date_with_week(walk.date), walk.start_time, walk.end_time)
    # A cancelled walk says why, as the list and the calendar do: the council asks.
    parts = [escape(when), escape(status_text(walk.status, walk.cancel_reason))]
    if walk.status in WALKED_STEPS:  # a plan has nothing to count yet
        parts.append(
            escape(
                ngettext("{n} observation", "{n} observations", walk.observation_count).format(
                    n=walk.observation_count
                )
            )
        )
    if walk.open_actions:
        actions = escape(
            ngettext("{n} open action", "{n} open actions", walk.open_actions).format(
                n=walk.open_actions
            )
        )
        if walk.overdue_actions:
            overdue = ngettext(
                "of which {n} overdue", "of which {n} overdue", walk.overdue_actions
            ).format(n=walk.overdue_actions)
            actions += f', <font color="{WARN_HEX}">{escape(overdue)}</font>'
        parts.append(actions)
    return " · ".join(parts)


def _walks_cell(place: PlanPlace) -> Flowable:
    lines = [walk_line(w) for w in place.walks]
    if place.gap:  # after a cancelled walk, if any: that one did not count
        lines.append(f'<font color="{WARN_HEX}"><b>{escape(place.gap)}</b></font>')
    return markup("<br/>".join(lines), "cell")


def _place_cell(place: PlanPlace) -> Flowable:
    text = f"<b>{escape(place.place)}</b>"
    if place.area:
        text += f" <font size='8'>({escape(place.area)})</font>"
    if place.reason:
        text += f"<br/><font size='8'>{escape(place.reason)}</font>"
    return markup(text, "cell")


def _summary(prioritised: tuple[PlanPlace, ...], year: int, today: dt.date) -> str:
    count = len(prioritised)
    without = sum(1 for p in prioritised if p.gap)
    text = ngettext(
        "{count} place prioritised for {year}.", "{count} places prioritised for {year}.", count
    ).format(count=count, year=year)
    if not without:
        return text + " " + ngettext("It has a walk.", "Each has a walk.", count)
    if year < today.year:
        return (
            text + " " + ngettext("{n} had no walk.", "{n} had no walk.", without).format(n=without)
        )
    return (
        text
        + " "
        + ngettext("{n} has no walk planned yet.", "{n} have no walk planned yet.", without).format(
            n=without
        )
    )


def build(session: Session, year: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    owner = issuer(session)
    title = title_of(year)
    plan = year_plan(session, year, today)
    story: list[Flowable] = [
        paragraph(title, "title"),
        paragraph(owner.name or _("The district administration"), "subtitle"),
    ]
    if plan.is_empty:
        story.append(
            paragraph(
                _(
                    "No place is prioritised for {year} and no walk is planned or made that year."
                ).format(year=year)
            )
        )
    else:
        story.extend(_plan_tables(plan, today))
    return Document(title=title, footer=title, issuer=owner.name).build(story)


def _plan_tables(plan: WalkPlan, today: dt.date) -> list[Flowable]:
    year = plan.year
    walks_title = _("Walks {year}").format(year=year)
    story: list[Flowable] = []
    if plan.prioritised:
        story.append(paragraph(_summary(plan.prioritised, year, today)))
    story.append(heading(_("Prioritised places")))
    story.append(
        table(
            ["", _("Place"), walks_title],
            [[f"{p.rank}.", _place_cell(p), _walks_cell(p)] for p in plan.prioritised],
            col_widths_mm=WIDTHS,
            empty_text=_("No place is prioritised for {year}.").format(year=year),
        )
    )
    story.append(heading(_("Walks at places not prioritised")))
    story.append(
        table(
            [_("Place"), walks_title],
            [[_place_cell(p), _walks_cell(p)] for p in plan.others],
            col_widths_mm=[WIDTHS[0] + WIDTHS[1], WIDTHS[2]],
            empty_text=_("No walks in {year} at other places.").format(year=year),
        )
    )
    return story
