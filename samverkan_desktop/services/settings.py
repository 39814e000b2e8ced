"""Settings shared by every desk on the database, declared once with their defaults.

Window state (geometry, last area) is per desk and lives in the UI's QSettings instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str  # marked with N_() and translated where shown
    default: int
    minimum: int
    maximum: int


# Later areas declare their settings here (e.g. alarm training validity, retention).
_DECLARED: tuple[SettingSpec, ...] = (
    # SettingSpec("area.name", N_("Label"), default, minimum, maximum),
)
SPECS: dict[str, SettingSpec] = {spec.key: spec for spec in _DECLARED}


def get_int(session: Session, key: str) -> int:
    spec = SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    try:
        return int(row.value)
    except ValueError:
        return spec.default


def set_int(session: Session, key: str, value: int) -> None:
    spec = SPECS[key]
    if not spec.minimum <= value <= spec.maximum:
        raise ValidationError(
            _("{label} must be between {minimum} and {maximum}.").format(
                label=_(spec.label), minimum=spec.minimum, maximum=spec.maximum
            ),
            field=key,
        )
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=str(value)))
    else:
        row.value = str(value)
    session.flush()
