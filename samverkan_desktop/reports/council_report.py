"""The report to the district council, "Anmälan av information om aktuellt trygghets- och
säkerhetsarbete", in the order of the paper the coordinator used to write by hand (shared/seeds/
000): the agreement and its priority areas, the groups working in each area with what they
wrote, the place collaborations, the safety walks, the safety work, and her signature. Empty
parts are said in a line or left out; no heading stands without content."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import (
    EMPTY,
    dotted,
    iso_date,
    iso_period,
    prose_bounds,
    prose_date,
    prose_dates,
    unbroken,
)
from samverkan_desktop.i18n import N_, _, ngettext
from samverkan_desktop.models import GroupType
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.council_walks import walks_part
from samverkan_desktop.reports.date_phrases import heading_date, period_phrase
from samverkan_desktop.reports.exercise_parts import next_exercise_sentence
from samverkan_desktop.reports.follow_up import period_written_parts
from samverkan_desktop.reports.participants import by_function
from samverkan_desktop.reports.style import (
    HEADING_ROOM,
    WARN_HEX,
    Document,
    KeepOrFlow,
    bullet,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    warn_cell,
)
from samverkan_desktop.services.council_report import (
    AgreementPart,
    AreaPart,
    CouncilReport,
    GroupPart,
    ShownElsewhere,
    Signatory,
    council_report,
)
from samverkan_desktop.services.council_safety import AlarmCounts, FirePart, PlanPart, SafetyWork
from samverkan_desktop.services.plan_rows import DueState

TITLE = N_("Report of information on current safety and security work")


def title_of(first: dt.date, last: dt.date) -> str:
    """The preview's title and file name, and the footer: "Anmälan till nämnden 2026-01-01 –
    2026-12-02", the dash spaced as in the subtitle and the other printouts' periods; a single
    day once."""
    return _("Report to the district council {period}").format(period=iso_period(first, last))


def _introduction(first: dt.date, last: dt.date) -> str:
    """What the report tells of, "från den 1 januari till den 5 december 2026": the year once
    when the two days share it (prose_bounds), each day kept on one line; a single day once,
    "den 5 december 2026"."""
    if first == last:
        return _(
            "Information to the district council on ongoing activities in the safety and "
            "security work on {date}."
        ).format(date=prose_date(first))
    start, end = (unbroken(day) for day in prose_bounds(first, last))  # not "1" over "januari"
    return _(
        "Information to the district council on ongoing activities in the safety and "
        "security work from {first} to {last}."
    ).format(first=start, last=end)


def _numbered(items: tuple[str, ...]) -> list[Flowable]:
    return [bullet(item, f"{n}.") for n, item in enumerate(items, 1)]


def _held_text(group: GroupPart) -> str:
    held = len(group.held_dates)
    if not held:
        return _("none held in the period")
    text = ngettext("{count} held", "{count} held", held).format(count=held)
    return f"{text} ({prose_dates(group.held_dates)})"


def _group_name(group: GroupPart) -> str:
    name = (
        f'{escape(group.name)} <font size="9" color="#5f6b7a">{escape(_(group.type.label))}</font>'
    )
    note = group.standing.note(prose_date)  # planned, ended or past its term
    if note:
        name += f' <font color="{WARN_HEX}">({escape(note)})</font>'
    return name


def _meets(group: GroupPart) -> str | None:
    """How often it meets; for a group that has stopped, since when it no longer does."""
    if group.standing.stopped:
        return group.standing.label(prose_date)
    return group.meeting_frequency


def _group_block(group: GroupPart) -> list[Flowable]:
    rows: list[tuple[str, str | None]] = [
        (_("Purpose"), group.purpose),
        (_("Goal"), group.goal),
        (_("Places"), ", ".join(group.places) or None),
        (_("Taking part"), "; ".join(p for p in (by_function(group.members), *group.also) if p)),
        (_("Meets"), None if group.standing.stopped else group.meeting_frequency),
        (_("Meetings in the period"), _held_text(group)),
    ]
    head = [markup(_group_name(group), "h3"), facts([r for r in rows if r[1]], 38)]
    story: list[Flowable] = [KeepOrFlow(head, room=120)]  # as the structure's
    for written in group.written:
        story.extend(period_written_parts(written))
    story.append(spacer(2))
    return story


def _agreement(part: AgreementPart) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Collaboration agreement"))]
    signed = ""
    if part.signed_on:
        signed = " " + _("Signed {date}").format(date=prose_date(part.signed_on))
        signed += (" " + _("by {who}").format(who=part.signed_by) if part.signed_by else "") + "."
    if part.revised is not None:
        revised = part.revised
        signed += " " + _("Last revised {date}").format(date=prose_date(revised.revised_on))
        if revised.decided_by:
            signed += " " + _("by {who}").format(who=revised.decided_by)
        signed += ": " + revised.change + "."
        if revised.note:
            signed += " " + revised.note
    parties = ", ".join(part.parties)
    text = _("{title}, in force from {date}.").format(
        title=part.title, date=prose_date(part.valid_from)
    )
    if parties:
        text += " " + _("Parties: {parties}.").format(parties=parties)
    story.append(paragraph(text + signed))
    if part.notes:
        story.append(paragraph(part.notes))
    if part.priority_areas:
        count = len(part.priority_areas)
        story.append(
            paragraph(
                ngettext(
                    "One area is prioritised in the collaboration:",
                    "{count} areas are prioritised in the collaboration:",
                    count,
                ).format(count=count)
            )
        )
        story.extend(_numbered(part.priority_areas))
    if part.structure:
        rows = [
            (
                g.name,
                dotted(
                    g.standing.note(prose_date)
                    if g.standing.stopped
                    else _("meets {frequency}").format(frequency=g.meeting_frequency)
                    if g.meeting_frequency
                    else None,
                    _("meetings in the period: {held}").format(held=_held_text(g)),
                ),
            )
            for g in part.structure
        ]
        story += [heading(_("Steering and preparation"), 3), facts(rows, 60)]
    return story


def _elsewhere(group: ShownElsewhere) -> str:
    """ "Platssamverkan Stureplan/Östermalmstorg (se Platssamverkan)": where it is told."""
    if group.area_number is not None:
        where = _("see area {number}").format(number=group.area_number)
    elif group.section is GroupType.NATVERK:
        where = _("see Networks under Safety work")
    else:
        where = _("see Place collaboration")
    return f"{group.name} ({where})"


def _area(number: int, area: AreaPart) -> list[Flowable]:
    story: list[Flowable] = [heading(f"{number}. {area.name}")]
    for group in area.groups:
        story.extend(_group_block(group))
    if not area.groups and not area.also:
        story.append(paragraph(_("No group works in this area yet."), "small"))
    if area.also:
        story.append(
            paragraph(
                _("Also working in the area: {groups}.").format(
                    groups=", ".join(_elsewhere(g) for g in area.also)
                ),
                "small",
            )
        )
    return story


def _plan_sentence(plan: PlanPart) -> str:
    if plan.version is None or plan.adopted_on is None:
        return _("{plan}: no version adopted yet.").format(plan=plan.name)
    text = _("{plan}, version {version}, was adopted {date}").format(
        plan=plan.name, version=plan.version, date=prose_date(plan.adopted_on)
    )
    if plan.adopted_by:
        text += " " + _("by {who}").format(who=plan.adopted_by)
    text += "."
    if plan.next_revision:
        text += " " + _("Next revision {date}.").format(date=prose_date(plan.next_revision))
    # When it was last exercised: "Ingen övning genomfördes under perioden" alone left the
    # council to guess whether that was a year or five.
    if plan.last_exercised:
        text += " " + _("Last exercised {date}.").format(date=prose_date(plan.last_exercised))
    elif plan.kind.exercised:
        text += " " + _("Not yet exercised.")
    return text


def _state_cell(plan: PlanPart) -> Flowable | str:
    label = _(plan.due_state.label)
    if plan.due_state is DueState.OVERDUE:
        return warn_cell(label)
    return label


def _exercises(safety: SafetyWork) -> list[Flowable]:
    if not safety.exercises:
        story: list[Flowable] = [paragraph(_("No exercise was held in the period."))]
    else:
        rows = [
            [
                iso_date(e.date),
                e.title,
                _(e.type.label),
                _(e.status.label),
                f"{e.objectives_met}/{e.objectives}" if e.evaluated and e.objectives else EMPTY,
            ]
            for e in safety.exercises
        ]
        headers = [_("Date"), _("Exercise"), _("Type"), _("Status"), _("Objectives met")]
        story = [heading(_("Exercises held"), 3), table(headers, rows, [22, 70, 32, 24, 22])]
    if safety.next_exercise is not None:
        story.append(paragraph(next_exercise_sentence(safety.next_exercise)))
    return story


def _times(count: int) -> str:
    return ngettext("{count} time", "{count} times", count).format(count=count)


def _alarms_text(alarms: AlarmCounts) -> str:
    units = ngettext(
        "There is {visits} alarm unit to borrow for home visits and {home} for home "
        "loans, when an employee threatened in service needs an alarm at home.",
        "There are {visits} alarm units to borrow for home visits and {home} for home "
        "loans, when an employee threatened in service needs an alarm at home.",
        alarms.home_visit_units,
    ).format(visits=alarms.home_visit_units, home=alarms.home_loan_units)
    return f"{units} {_lent_text(alarms)}"


def _lent_text(alarms: AlarmCounts) -> str:
    """Each count in its own number ("1 gång", not "1 gånger"); none said in words ("aldrig
    som hemlån"), as "0 gånger" reads as a slip."""
    visits, home = alarms.home_visit_loans, alarms.home_loan_loans
    if not visits and not home:
        return _("No alarm was lent in the period.")
    if not home:
        return _(
            "In the period the alarms were lent {visits} for home visits and none as home loans."
        ).format(visits=_times(visits))
    if not visits:
        return _(
            "In the period the alarms were lent {home} as home loans and none for home visits."
        ).format(home=_times(home))
    return _(
        "In the period the alarms were lent {visits} for home visits and {home} as home loans."
    ).format(visits=_times(visits), home=_times(home))


def _fire_text(fire: FirePart) -> str:
    """As the paper: "Lokalerna … besiktigades 2021-01-11 av … Resultat: Godkänt.", when the next
    one is due, and the evacuation leaders."""
    sentences = []
    inspection = fire.inspection
    if inspection is not None:
        sentences.append(
            _("{premises} was inspected {date} by {who}. Result: {result}.").format(
                premises=inspection.premises,
                date=prose_date(inspection.inspected_on),
                who=inspection.performed_by,
                result=_(inspection.result.label).lower(),
            )
        )
        if inspection.open_remarks:
            sentences.append(
                ngettext(
                    "{count} remark is still being followed up.",
                    "{count} remarks are still being followed up.",
                    inspection.open_remarks,
                ).format(count=inspection.open_remarks)
            )
        sentences.append(
            _("Next inspection by {date}.").format(date=prose_date(inspection.next_due_on))
        )
    if fire.evacuation_leaders:
        sentences.append(
            ngettext(
                "{count} employee is an evacuation leader.",
                "{count} employees are evacuation leaders.",
                fire.evacuation_leaders,
            ).format(count=fire.evacuation_leaders)
        )
    if fire.network_last_met is not None:
        sentences.append(
            _("The evacuation leaders' network last met {date}.").format(
                date=prose_date(fire.network_last_met)
            )
        )
    return " ".join(sentences)


def _safety(safety: SafetyWork, networks: tuple[GroupPart, ...]) -> list[Flowable]:
    """The crisis plan, exercises, training, alarms, other plans and networks; each heading is
    kept with what follows it (page_flow.keep_headings_with_next)."""
    story: list[Flowable] = [heading(_("Safety work"))]
    story.extend(paragraph(_plan_sentence(plan)) for plan in safety.crisis_plans)
    story.extend(_exercises(safety))
    if safety.training:
        rows = [
            [t.course, ", ".join(iso_date(d) for d in t.dates), str(t.attendees)]
            for t in safety.training
        ]
        story.append(heading(_("Training held"), 3))
        story.append(table([_("Course"), _("Held"), _("Attendees")], rows, [100, 50, 20]))
    if safety.alarms.any:
        story += [heading(_("Alarms for home visits"), 3), paragraph(_alarms_text(safety.alarms))]
    if safety.fire is not None and safety.fire.any:
        story += [
            heading(_("Fire safety (SBA)"), 3),
            paragraph(_fire_text(safety.fire)),
        ]
    if safety.other_plans:
        rows = [
            [
                plan.name,
                dotted(plan.version, iso_date(plan.adopted_on)) or _("none adopted"),
                iso_date(plan.next_revision) or EMPTY,
                _state_cell(plan),
            ]
            for plan in safety.other_plans
        ]
        headers = [_("Plan or routine"), _("In force"), _("Next revision"), _("State")]
        story += [heading(_("Plans and their revision"), 3), table(headers, rows, [80, 34, 26, 30])]
    if networks:
        rows = [
            [
                g.name,
                _meets(g) or EMPTY,
                str(len(g.held_dates)),
                iso_date(g.held_dates[-1]) if g.held_dates else EMPTY,
            ]
            for g in networks
        ]
        headers = [_("Network"), _("Meets"), _("Meetings in the period"), _("Last met")]
        story += [heading(_("Networks"), 3), table(headers, rows, [70, 50, 26, 24])]
    return story


def _signature(district: str, signatory: Signatory | None) -> Flowable:
    """As the paper ends: the administration, then the title over the name. With nobody known
    to sign (no name in the settings, no group's contact), lines to sign and write the name on:
    a report without a signature block could not be sent as it was."""
    lines: list[Flowable] = [paragraph(district, "small"), spacer(2)]
    if signatory is None:
        for label in (_("Signature"), _("Name in block letters")):
            lines += [spacer(8), markup(f"{escape(label)} {'_' * 40}")]
        return KeepOrFlow(lines, room=HEADING_ROOM)
    if signatory.title:
        lines.append(paragraph(signatory.title))
    lines.append(markup(f"<b>{escape(signatory.name)}</b>"))
    return KeepOrFlow(lines, room=HEADING_ROOM)


def build(
    session: Session,
    first: dt.date | None = None,
    last: dt.date | None = None,
    today: dt.date | None = None,
) -> bytes:
    report: CouncilReport = council_report(session, first, last, today)
    owner = issuer(session)
    district = owner.name or _("The district administration")
    story: list[Flowable] = [
        paragraph(_(TITLE), "title"),
        subtitle(district, period_phrase(report.first, report.last), heading_date(report.today)),
        paragraph(_introduction(report.first, report.last)),
    ]
    if report.agreement is not None:
        story.extend(_agreement(report.agreement))
    for number, area in enumerate(report.areas, 1):
        story.extend(_area(number, area))
    if report.place_collaborations:
        story.append(heading(_("Place collaboration")))
        for group in report.place_collaborations:
            story.extend(_group_block(group))
    story.extend(
        walks_part(report.walk_plans, report.carried_walk_actions, min(report.last, report.today))
    )
    story.extend(_safety(report.safety, report.networks))
    story += [spacer(10), _signature(district, report.signatory)]
    title = title_of(report.first, report.last)
    return Document(title=_(TITLE), footer=title, issuer=owner.name).build(story)
