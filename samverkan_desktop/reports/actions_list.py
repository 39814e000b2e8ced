"""The actions list as a printout: what the Actions area shows (its filters and order), with the
overdue ones marked, for a follow-up meeting or management."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import EMPTY, dotted
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Group, Organisation, PriorityArea
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import as_of
from samverkan_desktop.reports.people_cells import responsible_cell
from samverkan_desktop.reports.style import (
    WARN,
    Document,
    date_with_week,
    escape,
    markup,
    paragraph,
    subtitle,
    table,
    week_label,
)
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.action_list import action_ids
from samverkan_desktop.services.action_list_rows import ActionListRow, action_list_rows

WIDTHS = [50, 36, 34, 29, 21]  # mm; 170 in all
WARN_HEX = WARN.hexval().replace("0x", "#")


def _what(row: ActionListRow) -> Flowable:
    text = f"<b>{escape(row.title)}</b>"
    if row.priority_area:
        text += f'<br/><font size="8">{escape(row.priority_area)}</font>'
    return markup(text, "cell")


def _due(row: ActionListRow) -> Flowable:
    if row.due_on is None:
        return markup(EMPTY, "cell")
    if not row.overdue:
        return markup(escape(date_with_week(row.due_on)), "cell")
    # Bold takes more room: the week and the word go on a line of their own.
    late = f"{week_label(row.due_on)} · {_('overdue')}"
    return markup(
        f'<font color="{WARN_HEX}"><b>{row.due_on.isoformat()}<br/>{escape(late)}</b></font>',
        "cell",
    )


def _status(row: ActionListRow) -> str:
    text = _(row.status.label)
    if row.closed_on:
        text += "\n" + row.closed_on.isoformat()
    return text


def filter_text(session: Session, filters: ActionFilter) -> str:
    """ "Open actions · Trafikkontoret · search “belysning”": what the list is limited to."""
    parts = [
        _("Overdue actions")
        if filters.overdue
        else _("Open actions")
        if filters.open_only
        else _("All actions")
    ]
    if filters.organisation_id is not None:
        parts.append(
            session.scalar(
                select(Organisation.name).where(Organisation.id == filters.organisation_id)
            )
            or ""
        )
    if filters.priority_area_id is not None:
        parts.append(
            session.scalar(
                select(PriorityArea.name).where(PriorityArea.id == filters.priority_area_id)
            )
            or ""
        )
    if filters.group_id is not None:
        parts.append(session.scalar(select(Group.name).where(Group.id == filters.group_id)) or "")
    if filters.source_type is not None:
        parts.append(_(filters.source_type.label))
    if filters.search:
        parts.append(_("search “{text}”").format(text=filters.search))
    return dotted(*parts)


def build(
    session: Session,
    filters: ActionFilter | None = None,
    sort: str = "due_on",
    descending: bool = False,
    today: dt.date | None = None,
) -> bytes:
    today = today or clock.today()
    filters = filters or ActionFilter()
    rows = action_list_rows(session, action_ids(session, filters, sort, descending, today), today)
    overdue = sum(1 for row in rows if row.overdue)
    summary = ngettext("{n} action", "{n} actions", len(rows)).format(n=len(rows))
    if overdue:
        summary += ", " + ngettext("{n} overdue action", "{n} overdue actions", overdue).format(
            n=overdue
        )
    title = _("Actions")
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(
            filter_text(session, filters),
            # Mid-line, after "·": lower case ("Alla åtgärder · per 1 december 2026").
            as_of(today),
            summary,
        ),
        table(
            [_("Action"), _("Source"), _("Responsible"), _("Due"), _("Status")],
            [
                (
                    _what(row),
                    row.source_text,
                    responsible_cell(row.responsible_person, row.responsible),
                    _due(row),
                    _status(row),
                )
                for row in rows
            ],
            WIDTHS,
            # An empty register is not a filter that matches nothing.
            empty_text=_("No actions match.")
            if filters != ActionFilter()
            else _("No actions are registered."),
        ),
    ]
    footer = _("Actions as of {date}").format(date=today.isoformat())
    return Document(title, footer=footer, issuer=issuer(session).name).build(story)
