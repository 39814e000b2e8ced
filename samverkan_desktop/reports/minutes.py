"""Minnesanteckningar: attendance, the notes per agenda item ("Vad har vi gjort / Hur
fortsätter vi" in its two halves), the decisions, the actions table and the next meeting."""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import EMPTY, prose_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.models.meetings import STANDING_ACTIONS, STANDING_DONE_NEXT
from samverkan_desktop.reports.meeting_parts import (
    actions_table,
    meeting_facts,
    status_warnings,
    text_block,
    time_span,
    when,
)
from samverkan_desktop.reports.style import (
    ContinuedBlock,
    Document,
    FactValue,
    escape,
    facts,
    heading,
    leads_in,
    markup,
    paragraph,
    rule,
    spacer,
    with_closing,
)
from samverkan_desktop.services.group_standing import Standing
from samverkan_desktop.services.meeting_common import check_minutes_printable
from samverkan_desktop.services.meeting_rows import AgendaItemRow, InviteeRow, MeetingDetail
from samverkan_desktop.services.meetings import get_meeting


def minutes_pdf(session: Session, meeting_id: int) -> bytes:
    """Refused for a meeting not held (meeting_common.no_minutes_reason)."""
    detail = get_meeting(session, meeting_id)
    check_minutes_printable(detail.status)
    return build_minutes(detail)


def _attendance(invitees: tuple[InviteeRow, ...]) -> list[tuple[str, FactValue]]:
    def name(i: InviteeRow) -> str:
        return f"{i.name}, {i.organisation}" if i.organisation else i.name

    present = [name(i) for i in invitees if i.status is AttendanceStatus.PRESENT]
    present += [
        _("{substitute} (for {name})").format(substitute=i.substitute_name, name=name(i))
        for i in invitees
        if i.status is AttendanceStatus.SUBSTITUTE
    ]
    absent = [name(i) for i in invitees if i.status is AttendanceStatus.ABSENT]
    unknown = [name(i) for i in invitees if i.status is AttendanceStatus.INVITED]
    rows: list[tuple[str, FactValue]] = [(_("Present"), present or EMPTY)]
    if absent:
        rows.append((_("Absent"), absent))
    if unknown:
        rows.append((_("Attendance not noted"), unknown))
    return rows


def _written(text: str | None) -> bool:
    return bool(text and text.strip())


def _label(text: str) -> Flowable:
    return leads_in(markup("<i>" + escape(text) + "</i>"))


def _item_heading(item: AgendaItemRow, *, continued: bool = False) -> Flowable:
    title = escape(item.title)
    if continued:
        title = escape(_("{heading} (cont.)").format(heading=item.title))
    return markup(f"<b>{item.number}.&nbsp;&nbsp;{title}</b>", "h3")


