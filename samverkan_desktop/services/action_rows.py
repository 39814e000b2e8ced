"""An action as the lists and printouts show it (``ActionRow``), and the rules that derive its
shown fields, without SQLAlchemy: ``services.actions`` builds rows from the ORM and
``notice_sqlite`` from plain SQL, and both must give the same rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from samverkan_desktop.enums import ActionSource, ActionStatus
from samverkan_desktop.formatting import display_datetime, dotted, iso_date, local
from samverkan_desktop.i18n import _
from samverkan_desktop.services.crisis_nav import exercise_record, fire_record


@dataclass(frozen=True)
class Origin:
    """Where an action's source lives, as the window opens it: the area's key and the id its
    ``show_record`` takes (a meeting in the calendar, a walk, an exercise or an inspection in
    the crisis area, ``services.crisis_nav``)."""

    area: str
    record_id: int


def origin_of(kind: ActionSource, holder_id: int) -> Origin | None:
    """The record holding an action's source: the meeting, the observation's walk, the lesson's
    exercise, the inspection (``holder_id``); "Other" has none."""
    if kind is ActionSource.MEETING:
        return Origin("calendar", holder_id)
    if kind is ActionSource.WALK_OBSERVATION:
        return Origin("walks", holder_id)
    if kind is ActionSource.EXERCISE_LESSON:
        return Origin("crisis", exercise_record(holder_id))
    if kind is ActionSource.FIRE_INSPECTION:
        return Origin("crisis", fire_record(holder_id))
    return None


@dataclass(frozen=True)
class ActionNoteRow:
    id: int
    noted_on: dt.date
    text: str
    meeting_id: int | None


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    description: str | None
    source_type: ActionSource
    source_id: int | None
    source_text: str  # "Möte 2026-11-03 14.00, Lokal beredningsgrupp Östermalm", "Övning 2021-…"
    responsible_person_id: int | None
    responsible_person: str | None
    responsible_organisation_id: int | None
    responsible_organisation: str | None
    responsible: str  # person and/or organisation, for lists and printouts
    raised_on: dt.date
    due_on: dt.date | None
    status: ActionStatus
    closed_on: dt.date | None
    priority_area_id: int | None
    priority_area: str | None
    group_id: int | None
    group: str | None
    overdue: bool
    notes: tuple[ActionNoteRow, ...]
    version: int = 0  # for the form's save (services.versions)
    # The group's first area by name, for the detail pane; left out of ==: the agenda's plain
    # SQL reader (notice_sqlite) has no use for it and its rows must equal the services' rows.
    group_priority_area: str | None = field(default=None, compare=False)
    # Where "source_text" opens, None when the source was deleted; left out of == as above.
    origin: Origin | None = field(default=None, compare=False)

    @property
    def shown_priority_area(self) -> str | None:
        """The area the Actions list shows for it (``priority_area`` is its own, for the form)."""
        return priority_area_text(self.priority_area, self.group_priority_area)

    @property
    def is_open(self) -> bool:
        return not self.status.is_closed

    @property
    def last_note(self) -> ActionNoteRow | None:
        return self.notes[-1] if self.notes else None


def responsible_text(
    person: str | None, organisation: str | None, person_organisation: str | None
) -> str:
    """ "Anna Berg · Polisen": the person and the responsible organisation, else the person's."""
    shown = organisation if organisation is not None else person_organisation
    return dotted(person, shown)


def meeting_text(starts_at: dt.datetime, group: str, with_time: bool = True) -> str:
    """ "Möte 2026-12-03 09.00, Lokal beredningsgrupp Östermalm": the source of an action
    raised at a meeting (``starts_at`` as stored: naive is UTC). Without the time where a list's
    column has no room for it."""
    when = display_datetime(starts_at) if with_time else iso_date(local(starts_at).date())
    return _("Meeting {when}, {group}").format(when=when, group=group)


def walk_text(day: dt.date, place: str) -> str:
    """ "Trygghetsvandring 2021-04-20, Tessinparken": an action from a walk's observation."""
    return _("Safety walk {date}, {place}").format(date=iso_date(day), place=place)


def exercise_text(held_on: dt.date | None, year: int, title: str) -> str:
    """ "Övning 2021-02-17, Krisledningsövning": an action from an exercise's lesson; an
    exercise not yet given its day is named by its year."""
    return _("Exercise {date}, {title}").format(
        date=iso_date(held_on) if held_on else str(year), title=title
    )


def fire_text(inspected_on: dt.date, premises: str) -> str:
    """ "Brandskyddsbesiktning 2021-01-11, Garnisonen": a remark of a fire-safety inspection."""
    return _("Fire safety inspection {date}, {premises}").format(
        date=iso_date(inspected_on), premises=premises
    )


def priority_area_text(own: str | None, group_area: str | None) -> str | None:
    """The priority area an action is listed under: its own, else its group's first by name (a
    group works for its areas), as the Actions list, its print and the detail pane show it."""
    return own or group_area


def first_area(names: Iterable[str]) -> str | None:
    """A group's first priority area by name, in Swedish order ("Zebra" before "Åkern" before
    "Ängen"): the one its actions without their own area are listed under. The list's sort on
    the area column asks the same in SQL (``services.action_list``)."""
    from samverkan_desktop.swedish_order import sort_key  # not on the window's start path

    return min(names, key=lambda name: (sort_key(name), name), default=None)


def origin_text(source: str | None, group: str | None, kind: ActionSource) -> str:
    """Where an action came from, as a list names it: its meeting, walk or exercise (``source``,
    from ``services.action_sources.source_texts``), else its group, else its kind ("Annat")."""
    return source or group or _(kind.label)


def is_overdue(status: ActionStatus, due_on: dt.date | None, today: dt.date) -> bool:
    return not status.is_closed and due_on is not None and due_on < today


def status_text(status: ActionStatus, overdue: bool) -> str:
    """ "Öppen, försenad": an action's status as the Actions list and ``samverkan actions list``
    write it (the command line wrote "Öppen" where the window said it was late)."""
    text = _(status.label)
    return _("{status}, overdue").format(status=text) if overdue else text


def urgency_order(row: ActionRow) -> tuple[bool, bool, dt.date, int]:
    """Open before closed, overdue first, then by due date."""
    return (row.status.is_closed, not row.overdue, row.due_on or dt.date.max, row.id)
