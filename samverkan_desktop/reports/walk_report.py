"""The report of a safety walk, for the participants, the owners and management.

Summary and facts, participants, the route with the ratings (compared with the earlier walk at
the place), observations with photo thumbnails, actions grouped by responsible organisation, and
for a follow-up walk what was closed since and what is still open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import (
    EMPTY,
    long_date_with_week,
    prose_date,
    with_clock,
)
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.reports.date_phrases import heading_date, printed, with_date
from samverkan_desktop.reports.people_cells import person_over_organisation
from samverkan_desktop.reports.style import (
    Document,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    with_closing,
    with_note,
)
from samverkan_desktop.reports.walk_parts import (
    actions_table,
    date_or_dash,
    photo_row,
    rating_legend,
    ratings_matrix,
    status_text,
)
from samverkan_desktop.services import (
    walk_actions,
    walk_followup,
    walk_reading,
    walk_records,
    walk_route,
    walk_rows,
)
from samverkan_desktop.services.walk_actions import WalkActionRow
from samverkan_desktop.swedish_order import sort_key

# "Closed since" and "Still open" (mm): action, responsible, walk, closed or due, status.
FOLLOW_UP_WIDTHS = (54, 44, 22, 22, 28)


def when_text(walk: walk_rows.WalkDetail) -> str:
    return with_clock(long_date_with_week(walk.date), walk.start_time, walk.end_time)


def participants_text(
    people: list[walk_route.ParticipantRow], residents: int, sentence: bool = False
) -> str:
    """ "6 organisations, 5 named people, 11 residents" (the facts' line); in a ``sentence``
    (a letter's "together with ...") with "and" before the last: "3 organisations and 4 named
    people". A count that is none is left out of both: "0 named people" reads as a mistake."""
    organisations = {p.organisation or p.name for p in people}
    named = sum(1 for p in people if p.is_person)
    counts = [
        (len(organisations), ngettext("{n} organisation", "{n} organisations", len(organisations))),
        (named, ngettext("{n} named person", "{n} named people", named)),
        (residents, ngettext("{n} resident", "{n} residents", residents)),
    ]
    parts = [text.format(n=n) for n, text in counts if n]
    if sentence and len(parts) > 1:
        return _("{items} and {last}").format(items=", ".join(parts[:-1]), last=parts[-1])
    return ", ".join(parts)


def _participants(people: list[walk_route.ParticipantRow], residents: int) -> list[Flowable]:
    by_org: dict[str, list[str]] = defaultdict(list)
    for p in people:
        key = p.organisation or p.name
        if p.is_person:
            by_org[key].append(p.name + (f" ({p.title})" if p.title else ""))
        else:
            by_org.setdefault(key, [])
    ordered = sorted(by_org.items(), key=lambda item: sort_key(item[0]))
    rows = [(org, ", ".join(names) or EMPTY) for org, names in ordered]
    if residents:
        rows.append((_("Residents"), str(residents)))
    return [
        heading(_("Participants")),
        table([_("Organisation"), _("People")], rows, [70, 100], _("No participants recorded.")),
    ]


def _ratings(walk_id: int, session: Session) -> list[Flowable]:
    sheet = walk_records.get_checklist(session, walk_id)
    if not sheet.stops:
        return []
    comparison = walk_followup.compare_ratings(session, walk_id)
    story: list[Flowable] = [
        heading(_("Route and ratings")),
        table(
            [_("Stop"), _("Place"), _("Looked at")],
            [(str(s.position), s.name, s.description or "") for s in sheet.stops],
            [14, 62, 94],
        ),
        spacer(3),
    ]
    if not sheet.answers:
        story.append(paragraph(_("No checklist ratings were recorded."), "small"))
        return story
    notes: list[Flowable] = [spacer(1.5), markup(rating_legend(), "small")]
    if comparison.earlier is not None:
        notes.append(
            paragraph(
                _("Mean over the stops, compared with the walk on {date}.").format(
                    date=prose_date(comparison.earlier.date)
                ),
                "small",
            )
        )
    # Its own heading: the matrix often starts the next page, where "1 2 3 Medel" alone
    # does not say that these are the stops' ratings. It starts under the route where its
    # first rows fit (moved whole, it left a quarter of page 1 empty), the legend with its
    # last rows.
    matrix = with_note(ratings_matrix(sheet, comparison), *notes)
    story += [heading(_("Ratings per stop"), 3), matrix]
    notes = [
        (
            f"{s.position}. {s.name}",
            item.title,
            str(a.rating if a.rating is not None else EMPTY),
            a.note,
        )
        for s in sheet.stops
        for item in sheet.items
        if (a := sheet.answer(s.id, item.id)) is not None and a.note
    ]
    if notes:
        story += [
            spacer(3),
            table([_("Stop"), _("Point"), _("Rating"), _("Note")], notes, [38, 40, 22, 70]),
        ]
    return story


def _observations(
    observations: list[walk_records.ObservationRow],
    actions: list[WalkActionRow],
) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Observations"))]
    if not observations:
        return story + [paragraph(_("No observations were recorded."), "small")]
    by_observation: dict[int, list[WalkActionRow]] = defaultdict(list)
    for action in actions:
        by_observation[action.observation_id].append(action)
    for number, obs in enumerate(observations, start=1):
        title = f"{number}. {escape(_(obs.category.label))} – {escape(obs.where)}"
        meta = _("Severity: {severity} · Responsible: {owner}").format(
            severity=_(obs.severity.label), owner=obs.responsible_organisation or _("not named")
        )
        block: list[Flowable] = [
            markup(f"<b>{title}</b>", "h3"),
            paragraph(meta, "small"),
            paragraph(obs.description),
        ]
        for action in by_observation.get(obs.id, []):
            status = _(action.status.label)
            block.append(
                markup(
                    "→ "
                    + escape(
                        _("Action: {title} ({responsible}, {status})").format(
                            title=action.title,
                            responsible=action.responsible or _("not named"),
                            status=status,
                        )
                    ),
                    "cell",
                )
            )
        photos = photo_row(obs.photos)
        if photos is not None:
            block += [spacer(1.5), photos]
        story.append(KeepTogether(block))
        story.append(spacer(2))
    return story


def group_by_organisation(
    actions: list[WalkActionRow],
) -> list[tuple[str, list[WalkActionRow]]]:
    groups: dict[str, list[WalkActionRow]] = defaultdict(list)
    for action in actions:
        groups[action.responsible_organisation or action.responsible_person or ""].append(action)
    named = sorted(((k, v) for k, v in groups.items() if k), key=lambda item: sort_key(item[0]))
    return named + ([(_("No responsible organisation"), groups[""])] if "" in groups else [])


def _actions(
    actions: list[WalkActionRow], numbers: dict[int, int], today: dt.date
) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Actions by responsible organisation"))]
    if not actions:
        return story + [paragraph(_("No actions have been raised from this walk yet."), "small")]
    for organisation, rows in group_by_organisation(actions):
        open_count = sum(1 for r in rows if not r.is_closed)
        story.append(
            KeepTogether(
                [
                    markup(
                        f"<b>{escape(organisation)}</b> "
                        f'<font size="8.5" color="#5f6b7a">'
                        + escape(
                            ngettext("{n} open", "{n} open", open_count).format(n=open_count)
                            + " · "
                            + ngettext("{n} action", "{n} actions", len(rows)).format(n=len(rows))
                        )
                        + "</font>",
                        "h3",
                    ),
                    actions_table(rows, today, numbers, continued=organisation),
                ]
            )
        )
    return story


def _follow_up(session: Session, walk_id: int, today: dt.date) -> list[Flowable]:
    result = walk_actions.follow_up_actions(session, walk_id)
    if result.earlier is None:
        return []
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        heading(with_date(_("Since the walk on {date}"), prose_date(result.earlier.date))),
        # Sub-headings, kept with their tables (bold "cell" text stood alone at a page's foot).
        heading(_("Closed since"), 3),
    ]
    # The actions come from every earlier walk at the place: each names its own walk's date
    # (as the checklist's list does), not only the heading's walk.
    # The two tables read as one: the same columns at the same widths, the action's two dates
    # (its walk's, then when it closed or is due) before its status.
    closed = [
        (
            a.title,
            person_over_organisation(a.responsible_person, a.responsible_organisation),
            date_or_dash(result.walked_on(a)),
            a.closed_on.isoformat() if a.closed_on else "",
            _(a.status.label),
        )
        for a in result.closed_since
    ]
    story.append(
        table(
            [_("Action"), _("Responsible"), _("Walk"), _("Closed"), _("Status")],
            closed,
            FOLLOW_UP_WIDTHS,
            _("Nothing has been closed since."),
        )
    )
    story.append(heading(_("Still open"), 3))
    still_open = [
        (
            a.title,
            person_over_organisation(a.responsible_person, a.responsible_organisation),
            date_or_dash(result.walked_on(a)),
            date_or_dash(a.due_on),
            markup(status_text(a, today), "cell"),  # "försenad" in red, as in every list
        )
        for a in result.still_open
    ]
    story.append(
        table(
            [_("Action"), _("Responsible"), _("Walk"), _("Due"), _("Status")],
            still_open,
            FOLLOW_UP_WIDTHS,
            _("Nothing is still open."),
        )
    )
    return story


def build(session: Session, walk_id: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    walk_reading.check_report_printable(session, walk_id)
    walk = walk_reading.get_walk(session, walk_id)
    people = walk_route.list_participants(session, walk_id)
    observations = walk_records.list_observations(session, walk_id)
    actions = walk_actions.list_for_walk(session, walk_id)
    numbers = {obs.id: n for n, obs in enumerate(observations, start=1)}
    organiser = ", ".join(
        p for p in (walk.organiser, walk.organiser_title, walk.organiser_organisation) if p
    )
    fact_rows: list[tuple[str, str | None]] = [
        (_("Place"), walk.place + (f" ({walk.area})" if walk.area else "")),
        (_("When"), when_text(walk)),
        (_("Light"), _(walk.light.label)),
        (_("Format"), _(walk.format.label)),
        (_("Meeting point"), walk.meeting_point),
        (_("Organiser"), organiser or None),
        (
            _("Participants"),
            participants_text(people, walk.resident_count)
            if people or walk.resident_count
            else None,
        ),
        (_("Status"), _(walk.status.label)),
    ]
    if walk.follow_up_of is not None:
        fact_rows.append(
            (
                _("Follows up"),
                _("the walk on {date}").format(date=prose_date(walk.follow_up_of.date)),
            )
        )
    for later in walk.follow_ups:  # the readers' next date at the place
        fact_rows.append(
            (
                _("Follow-up walk"),
                long_date_with_week(later.date)
                + ("" if later.status is WalkStatus.PLANNING else f" · {_(later.status.label)}"),
            )
        )
    story: list[Any] = [
        paragraph(_("Safety walk {place}").format(place=walk.place), "title"),
        subtitle(_("Report"), heading_date(walk.date), printed(today)),
        facts([(label, value) for label, value in fact_rows if value]),  # no empty labels
    ]
    story += [
        heading(_("Summary")),
        paragraph(
            walk.summary or _("No summary has been written yet."),
            "body" if walk.summary else "small",
        ),
    ]
    if walk.purpose:
        story += [heading(_("Purpose")), paragraph(walk.purpose)]
    story += _participants(people, walk.resident_count)
    story += _ratings(walk_id, session)
    story += _observations(observations, actions)
    story += _actions(actions, numbers, today)
    story += _follow_up(session, walk_id, today)
    if walk.closing_meeting_on is not None:
        with_closing(
            story,
            heading(with_date(_("Closing meeting {date}"), prose_date(walk.closing_meeting_on))),
            paragraph(walk.closing_meeting_notes or EMPTY),
        )
    title = _("Safety walk {place}").format(place=walk.place)
    return Document(title=title, footer=f"{title} · {walk.date.isoformat()}").build(story)