def build_minutes(detail: MeetingDetail) -> bytes:
    doc = Document(
        title=_("Minutes – {group}").format(group=detail.group_name),
        footer=detail.group_name,
        issuer=detail.issuer,
    )
    meeting_rows = meeting_facts(detail)
    if detail.minutes_by:
        meeting_rows.append((_("Minutes taken by"), detail.minutes_by))
    story: list[Flowable] = [
        paragraph(detail.issuer, "small"),
        paragraph(_("Minutes"), "title"),
        paragraph(detail.group_name, "subtitle"),
        *status_warnings(detail),
        facts(meeting_rows),
        spacer(2),
        facts(_attendance(detail.invitees)),
        rule(),
    ]
    # Under its item a decision carries its number in the list of decisions ("Beslut 2:"), so
    # that a reader can refer to it by that number.
    decisions_by_item: dict[int, list[tuple[int, str]]] = {}
    for number, decision in enumerate(detail.decisions, start=1):
        if decision.agenda_item_id is not None:
            decisions_by_item.setdefault(decision.agenda_item_id, []).append(
                (number, decision.text)
            )
    for item in detail.agenda:
        block: list[Flowable] = [_item_heading(item)]
        if item.presenter:
            presenter = _("Presented by: {who}").format(who=item.presenter)
            block.append(leads_in(paragraph(presenter, "small")))
        if item.standing_key == STANDING_ACTIONS and (
            detail.carried_actions or not _written(item.notes)
        ):
            # With nothing carried over, what the minutes taker wrote under the item says it
            # ("Inga öppna åtgärder.") and the empty table's own line would only repeat it.
            block += [
                spacer(1),
                actions_table(
                    detail.carried_actions,
                    _("No open actions from earlier meetings."),
                    with_notes=True,
                    minutes_of=detail,
                ),
                spacer(1),
            ]
        # The halves are named as the editor names them: "what have we done / how do we
        # continue" only under that item; elsewhere the notes, then "Next steps" when written
        # (not "What have we done" over the round-table's notes).
        # A half left empty is left out; "Nothing noted." only under an item with nothing.
        if item.standing_key == STANDING_DONE_NEXT:
            halves = [
                (label, text)
                for label, text in (
                    (_("What have we done"), item.notes),
                    (_("How do we continue"), item.next_steps),
                )
                if text and text.strip()
            ]
            for label, text in halves:
                block += [_label(label), *text_block(text)]
            if not halves:
                block += text_block(None, _("Nothing noted."))
        else:
            block += text_block(
                item.notes,
                None
                if item.standing_key == STANDING_ACTIONS or item.next_steps
                else _("Nothing noted."),
            )
            if item.next_steps:
                block += [_label(_("Next steps")), *text_block(item.next_steps)]
        for number, text in decisions_by_item.get(item.id, []):
            label = _("Decision {number}:").format(number=number)
            block.append(markup("<b>" + escape(label) + "</b> " + escape(text)))
        # The heading never alone at a page's foot; on a next page the item goes on under
        # "3. Laget runt (forts.)".
        story.append(ContinuedBlock(block, partial(_item_heading, item, continued=True)))
        story.append(spacer(1.5))
    story.append(heading(_("Decisions")))
    if detail.decisions:
        story += [
            markup(f"{number}.&nbsp;&nbsp;{escape(d.text)}")
            for number, d in enumerate(detail.decisions, start=1)
        ]
    else:
        story.append(paragraph(_("No decisions were made."), "small"))
    # The actions flow as the items do: the heading starts where its first rows fit and the
    # table goes on under "Åtgärder (forts.)" (keep_headings_with_next), and the next meeting
    # goes with the table's last rows. Each kept whole, a table of a dozen actions left half of
    # the page before it empty, and the next meeting could take a page of its own.
    story += [heading(_("Actions")), actions_table(detail.actions, _("No new actions."))]
    with_closing(story, heading(_("Next meeting")), paragraph(_next_meeting(detail)))
    return doc.build(story)


def _next_meeting(detail: MeetingDetail) -> str:
    """The next meeting; without one, what is true of the group after this meeting: a group
    ended or past its term has no more meetings, and one with a term says when it ends."""
    following = detail.next_meeting
    if following is not None:
        place = following.place or _("place to be announced")
        return _("{date}, {time}, {place}").format(
            date=when(following), time=time_span(following), place=place
        )
    after = detail.group_after
    if after is not None and after.standing is Standing.ENDED:
        if after.since is None:
            return _("This was the group's last meeting: the group has ended.")
        return _("This was the group's last meeting: the group ended on {date}.").format(
            date=prose_date(after.since)
        )
    if after is not None and after.standing is Standing.TERM_OVER and after.since is not None:
        return _("No more meetings are planned: the group's term ended on {date}.").format(
            date=prose_date(after.since)
        )
    if detail.group_term_until is not None:
        return _("Not yet decided. The group's term ends on {date}.").format(
            date=prose_date(detail.group_term_until)
        )
    return _("Not yet decided.")
