"""Settings shared by every desk on the database, declared once with their defaults.

Window state (geometry, last area) is per desk and lives in the UI's QSettings instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import unit_words
from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import MONTHS, WEEKDAYS
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import Setting
from samverkan_desktop.number_range import check_range, named_range_text, named_text_refusal
from samverkan_desktop.services.validation import too_long


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str  # marked with N_() and translated where shown
    default: int
    minimum: int
    maximum: int
    # Shown after the number, in the singular at 1: unit_words.months ("1 månad", "2 månader").
    unit: Callable[[int], str] | None = None
    # A name for each value from minimum up (weekdays), marked with N_(): chosen by name.
    value_names: tuple[str, ...] = ()
    # Shown instead of the minimum when the minimum turns a rule off (0 days: "no rule"),
    # marked with N_().
    off_text: str | None = None


@dataclass(frozen=True)
class ChoiceSpec:
    """A setting with a few named values, stored as the chosen value's identifier."""

    key: str
    label: str  # marked with N_() and translated where shown
    default: str
    choices: tuple[tuple[str, str], ...]  # (value, label marked with N_())


@dataclass(frozen=True)
class TextSpec:
    """A setting of free text, empty by default (the report's signature: a name, a title)."""

    key: str
    label: str  # marked with N_() and translated where shown
    default: str = ""
    max_length: int = 200
    empty_text: str | None = None  # what an empty value means, marked with N_()


Spec = SettingSpec | ChoiceSpec | TextSpec

# Later areas declare their settings here (e.g. alarm training validity, retention).
# The coordinator's name: signs the council report, fills in who takes a meeting's minutes.
SIGNATORY_NAME = "reports.signatory_name"
EXERCISE_INTERVAL_SETTING = "crisis.exercise_interval_months"
PLAN_NEXT_YEAR_SETTING = "crisis.plan_next_year_from_month"
_DECLARED: tuple[Spec, ...] = (
    # SettingSpec("area.name", N_("Label"), default, minimum, maximum),
    SettingSpec(
        "meetings.horizon_months",
        N_("Months ahead that meetings are planned from rules"),
        18,
        18,
        60,
        unit=unit_words.months,
    ),
    SettingSpec(
        "meetings.default_weekday",
        N_("Weekday for meeting rules that name none"),
        2,
        1,
        7,
        value_names=WEEKDAYS,
    ),
    SettingSpec(
        "alarms.retention_months",
        N_("Months before the borrower in a returned alarm loan is pseudonymised"),
        24,
        1,
        120,
        unit=unit_words.months,
    ),
    SettingSpec(
        "alarms.test_interval_days",
        N_("Days between an alarm unit's function tests"),
        90,
        0,
        365,
        unit=unit_words.days,
        off_text=N_("no rule"),
    ),
    # A return date further away than this is asked about once when lending (long_loans.py).
    SettingSpec(
        "alarms.long_loan_days",
        N_("Longest loan lent without a question about its return date"),
        90,
        1,
        365,
        unit=unit_words.days,
    ),
    # How often a plan of a kind that is exercised (PlanKind.exercised) should be: older than
    # this, or never, and the Overview's plans card reminds (services/crisis_overview.py).
    SettingSpec(
        EXERCISE_INTERVAL_SETTING,
        N_("Exercise interval for crisis plans"),
        12,
        1,
        60,
        unit=unit_words.months,
    ),
    # From this month on the annual exercise plan opens on the coming year, the one being
    # planned then, once this year's exercises are held and evaluated
    # (services/exercise_reading.plan_year): December by default.
    SettingSpec(
        PLAN_NEXT_YEAR_SETTING,
        N_("Month from which the exercise plan opens on the next year"),
        12,
        1,
        12,
        value_names=MONTHS,
    ),
    SettingSpec("backups.keep", N_("Backups to keep"), 14, 1, 365, unit=unit_words.backups),
    ChoiceSpec(
        "alarms.training_required",
        N_("Lending an alarm to someone without valid alarm training"),
        "warn",
        (("warn", N_("Warn")), ("block", N_("Block"))),
    ),
    # The signature of the report to the district council (reports/council_report.py), and the
    # minutes taker a meeting's first minutes start with (services/agenda.py).
    TextSpec(
        SIGNATORY_NAME,
        N_("Coordinator's name (signs the council report, takes the minutes)"),
        empty_text=N_("empty: the district contact of the most groups"),
    ),
    TextSpec(
        "reports.signatory_title",
        N_("Title in the signature (above the name)"),
        empty_text=N_("empty: that person's title in the contacts register"),
    ),
)
SPECS: dict[str, Spec] = {spec.key: spec for spec in _DECLARED}


S = TypeVar("S", "SettingSpec", "ChoiceSpec", "TextSpec")


def _spec(key: str, kind: type[S], word: str) -> S:
    """The setting's spec, of the kind the caller reads it as (a programming error if not)."""
    spec = SPECS[key]
    if not isinstance(spec, kind):
        raise TypeError(f"{key} is not a {word} setting")
    return spec


def get_int(session: Session, key: str) -> int:
    spec = _spec(key, SettingSpec, "number")
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    try:
        return int(row.value)
    except ValueError:
        return spec.default


