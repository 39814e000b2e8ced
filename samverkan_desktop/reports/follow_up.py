"""The follow-up (uppföljning) at T1, T2 or VB for the preparation group: a summary table of
the groups followed up then (meetings held, actions done, open and overdue), then one section
per group in the order of the collaboration structure: who sat in it, priority areas, meetings,
decisions,
actions and, for a place collaboration, the safety walks at its places. What a group wrote for
the period ("Vad har vi gjort", "Hur fortsätter vi") stands under its figures, as bullets; at VB
followed by what it wrote at T1 and T2 that the annual text does not say, headed with the period.
The annual report ends with the year's crisis preparedness (reports/follow_up_crisis.py).
Read in ten minutes."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.formatting import (
    iso_date,
    prose_date,
    prose_dates,
    unbroken,
)
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import MemberRole
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import as_of, period_phrase
from samverkan_desktop.reports.follow_up_crisis import crisis_section
from samverkan_desktop.reports.people_cells import responsible_cell
from samverkan_desktop.reports.style import (
    HEADING_ROOM,
    WARN_HEX,
    ContinuedBlock,
    Document,
    KeepOrFlow,
    bullet,
    escape,
    facts,
    leads_in,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    warn_cell,
)
from samverkan_desktop.services.follow_up import follow_up
from samverkan_desktop.services.follow_up_rows import (
    ActionLine,
    FollowUp,
    GroupFollowUp,
    MemberLine,
)
from samverkan_desktop.services.follow_up_texts import WrittenFollowUp, labelled_parts


def title_of(period: FollowUpPeriod, year: int) -> str:
    """ "Uppföljning VB (helår) 2026": the title, and the preview's file name. The period in
    the dialog's words, so the printout says what it covers ("VB" alone did not say the year)."""
    return _("Follow-up {period} {year}").format(period=_(period.label), year=year)


def _summary(report: FollowUp) -> Flowable:
    body = [
        [
            group.name,
            str(len(group.held_dates)),
            str(group.done_count),
            str(group.open_count),
            warn_cell(str(group.overdue_count)) if group.overdue_count else "0",
        ]
        for group in report.groups
    ]
    return table(
        [
            _("Group"),
            _("Meetings held"),
            _("Actions done"),
            _("Actions open"),
            _("Actions overdue"),
        ],
        body,
        col_widths_mm=[80, 26, 26, 18, 20],
    )


def _meetings_text(group: GroupFollowUp) -> str:
    held = len(group.held_dates)
    parts = [ngettext("{count} held", "{count} held", held).format(count=held)]
    if group.held_dates:
        parts[0] += f" ({prose_dates(group.held_dates)})"
    if group.cancelled:
        parts.append(
            ngettext("{count} cancelled", "{count} cancelled", group.cancelled).format(
                count=group.cancelled
            )
        )
    if group.planned:
        parts.append(
            ngettext("{count} still planned", "{count} still planned", group.planned).format(
                count=group.planned
            )
        )
    return " · ".join(parts)


def _member_text(member: MemberLine) -> str:
    """ "Anna Berglund (sammankallande, t.o.m. 31 maj 2026)": the role when not an ordinary
    member's, the days when the membership began or ended within the period."""
    notes = [] if member.role is MemberRole.MEMBER else [_(member.role.label).lower()]
    if member.joined_on is not None:
        notes.append(_("from {date}").format(date=unbroken(prose_date(member.joined_on))))
    if member.left_on is not None:
        notes.append(_("Until {date}").format(date=unbroken(prose_date(member.left_on))))
    return member.name + (f" ({', '.join(notes)})" if notes else "")


def members_text(members: tuple[MemberLine, ...]) -> str | None:
    """Who sat in the group, by organisation ("Östermalms stadsdelsförvaltning: Anna Berglund
    (sammankallande), Peter Nyström; Lokalpolisområde Norrmalm: Sara Holm"), the convener's
    organisation first: a group of twelve stays a few lines."""
    by_organisation: dict[str, list[str]] = {}
    for member in members:
        organisation = member.organisation or _("No organisation")
        by_organisation.setdefault(organisation, []).append(_member_text(member))
    return "; ".join(f"{org}: {', '.join(names)}" for org, names in by_organisation.items()) or None


def _status_cell(action: ActionLine) -> Flowable | str:
    if action.closed_after:  # open at the period's end: counted open, its closing told
        assert action.closed_on is not None
        if action.rejected:
            return _("Rejected {date}, after the period").format(date=iso_date(action.closed_on))
        return _("Done {date}, after the period").format(date=iso_date(action.closed_on))
    if action.closed_on is not None:
        if action.rejected:
            return _("Rejected {date}").format(date=iso_date(action.closed_on))
        return _("Done {date}").format(date=iso_date(action.closed_on))
    if action.overdue:
        return warn_cell(_("Overdue"))
    return _("Open")


