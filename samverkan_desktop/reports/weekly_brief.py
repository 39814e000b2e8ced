"""The weekly summary in two versions: "Veckosammanställning v. 49" for management (every item,
then what the program knows for the weekend and the next week) and "Inför helgen v. 49" to pass
on to the field assistants, the police and the parent walkers (only the items marked so, nothing
internal)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import (
    MONTHS_SHORT,
    WEEKDAYS_SHORT,
    clock_span,
    dotted,
    prose_date,
)
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import date_phrase, heading_date
from samverkan_desktop.reports.style import (
    Document,
    escape,
    heading,
    keep,
    markup,
    paragraph,
    paragraphs,
    subtitle,
    table,
)
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefItemRow, BriefWeek, Outlook

# When, what, where: 170 mm, the A4 text width. "tors 17 dec 09.00–10.30" on one line.
MEETING_WIDTHS = [40, 80, 50]
WALK_WIDTHS = [40, 130]


def title(week: BriefWeek, shared: bool) -> str:
    if shared:
        return _("Before the weekend, w. {week}").format(week=week.week)
    return _("Weekly summary, w. {week}").format(week=week.week)


def file_name(week: BriefWeek, shared: bool) -> str:
    stem = "infor-helgen" if shared else "veckosammanstallning"
    return f"{stem}-{week}.pdf"


def _item(item: BriefItemRow, shared: bool) -> Flowable:
    head = f"<b>{escape(item.heading)}</b>"
    source = escape(item.source_label)
    if not shared and item.shareable:
        source = escape(dotted(item.source_label, _("may be passed on")))
    line = markup(f'{head} <font size="8.5" color="#5f6b7a">({source})</font>', "h3")
    return keep(line, *paragraphs(item.text))


def _day(value: dt.date) -> str:
    """ "lör 5 dec": the days of the outlook are near, the year is noise."""
    return _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS_SHORT[value.weekday()]),
        day=value.day,
        month=_(MONTHS_SHORT[value.month - 1]),
    )


def _when(day: dt.date, start: dt.time | None, end: dt.time | None) -> str:
    """ "mån 14 dec 18.00–20.00": management plans around when a meeting or walk ends too."""
    return f"{_day(day)} {clock_span(start, end)}".strip()


def _outlook(found: Outlook) -> list[Flowable]:
    period = _("{start} – {end}").format(start=_day(found.start), end=_day(found.end))
    story: list[Flowable] = [
        heading(_("Coming weekend and next week ({period})").format(period=period)),
        paragraph(_("From the program's own registers; not for passing on."), "small"),
        heading(_("Meetings in the calendar"), 3),
        table(
            [_("When"), _("Meeting"), _("Place")],
            [
                (
                    _when(
                        m.starts_at.date(),
                        m.starts_at.time(),
                        m.ends_at.time() if m.ends_at else None,
                    ),
                    m.label,
                    m.place or "",
                )
                for m in found.meetings
            ],
            MEETING_WIDTHS,
            empty_text=_("No meetings."),
        ),
    ]
    if found.more_meetings:
        story.append(
            paragraph(
                ngettext(
                    "and {n} more meeting", "and {n} more meetings", found.more_meetings
                ).format(n=found.more_meetings),
                "small",
            )
        )
    story += [
        heading(_("Safety walks"), 3),
        table(
            [_("When"), _("Place")],
            [(_when(w.date, w.start_time, w.end_time), w.place) for w in found.walks],
            WALK_WIDTHS,
            empty_text=_("No safety walks."),
        ),
        heading(_("Exercises"), 3),
        table(
            [_("When"), _("Exercise"), _("Place")],
            [
                (_when(e.date, e.start_time, e.end_time), e.title, e.place or "")
                for e in found.exercises
            ],
            MEETING_WIDTHS,
            empty_text=_("No exercises."),
        ),
        heading(_("Alarms on home loan"), 3),
        paragraph(
            ngettext(
                "{n} alarm unit is out on home loan.",
                "{n} alarm units are out on home loan.",
                found.home_loans,
            ).format(n=found.home_loans)
        ),
    ]
    return story


def build(
    session: Session, week: BriefWeek, shared: bool = False, now: dt.datetime | None = None
) -> bytes:
    brief = weekly_briefs.get_brief(session, week)
    items = brief.shared_items if shared else brief.items
    heading_text = title(week, shared)
    owner = issuer(session).name
    when = heading_date(week.friday)
    sent = (
        date_phrase(_("sent {date}"), date=prose_date(brief.sent_on))
        if brief.sent_on is not None and not shared
        else None
    )
    story: list[Flowable] = [
        paragraph(heading_text, "title"),
        subtitle(owner, when, sent),
    ]
    if shared:
        story.append(
            paragraph(
                _("For the field assistants (prevention unit), the police and the parent walkers."),
                "small",
            )
        )
    if not items:
        story.append(
            paragraph(_("Nothing to pass on this week.") if shared else _("No items written yet."))
        )
    story += [_item(item, shared) for item in items]
    if not shared:
        story += _outlook(weekly_briefs.outlook(session, week, now))
    return Document(title=heading_text, footer=heading_text, issuer=owner).build(story)