def check_int(key: str, value: int) -> None:
    """Refuse a number outside the setting's range (before the window asks what it removes)."""
    spec = _spec(key, SettingSpec, "number")
    check_range(value, spec.minimum, spec.maximum, field=key, **_range_words(spec))


def not_a_number(key: str, text: str) -> ValidationError:
    """The refusal of text given for a number setting that is no whole number ("tre", "1,5"),
    in the words check_int refuses a number out of range with."""
    spec = _spec(key, SettingSpec, "number")
    refusal = named_text_refusal(text, spec.minimum, spec.maximum, **_range_words(spec))
    return ValidationError(refusal, field=key)


def range_shown(spec: SettingSpec) -> str:
    """What a number setting may be, in its refusal's words: "1–365 dagar", or "1–120" where
    the label counts in months already ("Månader innan …")."""
    return named_range_text(spec.minimum, spec.maximum, **_range_words(spec))


def _range_words(spec: SettingSpec) -> dict[str, Any]:
    """How a refusal names the setting and says its range: its label, unit and what its
    minimum means."""
    return {
        "name": _(spec.label),
        "unit": spec.unit,
        "off": _(spec.off_text) if spec.off_text else None,
    }


def set_int(session: Session, key: str, value: int) -> None:
    check_int(key, value)
    _store(session, key, str(value))


def get_choice(session: Session, key: str) -> str:
    spec = _spec(key, ChoiceSpec, "choice")
    row = session.get(Setting, key)
    values = {value for value, _label in spec.choices}
    if row is None or row.value not in values:
        return spec.default
    return row.value


def set_choice(session: Session, key: str, value: str) -> None:
    spec = _spec(key, ChoiceSpec, "choice")
    if value not in {choice for choice, _label in spec.choices}:
        raise ValidationError(
            _("{label}: choose one of {choices}.").format(
                label=_(spec.label), choices=", ".join(_(label) for _v, label in spec.choices)
            ),
            field=key,
        )
    _store(session, key, value)


def get_text(session: Session, key: str) -> str:
    spec = _spec(key, TextSpec, "text")
    row = session.get(Setting, key)
    return spec.default if row is None else row.value


def set_text(session: Session, key: str, value: str) -> None:
    """Stored trimmed; empty stands for the setting's default meaning (``empty_text``)."""
    spec = _spec(key, TextSpec, "text")
    text = " ".join(value.split())  # one line: a signature, not a paragraph
    if len(text) > spec.max_length:
        raise too_long(_(spec.label), spec.max_length, key)
    _store(session, key, text)


def _store(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def current_values(session: Session) -> dict[str, int | str]:
    """Every declared setting's value (its default where none is stored)."""
    return {key: _get(session, key) for key in SPECS}


def _get(session: Session, key: str) -> int | str:
    spec = SPECS[key]
    if isinstance(spec, SettingSpec):
        return get_int(session, key)
    if isinstance(spec, TextSpec):
        return get_text(session, key)
    return get_choice(session, key)


def save_settings(
    session: Session,
    values: Mapping[str, int | str],
    today: dt.date | None = None,
    *,
    shown: Mapping[str, int | str] | None = None,
) -> None:
    """Store several settings at once (all or none: the first refusal names its setting).

    ``shown``: every setting as the form showed it (None: store ``values`` as given, e.g. the
    command line). Then only the settings the user changed are stored, so another desk's
    change to any other stays; when another desk changed one of hers meanwhile, the save is
    refused (StaleRecordError) instead of writing over theirs.

    A longer planning horizon plans the months it adds at once, so the calendar shows them
    without waiting for the next start."""
    from samverkan_desktop.services.meeting_common import HORIZON_SETTING

    for key in values:
        if key not in SPECS:
            raise ValidationError(_("There is no setting {key}.").format(key=key))
    if shown is not None:
        values = {key: value for key, value in values.items() if value != shown.get(key)}
        _check_unchanged(session, values.keys(), shown)
    horizon_before = get_int(session, HORIZON_SETTING)
    try:
        for key, value in values.items():
            if isinstance(SPECS[key], SettingSpec):
                set_int(session, key, int(value))
            elif isinstance(SPECS[key], TextSpec):
                set_text(session, key, str(value))
            else:
                set_choice(session, key, str(value))
    except sa_exc.IntegrityError as error:
        # Two desks stored a setting never stored before: the second finds the first's row.
        session.rollback()
        raise stale_record_error() from error
    if get_int(session, HORIZON_SETTING) > horizon_before:
        from samverkan_desktop.services.meeting_rules import extend_horizons

        extend_horizons(session, today)


def _check_unchanged(session: Session, keys: Iterable[str], shown: Mapping[str, int | str]) -> None:
    """Refuse when a setting about to be stored is no longer what the form showed. The rows
    are locked (PostgreSQL), so two desks cannot both pass the check."""
    keys = list(keys)
    if not keys:
        return
    session.scalars(select(Setting.key).where(Setting.key.in_(keys)).with_for_update()).all()
    for key in keys:
        if _get(session, key) != shown.get(key):
            raise stale_record_error()
