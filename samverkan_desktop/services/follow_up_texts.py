"""A group's written follow-up of a period: "Vad har vi gjort" (what we have done) and "Hur
fortsätter vi" (how we go on), short bullet lists typed one a line, printed under the group's
figures in the follow-up (reports/follow_up.py).

Written only for a period the group is followed up at (its T1/T2/VB ticks): the printout shows
only those groups, and text written for another period would be kept where nobody reads it.
Emptying a text stays allowed, so a tick removed later does not lock what was written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, GroupFollowUpText
from samverkan_desktop.services.validation import clean

NOT_WRITTEN = 0  # the version a form sends for texts it showed as not yet written
BULLETS = ("-", "•", "–", "*")


@dataclass(frozen=True)
class FollowUpTexts:
    group_id: int
    period: FollowUpPeriod
    year: int
    done: str  # "" when not written
    next: str
    version: int  # NOT_WRITTEN while no row exists

    @property
    def written(self) -> bool:
        return bool(self.done or self.next)


def bullet_lines(text: str | None) -> list[str]:
    """One bullet per line typed: blank lines dropped, a typed "-" or "•" taken away."""
    lines = []
    for line in (text or "").splitlines():
        line = line.strip()
        while line[:1] in BULLETS and line:
            line = line[1:].strip()
        if line:
            lines.append(line)
    return lines


class FollowedUp(Protocol):
    """A group as stored or as read for a form: which periods it is followed up at."""

    @property
    def follow_up_t1(self) -> bool: ...
    @property
    def follow_up_t2(self) -> bool: ...
    @property
    def follow_up_vb(self) -> bool: ...


def is_followed_up(group: FollowedUp, period: FollowUpPeriod) -> bool:
    return {
        FollowUpPeriod.T1: group.follow_up_t1,
        FollowUpPeriod.T2: group.follow_up_t2,
        FollowUpPeriod.VB: group.follow_up_vb,
    }[period]


def _group(session: Session, group_id: int, *, lock: bool = False) -> Group:
    group = session.get(Group, group_id, with_for_update=lock)
    if group is None:
        raise NotFoundError(_("There is no group with number {id}.").format(id=group_id))
    return group


def _row(
    session: Session, group_id: int, period: FollowUpPeriod, year: int
) -> GroupFollowUpText | None:
    return session.scalars(
        select(GroupFollowUpText).where(
            GroupFollowUpText.group_id == group_id,
            GroupFollowUpText.period == period,
            GroupFollowUpText.year == year,
        )
    ).one_or_none()


def _texts(
    group_id: int, period: FollowUpPeriod, year: int, row: GroupFollowUpText | None
) -> FollowUpTexts:
    if row is None:
        return FollowUpTexts(group_id, period, year, "", "", NOT_WRITTEN)
    return FollowUpTexts(
        group_id, period, year, row.done_text or "", row.next_text or "", row.version
    )


def get_texts(session: Session, group_id: int, period: FollowUpPeriod, year: int) -> FollowUpTexts:
    _group(session, group_id)
    return _texts(group_id, period, year, _row(session, group_id, period, year))


def texts_of_period(
    session: Session, period: FollowUpPeriod, year: int
) -> dict[int, FollowUpTexts]:
    """Every group's texts written for the period, by group id (the printout's)."""
    rows = session.scalars(
        select(GroupFollowUpText).where(
            GroupFollowUpText.period == period, GroupFollowUpText.year == year
        )
    ).all()
    return {row.group_id: _texts(row.group_id, period, year, row) for row in rows}


@dataclass(frozen=True)
class WrittenFollowUp:
    """What a group wrote for one follow-up period, as bullets."""

    period: FollowUpPeriod
    year: int
    done: tuple[str, ...]  # "Vad har vi gjort", one line a bullet
    next_steps: tuple[str, ...]  # "Hur fortsätter vi"


def _overlaps(span: tuple[dt.date, dt.date], first: dt.date, last: dt.date) -> bool:
    return span[0] <= last and span[1] >= first


def written_by_group(
    session: Session,
    first: dt.date,
    last: dt.date,
    periods: tuple[FollowUpPeriod, ...] = tuple(FollowUpPeriod),
) -> dict[int, list[WrittenFollowUp]]:
    """The texts of every follow-up period (of ``periods``) that falls (partly) within ``first``
    to ``last``, by group id, earliest period first (T1, T2, then the year)."""
    found: dict[int, list[WrittenFollowUp]] = {}
    for year in range(first.year, last.year + 1):
        for period in periods:
            if not _overlaps(period.span(year), first, last):
                continue
            for group_id, texts in texts_of_period(session, period, year).items():
                done, next_steps = bullet_lines(texts.done), bullet_lines(texts.next)
                if done or next_steps:
                    found.setdefault(group_id, []).append(
                        WrittenFollowUp(period, year, tuple(done), tuple(next_steps))
                    )
    return found


TERTIALS = (FollowUpPeriod.T1, FollowUpPeriod.T2)


def tertials_of_year(session: Session, group_id: int, year: int) -> list[WrittenFollowUp]:
    """What the group wrote at T1 and T2 of ``year``: the group's Uppföljning shows it while
    the annual report (VB) is written."""
    first, last = FollowUpPeriod.VB.span(year)
    return written_by_group(session, first, last, TERTIALS).get(group_id, [])


def labelled_parts(written: WrittenFollowUp) -> list[tuple[str, tuple[str, ...]]]:
    """A period's texts, each part headed with the period as the annual printout prints them
    under its own ("Vad har vi gjort – T1 (jan–apr) 2026", its points); a part not written is
    left out."""
    period = _("{period} {year}").format(period=_(written.period.label), year=written.year)
    parts = (
        (_("What we have done – {period}"), written.done),
        (_("How we continue – {period}"), written.next_steps),
    )
    return [(label.format(period=period), lines) for label, lines in parts if lines]


def earlier_worth_reading(
    own_done: Sequence[str], own_next: Sequence[str], earlier: Sequence[WrittenFollowUp]
) -> tuple[WrittenFollowUp, ...]:
    """The year's T1 and T2 texts as the annual report (VB) prints them under its own: what was
    done each tertial, less the lines the annual text already says (copied into it); how the
    group goes on only from the latest tertial, and only while the annual text says nothing of
    it (an older plan was overtaken by the later one). A tertial left with nothing drops."""
    said = {line.casefold() for line in own_done}
    latest_next = next((w for w in reversed(earlier) if w.next_steps), None)
    kept = []
    for written in earlier:
        done = tuple(line for line in written.done if line.casefold() not in said)
        next_steps = written.next_steps if written is latest_next and not own_next else ()
        if done or next_steps:
            kept.append(WrittenFollowUp(written.period, written.year, done, next_steps))
    return tuple(kept)


def written_count(session: Session, group_id: int) -> int:
    """How many periods the group has written a follow-up for (deleting the group deletes
    them: the question before says so)."""
    rows = session.scalars(
        select(GroupFollowUpText).where(GroupFollowUpText.group_id == group_id)
    ).all()
    return sum(1 for row in rows if (row.done_text or "").strip() or (row.next_text or "").strip())


def save_texts(
    session: Session,
    group_id: int,
    period: FollowUpPeriod,
    year: int,
    done: str | None,
    next_steps: str | None,
    *,
    expected_version: int | None = None,
) -> FollowUpTexts:
    """Store both texts, trimmed (empty: none). ``expected_version``: the version the form
    showed (NOT_WRITTEN for none yet; None: no check, e.g. a script). A save based on texts
    another desk saved meanwhile is refused (StaleRecordError); the window keeps what was typed."""
    group = _group(session, group_id, lock=True)
    done_text, next_text = clean(done), clean(next_steps)
    if (done_text or next_text) and not is_followed_up(group, period):
        raise ValidationError(
            _(
                "“{group}” is not followed up at {period}. Tick the period in the group's form "
                "first, or write for a period it is followed up at."
            ).format(group=group.name, period=_(period.label)),
            field="period",
        )
    row = _row(session, group_id, period, year)
    current = row.version if row is not None else NOT_WRITTEN
    if expected_version is not None and expected_version != current:
        raise stale_record_error()
    if row is None:
        if done_text is None and next_text is None:
            return _texts(group_id, period, year, None)  # nothing written, nothing to keep
        row = GroupFollowUpText(group_id=group_id, period=period, year=year)
        session.add(row)
    row.done_text, row.next_text = done_text, next_text
    try:
        session.flush()
    except sa_exc.IntegrityError as error:  # another desk wrote the first texts meanwhile
        raise stale_record_error() from error
    return _texts(group_id, period, year, row)
