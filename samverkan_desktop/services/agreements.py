"""The local collaboration agreement with the police (samverkansöverenskommelse): its parties
with their case numbers, appendices, priority areas, term, revision cycle and signing.

Appendices are typed one to a line, as the agreement lists them ("3a Åtgärdsplan …"): a number
(digits, then perhaps a letter) and its title."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from samverkan_desktop import unit_words
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Agreement,
    AgreementAppendix,
    AgreementParty,
    AgreementRevision,
    Group,
    Organisation,
    OrganisationKind,
    PriorityArea,
)
from samverkan_desktop.number_range import check_range, named_text_refusal
from samverkan_desktop.recurrence import join_words
from samverkan_desktop.services.agreement_revisions import (
    RevisionRow,
    check_signing,
    follow_form,
    revision_rows,
)
from samverkan_desktop.services.area_plan_removal import remove_area_plans
from samverkan_desktop.services.validation import (
    check_order,
    clean,
    flush_or_conflict,
    get_or_raise,
    require_text,
)
from samverkan_desktop.services.versions import check_version

MAX_REVISION_MONTHS = 120
APPENDIX_LINE = re.compile(r"^(\d{1,3}[a-zA-ZåäöÅÄÖ]?)[.):]?\s+(\S.*)$")


def check_revision_interval(months: int) -> None:
    """Refuse a revision interval outside 1–120 months: "Revideringsintervall: 1–120 månader,
    inte 0."."""
    check_range(
        months, 1, MAX_REVISION_MONTHS, field="revision_interval_months", **_interval_words()
    )


def read_revision_interval(text: str) -> int:
    """The months typed for a revision interval (the command line's --revised-every), refused
    as check_revision_interval refuses a number: "…: 1–120 månader, inte ”abc”."."""
    try:
        months = int(text.strip())
    except ValueError:
        raise ValidationError(
            named_text_refusal(text, 1, MAX_REVISION_MONTHS, **_interval_words()),
            field="revision_interval_months",
        ) from None
    check_revision_interval(months)
    return months


def _interval_words() -> dict[str, Any]:
    return {"name": _("Revision interval"), "unit": unit_words.months}


@dataclass(frozen=True)
class AgreementInput:
    title: str
    valid_from: dt.date | None
    valid_until: dt.date | None = None  # None: until further notice (tills vidare)
    revision_interval_months: int = 12
    signed_on: dt.date | None = None
    signed_by: str | None = None
    parties: tuple[tuple[int, str | None], ...] = ()  # (organisation, case number)
    appendices: str = ""  # one a line: "1 Gemensam lokal lägesbild"
    priority_area_ids: tuple[int, ...] = ()
    notes: str | None = None
    expected_version: int | None = None


@dataclass(frozen=True)
class PartyRow:
    organisation_id: int
    organisation: str
    case_number: str | None


@dataclass(frozen=True)
class AgreementDetail:
    id: int
    title: str
    police_area: str | None  # its police party's name (police_area_of)
    valid_from: dt.date
    valid_until: dt.date | None
    revision_interval_months: int
    signed_on: dt.date | None
    signed_by: str | None
    notes: str | None
    parties: tuple[PartyRow, ...]
    appendices: tuple[tuple[str, str], ...]  # (number, title)
    priority_area_ids: tuple[int, ...]
    priority_areas: tuple[str, ...]
    group_count: int  # groups working under it
    version: int
    revisions: tuple[RevisionRow, ...] = ()  # oldest first; the first is the signing

    @property
    def appendix_text(self) -> str:
        return "\n".join(f"{number} {title}" for number, title in self.appendices)

    @property
    def last_revised_on(self) -> dt.date:
        if self.revisions:
            return self.revisions[-1].revised_on
        return self.signed_on or self.valid_from

    @property
    def next_revision(self) -> dt.date:
        return revision_due(self.last_revised_on, self.revision_interval_months)


def agreement_record(agreement_id: int) -> int:
    """The Overview's record id of an agreement in the groups area, whose positive ids are
    groups: the agreement's id negated (``GroupsArea.show_record`` opens the agreements)."""
    return -agreement_id


POLICE_AREA_LENGTH = 200  # agreements.police_area's column


def _police_area(organisations: Iterable[Organisation]) -> str | None:
    names = [o.name for o in organisations if o.kind is OrganisationKind.POLICE]
    return join_words(names) or None


def police_area_of(agreement: Agreement) -> str | None:
    """The police area the agreement is made with: its party of the kind Police (both, "a och
    b", when two are parties); None without one. The one reading of it: the form, the
    printouts and the command line show this, never a text typed beside the parties."""
    return _police_area(party.organisation for party in agreement.parties)