def _actions_table(group: GroupFollowUp) -> Flowable:
    body = [
        [
            action.title,
            responsible_cell(action.responsible_person, action.responsible),
            iso_date(action.raised_on),
            warn_cell(iso_date(action.due_on)) if action.overdue else iso_date(action.due_on),
            _status_cell(action),
        ]
        for action in group.actions
    ]
    return table(
        [_("Action"), _("Responsible"), _("Raised"), _("Due"), _("Status")],
        body,
        col_widths_mm=[51, 48, 22, 22, 27],
    )


def _part(label: str, *content: Flowable) -> list[Flowable]:
    """A label over its table or bullets, in a group's ContinuedBlock: never the last line of
    a page (it goes on to the next with what it heads)."""
    return [spacer(1.5), leads_in(paragraph(label, "cell_bold")), spacer(1), *content]


def written_part(label: str, lines: tuple[str, ...]) -> Flowable:
    """A part the group wrote, as in the papers: its heading over one bullet per line."""
    return KeepOrFlow(_part(label, *[bullet(line) for line in lines]), room=HEADING_ROOM)


def period_written_parts(written: WrittenFollowUp) -> list[Flowable]:
    """What a group wrote for a period other than the printout's own, each part headed with
    its period ("Vad har vi gjort – T1 (jan–apr) 2026")."""
    return [written_part(label, lines) for label, lines in labelled_parts(written)]


def _group_section(group: GroupFollowUp) -> list[Flowable]:
    """The group's part, going on over a page break under its name again ("Lokal
    beredningsgrupp Östermalm (forts.)"): page 2 began with "Beslut" of no named group."""
    rows: list[tuple[str, str | None]] = [
        (_("Members"), members_text(group.members)),
        (_("Priority areas"), ", ".join(group.priority_areas) or None),
        (_("Meetings"), _meetings_text(group)),
    ]
    name = (
        f'{escape(group.name)} <font size="9" color="#5f6b7a">{escape(_(group.type.label))}</font>'
    )
    note = group.standing.note(prose_date)  # ended or past its term within the period, or planned
    if note:
        name += f' <font color="{WARN_HEX}">({escape(note)})</font>'
    story: list[Flowable] = [
        markup(name, "h3"),
        facts([(label, value) for label, value in rows if value], 38),
    ]
    written = [(_("What we have done"), group.done), (_("How we continue"), group.next_steps)]
    # At VB also the year's T1 and T2, under the annual text.
    written += [part for earlier in group.earlier for part in labelled_parts(earlier)]
    for label, lines in written:
        if lines:
            story += _part(label, *[bullet(line) for line in lines])
    if group.decisions:
        story += _part(
            _("Decisions"),
            table(
                [_("Meeting"), _("Decision")],
                [[iso_date(d.meeting_date), d.text] for d in group.decisions],
                col_widths_mm=[24, 146],
            ),
        )
    if group.actions:
        story += _part(_("Actions"), _actions_table(group))
    if group.walks:
        walks = table(
            [_("Place"), _("Date"), _("Status"), _("Open actions")],
            [
                [walk.place, iso_date(walk.date), _(walk.status.label), str(walk.open_actions)]
                for walk in group.walks
            ],
            col_widths_mm=[70, 24, 50, 26],
        )
        story += _part(_("Safety walks at its places"), walks)
    if not (group.decisions or group.actions or group.walks):
        story.append(paragraph(_("No decisions or actions in the period."), "small"))
    continued = markup(escape(_("{heading} (cont.)").format(heading=group.name)), "h3")
    return [ContinuedBlock(story, lambda: continued), spacer(3)]


def counted_note(last: dt.date, today: dt.date) -> str:
    """When open and overdue actions are counted: at the end of a period that has ended (what
    the year carried into the next), today while it runs."""
    if last < today:
        return _(
            "Meetings held and actions done: in the period. Open and overdue actions: on its "
            "last day, {date}."
        ).format(date=prose_date(last))
    return _(
        "Meetings held and actions done: in the period. Open and overdue actions: as of today."
    )


def build_follow_up(
    session: Session, period: FollowUpPeriod, year: int, today: dt.date | None = None
) -> bytes:
    report = follow_up(session, period, year, today)
    owner = issuer(session)
    title = title_of(period, year)
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(
            owner.name or _("The district administration"),
            period_phrase(report.first, report.last),
            as_of(report.today),
        ),
    ]
    if report.agreement is not None:
        story.append(paragraph(report.agreement.sentence(prose_date), "small"))
        story.append(spacer(1))
    if not report.groups:
        story.append(
            paragraph(_("No group is followed up at {period}.").format(period=_(period.label)))
        )
    else:
        story.append(_summary(report))
        story.append(spacer(1))
        story.append(paragraph(counted_note(report.last, report.today), "small"))
        for group in report.groups:
            story.extend(_group_section(group))
    if report.crisis is not None:  # the annual report's
        story.extend(crisis_section(report.crisis, report.last < report.today))
    return Document(title=title, footer=title, issuer=owner.name).build(story)
