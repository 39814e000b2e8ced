"""The collaboration structure (the agreement's appendix "Samverkansstruktur") and a group's
member list: what the coordinator sends to management, the police and the group itself.

The structure: the agreement with its parties and case numbers, then the groups by type
(steering, preparation, working groups, councils, place collaborations, networks), each with
its purpose, goal, priority areas, who convenes, the contacts, how often it meets, its term,
follow-up and the organisations taking part (the members' and, "Also taking part", those with
no named person). Ended groups are left out (their count is said), and so are other districts'
groups (services.own_district). Printed as of an earlier day, it reads as the structure stood
then: the priority areas of the revision in force that day, and who sat in each group that day.

The member list: one group's members with role, organisation, phone, e-mail and when their
details were last checked (older than 6 months, or never, in red); below them the organisations
taking part without a named person."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import (
    dotted,
    every_months,
    iso_date,
    prose_date,
)
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import GroupType
from samverkan_desktop.recurrence.phrase_form import meets_shown
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import as_of
from samverkan_desktop.reports.participants import by_function
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    KeepOrFlow,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import agreements, groups, own_district
from samverkan_desktop.services.agreement_revisions import revision_in_force
from samverkan_desktop.services.contact_rows import verification_cutoff
from samverkan_desktop.services.group_rows import TYPE_ORDER, GroupDetail, MemberRow
from samverkan_desktop.services.group_standing import Standing
from samverkan_desktop.services.group_standing import term_text as group_term_text
from samverkan_desktop.swedish_order import sort_key


def _type_heading(group_type: GroupType, count: int) -> str:
    headings = {
        GroupType.STYRGRUPP: ngettext(
            "Steering group ({count})", "Steering groups ({count})", count
        ),
        GroupType.BEREDNINGSGRUPP: ngettext(
            "Preparation group ({count})", "Preparation groups ({count})", count
        ),
        GroupType.ARBETSGRUPP: ngettext(
            "Working group ({count})", "Working groups ({count})", count
        ),
        GroupType.TRYGGHETSRAD: ngettext(
            "Safety council ({count})", "Safety councils ({count})", count
        ),
        GroupType.CHEFSAMRAD: ngettext(
            "Managers' council ({count})", "Managers' councils ({count})", count
        ),
        GroupType.PLATSSAMVERKAN: ngettext(
            "Place collaboration ({count})", "Place collaborations ({count})", count
        ),
        GroupType.NATVERK: ngettext("Network ({count})", "Networks ({count})", count),
    }
    return headings[group_type].format(count=count)


def term_text(group: GroupDetail, day_text: Callable[[dt.date], str] = iso_date) -> str:
    """ "Till 2026-06-30" (``groups show``, the action plan's table); the structure's card, read
    as prose, gives formatting.prose_date: "Till 30 juni 2026". An end set for a day to come
    reads "Slutar …": the group still works until then (group_standing)."""
    ended = group.standing(clock.today()).standing is Standing.ENDED
    return group_term_text(group.term_until, group.ended_on, day_text, ended=ended)


def follow_up_text(group: GroupDetail) -> str:
    periods = [
        label
        for on, label in (
            (group.follow_up_t1, _("T1 (Jan–Apr)")),
            (group.follow_up_t2, _("T2 (May–Aug)")),
            (group.follow_up_vb, _("Annual report (VB)")),
        )
        if on
    ]
    return ", ".join(periods) if periods else _("none")


def participants_text(members: tuple[MemberRow, ...]) -> str:
    """ "Östermalms stadsdelsförvaltning (3), Lokalpolisområde Norrmalm (2)": how many take
    part from each organisation, most represented first (`groups show`)."""
    counts = Counter(m.organisation or _("No organisation") for m in members)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], sort_key(item[0])))
    return ", ".join(f"{name} ({count})" for name, count in ordered)


def also_text(group: GroupDetail) -> str | None:
    """ "MTR Tunnelbanan – vid behov, SL (Region Stockholm)": the organisations taking part
    without a named member (one with a named member is among the participants already)."""
    return ", ".join(row.text() for row in group.also_taking_part()) or None


def _group_block(group: GroupDetail, today: dt.date) -> Flowable:
    name = escape(group.name)
    standing = group.standing(today)
    note = standing.note(prose_date)
    if note:
        name += f' <font color="{WARN_HEX}">({escape(note)})</font>'
    rows: list[tuple[str, str | None]] = [
        (_("Purpose"), group.purpose),
        (_("Goal"), group.goal),
        (_("Priority areas"), ", ".join(group.priority_areas) or None),
        (_("Convener"), group.convener),
        (_("District contact"), group.district_contact),
        (_("Police contact"), group.police_contact),
        # A group that has stopped no longer meets: its frequency would read as a promise.
        (_("Meets"), None if standing.stopped else meets_shown(group.meeting_frequency)),
        (_("Term"), term_text(group, prose_date)),
        (_("Follow-up"), follow_up_text(group)),
        (
            ngettext("Participant ({count})", "Participants ({count})", len(group.members)).format(
                count=len(group.members)
            ),
            by_function(group.members) or _("No members yet"),
        ),
        (_("Also taking part"), also_text(group)),
    ]
    shown = [(label, value) for label, value in rows if value]
    # On a next page the card goes on under the group's name alone: its status there read as
    # "… (planerad, startar 2026-12-17) (forts.)".
    card = facts(shown, label_width_mm=38, continued=group.name)
    return KeepOrFlow([markup(name, "h3"), card], room=120)


def _revision(agreement: agreements.AgreementDetail, today: dt.date) -> str:
    """ "var 12:e månad" and, once revised, the revision in force under it: the appendix is
    read beside the agreement, and the reader asks which year's choice it shows."""
    interval = every_months(agreement.revision_interval_months)
    latest = revision_in_force(agreement.revisions, today)
    if latest is None or latest.first:  # the signing has its own row
        return interval
    return f"{interval}\n{latest.sentence(prose_date)}"


def _areas_on(agreement: agreements.AgreementDetail, day: dt.date) -> tuple[str, ...]:
    """The priority areas the revision in force on ``day`` chose (before the signing: those
    signed), not today's: an appendix as of last spring reads as it stood then."""
    revision = revision_in_force(agreement.revisions, day)
    if revision is None and agreement.revisions:
        revision = agreement.revisions[0]
    return agreement.priority_areas if revision is None else revision.priority_areas


def _agreement_rows(
    agreement: agreements.AgreementDetail, parties: str, today: dt.date
) -> list[tuple[str, str | None]]:
    # The card's rows read as prose ("från 29 februari 2020, tills vidare"), not as a table's
    # cells: their days are written out as the subtitle's.
    start = prose_date(agreement.valid_from)
    if agreement.valid_until is None:  # the papers' "gäller tills vidare"
        valid = _("from {date}, until further notice").format(date=start)
    else:
        valid = _("{start} to {end}").format(start=start, end=prose_date(agreement.valid_until))
    on = prose_date(agreement.signed_on) or None
    signed = dotted(on, agreement.signed_by) or None
    return [
        (_("Parties"), parties or None),
        (_("Police area"), agreement.police_area),
        (_("Valid"), valid),
        (_("Signed"), signed),
        (_("Revision"), _revision(agreement, today)),
        (_("Priority areas"), "\n".join(_areas_on(agreement, today)) or None),
        (
            _("Appendices"),
            "\n".join(f"{number} {title}" for number, title in agreement.appendices) or None,
        ),
    ]


def build_structure(session: Session, today: dt.date | None = None) -> bytes:
    """The collaboration structure as of ``today``: the agreements and the groups not ended."""
    today = today or clock.today()
    owner = issuer(session)
    title = _("Collaboration structure")
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(owner.name or _("The district administration"), as_of(today)),
    ]
    for agreement in agreements.list_agreement_details(session):
        story.append(heading(agreement.title))
        parties = "\n".join(
            _("{party}, case number {number}").format(party=p.organisation, number=p.case_number)
            if p.case_number
            else p.organisation
            for p in agreement.parties
        )
        story.append(
            facts(
                [
                    (label, value)
                    for label, value in _agreement_rows(agreement, parties, today)
                    if value
                ],
                38,
            )
        )

    # The district's own groups only, as the council report and the follow-up: a neighbour's
    # council the coordinator sits in is not part of our agreement's structure.
    # Each group with those who sat in it that day (a member who left since is still told).
    others = own_district.other_districts_groups(session)
    details = [
        groups.get_group(session, row.id).during(today, today)
        for row in groups.list_groups(session)
        if row.id not in others
    ]
    current = [g for g in details if g.standing(today).standing is not Standing.ENDED]
    for group_type in TYPE_ORDER:
        of_type = [g for g in current if g.type is group_type]
        if not of_type:
            continue
        story.append(heading(_type_heading(group_type, len(of_type))))
        story.extend(_group_block(group, today) for group in of_type)
    if not current:
        story.append(paragraph(_("No groups are registered."), "small"))
    ended = len(details) - len(current)
    story.append(spacer(4))
    if ended:
        story.append(
            paragraph(
                ngettext(
                    "{count} ended group is not shown.",
                    "{count} ended groups are not shown.",
                    ended,
                ).format(count=ended),
                "small",
            )
        )
    return Document(title=title, footer=title, issuer=owner.name).build(story)


