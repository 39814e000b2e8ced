"""The agreement's yearly revision (DOMAIN part 1; paper 002: "revideras årligen"): recorded as a
new revision, dated, with who decided it, the priority areas it chose and a note, instead of
overwriting the agreement. The first revision is the agreement as signed (the form keeps it
so); a printout of a period reads the revision in force at its end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import clock
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Agreement, AgreementRevision, PriorityArea
from samverkan_desktop.services.area_plan_removal import remove_area_plans
from samverkan_desktop.services.validation import clean, flush_or_conflict, get_or_raise
from samverkan_desktop.services.versions import check_version


@dataclass(frozen=True)
class RevisionInput:
    revised_on: dt.date | None
    priority_area_ids: tuple[int, ...]
    decided_by: str | None = None
    note: str | None = None
    expected_version: int | None = None  # the agreement's


@dataclass(frozen=True)
class RevisionRow:
    revised_on: dt.date
    decided_by: str | None
    note: str | None
    priority_area_ids: tuple[int, ...]
    priority_areas: tuple[str, ...]
    added: tuple[str, ...]  # against the revision before (the first: nothing)
    removed: tuple[str, ...]
    first: bool  # the agreement as signed

    @property
    def change(self) -> str:
        """What the revision changed in the priorities, as a report prints it."""
        parts = []
        if self.added:
            parts.append(_("{areas} added").format(areas=", ".join(self.added)))
        if self.removed:
            parts.append(_("{areas} dropped").format(areas=", ".join(self.removed)))
        return "; ".join(parts) or _("priority areas unchanged")

    @property
    def line(self) -> str:
        """ "Reviderad 2026-12-03: Våldsbejakande extremism tillkom." with its note after, as
        the window and the command line list it."""
        return self.sentence()

    def sentence(self, day_text: Callable[[dt.date], str] = iso_date) -> str:
        """The line with its day written by ``day_text``: a printout's running text gives
        formatting.prose_date ("Reviderad 22 februari 2026: …")."""
        if self.first:
            text = _("Signed {date}.").format(date=day_text(self.revised_on))
        else:
            text = _("Revised {date}: {change}.").format(
                date=day_text(self.revised_on), change=self.change
            )
        return " ".join(part for part in (text, self.note) if part)

    @property
    def line_with_decider(self) -> str:
        return f"{self.line} ({self.decided_by})" if self.decided_by else self.line


def revision_rows(revisions: Sequence[AgreementRevision]) -> tuple[RevisionRow, ...]:
    """The revisions oldest first, each with what it changed."""
    rows: list[RevisionRow] = []
    before: list[PriorityArea] | None = None
    for revision in sorted(revisions, key=lambda r: r.revised_on):
        chosen = list(revision.priority_areas)
        ids = {a.id for a in chosen}
        was = {a.id for a in before or ()}
        rows.append(
            RevisionRow(
                revised_on=revision.revised_on,
                decided_by=revision.decided_by,
                note=revision.note,
                priority_area_ids=tuple(a.id for a in chosen),
                priority_areas=tuple(a.name for a in chosen),
                added=() if before is None else tuple(a.name for a in chosen if a.id not in was),
                removed=() if before is None else tuple(a.name for a in before if a.id not in ids),
                first=before is None,
            )
        )
        before = chosen
    return tuple(rows)


def revision_in_force(rows: Sequence[RevisionRow], day: dt.date) -> RevisionRow | None:
    """The revision in force on ``day``: the latest dated on or before it (None: before all)."""
    found = [row for row in rows if row.revised_on <= day]
    return found[-1] if found else None


@dataclass(frozen=True)
class AgreementInForce:
    title: str
    revision: RevisionRow

    @property
    def line(self) -> str:
        return self.sentence()

    def sentence(self, day_text: Callable[[dt.date], str] = iso_date) -> str:
        return _("Agreement in force: {title}. {revision}").format(
            title=self.title, revision=self.revision.sentence(day_text)
        )


def agreement_in_period(session: Session, first: dt.date, last: dt.date) -> AgreementInForce | None:
    """The newest agreement in force during ``first``–``last``, with its revision in force on
    ``last`` (None: none, or not yet signed then)."""
    agreement = session.scalars(
        select(Agreement)
        .where(
            Agreement.valid_from <= last,
            or_(Agreement.valid_until.is_(None), Agreement.valid_until >= first),
        )
        .order_by(Agreement.valid_from.desc(), Agreement.id.desc())
        .limit(1)
    ).first()
    if agreement is None:
        return None
    revision = revision_in_force(revision_rows(agreement.revisions), last)
    return None if revision is None else AgreementInForce(agreement.title, revision)


def check_signing(agreement: Agreement, signed: dt.date) -> None:
    """The form's signing is the first revision: it cannot move past a later one."""
    later = sorted(agreement.revisions, key=lambda r: r.revised_on)[1:]
    if later and signed >= later[0].revised_on:
        raise ValidationError(
            _("The agreement cannot be signed on or after its revision of {date}.").format(
                date=iso_date(later[0].revised_on)
            ),
            field="signed_on",
        )


