"""The agenda and the minutes: a group's template of standing items, a meeting's numbered items
with notes per item, decisions, and the rule that a group with minutes is ended, not deleted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from samverkan_desktop import audit_entries, audit_trail
from samverkan_desktop.db import stale_record_error
from samverkan_desktop.enums import MeetingStatus
from samverkan_desktop.errors import InUseError, NotFoundError, ValidationError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AgendaItem,
    AgendaTemplateItem,
    Decision,
    Group,
    Invitee,
    Meeting,
    Membership,
)
from samverkan_desktop.models.audit import AuditAction
from samverkan_desktop.models.meetings import DEFAULT_TEMPLATE, STANDING_DONE_NEXT
from samverkan_desktop.services import memberships as membership_periods
from samverkan_desktop.services import settings
from samverkan_desktop.services.meeting_common import (
    get_group,
    get_meeting_model,
    group_has_minutes,
)
from samverkan_desktop.services.meeting_group_days import check_minuted
from samverkan_desktop.services.meeting_rows import AgendaItemRow, DecisionRow, agenda_row
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import clean, column_length, optional_text, require_text


@dataclass(frozen=True)
class TemplateItem:
    title: str
    standing_key: str | None = None
    presenter: str | None = None


# --- the group's template ------------------------------------------------------------------------


def _presenter(value: str | None) -> str | None:
    return optional_text(value, "presenter", _("Presenter"), column_length(AgendaItem.presenter))


def template_items(session: Session, group_id: int) -> list[tuple[str | None, str, str | None]]:
    """(standing key, title, presenter) of the group's standing items (the default if none)."""
    rows = session.scalars(
        select(AgendaTemplateItem)
        .where(AgendaTemplateItem.group_id == group_id)
        .order_by(AgendaTemplateItem.position, AgendaTemplateItem.id)
    ).all()
    if rows:
        return [(r.standing_key, r.title, r.presenter) for r in rows]
    return [(key, _(title), None) for key, title in DEFAULT_TEMPLATE]


def get_agenda_template(session: Session, group_id: int) -> list[TemplateItem]:
    get_group(session, group_id)
    items = template_items(session, group_id)
    return [TemplateItem(title, key, presenter) for key, title, presenter in items]


def set_agenda_template(session: Session, group_id: int, items: Sequence[TemplateItem]) -> None:
    """Replace the group's standing items (meetings already opened keep their own agenda)."""
    get_group(session, group_id)
    before = _agenda_text(template_items(session, group_id))
    cleaned = [
        AgendaTemplateItem(
            group_id=group_id,
            position=position,
            title=require_text(item.title, "title", _("Heading"), 300),
            standing_key=clean(item.standing_key),
            presenter=_presenter(item.presenter),
        )
        for position, item in enumerate(items)
    ]
    for row in session.scalars(
        select(AgendaTemplateItem).where(AgendaTemplateItem.group_id == group_id)
    ):
        session.delete(row)
    session.flush()
    session.add_all(cleaned)
    session.flush()
    # The items are rows of their own; the group's History shows them as one field.
    after = _agenda_text(template_items(session, group_id))
    audit_trail.record(
        session,
        audit_entries.Change(
            Group, group_id, AuditAction.UPDATE, {"standing_agenda": (before, after)}
        ),
    )


def _agenda_text(items: Sequence[tuple[str | None, str, str | None]]) -> list[str]:
    """The standing agenda as its History shows it: "Heading (presenter)" per item."""
    return [f"{title} ({presenter})" if presenter else title for _key, title, presenter in items]


def use_agenda_as_template(session: Session, meeting_id: int) -> None:
    """The meeting's items (titles, kinds, presenters) become the group's standing agenda: the
    group's meetings not yet opened get it (those opened keep their own, as they may hold
    minutes). An empty agenda is refused: no items would mean the default agenda again."""
    meeting = prepared_meeting(session, meeting_id)
    items = [TemplateItem(i.title, i.standing_key, i.presenter) for i in meeting.agenda_items]
    if not items:
        raise ValidationError(
            _("The agenda has no items yet: add the items the group's meetings should have."),
            field="agenda",
        )
    set_agenda_template(session, meeting.group_id, items)


def later_meetings_opened(session: Session, meeting_id: int) -> int:
    """How many of the group's later meetings (not cancelled) already have their own agenda,
    which a new standing agenda leaves as it is."""
    meeting = get_meeting_model(session, meeting_id)
    count = session.scalar(
        select(func.count())
        .select_from(Meeting)
        .where(
            Meeting.group_id == meeting.group_id,
            Meeting.id != meeting.id,
            Meeting.starts_at > meeting.starts_at,
            Meeting.prepared.is_(True),
            Meeting.status != MeetingStatus.CANCELLED,
        )
    )
    return int(count or 0)


# --- preparing a meeting -------------------------------------------------------------------------