def police_area_for(session: Session, organisation_ids: Iterable[int]) -> str | None:
    """What ``police_area_of`` will say once these organisations are the parties (the form
    shows it while the parties are chosen)."""
    wanted = list(organisation_ids)
    found = {
        o.id: o for o in session.scalars(select(Organisation).where(Organisation.id.in_(wanted)))
    }
    return _police_area(found[i] for i in wanted if i in found)


def revision_due(since: dt.date, months: int) -> dt.date:
    return since + relativedelta(months=months)


def appendix_lines(text: str) -> list[tuple[str, str]]:
    """ "1 Lägesbild\\n3a Åtgärdsplan" as (number, title) pairs; a line without a number first,
    or a number given twice, is refused naming the line."""
    found: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = clean(raw)
        if line is None:
            continue
        match = APPENDIX_LINE.match(line)
        if match is None:
            raise ValidationError(
                _("Start each appendix with its number, as in “3a Åtgärdsplan”: “{line}”.").format(
                    line=line
                ),
                field="appendices",
            )
        number, title = match.group(1), match.group(2).strip()
        if any(number.casefold() == seen.casefold() for seen, _title in found):
            raise ValidationError(
                _("Appendix {number} is given twice.").format(number=number), field="appendices"
            )
        if len(title) > 300:
            raise ValidationError(
                _("The title of appendix {number} is too long (at most 300 characters).").format(
                    number=number
                ),
                field="appendices",
            )
        found.append((number, title))
    return found


def _detail(session: Session, agreement: Agreement) -> AgreementDetail:
    groups = session.scalar(select(func.count(Group.id)).where(Group.agreement_id == agreement.id))
    return AgreementDetail(
        id=agreement.id,
        title=agreement.title,
        police_area=police_area_of(agreement),
        valid_from=agreement.valid_from,
        valid_until=agreement.valid_until,
        revision_interval_months=agreement.revision_interval_months,
        signed_on=agreement.signed_on,
        signed_by=agreement.signed_by,
        notes=agreement.notes,
        parties=tuple(
            PartyRow(p.organisation_id, p.organisation.name, p.case_number)
            for p in agreement.parties
        ),
        appendices=tuple(
            (a.number, a.title) for a in sorted(agreement.appendices, key=_appendix_order)
        ),
        priority_area_ids=tuple(a.id for a in agreement.priority_areas),
        priority_areas=tuple(a.name for a in agreement.priority_areas),
        group_count=groups or 0,
        version=agreement.version,
        revisions=revision_rows(agreement.revisions),
    )


def _appendix_order(appendix: AgreementAppendix) -> tuple[int, str]:
    digits = re.match(r"\d+", appendix.number)
    return (int(digits.group()) if digits else 0, appendix.number.casefold())


def _get(session: Session, agreement_id: int) -> Agreement:
    return get_or_raise(session, Agreement, agreement_id, _("The agreement no longer exists."))


def list_agreement_details(session: Session, search: str | None = None) -> list[AgreementDetail]:
    """Every agreement, the one in force longest ago last (newest first); ``search``: those
    with its words in the title, police area, parties, case numbers, priority areas or notes,
    in any case."""
    query = (
        select(Agreement)
        .options(
            selectinload(Agreement.parties).joinedload(AgreementParty.organisation),
            selectinload(Agreement.appendices),
            selectinload(Agreement.priority_areas),
            selectinload(Agreement.revisions).selectinload(AgreementRevision.priority_areas),
        )
        .order_by(Agreement.valid_from.desc(), Agreement.id.desc())
    )
    details = [_detail(session, a) for a in session.scalars(query)]
    needle = (search or "").strip().casefold()
    return [d for d in details if not needle or needle in _searched_text(d)]


def _searched_text(detail: AgreementDetail) -> str:
    parties = [f"{p.organisation} {p.case_number or ''}" for p in detail.parties]
    words = [detail.title, detail.police_area or "", *parties, *detail.priority_areas]
    return "\n".join([*words, detail.notes or ""]).casefold()


def get_agreement(session: Session, agreement_id: int) -> AgreementDetail:
    return _detail(session, _get(session, agreement_id))