def follow_form(agreement: Agreement) -> None:
    """After the agreement's form is saved (a correction, not a revision): its first revision is
    its signing, and the areas ticked are the choice of the revision in force now."""
    signed = agreement.signed_on or agreement.valid_from
    if not agreement.revisions:
        agreement.revisions.append(AgreementRevision(revised_on=signed))
    revisions = sorted(agreement.revisions, key=lambda r: r.revised_on)
    revisions[0].revised_on, revisions[0].decided_by = signed, agreement.signed_by
    if {a.id for a in revisions[-1].priority_areas} != {a.id for a in agreement.priority_areas}:
        revisions[-1].priority_areas = list(agreement.priority_areas)


def revise_agreement(session: Session, agreement_id: int, data: RevisionInput) -> int:
    """Record a revision: the agreement's priority areas become those chosen (an area dropped
    takes its goal and figures in the action plan along, as in the form); the earlier
    revisions stay as they were. Returns the agreement's new version."""
    agreement = get_or_raise(session, Agreement, agreement_id, _("The agreement no longer exists."))
    check_version(agreement, data.expected_version)
    if data.revised_on is None:
        raise ValidationError(_("Give the date of the revision."), field="revised_on")
    if data.revised_on > clock.today():
        raise ValidationError(
            _("A revision is recorded once decided: give today's date or an earlier one."),
            field="revised_on",
        )
    latest = max((r.revised_on for r in agreement.revisions), default=None)
    if latest is not None and data.revised_on <= latest:
        raise ValidationError(
            _("The revision must come after the latest one, of {date}.").format(
                date=iso_date(latest)
            ),
            field="revised_on",
        )
    areas = list(
        session.scalars(select(PriorityArea).where(PriorityArea.id.in_(data.priority_area_ids)))
    )
    if len(areas) != len(set(data.priority_area_ids)):
        raise ValidationError(_("Unknown priority area."), field="priority_area_ids")
    decided_by = clean(data.decided_by, one_line=True)
    if decided_by is not None and len(decided_by) > 300:
        raise ValidationError(
            _("Who decided is too long (at most 300 characters)."), field="decided_by"
        )
    kept = {a.id for a in areas}
    remove_area_plans(
        session, agreement.id, (a.id for a in agreement.priority_areas if a.id not in kept)
    )
    with session.no_autoflush:
        agreement.revisions.append(
            AgreementRevision(
                revised_on=data.revised_on,
                decided_by=decided_by,
                note=clean(data.note),
                priority_areas=areas,
            )
        )
        agreement.priority_areas = areas
    flag_modified(agreement, "title")  # a new version: another desk's form of it is refused
    flush_or_conflict(session, _("The agreement already has a revision that day."), "revised_on")
    return agreement.version


def latest_revision(session: Session, agreement_id: int) -> RevisionRow:
    """The revision "Ta bort revision…" would remove, refused when it is the agreement as
    signed (the first stays: its date and signers are the form's)."""
    agreement = get_or_raise(session, Agreement, agreement_id, _("The agreement no longer exists."))
    rows = revision_rows(agreement.revisions)
    if len(rows) < 2:
        raise ValidationError(
            _(
                "The agreement has no revision after its signing to remove; the signing itself "
                "is corrected in the agreement's form."
            )
        )
    return rows[-1]


def areas_dropped_by_removal(session: Session, agreement_id: int) -> tuple[int, ...]:
    """The priority areas the latest revision added, which its removal takes out again."""
    rows = revision_rows(
        get_or_raise(
            session, Agreement, agreement_id, _("The agreement no longer exists.")
        ).revisions
    )
    if len(rows) < 2:
        return ()
    before = set(rows[-2].priority_area_ids)
    return tuple(i for i in rows[-1].priority_area_ids if i not in before)


def remove_latest_revision(
    session: Session, agreement_id: int, expected_version: int | None = None
) -> RevisionInput:
    """Remove a revision recorded by mistake: the latest only (the earlier ones were in force
    in their periods), never the signing. The priority areas go back to the revision before;
    an area the removed one added takes its goal and figures in the action plan along, as
    when a revision drops it. Returns the removed revision, to record it again (Undo)."""
    agreement = get_or_raise(session, Agreement, agreement_id, _("The agreement no longer exists."))
    check_version(agreement, expected_version)
    removed = latest_revision(session, agreement_id)
    revisions = sorted(agreement.revisions, key=lambda r: r.revised_on)
    latest, before = revisions[-1], revisions[-2]
    kept = list(before.priority_areas)
    remove_area_plans(session, agreement.id, areas_dropped_by_removal(session, agreement_id))
    with session.no_autoflush:
        agreement.revisions.remove(latest)
        agreement.priority_areas = kept
    flag_modified(agreement, "title")  # a new version: another desk's form of it is refused
    session.flush()
    return RevisionInput(
        revised_on=removed.revised_on,
        priority_area_ids=removed.priority_area_ids,
        decided_by=removed.decided_by,
        note=removed.note,
    )
