"""The rules of a lend, applied to its facts without the database: when a unit is due back, the
borrower's and the approver's standing, the alarm training, the loan's values; and the
sentence saying who has a unit (moved from alarm_loans, which re-exports the public names)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError, ValidationError, refuse_all
from samverkan_desktop.formatting import (
    date_with_week,
    display_datetime,
    local,
    local_time,
    with_clock,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Loan, Person, UnitKind
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.recurrence.days import next_working_day
from samverkan_desktop.services import loan_statements as loan_sql
from samverkan_desktop.services import settings, training
from samverkan_desktop.services.alarms import (
    at_local,
    clean_initials,
    now_utc,
    to_utc,
    user_datetime,
)
from samverkan_desktop.services.training import TrainingStatus
from samverkan_desktop.services.validation import clean

HOME_VISIT_DUE = dt.time(17, 0)  # a home-visit unit is back by 17.00 the same day
RECEPTION_OPENS = dt.time(9, 0)
# The latest a home-visit unit may be due: a visit over a long weekend or a short trip, no more.
HOME_VISIT_LONGEST = dt.timedelta(days=14)


TRAINING_SETTING = "alarms.training_required"


@dataclass(frozen=True)
class LendInput:
    """Naive ``due_at`` values are Stockholm local time."""

    unit_id: int
    borrower_id: int
    purpose: UnitKind | None = None  # default: what the unit is for
    due_at: dt.datetime | None = None  # default for a home visit: see default_due_at()
    reason: str | None = None  # sensitive for a home loan; never shown at the reception
    approved_by_id: int | None = None  # required for a home loan
    initials: str | None = None  # the receptionist's


def default_due_at(purpose: UnitKind, now: dt.datetime | None = None) -> dt.datetime | None:
    """When a unit lent now is due back, unless the receptionist says otherwise.

    Home visit: today 17.00. Lent at or after 17.00 the unit cannot come back to a closed
    reception, so it is due when the reception opens on the next working day (09.00): not on
    a public holiday, midsummer's, Christmas or New Year's eve, when it stays closed.
    Home loan: no default; the end is decided with the approving manager.
    """
    if purpose is UnitKind.HOME_LOAN:
        return None
    here = local(now_utc(now))
    if here.time() < HOME_VISIT_DUE:
        return at_local(here.date(), HOME_VISIT_DUE)
    return at_local(next_working_day(here.date()), RECEPTION_OPENS)


def due_on(day: dt.date) -> dt.datetime:
    """The due time for a loan ending on ``day`` (a home loan's end date): 17.00 that day."""
    return at_local(day, HOME_VISIT_DUE)


def out_message(session: Session, code: str, loan: Loan) -> str:
    """ "LARM-03 is on loan to Lena Persson since 2026-11-22 08.14." (Stockholm time)"""
    person = session.get(Person, loan.borrower_id) if loan.borrower_id else None
    return _out_message(code, person.name if person else None, loan.out_at)


def _out_message(code: str, name: str | None, out_at: dt.datetime) -> str:
    return _("{code} is on loan to {name} since {time}.").format(
        code=code,
        name=name if name is not None else _("(pseudonymised)"),
        time=display_datetime(to_utc(out_at)),  # a sentence: the Swedish clock, CLI too
    )


def overdue_since(
    due_at: dt.datetime, today: dt.date | None = None, same_day: dt.date | None = None
) -> str:
    """ "overdue since 2026-12-04 17.00": a late loan as the Overview, a unit's history, the
    form taking it back and the reception name it (one wording). Late since ``today``: "overdue
    since today 17.00", as ``due_back`` says a loan due today. ``same_day``: the day a line
    shows already (a unit's history, the day lent), the time alone when due that day,
    "overdue since 17.00"."""
    if today is not None and local(due_at).date() == today:
        time = _("today {time}").format(time=local_time(due_at))
    else:
        time = display_datetime(due_at, same_day=same_day)
    return _("overdue since {time}").format(time=time)


def due_back(due_at: dt.datetime, today: dt.date) -> str:
    """ "to be back 2026-12-22 (v. 52) at 17.00": when an open loan that is not late is due, as
    the Overview and the form taking a unit back name it (one wording). A day ahead carries its
    week, as the walks and plans beside it on the Overview write theirs (a home loan is due
    weeks away); today's reads "today 17.00", as the Larm list and the Overview's meetings say
    it, the time being what matters. Every loan has a due time (a home visit's by default, a
    home loan's end is required), so there is no "no due time" to word."""
    due = local(due_at)
    if due.date() > today:
        return _("to be back {time}").format(
            time=with_clock(date_with_week(due.date()), due.time())
        )
    return _("to be back {time}").format(time=_("today {time}").format(time=local_time(due_at)))


def due_phrase(due_at: dt.datetime, overdue: bool, today: dt.date) -> str:
    """What an open loan's due time means now: "overdue since …" or "to be back …"."""
    return overdue_since(due_at, today) if overdue else due_back(due_at, today)


def on_loan_message(
    code: str,
    name: str | None,
    out_at: dt.datetime,
    due_at: dt.datetime,
    overdue: bool,
    now: dt.datetime | None = None,
) -> str:
    """Who has the unit, since when, and when it is due or since when it is late: "LARM-07 is
    on loan to David Karlsson since 2026-12-04 08.40 · overdue since 2026-12-04 17.00.",
    "LARM-14 … since 2026-12-01 15.30 · to be back 2026-12-22 (v. 52) at 17.00." (the form
    taking a unit back did not say when a loan not late was due)."""
    return _("{code} is on loan to {name} since {time} · {due}.").format(
        code=code,
        name=name if name is not None else _("(pseudonymised)"),
        time=display_datetime(to_utc(out_at)),
        due=due_phrase(due_at, overdue, local(now_utc(now)).date()),
    )


def _training_status(
    name: str,
    course: str | None,
    validity_months: int | None,
    attended: dt.date | None,
    at: dt.datetime,
    stored_setting: str | None,
) -> tuple[TrainingStatus | None, str | None]:
    """The borrower's alarm training (course None: no such course registered, no check); a
    ValidationError when it is not valid and the setting blocks lending, else a warning."""
    if course is None:
        return None, None
    status = training.status_from(course, attended, validity_months, local(at).date())
    if status.valid:
        return status, None
    if status.last_attended is None:
        message = _("{name} has not attended the alarm training.").format(name=name)
    else:
        message = _("{name}'s alarm training expired on {date}.").format(
            name=name, date=status.valid_until.isoformat() if status.valid_until else ""
        )
    if _training_setting(stored_setting) == "block":
        raise ValidationError(
            message + " " + _("Lending is blocked until the training is renewed."),
            field="borrower_id",
        )
    return status, message


def _training_setting(stored: str | None) -> str:
    # settings.get_choice for a value read with the lend's facts (no query of its own).
    spec = settings.SPECS[TRAINING_SETTING]
    assert isinstance(spec, settings.ChoiceSpec)
    return stored if stored in {value for value, _label in spec.choices} else spec.default


def _check_staff(
    person_id: int | None, is_staff: bool | None, name: str | None, field: str, not_staff: str
) -> None:
    if person_id is None:
        raise ValidationError(_("The chosen person no longer exists."), field=field)
    if not is_staff:
        raise ValidationError(not_staff.format(name=name), field=field)


class _Decision(NamedTuple):
    """What the rules make of a lend's facts: the loan's values, the borrower's training."""

    values: dict[str, Any]
    training: TrainingStatus | None
    warning: str | None  # e.g. the training has expired (setting "warn")


def _loan_values(
    data: LendInput,
    borrower_id: int | None,
    purpose: UnitKind,
    due: dt.datetime,
    initials: str | None,
    approver_id: int | None,
    at: dt.datetime,
) -> dict[str, Any]:
    return {
        "unit_id": data.unit_id,
        "borrower_id": borrower_id,
        "purpose": purpose,
        "reason": clean(data.reason),
        "out_at": at,
        "due_at": due,
        "lent_by_initials": initials,
        "approved_by_id": approver_id,
        "put_on_charge": False,
        "pseudonymised": False,
    }


def _decide(facts: loan_sql.Facts, data: LendInput, at: dt.datetime) -> _Decision:
    """Every rule of a lend, applied to its facts: the refusal they call for, or the loan."""
    code, kind, unit_status = facts.code, UnitKind(facts.kind), Status(facts.status)
    if facts.open_loan_id is not None:
        assert facts.open_out_at is not None
        raise ConflictError(_out_message(code, facts.holder, facts.open_out_at))
    if unit_status is Status.RETIRED:
        raise ConflictError(_("{code} is retired and cannot be lent.").format(code=code))
    if unit_status is Status.OUT_OF_SERVICE:
        raise ConflictError(_("{code} is out of service and cannot be lent.").format(code=code))
    _check_staff(
        facts.borrower_id,
        facts.borrower_is_staff,
        facts.borrower_name,
        "borrower_id",
        _("{name} is not staff of the district and cannot borrow an alarm."),
    )
    purpose = data.purpose or kind
    if purpose is UnitKind.HOME_LOAN:
        _check_home_loan_given(data)
    if data.approved_by_id is not None:
        _check_staff(
            facts.approver_id,
            facts.approver_is_staff,
            facts.approver_name,
            "approved_by_id",
            _("{name} is not staff of the district and cannot approve a home loan."),
        )
        if facts.approver_id == facts.borrower_id:
            raise ValidationError(
                _("A borrower cannot approve their own home loan."), field="approved_by_id"
            )
    due = _due(data, purpose, at)
    if due <= at:
        raise ValidationError(_("The time it is due back must be later than now."), field="due_at")
    if purpose is UnitKind.HOME_VISIT and due > at + HOME_VISIT_LONGEST:
        # A visit's unit comes back within days; a far date is a slip (2027 for 2026) that
        # would keep the loan from ever counting as late.
        raise ValidationError(
            _(
                "A unit for home visits comes back within {days} days (by {latest}). For a "
                "longer loan, lend a unit for home loans, approved by a manager."
            ).format(days=HOME_VISIT_LONGEST.days, latest=local(at + HOME_VISIT_LONGEST).date()),
            field="due_at",
        )
    status, warning = _training_status(
        facts.borrower_name,
        facts.course,
        facts.validity_months,
        facts.attended,
        at,
        facts.training_setting,
    )
    initials = clean_initials(data.initials)
    values = _loan_values(data, facts.borrower_id, purpose, due, initials, facts.approver_id, at)
    return _Decision(values, status, warning)


def _check_home_loan_given(data: LendInput) -> None:
    """A home loan's end and approver: both missing are said at once, not one after the other."""
    missing = []
    if data.due_at is None:
        missing.append(ValidationError(_("A home loan needs an end date."), field="due_at"))
    if data.approved_by_id is None:
        missing.append(
            ValidationError(
                _("A home loan needs the manager who approved it."), field="approved_by_id"
            )
        )
    refuse_all(missing)


def _due(data: LendInput, purpose: UnitKind, at: dt.datetime) -> dt.datetime:
    due = user_datetime(data.due_at) if data.due_at else default_due_at(purpose, at)
    assert due is not None  # a home loan without an end is refused before
    return due


def _presumed_loan(data: LendInput, at: dt.datetime) -> dict[str, Any] | None:
    """The loan the reception's everyday lend makes, from the request alone (a unit for a home
    visit, no approver; the rules' checks that need no facts passed): what lend_one_trip
    writes if its facts allow. None: a lend this route leaves to the two-trip one, where the
    rules say what is wrong in their own order."""
    if data.approved_by_id is not None or data.purpose is UnitKind.HOME_LOAN:
        return None
    purpose = UnitKind.HOME_VISIT
    due = _due(data, purpose, at)
    if due <= at or due > at + HOME_VISIT_LONGEST:
        return None
    try:
        initials = clean_initials(data.initials)
    except ValidationError:
        return None
    return _loan_values(data, data.borrower_id, purpose, due, initials, None, at)
