"""The action plan (åtgärdsplan), the agreement's appendix: for each priority area its overall
goal, its situation picture (lägesbild) as tables with their source under each, then each group
working in the area as a compact table like the paper's (working group, term, meeting
frequency, convener, contacts, follow-up at T1/T2/VB)."""

from __future__ import annotations

import datetime as dt
import itertools

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import prose_date
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence.phrase_form import meets_shown
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import as_of
from samverkan_desktop.reports.group_structure import follow_up_text, term_text
from samverkan_desktop.reports.style import (
    HEADING_ROOM,
    Document,
    KeepOrFlow,
    heading,
    paragraph,
    paragraphs,
    spacer,
    subtitle,
    table,
)
from samverkan_desktop.services.action_plan import FigureTable
from samverkan_desktop.services.action_plan_reading import AreaSection, action_plan
from samverkan_desktop.services.action_plan_texts import change_text, figure_text
from samverkan_desktop.services.agreement_revisions import revision_in_force
from samverkan_desktop.services.group_rows import GroupDetail
from samverkan_desktop.services.group_standing import Standing

WIDTH_MM = 170
YEAR_MM = 16
CHANGE_MM = 27
AREA_ROOM = 90 * mm  # an area starts a page with less left than this
ALL_CHANGES_UP_TO = 3  # years; with more, only the change over the last year fits


def title_of(agreement_title: str) -> str:
    return _("Action plan – {agreement}").format(agreement=agreement_title)


def _plain(text: str) -> str:
    """A figure as a table's plain text, which the table aligns right ("23 %"): a no-break
    space made it a paragraph, drawn at the left. The columns are wide enough not to part
    a number from its "%"."""
    return text.replace("\u00a0", " ")


def _figure_table(found: FigureTable) -> Flowable:
    years = found.years
    pairs = list(itertools.pairwise(years))
    shown = range(len(pairs)) if len(years) <= ALL_CHANGES_UP_TO else range(len(pairs))[-1:]
    headers = [
        _("Measure"),
        _("Place"),
        *(str(year) for year in years),
        *(_("Change {first}–{last}").format(first=pairs[n][0], last=pairs[n][1]) for n in shown),
    ]
    rest = WIDTH_MM - YEAR_MM * len(years) - CHANGE_MM * len(shown)
    widths = [rest * 0.58, rest * 0.42, *[YEAR_MM] * len(years), *[CHANGE_MM] * len(shown)]
    rows = [
        [
            row.measure,
            row.place,
            *(_plain(figure_text(value, row.unit)) for value in row.values),
            *(_plain(change_text(row.changes[n], row.unit)) for n in shown),
        ]
        for row in found.rows
    ]
    numbers = ("ALIGN", (2, 0), (-1, -1), "RIGHT")
    return table(headers, rows, col_widths_mm=widths, extra_style=[numbers])


def _situation(section: AreaSection) -> list[Flowable]:
    story: list[Flowable] = [paragraph(_("Situation picture"), "h3")]
    if not section.tables:
        story.append(paragraph(_("No figures are registered for the area."), "small"))
        return story
    for number, found in enumerate(section.tables):
        source = found.source or _("not given")
        # The space goes between the tables, never after the last: a space that no longer fit
        # at a page's foot made a page of its own (at the end of the plan an empty one).
        story.append(
            KeepOrFlow(
                [
                    *([spacer(3)] if number else []),
                    _figure_table(found),
                    spacer(1),
                    paragraph(_("Source: {source}").format(source=source), "small"),
                ],
                room=HEADING_ROOM,
            )
        )
    return story


def _term(group: GroupDetail, today: dt.date) -> str:
    """ "t.o.m. 26 december 2026 (planerad, startar 17 december 2026)": the group's table reads
    as sentences, label and value, as the structure's card does. Planned as the list says it
    (services.group_standing), not as stored: a "Planerad" group past its start is active."""
    text = term_text(group, prose_date)
    standing = group.standing(today)
    if standing.standing is Standing.PLANNED:
        text = f"{text} ({standing.note(prose_date)})"
    return text


def _group_table(group: GroupDetail, first: bool, today: dt.date) -> Flowable:
    rows = [
        (_("Purpose"), group.purpose),
        (_("Term"), _term(group, today)),
        (_("Meets"), meets_shown(group.meeting_frequency)),
        (_("Convener"), group.convener),
        (_("District contact"), group.district_contact),
        (_("Police contact"), group.police_contact),
        (_("Follow-up"), follow_up_text(group)),
    ]
    return KeepOrFlow(
        [
            *([] if first else [spacer(3)]),
            table(
                [_(group.type.label), group.name],
                [[label, value] for label, value in rows if value],
                col_widths_mm=[44, WIDTH_MM - 44],
                bold_columns=[0],  # the labels
            ),
        ],
        room=HEADING_ROOM,
    )


def _area(section: AreaSection, today: dt.date) -> list[Flowable]:
    head: list[Flowable] = [heading(section.area), paragraph(_("Overall goal"), "h3")]
    if section.goal:
        head.extend(paragraphs(section.goal))
    else:
        head.append(paragraph(_("No goal is written for the area yet."), "small"))
    situation = _situation(section)
    # The area's heading and goal start a page with its situation picture's first table: not
    # a heading alone at the foot of a page.
    story: list[Flowable] = [KeepOrFlow([*head, *situation[:2]], room=AREA_ROOM)]
    story.extend(situation[2:])
    story.append(paragraph(_("Groups working in the area"), "h3"))
    if not section.groups:
        story.append(paragraph(_("No group of the agreement works in the area."), "small"))
    story.extend(_group_table(group, n == 0, today) for n, group in enumerate(section.groups))
    return story


def build_action_plan(session: Session, agreement_id: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    plan = action_plan(session, agreement_id, today)
    owner = issuer(session)
    title = title_of(plan.agreement.title)
    story: list[Flowable] = [
        paragraph(_("Action plan"), "title"),
        subtitle(
            plan.agreement.title,
            owner.name or _("The district administration"),
            as_of(today),
        ),
    ]
    revision = revision_in_force(plan.agreement.revisions, today)
    if revision is not None:  # the areas below are its choice
        story.append(paragraph(revision.sentence(prose_date), "small"))
        story.append(spacer(1))
    if not plan.areas:
        story.append(paragraph(_("The agreement names no priority areas.")))
    for section in plan.areas:
        story.extend(_area(section, today))
    return Document(title=title, footer=title, issuer=owner.name).build(story)