def _member_cell(member: MemberRow) -> Flowable:
    lines = [f"<b>{escape(member.name)}</b>"]
    if member.title:
        lines.append(f'<font size="8">{escape(member.title)}</font>')
    return markup("<br/>".join(lines), "cell")


def _reach_cell(member: MemberRow) -> Flowable:
    lines = [escape(member.phone)] if member.phone else []
    if member.email:
        lines.append(f'<font size="8">{escape(member.email)}</font>')
    return markup("<br/>".join(lines), "cell")


def _checked_cell(member: MemberRow, cutoff: dt.date) -> Flowable:
    if member.last_verified is None:
        return markup(f'<font color="{WARN_HEX}">{escape(_("never"))}</font>', "cell")
    text = escape(member.last_verified.isoformat())
    if member.last_verified < cutoff:
        return markup(f'<font color="{WARN_HEX}"><b>{text}</b></font>', "cell")
    return paragraph(text, "cell")


def build_members(session: Session, group_id: int, today: dt.date | None = None) -> bytes:
    """One group's member list, conveners first."""
    today = today or clock.today()
    group = groups.get_group(session, group_id)
    owner = issuer(session)
    title = _("Member list")
    story: list[Flowable] = [
        paragraph(group.name, "title"),
        subtitle(title, _(group.type.label), as_of(today)),
    ]
    rows: list[tuple[str, str | None]] = [
        (_("Purpose"), group.purpose),
        (_("Convener"), group.convener),
        (_("District contact"), group.district_contact),
        (_("Police contact"), group.police_contact),
        (_("Meets"), meets_shown(group.meeting_frequency)),
    ]
    standing = group.standing(today)
    if standing.note():
        rows.insert(0, (_("Status"), standing.label(prose_date)))
    if standing.stopped:
        rows.remove((_("Meets"), meets_shown(group.meeting_frequency)))
    shown = [(label, value) for label, value in rows if value]
    if shown:  # a group just created has nothing to say yet (a table of no rows is refused)
        story.append(facts(shown, 38))
    story.append(
        heading(
            ngettext("{count} member", "{count} members", len(group.members)).format(
                count=len(group.members)
            )
        )
    )
    cutoff = verification_cutoff(today)
    body = [
        [
            _member_cell(member),
            _(member.role.label),
            member.organisation or "",
            _reach_cell(member),
            _checked_cell(member, cutoff),
        ]
        for member in group.members
    ]
    members = table(
        [_("Name"), _("Role"), _("Organisation"), _("Phone and e-mail"), _("Verified")],
        body,
        col_widths_mm=[42, 28, 34, 42, 24],
        empty_text=_("The group has no members yet."),
    )
    # What follows the list goes on with its last rows, never alone on a last page.
    after: list[Flowable] = []
    also = also_text(group)
    if also:
        label = escape(_("Also taking part:"))
        after += [spacer(2), markup(f"<b>{label}</b> {escape(also)}", "body")]
    if any(m.last_verified is None or m.last_verified < cutoff for m in group.members):
        note = _(
            "Verified: when the contact details were last checked. Dates in red are "
            "older than 6 months (or missing): check them before sending."
        )
        after += [spacer(2), paragraph(note, "small")]
    story.append(with_note(members, *after) if after else members)
    footer = f"{group.name} · {title}"
    return Document(title=f"{group.name} – {title}", footer=footer, issuer=owner.name).build(story)