def prepare(session: Session, meeting: Meeting) -> None:
    """Give the meeting its own invitees (the group's members on the meeting's day) and agenda
    (the template). A meeting opened after its day invites those who sat in the group then: a
    member who has left since is on it, one who joined later is not."""
    if meeting.prepared:
        return
    day = local(meeting.starts_at).date()
    members = session.scalars(
        select(Membership.person_id).where(
            Membership.group_id == meeting.group_id, membership_periods.during(day, day)
        )
    ).all()
    for person_id in members:
        session.add(Invitee(meeting_id=meeting.id, person_id=person_id))
    for position, (key, title, presenter) in enumerate(template_items(session, meeting.group_id)):
        session.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=position,
                title=title,
                standing_key=key,
                presenter=presenter,
            )
        )
    # Marked with its own statement: preparing is not an edit of the meeting, so it must not
    # bump the row version (a Move form opened elsewhere before this first look stays valid).
    session.flush()
    _set_unversioned(session, meeting, "prepared", False, True)
    session.expire(meeting, ["invitees", "agenda_items"])


def prepared_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = get_meeting_model(session, meeting_id)
    prepare(session, meeting)
    return meeting


# --- agenda items and minutes --------------------------------------------------------------------


def add_agenda_item(
    session: Session,
    meeting_id: int,
    title: str,
    presenter: str | None = None,
    *,
    standing_key: str | None = None,
    position: int | None = None,
    minutes: int | str | None = None,
) -> int:
    """A free item, last on the agenda unless ``position`` (0-based) says otherwise;
    ``minutes``: how long it is planned to take (none, or whole minutes 1–480)."""
    meeting = prepared_meeting(session, meeting_id)
    items = list(meeting.agenda_items)
    item = AgendaItem(
        meeting_id=meeting_id,
        title=require_text(title, "title", _("Heading"), 300),
        presenter=_presenter(presenter),
        standing_key=clean(standing_key),
        minutes=item_minutes(minutes),
    )
    index = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(index, item)
    session.add(item)
    _renumber(items)
    session.flush()
    return item.id


def update_agenda_item(
    session: Session,
    item_id: int,
    title: str,
    presenter: str | None = None,
    *,
    minutes: int | str | None = None,
    shown: AgendaItemRow | None = None,
) -> None:
    """``shown``: the item as the form showed it (None: no check, e.g. a script). When another
    desk changed its heading, presenter or time meanwhile, the save is refused
    (StaleRecordError) instead of overwriting theirs; its number or minutes do not count."""
    item = _get_item(session, item_id, for_update=shown is not None)
    if shown is not None and _item_fields(item) != (
        shown.title,
        clean(shown.presenter),
        shown.minutes,
    ):
        raise stale_record_error()
    item.title = require_text(title, "title", _("Heading"), 300)
    item.presenter = _presenter(presenter)
    item.minutes = item_minutes(minutes)
    session.flush()


MAX_ITEM_MINUTES = 480  # a working day: more is a typing slip


def item_minutes(value: int | str | None) -> int | None:
    """An item's planned length: none (empty) or whole minutes 1–480, typed or given."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    if not text.isdigit() or not 1 <= int(text) <= MAX_ITEM_MINUTES:
        raise ValidationError(
            _("Give the item's time as whole minutes, 1–{most}, or leave it empty.").format(
                most=MAX_ITEM_MINUTES
            ),
            field="minutes",
        )
    return int(text)


def move_agenda_item(session: Session, item_id: int, position: int) -> None:
    """Put the item at ``position`` (0-based) and number the others around it."""
    item = _get_item(session, item_id)
    items = [i for i in item.meeting.agenda_items if i.id != item_id]
    items.insert(max(0, min(position, len(items))), item)
    _renumber(items)
    session.flush()


def check_agenda_item_removable(session: Session, item_id: int) -> AgendaItem:
    """Refuses (InUseError) an item holding minutes: asked before "Remove …?" is."""
    item = _get_item(session, item_id)
    if clean(item.notes) or clean(item.next_steps):
        raise InUseError(_("The item has minutes; clear them before removing the item."))
    return item


def remove_agenda_item(session: Session, item_id: int) -> None:
    item = check_agenda_item_removable(session, item_id)
    meeting = item.meeting
    unlink(session, Decision.agenda_item_id, item.id)  # the decision stays, without its item
    session.delete(item)
    session.flush()
    session.expire(meeting, ["agenda_items"])
    _renumber(list(meeting.agenda_items))
    session.flush()


def record_minutes(
    session: Session,
    item_id: int,
    notes: str | None,
    next_steps: str | None = None,
    *,
    shown: tuple[str | None, str | None] | None = None,
) -> None:
    """The minutes of one item; "what have we done / how do we continue" items use both.

    ``shown``: the minutes as the form showed them before the user typed; when another desk
    saved different minutes meanwhile, the save is refused (StaleRecordError) instead of
    overwriting them. Only the minutes count: renumbering or a new title elsewhere does not."""
    item = _get_item(session, item_id, for_update=shown is not None)
    if shown is not None and (clean(item.notes), clean(item.next_steps)) != tuple(
        clean(text) for text in shown
    ):
        raise stale_record_error()
    if clean(notes) or clean(next_steps):  # emptying the minutes stays possible
        _check_minuted(item.meeting)
    first = not any(clean(i.notes) or clean(i.next_steps) for i in item.meeting.agenda_items)
    item.notes = clean(notes)
    if next_steps is not None or item.standing_key == STANDING_DONE_NEXT:
        item.next_steps = clean(next_steps)
    session.flush()
    if first and (item.notes or item.next_steps):
        _fill_minutes_by(session, item.meeting)


def _check_minuted(meeting: Meeting) -> None:
    """Minutes only on a day the group meets: not on a meeting kept from before a later start."""
    check_minuted(meeting.group, local(meeting.starts_at).date())


def _fill_minutes_by(session: Session, meeting: Meeting) -> None:
    """The meeting's first minutes: "Minutes taken by" left empty gets the coordinator's name
    from the settings (the minutes printed without it), for the user to change. Its own
    statement, as prepare's: not an edit of the meeting's form, whose row version stays (the
    Details form open with unsaved changes can still be saved)."""
    name = clean(settings.get_text(session, settings.SIGNATORY_NAME))
    if clean(meeting.minutes_by) or name is None:
        return
    _set_unversioned(session, meeting, "minutes_by", None, name)


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        item.position = position


def agenda_item_row(session: Session, item_id: int) -> AgendaItemRow:
    """One item as the meeting editor shows it, read anew (a form's F5 after another desk's
    change)."""
    item = _get_item(session, item_id)
    return agenda_row(item, 1 + [i.id for i in item.meeting.agenda_items].index(item.id))


def decision_row(session: Session, decision_id: int) -> DecisionRow:
    decision = _get_decision(session, decision_id)
    return DecisionRow(decision.id, decision.text, decision.agenda_item_id)


def _item_fields(item: AgendaItem) -> tuple[str, str | None, int | None]:
    """What the item's form edits, as a save compares it with what the form showed."""
    return item.title, clean(item.presenter), item.minutes


