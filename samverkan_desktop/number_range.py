"""The refusal of a number outside its range, in the words of the field it was typed in:
"Giltighetstid är 0–240 månader, inte 300." (the window keeps the typed number and shows this
beside the field; a service may check the same way)."""

from __future__ import annotations

from collections.abc import Callable

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def range_refusal(
    value: int,
    minimum: int,
    maximum: int,
    *,
    name: str,
    unit: Callable[[int], str] | None = None,
) -> str | None:
    """None for a number in range; else what to say, naming the field and its range (the unit
    in the form that follows the maximum: "1–12 månader")."""
    if minimum <= value <= maximum:
        return None
    if unit is None:
        return _("{name} is {minimum}–{maximum}, not {value}.").format(
            name=name, minimum=minimum, maximum=maximum, value=value
        )
    return _("{name} is {minimum}–{maximum} {unit}, not {value}.").format(
        name=name, minimum=minimum, maximum=maximum, unit=unit(maximum), value=value
    )


def check_range(
    value: int,
    minimum: int,
    maximum: int,
    *,
    name: str,
    field: str | None = None,
    unit: Callable[[int], str] | None = None,
) -> None:
    refusal = range_refusal(value, minimum, maximum, name=name, unit=unit)
    if refusal is not None:
        raise ValidationError(refusal, field=field)
