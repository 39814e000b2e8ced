"""Kallelse och dagordning: the notice of a meeting with its numbered agenda, the invitees and
the actions still open from earlier meetings (under the follow-up item)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from samverkan_desktop.enums import STANDING_ACTIONS, MeetingStatus
from samverkan_desktop.formatting import clock_text, local, local_time, long_date
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.meeting_parts import (
    actions_table,
    meeting_facts,
    status_warnings,
    text_block,
)
from samverkan_desktop.reports.style import (
    MARGIN_X,
    PAGE_SIZE,
    WARN,
    Document,
    KeepOrFlow,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    rule,
    spacer,
    table,
    with_note,
)
from samverkan_desktop.services.meeting_rows import MeetingDetail, item_starts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ACTIONS_ROOM = 35 * mm  # the item's heading, the table's header and a row or two


def agenda_pdf(session: Session, meeting_id: int) -> bytes:
    return build_agenda(read_notice(session, meeting_id))


def read_notice(session: Session, meeting_id: int) -> MeetingDetail:
    """The notice as ``services.meetings.get_notice`` gives it. SQLite: read with plain SQL
    on the session's own connection (its transaction, its pending changes flushed), the same
    rows in a fraction of the ORM's time (tests/core/test_notice_sqlite.py); the ORM's road
    when that reader declines (a meeting never opened is prepared there, which writes)."""
    if session.get_bind().dialect.name == "sqlite":
        import sqlite3

        from samverkan_desktop.notice_sqlite import notice_or_none

        session.flush()
        driver = session.connection().connection.driver_connection
        found = (
            notice_or_none(driver, meeting_id) if isinstance(driver, sqlite3.Connection) else None
        )
        if found is not None:
            return found
    from samverkan_desktop.services.meetings import get_notice  # the ORM: only on this road

    return get_notice(session, meeting_id)


def build_agenda(detail: MeetingDetail) -> bytes:
    doc = Document(
        title=_("Notice and agenda – {group}").format(group=detail.group_name),
        footer=detail.group_name,
        issuer=detail.issuer,
    )
    story: list[Flowable] = [
        paragraph(detail.issuer, "small"),
        paragraph(_("Notice and agenda"), "title"),
        paragraph(detail.group_name, "subtitle"),
        *status_warnings(detail),
        *_moved(detail),
        facts(meeting_facts(detail)),
    ]
    # What the group is for, as the papers open a meeting ("Mål och syfte"): a reader outside
    # the group (a property owner, an association) learns why they are invited.
    aims = [(_("Purpose"), detail.group_purpose), (_("Goal"), detail.group_goal)]
    if any(text for _label, text in aims):
        story += [spacer(2), facts([(label, text) for label, text in aims if text])]
    if detail.note and detail.status is not MeetingStatus.CANCELLED:  # cancelled: said above
        # The note written "for the invitees" in the meeting's details is read on the notice.
        story += [spacer(2), *text_block(detail.note)]
    story += [rule(), heading(_("Agenda"))]
    open_actions_shown = False
    blocks: list[list[Flowable]] = []
    # Each item's start when the agenda's minutes give one, as the invitees plan their time.
    for item, starts in zip(
        detail.agenda, item_starts(detail.starts_at, detail.agenda), strict=True
    ):
        at = f"{clock_text(starts)}&nbsp;&nbsp;&nbsp;" if starts else ""
        block: list[Flowable] = [
            markup(f"<b>{at}{item.number}.&nbsp;&nbsp;{escape(item.title)}</b>", "h3")
        ]
        if item.presenter:
            block.append(paragraph(_("Presented by: {who}").format(who=item.presenter), "small"))
        if item.standing_key == STANDING_ACTIONS:
            # On a next page the table goes on under the item, not under its start time:
            # "10.00 1. Uppföljning av åtgärder (forts.)" read as a second item at ten.
            caption = f"{item.number}.\N{NO-BREAK SPACE}\N{NO-BREAK SPACE}{item.title}"
            block += [spacer(1), _open_actions(detail, caption)]
            open_actions_shown = True
        blocks.append(block)
    story += _items(blocks)
    if not detail.agenda:
        story.append(paragraph(_("The agenda has no items yet."), "small"))
    if not open_actions_shown and detail.carried_actions:
        story += [heading(_("Open actions from earlier meetings")), _open_actions(detail)]
    invitees = table(
        [_("Name"), _("Title"), _("Organisation")],
        [(i.name, i.title or "", i.organisation or "") for i in detail.invitees],
        [55, 55, 60],
        _("Nobody is invited yet."),
    )
    ask = _("Please tell the convener if you cannot come, and who comes in your place.")
    # The request goes with the list's last names, never alone on a last page.
    story += [heading(_("Invitees")), with_note(invitees, spacer(6), paragraph(ask, "small"))]
    return doc.build(story)


def _items(blocks: list[list[Flowable]]) -> list[Flowable]:
    """Each item with what is under it (its presenter, its open actions): together when they
    fit; a longer table starts here and goes on, with its header, on the next page, unless
    under ACTIONS_ROOM is left (moved whole, a page-long table left the first page empty below
    "Agenda"). An item with nothing under it goes with the next item that has text: alone at
    a page's foot, "10.20 4. Övriga frågor" read as a heading whose text was lost. A run of
    such items reads as a list and breaks as one, its last item kept with that next item:
    kept together, a run as long as a page (a timed agenda of bare items) would move whole."""
    kept: list[KeepOrFlow] = []
    with_text = False  # whether kept[-1], the item after, has text under its heading
    for block in reversed(blocks):
        if len(block) == 1 and with_text:
            after = kept[-1]
            height = block[0].wrap(PAGE_SIZE[0] - 2 * MARGIN_X, PAGE_SIZE[1])[1]
            kept[-1] = KeepOrFlow([*block, *after._content], after._room + height)
        else:
            kept.append(KeepOrFlow(block, ACTIONS_ROOM))
        with_text = len(block) > 1
    return kept[::-1]


def _moved(detail: MeetingDetail) -> list[Flowable]:
    """A moved meeting says so first: the invitees have the old time in their calendars (the
    day its rule gave it, a holiday's next working day, when moved by hand from there)."""
    before = detail.moved_from
    if before is None or detail.status is MeetingStatus.CANCELLED:
        return []
    text = _("Note: the meeting has been moved from {day} at {time}.").format(
        day=long_date(local(before).date()), time=local_time(before)
    )
    return [
        markup(f'<font color="{WARN.hexval().replace("0x", "#")}"><b>{escape(text)}</b></font>')
    ]


def _open_actions(detail: MeetingDetail, continued: str | None = None) -> Flowable:
    return actions_table(
        detail.carried_actions,
        _("No open actions from earlier meetings."),
        with_notes=True,
        continued=continued,
    )