def _apply(session: Session, agreement: Agreement, data: AgreementInput) -> None:
    title = require_text(data.title, "title", _("The title"), max_length=300)
    taken = select(Agreement.id).where(func.lower(Agreement.title) == title.lower())
    if agreement.id is not None:
        taken = taken.where(Agreement.id != agreement.id)
    if session.scalar(taken) is not None:
        raise ConflictError(_("There is already an agreement with that title."), field="title")
    if data.valid_from is None:
        raise ValidationError(_("Give the date the agreement applies from."), field="valid_from")
    check_order(
        data.valid_from,
        data.valid_until,
        "valid_until",
        _("The agreement cannot end before it applies."),
    )
    check_revision_interval(data.revision_interval_months)
    seen: set[int] = set()
    for organisation_id, case_number in data.parties:
        organisation = session.get(Organisation, organisation_id)
        if organisation is None:
            raise ValidationError(_("A chosen party no longer exists."), field="parties")
        if organisation_id in seen:
            raise ValidationError(
                _("{party} is a party twice.").format(party=organisation.name), field="parties"
            )
        if case_number is not None and len(clean(case_number, one_line=True) or "") > 100:
            raise ValidationError(
                _("A case number is too long (at most 100 characters)."), field="parties"
            )
        seen.add(organisation_id)
    appendices = appendix_lines(data.appendices)
    areas = list(
        session.scalars(select(PriorityArea).where(PriorityArea.id.in_(data.priority_area_ids)))
    )
    if len(areas) != len(set(data.priority_area_ids)):
        raise ValidationError(_("Unknown priority area."), field="priority_area_ids")
    if agreement.id is not None:  # an area taken out takes its goal and figures along
        kept = {area.id for area in areas}
        remove_area_plans(
            session, agreement.id, (a.id for a in agreement.priority_areas if a.id not in kept)
        )

    # One UPDATE of the agreement (one version step): loading its parties or appendices
    # must not flush the fields set before.
    with session.no_autoflush:
        agreement.title = title
        agreement.valid_from = data.valid_from
        agreement.valid_until = data.valid_until
        agreement.revision_interval_months = data.revision_interval_months
        agreement.signed_on = data.signed_on
        agreement.signed_by = clean(data.signed_by, one_line=True)
        agreement.notes = clean(data.notes)
        agreement.priority_areas = areas
        # Parties and appendices kept where unchanged: the audit trail then shows what changed.
        wanted = {org: clean(number, one_line=True) for org, number in data.parties}
        for party in list(agreement.parties):
            if party.organisation_id not in wanted:
                agreement.parties.remove(party)
            else:
                party.case_number = wanted.pop(party.organisation_id)
        for organisation_id, number in wanted.items():
            agreement.parties.append(
                AgreementParty(organisation_id=organisation_id, case_number=number)
            )
        titles = dict(appendices)
        for appendix in list(agreement.appendices):
            if appendix.number not in titles:
                agreement.appendices.remove(appendix)
            else:
                appendix.title = titles.pop(appendix.number)
        for number, title_text in titles.items():
            agreement.appendices.append(AgreementAppendix(number=number, title=title_text))
        # The stored column follows the parties (older databases and reports reading the
        # table itself see what the window shows).
        police = police_area_for(session, (org for org, _number in data.parties)) or None
        if police is not None and len(police) > POLICE_AREA_LENGTH:
            police = police[: POLICE_AREA_LENGTH - 1] + "…"
        agreement.police_area = police


def create_agreement(session: Session, data: AgreementInput) -> int:
    agreement = Agreement()
    _apply(session, agreement, data)  # reads first: nothing half-made is flushed meanwhile
    with session.no_autoflush:
        follow_form(agreement)  # its signing, the first revision
    session.add(agreement)
    flush_or_conflict(session, _("There is already an agreement with that title."), "title")
    return agreement.id


def update_agreement(session: Session, agreement_id: int, data: AgreementInput) -> int:
    """Save the form, which corrects the agreement as registered (a yearly revision is
    agreement_revisions.revise_agreement); returns the agreement's new version."""
    agreement = _get(session, agreement_id)
    check_version(agreement, data.expected_version)
    if data.valid_from is not None:
        check_signing(agreement, data.signed_on or data.valid_from)
    _apply(session, agreement, data)
    with session.no_autoflush:  # still one UPDATE of the agreement
        follow_form(agreement)
    # A change to its parties or appendices alone is a change of the agreement too: its
    # version moves, so another desk's form of it is refused.
    flag_modified(agreement, "title")
    flush_or_conflict(session, _("There is already an agreement with that title."), "title")
    return agreement.version


def delete_agreement(
    session: Session, agreement_id: int, expected_version: int | None = None
) -> None:
    """Its parties, appendices and action plan go with it; its groups stay, under no
    agreement."""
    agreement = _get(session, agreement_id)
    check_version(agreement, expected_version)
    remove_area_plans(session, agreement.id, (area.id for area in agreement.priority_areas))
    session.delete(agreement)
    session.flush()