def _get_item(session: Session, item_id: int, *, for_update: bool = False) -> AgendaItem:
    # for_update: PostgreSQL locks the row, so two desks cannot both pass a check on it.
    item = session.get(AgendaItem, item_id, with_for_update=for_update or None)
    if item is None:
        raise NotFoundError(_("The agenda item no longer exists."))
    return item


# --- decisions -----------------------------------------------------------------------------------


def add_decision(
    session: Session, meeting_id: int, text: str, agenda_item_id: int | None = None
) -> int:
    meeting = prepared_meeting(session, meeting_id)
    _check_minuted(meeting)
    if agenda_item_id is not None and _get_item(session, agenda_item_id).meeting_id != meeting_id:
        raise ValidationError(
            _("The agenda item belongs to another meeting."), field="agenda_item_id"
        )
    position = session.scalar(
        select(func.coalesce(func.max(Decision.position), -1)).where(
            Decision.meeting_id == meeting.id
        )
    )
    decision = Decision(
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        position=(position if position is not None else -1) + 1,
        text=require_text(text, "text", _("The decision"), 4000, multi_line=True),
    )
    session.add(decision)
    session.flush()
    return decision.id


def update_decision(
    session: Session, decision_id: int, text: str, *, shown: str | None = None
) -> None:
    """``shown``: the decision's text as the form showed it (None: no check). When another desk
    saved a different text meanwhile, the save is refused (StaleRecordError), never written
    over theirs."""
    decision = _get_decision(session, decision_id, for_update=shown is not None)
    if shown is not None and decision.text != shown:
        raise stale_record_error()
    decision.text = require_text(text, "text", _("The decision"), 4000, multi_line=True)
    session.flush()


def remove_decision(session: Session, decision_id: int) -> None:
    session.delete(_get_decision(session, decision_id))
    session.flush()


def _get_decision(session: Session, decision_id: int, *, for_update: bool = False) -> Decision:
    decision = session.get(Decision, decision_id, with_for_update=for_update or None)
    if decision is None:
        raise NotFoundError(_("The decision no longer exists."))
    return decision


# --- deleting a group ----------------------------------------------------------------------------


def check_group_deletable(session: Session, group_id: int) -> None:
    """A group whose meetings hold minutes (or that has actions) is history: end it instead."""
    group = get_group(session, group_id)
    if group_has_minutes(session, group_id):
        raise InUseError(
            _(
                "“{name}” has minutes, decisions or actions and cannot be deleted. "
                "End the group instead: it keeps its history."
            ).format(name=group.name)
        )


def _set_unversioned(
    session: Session, meeting: Meeting, field: str, before: object, after: object
) -> None:
    """Set one column of the meeting by its own statement, its row version left as it is (not an
    edit of the meeting's form: a form open elsewhere can still be saved), with its audit entry."""
    meetings_table = cast(Table, Meeting.__table__)
    session.execute(
        update(meetings_table).where(meetings_table.c.id == meeting.id).values({field: after})
    )
    set_committed_value(meeting, field, after)
    audit_trail.record(
        session,
        audit_entries.Change(Meeting, meeting.id, AuditAction.UPDATE, {field: (before, after)}),
    )
