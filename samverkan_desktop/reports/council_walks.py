"""The council report's safety walks: the year's prioritised places with the period's walks
at them, walks at other places, and what earlier walks left open (the papers' "åtgärder som
följs upp tills de är klara")."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from samverkan_desktop.formatting import prose_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.style import (
    WARN_HEX,
    bullet_markup,
    escape,
    heading,
    paragraph,
    spacer,
)
from samverkan_desktop.reports.walk_plan import walk_line
from samverkan_desktop.services.walk_actions_carried import CarriedAtPlace
from samverkan_desktop.services.walk_plan import WalkPlan


def _carried(carried: tuple[CarriedAtPlace, ...], counted: dt.date) -> list[Flowable]:
    """Earlier walks' actions per place: "Tessinparken (sedan vandringen den 23 september 2021): 3
    fortfarande öppna, 1 klar under perioden"."""
    if not carried:
        return []
    story: list[Flowable] = [
        spacer(1),
        paragraph(_("Actions from earlier walks, as of {date}:").format(date=prose_date(counted))),
    ]
    for place in carried:
        counts = []
        if place.open:
            counts.append(
                ngettext("{count} still open", "{count} still open", place.open).format(
                    count=place.open
                )
            )
        if place.done:
            counts.append(
                ngettext(
                    "{count} done in the period", "{count} done in the period", place.done
                ).format(count=place.done)
            )
        since = _("since the walk {date}").format(date=prose_date(place.first_walked))
        story.append(
            bullet_markup(
                f"<b>{escape(place.place)}</b> ({escape(since)}): {escape(', '.join(counts))}"
            )
        )
    return story


def walks_part(
    plans: tuple[WalkPlan, ...], carried: tuple[CarriedAtPlace, ...], counted: dt.date
) -> list[Flowable]:
    if not plans and not carried:
        return []
    story: list[Flowable] = [heading(_("Safety walks"))]
    for plan in plans:
        if plan.prioritised:
            story.append(
                paragraph(_("Places prioritised for safety walks {year}:").format(year=plan.year))
            )
            for place in plan.prioritised:
                lines = [walk_line(w) for w in place.walks]
                if place.gap:
                    lines.append(f'<font color="{WARN_HEX}">{escape(place.gap)}</font>')
                elif not lines:  # walked or planned that year, outside the period
                    lines.append(escape(_("No walk in the period")))
                text = f"<b>{escape(place.place)}</b>"
                if lines:
                    text += "<br/>" + "<br/>".join(lines)
                story.append(bullet_markup(text, f"{place.rank}."))
        if plan.others:
            story.append(spacer(1))
            story.append(paragraph(_("Walks {year} at other places:").format(year=plan.year)))
            for place in plan.others:
                text = f"<b>{escape(place.place)}</b><br/>" + "<br/>".join(
                    walk_line(w) for w in place.walks
                )
                story.append(bullet_markup(text))
    story.extend(_carried(carried, counted))
    return story
